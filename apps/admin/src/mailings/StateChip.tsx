import { Chip } from '@mui/material';
import { useTranslate } from 'react-admin';

const COLORS = {
  DRAFT: 'default',
  SCHEDULED: 'info',
  SENDING: 'warning',
  SENT: 'success',
  CANCELLED: 'default',
} as const;

export function StateChip({ state }: { state: keyof typeof COLORS }) {
  const translate = useTranslate();
  return (
    <Chip
      size="small"
      color={COLORS[state]}
      variant={state === 'CANCELLED' ? 'outlined' : 'filled'}
      label={translate(`patron.mailings.states.${state}`)}
      data-testid="mailing-state"
      data-state={state}
    />
  );
}
