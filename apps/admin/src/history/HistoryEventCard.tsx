import { Card, CardContent, Stack, Typography } from '@mui/material';
import { useTranslate } from 'react-admin';
import { OPERATION_CHANGE } from '../ledger/useBalanceChangeWording';
import type { HistoryEvent } from './useCustomerHistory';

interface Props {
  event: HistoryEvent;
  formatTime(value: string): string;
  fieldLabel(key: string): string;
  formatValue(key: string, value: unknown): string;
}

/** One entry of the timeline: what happened, who did it, when, and each change as "field: old → new". */
export function HistoryEventCard({ event, formatTime, fieldLabel, formatValue }: Props) {
  const translate = useTranslate();
  const arrow = translate('patron.history.arrow');
  return (
    <Card variant="outlined" data-testid="history-event" data-type={event.type}>
      <CardContent sx={{ py: 1.5, '&:last-child': { pb: 1.5 } }}>
        <Stack direction="row" justifyContent="space-between" flexWrap="wrap" gap={1}>
          <Typography variant="subtitle1" fontWeight={600} data-testid="history-event-type">
            {translate(`patron.history.types.${event.type}`)}
          </Typography>
          <Typography variant="body2" color="text.secondary">
            <time dateTime={event.occurredAt}>{formatTime(event.occurredAt)}</time>
            {' · '}
            <span data-testid="history-actor">
              {translate('patron.history.by', { name: event.actor.name })}
            </span>
            {` (${translate(`patron.history.actor.${event.actor.kind}`, { _: event.actor.kind })})`}
          </Typography>
        </Stack>
        {event.changes.map((c) => (
          <Typography
            key={c.key}
            variant="body2"
            data-testid="history-change"
            data-key={c.key}
            sx={{ mt: 0.5 }}
          >
            <b>{fieldLabel(c.key)}</b>
            {': '}
            {/* A ledger operation has no "before": it is named, not shown as old → new. */}
            {!(event.type === 'BALANCE_CHANGED' && c.key === OPERATION_CHANGE) && (
              <>
                <span dir="auto">{formatValue(c.key, c.oldValue)}</span>
                {` ${arrow} `}
              </>
            )}
            <span dir="auto">{formatValue(c.key, c.newValue)}</span>
          </Typography>
        ))}
      </CardContent>
    </Card>
  );
}
