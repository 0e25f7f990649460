import { skipToken, useQuery } from '@apollo/client/react';
import {
  Alert,
  Box,
  Card,
  CardContent,
  LinearProgress,
  Link,
  Table,
  TableBody,
  TableCell,
  TableHead,
  TableRow,
  Typography,
  useTheme,
} from '@mui/material';
import { type ReactNode, useMemo, useState } from 'react';
import { Title, useLocale, usePermissions, useTranslate } from 'react-admin';
import { useSearchParams } from 'react-router-dom';
import { apollo } from '../apollo';
import { formatAmount, formatMoney } from '../common/amounts';
import { placeFailure } from '../common/placeErrors';
import { useNotifyRefusal } from '../common/useNotifyRefusal';
import { numberLabel } from '../customer-analytics/chartText';
import {
  type BucketRow,
  MembersSeriesChart,
  SalesSeriesChart,
  ShareChart,
} from '../customer-analytics/LazyCharts';
import type { DashboardQuery as DashboardData, DashboardInput } from '../gql/graphql';
import { localized } from '../i18n/localized';
import { useCalendar } from '../preferences/useCalendar';
import { useProblemText } from '../problems/useProblemText';
import { segmentKey, segmentTone } from '../rfm/segments';
import { bucketLabel, bucketTitle } from './bucketLabel';
import { DashboardQuery, ExportDashboardMutation, WorkspaceClockQuery } from './documents';
import { FiguresAsOf } from './FiguresAsOf';
import { KpiCard } from './KpiCard';
import { lastDay, PeriodBar } from './PeriodBar';
import { dayStartIn, readChoice, resolveChoice, todayIn, writeChoice } from './period';
import { TopProductsTable } from './TopProductsTable';

/** The figures of the period, in the cards' order; `hint` explains the ones a manager may misread. */
type Kpi =
  | 'members'
  | 'newMembers'
  | 'activeMembers'
  | 'purchases'
  | 'revenue'
  | 'averagePurchase'
  | 'repeatCustomers';
const KPIS: readonly { name: Kpi; money?: boolean; hint?: boolean }[] = [
  { name: 'members', hint: true },
  { name: 'newMembers' },
  { name: 'activeMembers', hint: true },
  { name: 'purchases' },
  { name: 'revenue', money: true },
  { name: 'averagePurchase', money: true },
  { name: 'repeatCustomers', hint: true },
];

type Dashboard = DashboardData['dashboard'];

/** The first screen of those who run the base: the period's figures against the one before, as cards, charts and tables. */
export function DashboardPage() {
  const translate = useTranslate();
  const { calendar, format } = useCalendar();
  const problemText = useProblemText();
  const notifyRefusal = useNotifyRefusal();
  const { permissions } = usePermissions<string[]>();
  const mayExport = Boolean(permissions?.includes('customers.export'));
  const mayName = Boolean(permissions?.includes('customers.read'));
  const mayReadProducts = Boolean(permissions?.includes('products.read'));
  // The choice lives in the address: a reload, a bookmark or a shared link shows the same period.
  const [params, setParams] = useSearchParams();
  const choice = useMemo(() => readChoice(params), [params]);
  const clock = useQuery(WorkspaceClockQuery);
  const timeZone = clock.data?.workspaceSettings.timeZone;
  const today = timeZone ? todayIn(timeZone) : null;
  const resolved = today ? resolveChoice(choice, today, calendar) : null;
  const input: DashboardInput | null =
    resolved && timeZone
      ? {
          from: dayStartIn(resolved.days.from, timeZone),
          to: dayStartIn(resolved.days.to, timeZone),
          granularity: resolved.granularity,
          compare: choice.compare,
          calendar,
        }
      : null;
  const query = useQuery(
    DashboardQuery,
    input
      ? { variables: { input, withTop: mayName, withProducts: mayReadProducts }, fetchPolicy: 'network-only' }
      : skipToken,
  );
  // While another period loads, the last one stays on screen under the progress bar.
  const dashboard = (query.data ?? query.previousData)?.dashboard;
  const [exporting, setExporting] = useState(false);

  const exportFile = async () => {
    if (!input) return;
    setExporting(true);
    try {
      const { data } = await apollo.mutate({ mutation: ExportDashboardMutation, variables: { input } });
      if (data) {
        const link = document.createElement('a');
        link.href = data.exportDashboard.downloadPath;
        link.download = data.exportDashboard.name;
        document.body.appendChild(link);
        link.click();
        link.remove();
      }
    } catch (error) {
      notifyRefusal(error);
    } finally {
      setExporting(false);
    }
  };

  const failure = query.error ?? clock.error;
  const [refusal] = failure ? placeFailure(failure, []).general : [];
  return (
    <Box data-testid="dashboard-page" sx={{ pb: 3 }}>
      <Title title="patron.dashboard.title" />
      <PeriodBar
        choice={choice}
        resolved={resolved}
        onChange={(next) => setParams(writeChoice(next), { replace: true })}
        onExport={mayExport ? exportFile : undefined}
        exporting={exporting}
      />
      {resolved && (
        <Typography variant="body2" color="text.secondary" sx={{ mb: 2 }} data-testid="dashboard-range">
          {[
            translate('patron.dashboard.range', {
              from: format(resolved.days.from),
              to: format(lastDay(resolved.days)),
            }),
            dashboard?.previousFrom && dashboard.previousTo && timeZone && choice.compare
              ? translate('patron.dashboard.comparedWith', {
                  from: format(todayIn(timeZone, new Date(dashboard.previousFrom))),
                  to: format(todayIn(timeZone, new Date(new Date(dashboard.previousTo).getTime() - 1))),
                })
              : '',
            timeZone ? translate('patron.dashboard.timeZone', { zone: timeZone }) : '',
          ]
            .filter(Boolean)
            .join(translate('patron.comma'))}
        </Typography>
      )}
      {dashboard && !query.error && <FiguresAsOf asOf={dashboard.asOf} />}
      {choice.period === 'custom' && !resolved && today && (
        <Alert severity="info" sx={{ mb: 2 }}>
          {translate('patron.dashboard.pickDays')}
        </Alert>
      )}
      {(query.loading || clock.loading) && <LinearProgress sx={{ mb: 2 }} data-testid="dashboard-loading" />}
      {refusal && (
        <Alert severity="error" sx={{ mb: 2 }} data-testid="dashboard-error">
          {problemText(refusal)}
        </Alert>
      )}
      {dashboard && !query.error && resolved && (
        <Figures dashboard={dashboard} granularity={resolved.granularity} compare={choice.compare} />
      )}
    </Box>
  );
}

function Figures({
  dashboard,
  granularity,
  compare,
}: {
  dashboard: Dashboard;
  granularity: DashboardInput['granularity'];
  compare: boolean;
}) {
  const translate = useTranslate();
  const locale = useLocale();
  const theme = useTheme();
  const count = (n: number) => numberLabel(n, locale);
  const money = (n: number) => formatMoney(n, locale);
  const previous = <T,>(figure: { previous?: T | null }) => (compare ? figure.previous : null);
  const rows: BucketRow[] = dashboard.series.map((b) => ({
    label: bucketLabel(b.startDay, b.partial, granularity, locale, dashboard.calendar),
    title: `${bucketTitle(b.startDay, granularity, locale, dashboard.calendar, translate)}${b.partial ? '*' : ''}`,
    partial: b.partial,
    newMembers: b.newMembers,
    activeMembers: b.activeMembers,
    purchases: b.purchases,
    revenue: b.revenue,
  }));
  const quiet = dashboard.series.every((b) => !b.newMembers && !b.purchases);
  const cuts = dashboard.series.some((b) => b.partial);
  const tone = (segment: string | null | undefined) => {
    const t = segmentTone(segment);
    return t === 'default' ? theme.palette.grey[500] : theme.palette[t].main;
  };
  return (
    <>
      <Box
        sx={{ display: 'grid', gap: 2, gridTemplateColumns: 'repeat(auto-fill, minmax(190px, 1fr))', mb: 2 }}
        data-testid="dashboard-kpis"
      >
        {KPIS.map(({ name, money: isMoney, hint }) => (
          <KpiCard
            key={name}
            name={name}
            value={dashboard[name].value}
            previous={previous(dashboard[name])}
            format={isMoney ? money : count}
            hint={hint ? translate(`patron.dashboard.hint.${name}`) : undefined}
          />
        ))}
      </Box>
      <Box sx={{ display: 'grid', gap: 2, gridTemplateColumns: { xs: '1fr', lg: '1fr 1fr' }, mb: 2 }}>
        <Section title={translate('patron.dashboard.membersChart')} testId="dashboard-members">
          {quiet ? (
            <None text={translate('patron.dashboard.noActivity')} />
          ) : (
            <MembersSeriesChart rows={rows} />
          )}
        </Section>
        <Section title={translate('patron.dashboard.salesChart')} testId="dashboard-sales">
          {quiet ? (
            <None text={translate('patron.dashboard.noActivity')} />
          ) : (
            <SalesSeriesChart rows={rows} />
          )}
        </Section>
      </Box>
      {cuts && !quiet && (
        <Typography variant="caption" color="text.secondary" component="p" sx={{ mt: -1, mb: 2 }}>
          {translate('patron.dashboard.partialNote')}
        </Typography>
      )}
      <Box
        sx={{
          display: 'grid',
          gap: 2,
          gridTemplateColumns: { xs: '1fr', lg: '1fr 1fr' },
          alignItems: 'start',
          mb: 2,
        }}
      >
        <Section title={translate('patron.dashboard.tiers')} testId="dashboard-tiers">
          <ShareChart
            testId="dashboard-tiers-chart"
            rows={dashboard.tiers.map((t) => ({
              name: t.tier
                ? localized(t.tier.name, locale, t.tier.key)
                : translate('patron.dashboard.noTier'),
              customers: t.customers,
              colour: t.tier ? undefined : theme.palette.grey[500],
            }))}
          />
        </Section>
        <Section title={translate('patron.dashboard.rfm')} testId="dashboard-rfm">
          <ShareChart
            testId="dashboard-rfm-chart"
            rows={dashboard.rfmSegments.map((s) => ({
              name: s.segment ? translate(segmentKey(s.segment)) : translate('patron.rfm.notScored'),
              customers: s.customers,
              colour: tone(s.segment),
            }))}
          />
        </Section>
      </Box>
      <Box
        sx={{
          display: 'grid',
          gap: 2,
          gridTemplateColumns: { xs: '1fr', lg: '1fr 1fr' },
          alignItems: 'start',
        }}
      >
        <Section title={translate('patron.dashboard.balances')} testId="dashboard-balances">
          {dashboard.balances.length ? (
            <BalancesTable balances={dashboard.balances} compare={compare} />
          ) : (
            <None text={translate('patron.dashboard.noBalances')} />
          )}
        </Section>
        {dashboard.topCustomers && (
          <Section title={translate('patron.dashboard.top')} testId="dashboard-top">
            {dashboard.topCustomers.length ? (
              <Table size="small">
                <TableHead>
                  <TableRow>
                    <TableCell>{translate('patron.dashboard.customer')}</TableCell>
                    <TableCell align="right">{translate('patron.dashboard.kpi.purchases')}</TableCell>
                    <TableCell align="right">{translate('patron.dashboard.kpi.revenue')}</TableCell>
                  </TableRow>
                </TableHead>
                <TableBody>
                  {dashboard.topCustomers.map((c) => (
                    <TableRow key={c.customerId} data-testid="dashboard-top-row">
                      <TableCell>
                        <Link href={`#/customers/${c.customerId}/show`}>{c.displayName}</Link>
                      </TableCell>
                      <TableCell align="right">{count(c.purchases)}</TableCell>
                      <TableCell align="right">{money(c.revenue)}</TableCell>
                    </TableRow>
                  ))}
                </TableBody>
              </Table>
            ) : (
              <None text={translate('patron.dashboard.topNone')} />
            )}
          </Section>
        )}
        {dashboard.topProducts && (
          <Section title={translate('patron.dashboard.topProducts')} testId="dashboard-products">
            {dashboard.topProducts.length ? (
              <TopProductsTable rows={dashboard.topProducts} />
            ) : (
              <None text={translate('patron.dashboard.topProductsNone')} />
            )}
          </Section>
        )}
      </Box>
    </>
  );
}

function BalancesTable({ balances, compare }: { balances: Dashboard['balances']; compare: boolean }) {
  const translate = useTranslate();
  const locale = useLocale();
  return (
    <Table size="small">
      <TableHead>
        <TableRow>
          <TableCell>{translate('patron.dashboard.currency')}</TableCell>
          <TableCell align="right">{translate('patron.dashboard.issued')}</TableCell>
          <TableCell align="right">{translate('patron.dashboard.spent')}</TableCell>
          <TableCell align="right">{translate('patron.dashboard.expired')}</TableCell>
        </TableRow>
      </TableHead>
      <TableBody>
        {balances.map((b) => {
          const amount = (n: number) => formatAmount(n, b.currency.decimals, locale);
          const before = (n: number | null | undefined) =>
            compare && n !== null && n !== undefined ? (
              <Typography variant="caption" color="text.secondary" component="div">
                {translate('patron.dashboard.previous', { value: amount(n) })}
              </Typography>
            ) : null;
          return (
            <TableRow key={b.currency.id} data-testid={`dashboard-balance-${b.currency.key}`}>
              <TableCell>{localized(b.currency.name, locale, b.currency.key)}</TableCell>
              <TableCell align="right">
                {amount(b.issued)}
                {before(b.previousIssued)}
              </TableCell>
              <TableCell align="right">
                {amount(b.spent)}
                {before(b.previousSpent)}
              </TableCell>
              <TableCell align="right">{amount(b.expired)}</TableCell>
            </TableRow>
          );
        })}
      </TableBody>
    </Table>
  );
}

function Section({ title, testId, children }: { title: string; testId: string; children: ReactNode }) {
  return (
    <Card data-testid={testId}>
      <CardContent>
        <Typography variant="h6" component="h2" gutterBottom>
          {title}
        </Typography>
        {children}
      </CardContent>
    </Card>
  );
}

function None({ text }: { text: string }) {
  return (
    <Typography color="text.secondary" sx={{ py: 3 }}>
      {text}
    </Typography>
  );
}
