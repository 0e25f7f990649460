import { Chip } from '@mui/material';
import { useTranslate } from 'react-admin';
import type { ImportRowOutcome } from './importModel';

const COLOR = {
  NEW: 'success',
  UPDATE: 'info',
  ATTACH: 'secondary',
  SKIP: 'default',
  INVALID: 'error',
} as const;

/** What the import will do with a row: add a customer, update one, attach a child profile, skip it, or refuse it. */
export function OutcomeChip({ outcome }: { outcome: ImportRowOutcome }) {
  const translate = useTranslate();
  return (
    <Chip
      size="small"
      color={COLOR[outcome] ?? 'default'}
      variant={outcome === 'SKIP' ? 'outlined' : 'filled'}
      label={translate(`patron.imports.outcomes.${outcome}`, { _: outcome })}
      data-testid={`import-outcome-${outcome}`}
    />
  );
}
