import { Box, useTheme } from '@mui/material';
import type { ReactNode } from 'react';
import { useLocale, useTranslate } from 'react-admin';
import {
  Bar,
  BarChart,
  CartesianGrid,
  Cell,
  ComposedChart,
  Legend,
  Line,
  LineChart,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from 'recharts';
import type { CalendarSystem, CustomerAnalyticsQuery, RfmSegment } from '../gql/graphql';
import { localized } from '../i18n/localized';
import { segmentKey } from '../rfm/segments';
import { chartDirection, dayLabel, monthLabel, numberLabel } from './chartText';
import { valueAxis } from './valueAxis';

/**
 * Every chart of the SPA, in one module that is only ever imported lazily (see LazyCharts.tsx), so
 * recharts never weighs on the sign-in page or the customer list.
 */
type Analytics = NonNullable<CustomerAnalyticsQuery['customer']>['analytics'];

/** The SVG is laid out left to right in every language; the axes are mirrored for Persian instead. */
function Frame({ height = 260, testId, children }: { height?: number; testId: string; children: ReactNode }) {
  return (
    <Box dir="ltr" sx={{ width: '100%', height }} data-testid={testId}>
      <ResponsiveContainer width="100%" height="100%">
        {children as never}
      </ResponsiveContainer>
    </Box>
  );
}

const FONT = { fontSize: 12, fontFamily: 'inherit' };

export function PurchasesChart({
  months,
  calendar,
}: {
  months: NonNullable<Analytics['purchasesByMonth']>;
  calendar: CalendarSystem;
}) {
  const locale = useLocale();
  const translate = useTranslate();
  const theme = useTheme();
  const { reversed, valueSide } = chartDirection(locale);
  const other = valueSide === 'left' ? 'right' : 'left';
  const data = months.map((m) => ({ ...m, label: monthLabel(m.from, locale, calendar) }));
  const amounts = valueAxis(
    months.map((m) => m.amount),
    locale,
  );
  return (
    <Frame testId="analytics-purchases-chart">
      <ComposedChart data={data} margin={{ top: 8, right: 8, bottom: 0, left: 8 }}>
        <CartesianGrid strokeDasharray="3 3" vertical={false} />
        <XAxis dataKey="label" reversed={reversed} tick={FONT} interval="preserveStartEnd" />
        <YAxis yAxisId="amount" orientation={valueSide} tick={FONT} {...amounts} />
        <YAxis
          yAxisId="count"
          orientation={other}
          allowDecimals={false}
          tick={FONT}
          tickFormatter={(v: number) => numberLabel(v, locale)}
        />
        <Tooltip formatter={(v) => numberLabel(Number(v), locale)} />
        <Legend wrapperStyle={FONT} />
        <Bar
          yAxisId="amount"
          dataKey="amount"
          name={translate('patron.analytics.purchaseAmount')}
          fill={theme.palette.primary.main}
          maxBarSize={28}
          isAnimationActive={false}
        />
        <Line
          yAxisId="count"
          dataKey="count"
          name={translate('patron.analytics.purchaseCount')}
          stroke={theme.palette.secondary.main}
          strokeWidth={2}
          isAnimationActive={false}
        />
      </ComposedChart>
    </Frame>
  );
}

const LINE_COLOURS = ['#1976d2', '#ed6c02', '#2e7d32', '#9c27b0', '#d32f2f'];

export function BalanceChart({
  series,
  calendar,
}: {
  series: NonNullable<Analytics['balanceByMonth']>;
  calendar: CalendarSystem;
}) {
  const locale = useLocale();
  const { reversed, valueSide } = chartDirection(locale);
  const months = series[0]?.points ?? [];
  const data = months.map((m, i) => ({
    label: monthLabel(m.from, locale, calendar),
    ...Object.fromEntries(series.map((s) => [s.currencyKey, s.points[i]?.balance ?? 0])),
  }));
  const axis = valueAxis(
    series.flatMap((s) => s.points.map((p) => p.balance)),
    locale,
  );
  return (
    <Frame testId="analytics-balance-chart">
      <LineChart data={data} margin={{ top: 8, right: 8, bottom: 0, left: 8 }}>
        <CartesianGrid strokeDasharray="3 3" vertical={false} />
        <XAxis dataKey="label" reversed={reversed} tick={FONT} interval="preserveStartEnd" />
        <YAxis orientation={valueSide} tick={FONT} {...axis} />
        <Tooltip formatter={(v) => numberLabel(Number(v), locale)} />
        <Legend wrapperStyle={FONT} />
        {series.map((s, i) => (
          <Line
            key={s.currencyKey}
            type="stepAfter"
            dataKey={s.currencyKey}
            name={localized(s.currencyName, locale, s.currencyKey)}
            stroke={LINE_COLOURS[i % LINE_COLOURS.length]}
            strokeWidth={2}
            dot={false}
            isAnimationActive={false}
          />
        ))}
      </LineChart>
    </Frame>
  );
}

/** Best first: the order segments stand on the history chart's value axis. */
const SEGMENT_ORDER: RfmSegment[] = [
  'LOST',
  'HIBERNATING',
  'CANT_LOSE_THEM',
  'AT_RISK',
  'ABOUT_TO_SLEEP',
  'NEED_ATTENTION',
  'PROMISING',
  'NEW_CUSTOMERS',
  'POTENTIAL_LOYALIST',
  'LOYAL_CUSTOMERS',
  'CHAMPIONS',
] as RfmSegment[];

/** The segments a customer went through as steps over time; the last one held until now. */
export function RfmHistoryChart({
  history,
  calendar,
}: {
  history: NonNullable<Analytics['rfmHistory']>;
  calendar: CalendarSystem;
}) {
  const locale = useLocale();
  const translate = useTranslate();
  const theme = useTheme();
  const { reversed, valueSide } = chartDirection(locale);
  const steps = [...history].reverse().map((h) => ({
    at: new Date(h.from).getTime(),
    rank: h.segment ? SEGMENT_ORDER.indexOf(h.segment) : null,
  }));
  const last = steps.at(-1);
  if (last) steps.push({ at: Date.now(), rank: last.rank });
  const segmentName = (rank: number) => translate(segmentKey(SEGMENT_ORDER[rank]));
  return (
    <Frame testId="analytics-rfm-chart" height={300}>
      <LineChart data={steps} margin={{ top: 8, right: 8, bottom: 0, left: 8 }}>
        <CartesianGrid strokeDasharray="3 3" />
        <XAxis
          dataKey="at"
          type="number"
          scale="time"
          domain={['dataMin', 'dataMax']}
          reversed={reversed}
          tick={FONT}
          tickFormatter={(v: number) => dayLabel(v, locale, calendar)}
        />
        <YAxis
          orientation={valueSide}
          domain={[0, SEGMENT_ORDER.length - 1]}
          ticks={SEGMENT_ORDER.map((_, i) => i)}
          interval={0}
          width={130}
          tick={FONT}
          tickFormatter={segmentName}
        />
        <Tooltip
          labelFormatter={(v) => dayLabel(Number(v), locale, calendar)}
          formatter={(v) => segmentName(Number(v))}
        />
        <Line
          type="stepAfter"
          dataKey="rank"
          name={translate('patron.rfm.title')}
          stroke={theme.palette.primary.main}
          strokeWidth={2}
          isAnimationActive={false}
        />
      </LineChart>
    </Frame>
  );
}

/** Horizontal bars with names on the category axis: the RFM page's two charts. */
function NamedBars({
  rows,
  testId,
  colour,
}: {
  rows: { name: string; customers: number }[];
  testId: string;
  colour: string;
}) {
  const locale = useLocale();
  const translate = useTranslate();
  const { reversed, valueSide } = chartDirection(locale);
  const axis = valueAxis(
    rows.map((r) => r.customers),
    locale,
    true,
  );
  return (
    <Frame testId={testId} height={Math.max(160, rows.length * 32 + 40)}>
      <BarChart data={rows} layout="vertical" margin={{ top: 8, right: 16, bottom: 0, left: 16 }}>
        <CartesianGrid strokeDasharray="3 3" horizontal={false} />
        <XAxis type="number" reversed={reversed} tick={FONT} {...axis} />
        <YAxis type="category" dataKey="name" orientation={valueSide} width={210} interval={0} tick={FONT} />
        <Tooltip formatter={(v) => numberLabel(Number(v), locale)} />
        <Bar
          dataKey="customers"
          name={translate('patron.rfm.customers')}
          fill={colour}
          maxBarSize={22}
          isAnimationActive={false}
          label={{
            // With the axis reversed the bar runs right to left, and its "right" end is on the left.
            position: 'right',
            ...FONT,
            formatter: (v: unknown) => numberLabel(Number(v), locale),
          }}
        />
      </BarChart>
    </Frame>
  );
}

export function SegmentDistributionChart({
  segments,
}: {
  segments: { segment: string; customers: number }[];
}) {
  const translate = useTranslate();
  const theme = useTheme();
  const rows = segments.map((s) => ({ name: translate(segmentKey(s.segment)), customers: s.customers }));
  return <NamedBars rows={rows} testId="rfm-distribution-chart" colour={theme.palette.primary.main} />;
}

export function SegmentMovementChart({
  moves,
}: {
  moves: { from?: string | null; to?: string | null; customers: number }[];
}) {
  const translate = useTranslate();
  const locale = useLocale();
  const theme = useTheme();
  const arrow = chartDirection(locale).rtl ? '←' : '→';
  const name = (segment: string | null | undefined) =>
    segment ? translate(segmentKey(segment)) : translate('patron.rfm.notScored');
  const rows = moves
    .slice(0, 15)
    .map((m) => ({ name: `${name(m.from)} ${arrow} ${name(m.to)}`, customers: m.customers }));
  return <NamedBars rows={rows} testId="rfm-movement-chart" colour={theme.palette.secondary.main} />;
}

/** One bucket of the dashboard's series, labelled by the page (reports/bucketLabel.ts). */
export interface BucketRow {
  /** On the axis: short, with a star when the period cuts the unit. */
  label: string;
  /** In the tooltip: the unit in full. */
  title: string;
  partial: boolean;
  newMembers: number;
  activeMembers: number;
  purchases: number;
  revenue: number;
}

/**
 * A bar per bucket and a line over them, each on its own value axis (the bars' on the reading side):
 * new members and active customers, or revenue and purchases. A bucket the period cuts is paler.
 */
function BucketChart({
  rows,
  testId,
  bar,
  line,
  barName,
  lineName,
  barIntegers,
}: {
  rows: BucketRow[];
  testId: string;
  bar: 'newMembers' | 'revenue';
  line: 'activeMembers' | 'purchases';
  barName: string;
  lineName: string;
  barIntegers: boolean;
}) {
  const locale = useLocale();
  const theme = useTheme();
  const { reversed, valueSide } = chartDirection(locale);
  const other = valueSide === 'left' ? 'right' : 'left';
  const bars = valueAxis(
    rows.map((r) => r[bar]),
    locale,
    barIntegers,
  );
  const lines = valueAxis(
    rows.map((r) => r[line]),
    locale,
    true,
  );
  return (
    <Frame testId={testId} height={280}>
      <ComposedChart data={rows} margin={{ top: 8, right: 8, bottom: 0, left: 8 }}>
        <CartesianGrid strokeDasharray="3 3" vertical={false} />
        <XAxis dataKey="label" reversed={reversed} tick={FONT} interval="preserveStartEnd" minTickGap={12} />
        <YAxis yAxisId="bar" orientation={valueSide} tick={FONT} {...bars} />
        <YAxis yAxisId="line" orientation={other} tick={FONT} {...lines} />
        <Tooltip
          labelFormatter={(_label, payload) =>
            (payload?.[0]?.payload as BucketRow | undefined)?.title ?? String(_label)
          }
          formatter={(v) => numberLabel(Number(v), locale)}
        />
        <Legend wrapperStyle={FONT} />
        <Bar
          yAxisId="bar"
          dataKey={bar}
          name={barName}
          fill={theme.palette.primary.main}
          maxBarSize={28}
          isAnimationActive={false}
        >
          {rows.map((r) => (
            <Cell key={r.title} fillOpacity={r.partial ? 0.45 : 1} />
          ))}
        </Bar>
        <Line
          yAxisId="line"
          dataKey={line}
          name={lineName}
          stroke={theme.palette.secondary.main}
          strokeWidth={2}
          dot={rows.length <= 14}
          isAnimationActive={false}
        />
      </ComposedChart>
    </Frame>
  );
}

export function MembersSeriesChart({ rows }: { rows: BucketRow[] }) {
  const translate = useTranslate();
  return (
    <BucketChart
      rows={rows}
      testId="dashboard-members-chart"
      bar="newMembers"
      line="activeMembers"
      barName={translate('patron.dashboard.kpi.newMembers')}
      lineName={translate('patron.dashboard.kpi.activeMembers')}
      barIntegers
    />
  );
}

export function SalesSeriesChart({ rows }: { rows: BucketRow[] }) {
  const translate = useTranslate();
  return (
    <BucketChart
      rows={rows}
      testId="dashboard-sales-chart"
      bar="revenue"
      line="purchases"
      barName={translate('patron.dashboard.kpi.revenue')}
      lineName={translate('patron.dashboard.kpi.purchases')}
      barIntegers={false}
    />
  );
}

/** Customers per tier or per RFM segment: a bar each, in its own colour when it has one. */
export function ShareChart({
  rows,
  testId,
}: {
  rows: { name: string; customers: number; colour?: string }[];
  testId: string;
}) {
  const locale = useLocale();
  const translate = useTranslate();
  const theme = useTheme();
  const { reversed, valueSide } = chartDirection(locale);
  const axis = valueAxis(
    rows.map((r) => r.customers),
    locale,
    true,
  );
  return (
    <Frame testId={testId} height={Math.max(120, rows.length * 30 + 40)}>
      <BarChart data={rows} layout="vertical" margin={{ top: 8, right: 24, bottom: 0, left: 24 }}>
        <CartesianGrid strokeDasharray="3 3" horizontal={false} />
        <XAxis type="number" reversed={reversed} tick={FONT} {...axis} />
        <YAxis type="category" dataKey="name" orientation={valueSide} width={170} interval={0} tick={FONT} />
        <Tooltip formatter={(v) => numberLabel(Number(v), locale)} />
        <Bar
          dataKey="customers"
          name={translate('patron.rfm.customers')}
          maxBarSize={20}
          isAnimationActive={false}
          label={{ position: 'right', ...FONT, formatter: (v: unknown) => numberLabel(Number(v), locale) }}
        >
          {rows.map((r) => (
            <Cell key={r.name} fill={r.colour ?? theme.palette.primary.main} />
          ))}
        </Bar>
      </BarChart>
    </Frame>
  );
}
