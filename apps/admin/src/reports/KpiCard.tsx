import ArrowDownward from '@mui/icons-material/ArrowDownward';
import ArrowUpward from '@mui/icons-material/ArrowUpward';
import { Box, Card, CardContent, Tooltip, Typography } from '@mui/material';
import { useLocale, useTranslate } from 'react-admin';
import { change, changeLabel } from './kpi';

export interface KpiCardProps {
  /** patron.dashboard.kpi.<name>; also its test id. */
  name: string;
  value: number;
  previous: number | null | undefined;
  /** The value as people read it: a count, or money. */
  format(value: number): string;
  hint?: string;
}

/** One figure of the period: its value, the previous period's, and the change in % (green up, red down). */
export function KpiCard({ name, value, previous, format, hint }: KpiCardProps) {
  const translate = useTranslate();
  const locale = useLocale();
  const moved = change(value, previous);
  const colour =
    moved?.direction === 'up'
      ? 'success.main'
      : moved?.direction === 'down'
        ? 'error.main'
        : 'text.secondary';
  const Arrow = moved?.direction === 'up' ? ArrowUpward : moved?.direction === 'down' ? ArrowDownward : null;
  const title = (
    <Typography variant="body2" color="text.secondary" noWrap component="h2">
      {translate(`patron.dashboard.kpi.${name}`)}
    </Typography>
  );
  return (
    <Card data-testid={`kpi-${name}`} sx={{ height: '100%' }}>
      <CardContent sx={{ pb: '16px !important' }}>
        {hint ? <Tooltip title={hint}>{title}</Tooltip> : title}
        <Typography
          variant="h5"
          component="p"
          sx={{ mt: 0.5, fontWeight: 500 }}
          data-testid={`kpi-${name}-value`}
        >
          {format(value)}
        </Typography>
        {moved && (
          <Box sx={{ display: 'flex', alignItems: 'center', gap: 0.5, mt: 0.5, flexWrap: 'wrap' }}>
            <Box
              component="span"
              sx={{
                display: 'inline-flex',
                alignItems: 'center',
                color: colour,
                fontWeight: 500,
                fontSize: 14,
              }}
              data-testid={`kpi-${name}-change`}
              data-direction={moved.direction}
            >
              {Arrow && <Arrow sx={{ fontSize: 16 }} />}
              {moved.ratio === null
                ? translate('patron.dashboard.newSincePrevious')
                : changeLabel(moved.ratio, locale)}
            </Box>
            {moved.ratio !== null && (
              <Typography variant="caption" color="text.secondary" data-testid={`kpi-${name}-previous`}>
                {translate('patron.dashboard.previous', { value: format(previous ?? 0) })}
              </Typography>
            )}
          </Box>
        )}
      </CardContent>
    </Card>
  );
}
