import { Chip } from '@mui/material';
import { useTranslate } from 'react-admin';

export function StatusChip({ status }: { status: unknown }) {
  const translate = useTranslate();
  return (
    <Chip
      size="small"
      color={status === 'ACTIVE' ? 'success' : 'default'}
      label={translate(`patron.status.${String(status)}`)}
      data-testid="customer-status"
    />
  );
}
