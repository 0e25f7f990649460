import { useQuery } from '@apollo/client/react';
import { Stack, Typography } from '@mui/material';
import { useRecordContext, useTranslate } from 'react-admin';
import { useCalendar } from '../../preferences/useCalendar';
import { CustomerLostCardsQuery } from './documents';

/** The customer's cards reported lost (number, date, reason): nothing while there is none. */
export function LostCardsPanel() {
  const record = useRecordContext();
  const translate = useTranslate();
  const { format } = useCalendar();
  const { data } = useQuery(CustomerLostCardsQuery, {
    variables: { id: String(record?.id ?? '') },
    skip: !record?.id,
    fetchPolicy: 'cache-and-network',
  });
  const cards = data?.customer.lostCards ?? [];
  if (cards.length === 0) return null;
  return (
    <Stack spacing={0.5} sx={{ my: 1 }} data-testid="lost-cards">
      <Typography variant="caption" color="text.secondary">
        {translate('patron.card.lostCards.label')}
      </Typography>
      {cards.map((c) => (
        <Typography key={c.cardNumber} variant="body2" data-testid="lost-card">
          <bdi dir="ltr" style={{ textDecoration: 'line-through' }}>
            {c.cardNumber}
          </bdi>
          {' — '}
          {translate('patron.card.lostCards.line', { date: format(c.reportedAt) })}
          {c.reason && (
            <>
              {translate('patron.comma')}
              <bdi>{c.reason}</bdi>
            </>
          )}
        </Typography>
      ))}
    </Stack>
  );
}
