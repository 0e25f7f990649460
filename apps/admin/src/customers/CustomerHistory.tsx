import { useQuery } from '@apollo/client/react';
import { Box, Button, Card, CardContent, MenuItem, Stack, TextField, Typography } from '@mui/material';
import { useState } from 'react';
import { useLocale, useRecordContext, useTranslate } from 'react-admin';
import { CustomerHistoryQuery } from '../api/documents';
import { localized, useAttributeRegistry } from '../api/registry';
import type { HistoryEventType } from '../gql/graphql';
import { useCalendar } from '../preferences/useCalendar';
import { formatAttributeValue } from './attribute-value';

const TYPES: HistoryEventType[] = [
  'CUSTOMER_CREATED',
  'CUSTOMER_UPDATED',
  'CUSTOMER_ACTIVATED',
  'CUSTOMER_DEACTIVATED',
  'CUSTOMER_DELETED',
];
const PAGE = 20;

/** The customer's timeline, newest first, filterable by event type, loaded a page at a time. */
export function CustomerHistory() {
  const record = useRecordContext();
  const translate = useTranslate();
  const locale = useLocale();
  const { format } = useCalendar();
  const { definitions } = useAttributeRegistry();
  const [type, setType] = useState<HistoryEventType | ''>('');
  const { data, fetchMore, loading } = useQuery(CustomerHistoryQuery, {
    variables: { id: String(record?.id), first: PAGE, types: type ? [type] : null },
    skip: !record,
    fetchPolicy: 'network-only',
  });
  const history = data?.customer.history;
  const byKey = new Map(definitions.map((d) => [d.key, d]));
  const show = (key: string, value: unknown) =>
    key === 'status'
      ? translate(`patron.status.${String(value)}`)
      : formatAttributeValue(byKey.get(key), value, { locale, formatDate: format, translate });

  return (
    <Box sx={{ maxWidth: 820 }}>
      <TextField
        select
        size="small"
        label={translate('patron.history.type')}
        value={type}
        onChange={(e) => setType(e.target.value as HistoryEventType | '')}
        sx={{ minWidth: 240, mb: 2 }}
        slotProps={{ select: { displayEmpty: true, 'data-testid': 'history-type-filter' } as object, inputLabel: { shrink: true } }}
      >
        <MenuItem value="">{translate('patron.history.allTypes')}</MenuItem>
        {TYPES.map((t) => (
          <MenuItem key={t} value={t}>
            {translate(`patron.history.types.${t}`)}
          </MenuItem>
        ))}
      </TextField>
      {history?.edges.length === 0 && (
        <Typography color="text.secondary">{translate('patron.history.empty')}</Typography>
      )}
      <Stack spacing={1.5}>
        {history?.edges.map(({ node }) => (
          <Card key={node.id} variant="outlined" data-testid="history-event" data-type={node.type}>
            <CardContent sx={{ py: 1.5, '&:last-child': { pb: 1.5 } }}>
              <Stack direction="row" justifyContent="space-between" flexWrap="wrap" gap={1}>
                <Typography variant="subtitle1" fontWeight={600}>
                  {translate(`patron.history.types.${node.type}`)}
                </Typography>
                <Typography variant="body2" color="text.secondary">
                  {format(node.occurredAt, true)} ·{' '}
                  {translate('patron.history.by', { name: node.actor.name })} (
                  {translate(`patron.history.actor.${node.actor.kind}`, { _: node.actor.kind })})
                </Typography>
              </Stack>
              {node.changes.map((c) => (
                <Typography key={c.key} variant="body2" data-testid="history-change" sx={{ mt: 0.5 }}>
                  <b>
                    {c.key === 'status'
                      ? translate('patron.status.label')
                      : localized(byKey.get(c.key)?.label, locale, c.key)}
                  </b>
                  {': '}
                  <span dir="auto">{show(c.key, c.oldValue)}</span>
                  {locale === 'fa' ? ' ← ' : ' → '}
                  <span dir="auto">{show(c.key, c.newValue)}</span>
                </Typography>
              ))}
            </CardContent>
          </Card>
        ))}
      </Stack>
      {history?.pageInfo.hasNextPage && (
        <Button
          sx={{ mt: 2 }}
          disabled={loading}
          onClick={() =>
            fetchMore({
              variables: { after: history.pageInfo.endCursor },
              updateQuery: (prev, { fetchMoreResult }) => {
                if (!fetchMoreResult) return prev;
                return {
                  ...fetchMoreResult,
                  customer: {
                    ...fetchMoreResult.customer,
                    history: {
                      ...fetchMoreResult.customer.history,
                      edges: [...prev.customer.history.edges, ...fetchMoreResult.customer.history.edges],
                    },
                  },
                };
              },
            })
          }
        >
          {translate('patron.history.loadMore')}
        </Button>
      )}
    </Box>
  );
}
