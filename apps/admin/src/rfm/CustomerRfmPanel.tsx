import { useQuery } from '@apollo/client/react';
import { Box, Card, CardContent, Chip, Stack, Tooltip, Typography } from '@mui/material';
import { useLocale, useTranslate } from 'react-admin';
import { formatAmount, formatMoney } from '../common/amounts';
import { useCalendar } from '../preferences/useCalendar';
import { CustomerRfmQuery } from './documents';
import { segmentKey, segmentTone } from './segments';

/** One score, 1–5, as five pips. */
function Score({ letter, label, value }: { letter: string; label: string; value: number }) {
  const locale = useLocale();
  return (
    <Tooltip title={label}>
      <Stack alignItems="center" data-testid={`rfm-score-${letter}`} data-score={value} sx={{ minWidth: 56 }}>
        <Typography variant="caption" color="text.secondary">
          {label}
        </Typography>
        <Typography variant="h6" component="p" fontWeight={600}>
          {formatAmount(value, 0, locale)}
          <Typography component="span" variant="caption" color="text.secondary">
            /{formatAmount(5, 0, locale)}
          </Typography>
        </Typography>
        <Stack direction="row" gap={0.25}>
          {[1, 2, 3, 4, 5].map((i) => (
            <Box
              key={i}
              sx={{
                width: 8,
                height: 8,
                borderRadius: '50%',
                bgcolor: i <= value ? 'primary.main' : 'action.disabledBackground',
              }}
            />
          ))}
        </Stack>
      </Stack>
    </Tooltip>
  );
}

/** The customer's RFM segment, the three scores with what they come from, and the segments entered before. */
export function CustomerRfmPanel({ customerId }: { customerId: string }) {
  const translate = useTranslate();
  const locale = useLocale();
  const { format } = useCalendar();
  const { data, error } = useQuery(CustomerRfmQuery, {
    variables: { id: customerId },
    fetchPolicy: 'network-only',
  });
  const rfm = data?.customer.rfm;
  const number = (n: number) => formatAmount(n, 0, locale);

  return (
    <Card variant="outlined" sx={{ flex: '1 1 320px', minWidth: 0 }} data-testid="customer-rfm">
      <CardContent>
        <Typography variant="body2" color="text.secondary">
          {translate('patron.rfm.title')}
        </Typography>
        {error && <Typography color="error">{translate('ra.notification.http_error')}</Typography>}
        {data && !rfm && (
          <Typography variant="body2" sx={{ mt: 1 }} data-testid="rfm-none">
            {translate(data.customer.purchaseSummary.count > 0 ? 'patron.rfm.notYet' : 'patron.rfm.none')}
          </Typography>
        )}
        {rfm && (
          <>
            <Chip
              sx={{ mt: 0.5, fontWeight: 600 }}
              color={segmentTone(rfm.segment)}
              label={translate(segmentKey(rfm.segment))}
              data-testid="rfm-segment"
              data-segment={rfm.segment}
            />
            <Typography variant="caption" color="text.secondary" component="p" sx={{ mt: 0.5 }}>
              {translate('patron.rfm.since', { date: format(rfm.since) })}
            </Typography>
            <Stack direction="row" gap={2} sx={{ mt: 1.5 }} flexWrap="wrap">
              <Score letter="r" label={translate('patron.rfm.r')} value={rfm.r} />
              <Score letter="f" label={translate('patron.rfm.f')} value={rfm.f} />
              <Score letter="m" label={translate('patron.rfm.m')} value={rfm.m} />
            </Stack>
            <Typography variant="body2" sx={{ mt: 1.5 }} data-testid="rfm-recency">
              {rfm.recencyDays === 0
                ? translate('patron.rfm.recencyToday')
                : translate('patron.rfm.recency', {
                    smart_count: rfm.recencyDays,
                    days: number(rfm.recencyDays),
                  })}
            </Typography>
            <Typography variant="body2">
              {translate('patron.rfm.totals', {
                smart_count: rfm.frequency,
                count: number(rfm.frequency),
                money: formatMoney(rfm.monetary, locale),
              })}
            </Typography>
            <Typography variant="caption" color="text.secondary" component="p">
              {translate('patron.rfm.computedAt', { date: format(rfm.computedAt, true) })}
            </Typography>
            {rfm.history.length > 0 && (
              <Box sx={{ mt: 1.5 }}>
                <Typography variant="body2" fontWeight={600}>
                  {translate('patron.rfm.history')}
                </Typography>
                <Box
                  component="ol"
                  sx={{
                    m: 0,
                    mt: 0.5,
                    paddingInlineStart: 2.5,
                    listStyleType: locale === 'fa' ? 'persian' : 'decimal',
                  }}
                  data-testid="rfm-history"
                >
                  {rfm.history.map((h) => (
                    <Typography
                      component="li"
                      variant="body2"
                      key={`${h.from}-${h.segment}`}
                      data-segment={h.segment ?? ''}
                    >
                      {translate(segmentKey(h.segment))}
                      <Typography component="span" variant="caption" color="text.secondary">
                        {translate('patron.separator')}
                        {format(h.from)}
                      </Typography>
                    </Typography>
                  ))}
                </Box>
              </Box>
            )}
          </>
        )}
      </CardContent>
    </Card>
  );
}
