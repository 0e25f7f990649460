import { useQuery } from '@apollo/client/react';
import { Alert, Box, Card, CardContent, Chip, LinearProgress, Stack, Typography } from '@mui/material';
import type { ReactNode } from 'react';
import { useLocale, usePermissions, useRecordContext, useTranslate } from 'react-admin';
import { LifecycleStage } from '../gql/graphql';
import { localized } from '../i18n/localized';
import { useCalendar } from '../preferences/useCalendar';
import { numberLabel, percentLabel } from './chartText';
import { CustomerAnalyticsQuery } from './documents';
import { BalanceChart, PurchasesChart, RfmHistoryChart } from './LazyCharts';

const MONTHS = 12;

const STAGE_COLOUR = {
  [LifecycleStage.NEW]: 'info',
  [LifecycleStage.ACTIVE]: 'success',
  [LifecycleStage.AT_RISK]: 'warning',
  [LifecycleStage.LOST]: 'error',
} as const;

function Section({ title, children, testId }: { title: string; children: ReactNode; testId: string }) {
  return (
    <Card variant="outlined" data-testid={testId}>
      <CardContent>
        <Typography variant="subtitle1" component="h3" fontWeight={600} gutterBottom>
          {title}
        </Typography>
        {children}
      </CardContent>
    </Card>
  );
}

/** The card's analytics tab: completeness, lifecycle stage and, for loyalty readers, the charts. */
export function CustomerAnalyticsTab() {
  const record = useRecordContext();
  const translate = useTranslate();
  const locale = useLocale();
  const { calendar, format } = useCalendar();
  const { permissions } = usePermissions<string[]>();
  const loyalty = Boolean(permissions?.includes('loyalty.read'));
  const { data, loading, error } = useQuery(CustomerAnalyticsQuery, {
    variables: { id: String(record?.id ?? ''), months: MONTHS, calendar, loyalty },
    skip: !record?.id,
    fetchPolicy: 'network-only',
  });
  if (loading) return <LinearProgress />;
  if (error || !data?.customer)
    return <Alert severity="error">{translate('ra.notification.http_error')}</Alert>;
  const { completeness, lifecycle, purchasesByMonth, balanceByMonth, rfmHistory } = data.customer.analytics;
  const percent = Math.round(completeness.share * 100);
  const ruleDays = {
    NEW: lifecycle.rules.newDays,
    ACTIVE: lifecycle.rules.atRiskDays,
    AT_RISK: lifecycle.rules.atRiskDays,
    LOST: lifecycle.rules.lostDays,
  }[lifecycle.stage];
  return (
    <Box
      sx={{ display: 'grid', gap: 2, gridTemplateColumns: { xs: '1fr', lg: '1fr 1fr' }, width: '100%' }}
      data-testid="customer-analytics"
    >
      <Section title={translate('patron.analytics.completeness')} testId="analytics-completeness">
        <Stack direction="row" alignItems="center" gap={2}>
          <LinearProgress
            variant="determinate"
            value={percent}
            sx={{ flex: 1, height: 10, borderRadius: 5 }}
            aria-label={translate('patron.analytics.completeness')}
          />
          <Typography fontWeight={600} data-testid="analytics-completeness-share">
            {percentLabel(completeness.share, locale)}
          </Typography>
        </Stack>
        <Typography variant="body2" color="text.secondary" sx={{ mt: 1 }}>
          {translate('patron.analytics.completenessFigure', {
            filled: numberLabel(completeness.filled, locale),
            counted: numberLabel(completeness.counted, locale),
          })}
        </Typography>
        <Typography variant="body2" sx={{ mt: 1.5, mb: 0.5 }}>
          {translate(
            completeness.missing.length ? 'patron.analytics.missing' : 'patron.analytics.nothingMissing',
          )}
        </Typography>
        <Stack direction="row" gap={0.5} flexWrap="wrap">
          {completeness.missing.map((m) => (
            <Chip key={m.key} size="small" variant="outlined" label={localized(m.label, locale, m.key)} />
          ))}
        </Stack>
      </Section>
      <Section title={translate('patron.analytics.lifecycle')} testId="analytics-lifecycle">
        <Chip
          color={STAGE_COLOUR[lifecycle.stage]}
          label={translate(`patron.analytics.stages.${lifecycle.stage}`)}
          data-testid="analytics-stage"
        />
        <Typography variant="body2" sx={{ mt: 1 }}>
          {translate(`patron.analytics.stageRule.${lifecycle.stage}`, {
            days: numberLabel(ruleDays, locale),
          })}
        </Typography>
        <Typography variant="body2" color="text.secondary" sx={{ mt: 1 }}>
          {translate('patron.analytics.joined', { date: format(lifecycle.joinedAt) })}
          {translate('patron.separator')}
          {lifecycle.lastPurchaseAt
            ? translate('patron.analytics.lastPurchase', { date: format(lifecycle.lastPurchaseAt) })
            : translate('patron.analytics.neverBought')}
        </Typography>
      </Section>
      {purchasesByMonth && (
        <Section title={translate('patron.analytics.purchases')} testId="analytics-purchases">
          <PurchasesChart months={purchasesByMonth} calendar={calendar} />
        </Section>
      )}
      {balanceByMonth && (
        <Section title={translate('patron.analytics.balances')} testId="analytics-balances">
          {balanceByMonth.length ? (
            <BalanceChart series={balanceByMonth} calendar={calendar} />
          ) : (
            <Typography color="text.secondary">{translate('patron.analytics.noBalances')}</Typography>
          )}
        </Section>
      )}
      {rfmHistory && (
        <Section title={translate('patron.analytics.rfmHistory')} testId="analytics-rfm">
          {rfmHistory.length ? (
            <RfmHistoryChart history={rfmHistory} calendar={calendar} />
          ) : (
            <Typography color="text.secondary">{translate('patron.analytics.noRfm')}</Typography>
          )}
        </Section>
      )}
    </Box>
  );
}
