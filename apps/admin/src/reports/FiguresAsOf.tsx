import { Typography } from '@mui/material';
import { useTranslate } from 'react-admin';
import { usePreferences } from '../preferences/usePreferences';
import { figuresAsOf } from './figuresAsOf';

/** "Figures as of 14:03" under the period when the dashboard's figures come from a lagging replica. */
export function FiguresAsOf({ asOf, now = new Date() }: { asOf: string | null | undefined; now?: Date }) {
  const translate = useTranslate();
  const { locale, calendar } = usePreferences();
  const at = figuresAsOf(asOf, now, locale, calendar);
  if (!at) return null;
  return (
    <Typography variant="body2" color="warning.dark" sx={{ mt: -1.5, mb: 2 }} data-testid="dashboard-as-of">
      {translate('patron.dashboard.asOf', { at })}
    </Typography>
  );
}
