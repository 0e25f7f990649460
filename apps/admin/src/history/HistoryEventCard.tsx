import { Card, CardContent, Link as MuiLink, Stack, Typography } from '@mui/material';
import { useTranslate } from 'react-admin';
import { Link } from 'react-router-dom';
import { describeEvent, type Words } from './describeEvent';
import type { HistoryEvent } from './useCustomerHistory';

interface Props {
  event: HistoryEvent;
  customerId: string;
  words: Words;
  formatTime(value: string): string;
}

/** Who did it, in the reader's words: a staff member by name, a key or plugin as such, the system's parts by their job. */
function useActor(actor: HistoryEvent['actor']): string {
  const translate = useTranslate();
  switch (actor.kind) {
    case 'staff':
      return translate('patron.history.by', { name: actor.name });
    case 'apiKey':
      return translate('patron.history.byApiKey', { name: actor.name });
    case 'plugin':
      return translate('patron.history.byPlugin', { name: actor.name });
    default:
      return translate('patron.history.bySystem', {
        name: translate(`patron.history.system.${actor.name}`, { _: actor.name }),
      });
  }
}

/** One entry of the timeline: what happened in a sentence or a few, who did it, when, and where it leads. */
export function HistoryEventCard({ event, customerId, words, formatTime }: Props) {
  const translate = useTranslate();
  const actor = useActor(event.actor);
  const { lines, links } = describeEvent(event, customerId, words);
  return (
    <Card variant="outlined" data-testid="history-event" data-type={event.type}>
      <CardContent sx={{ py: 1.5, '&:last-child': { pb: 1.5 } }}>
        <Stack direction="row" justifyContent="space-between" flexWrap="wrap" gap={1}>
          <Typography variant="subtitle1" fontWeight={600} data-testid="history-event-type">
            {translate(`patron.history.types.${event.type}`, { _: event.type })}
          </Typography>
          <Typography variant="body2" color="text.secondary">
            <time dateTime={event.occurredAt}>{formatTime(event.occurredAt)}</time>
            {translate('patron.separator')}
            <span data-testid="history-actor">{actor}</span>
          </Typography>
        </Stack>
        {lines.map((line, i) => (
          // Lines of one event are fixed for its lifetime: the index is a stable key.
          // biome-ignore lint/suspicious/noArrayIndexKey: see above.
          <Typography key={i} variant="body2" data-testid="history-change" sx={{ mt: 0.5 }} dir="auto">
            {line}
          </Typography>
        ))}
        {links.length > 0 && (
          <Stack direction="row" gap={2} sx={{ mt: 0.5 }}>
            {links.map((l) => (
              <MuiLink key={l.to} component={Link} to={l.to} variant="body2" data-testid="history-link">
                {l.label}
              </MuiLink>
            ))}
          </Stack>
        )}
      </CardContent>
    </Card>
  );
}
