import { useQuery } from '@apollo/client/react';
import { Card, CardContent, Stack, Table, TableBody, TableCell, TableRow, Typography } from '@mui/material';
import { useEffect, useState } from 'react';
import { useLocale, useTranslate } from 'react-admin';
import { formatAmount } from '../common/amounts';
import { numberFormat } from '../i18n/intlFormats';
import { localeTag } from '../i18n/locales';
import { useProblemText } from '../problems/useProblemText';
import { MailingReportQuery } from './documents';

const POLL_MS = 3000;
const LIVE_STATES = new Set(['SCHEDULED', 'SENDING']);

/**
 * Messages by state, failures and skips by reason, clicks (every channel) and opens (email only: no
 * other message can tell it was read), and purchases within N days after a message.
 */
export function MailingReport({ id, state, channel }: { id: string; state: string; channel: string }) {
  const translate = useTranslate();
  const locale = useLocale();
  const problemText = useProblemText();
  const [seen, setSeen] = useState<string | null>(null);
  // It follows the mailing while it goes out, and reads again until its own reading of the state
  // agrees with the page's: a mailing may finish between two polls (the counts are read after the
  // state, so once the state is over they are final).
  const { data } = useQuery(MailingReportQuery, {
    variables: { id },
    fetchPolicy: 'network-only',
    pollInterval: LIVE_STATES.has(state) || seen !== state ? POLL_MS : 0,
  });
  const report = data?.mailingReport;
  const opens = channel === 'EMAIL';
  useEffect(() => setSeen(report?.mailingState ?? null), [report]);
  if (!report) return null;
  const n = (v: number) => numberFormat(localeTag(locale)).format(v);
  const percent = (v: number | null | undefined) =>
    v == null
      ? '—'
      : numberFormat(localeTag(locale), { style: 'percent', maximumFractionDigits: 1 }).format(v);
  // The audience's own reasons, else a provider's or a template's (problem codes: missing variable…).
  const reason = (code: string) =>
    translate(`patron.mailings.reasons.${code}`, { _: problemText({ code, params: {}, message: code }) });
  return (
    <Stack
      direction={{ xs: 'column', md: 'row' }}
      gap={2}
      flexWrap="wrap"
      data-testid="mailing-report"
      alignItems="flex-start"
    >
      <Block title={translate('patron.mailings.byState')}>
        {report.byState.map((s) => (
          <Line
            key={s.state}
            label={translate(`patron.mailings.messageStates.${s.state}`)}
            value={n(s.count)}
            count={s.count}
            testId={`report-${s.state}`}
          />
        ))}
      </Block>
      <Block title={translate('patron.mailings.failedByReason')}>
        {report.failedByReason.length === 0 && <Line label={translate('patron.mailings.nothing')} value="" />}
        {report.failedByReason.map((r) => (
          <Line key={r.reason} label={reason(r.reason)} value={n(r.count)} />
        ))}
      </Block>
      <Block title={translate('patron.mailings.skippedByReason')}>
        {report.skippedByReason.length === 0 && (
          <Line label={translate('patron.mailings.nothing')} value="" />
        )}
        {report.skippedByReason.map((r) => (
          <Line key={r.reason} label={reason(r.reason)} value={n(r.count)} />
        ))}
      </Block>
      <Block
        title={translate(opens ? 'patron.mailings.tracking' : 'patron.mailings.clicks')}
        hint={translate('patron.mailings.rateHint')}
      >
        <Line
          label={translate('patron.mailings.clicked')}
          value={n(report.clicked)}
          count={report.clicked}
          testId="report-clicked"
        />
        <Line
          label={translate('patron.mailings.clickRate')}
          value={percent(report.clickRate)}
          testId="report-click-rate"
        />
        {opens && (
          <>
            <Line
              label={translate('patron.mailings.opened')}
              value={n(report.opened)}
              testId="report-opened"
            />
            <Line label={translate('patron.mailings.openRate')} value={percent(report.openRate)} />
          </>
        )}
      </Block>
      <Block title={translate('patron.mailings.attributed', { days: n(report.attributionDays) })}>
        <Line
          label={translate('patron.mailings.purchases')}
          value={n(report.attributed.purchases)}
          testId="report-purchases"
        />
        <Line label={translate('patron.mailings.buyers')} value={n(report.attributed.customers)} />
        <Line
          label={translate('patron.mailings.revenue')}
          value={formatAmount(report.attributed.revenue, 2, locale)}
          testId="report-revenue"
        />
      </Block>
    </Stack>
  );
}

function Block({ title, hint, children }: { title: string; hint?: string; children: React.ReactNode }) {
  return (
    <Card variant="outlined" sx={{ minWidth: 240, flex: '1 1 240px' }}>
      <CardContent>
        <Typography variant="subtitle2" gutterBottom>
          {title}
        </Typography>
        <Table size="small">
          <TableBody>{children}</TableBody>
        </Table>
        {hint && (
          <Typography variant="caption" color="text.secondary" component="p" sx={{ mt: 1 }}>
            {hint}
          </Typography>
        )}
      </CardContent>
    </Card>
  );
}

function Line({
  label,
  value,
  testId,
  count,
}: {
  label: string;
  value: string;
  testId?: string;
  count?: number;
}) {
  return (
    <TableRow>
      <TableCell sx={{ ps: 0 }}>{label}</TableCell>
      <TableCell align="right" data-testid={testId} data-count={count}>
        {value}
      </TableCell>
    </TableRow>
  );
}
