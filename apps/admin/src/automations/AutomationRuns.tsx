import { useQuery } from '@apollo/client/react';
import {
  Button,
  Card,
  Chip,
  Link,
  Stack,
  Table,
  TableBody,
  TableCell,
  TableHead,
  TableRow,
  Typography,
} from '@mui/material';
import { Title, useLocale, useTranslate } from 'react-admin';
import { useParams } from 'react-router-dom';
import type { AutomationRunsQuery as RunsResult } from '../gql/graphql';
import { useCalendar } from '../preferences/useCalendar';
import type { ProblemMessage } from '../problems/problemText';
import { useProblemText } from '../problems/useProblemText';
import { AutomationQuery, AutomationRunsQuery } from './documents';
import { occurrenceYear } from './occurrenceYear';
import { useSummaries } from './useSummaries';

const PAGE = 50;
type Run = RunsResult['automationRuns']['edges'][number]['node'];
const STATE_COLOR = { PENDING: 'info', DONE: 'success', FAILED: 'error' } as const;

/** An automation's run log, newest first: who, for what occurrence, how each action went, when. */
export function AutomationRuns() {
  const { id = '' } = useParams();
  const translate = useTranslate();
  const { formatShort } = useCalendar();
  const { data: automation } = useQuery(AutomationQuery, { variables: { id } });
  const { data, loading, fetchMore } = useQuery(AutomationRunsQuery, {
    variables: { automationId: id, first: PAGE },
    fetchPolicy: 'cache-and-network',
  });
  const page = data?.automationRuns;
  const more = () =>
    fetchMore({
      variables: { after: page?.pageInfo.endCursor },
      updateQuery: (previous, { fetchMoreResult }) => ({
        automationRuns: {
          ...fetchMoreResult.automationRuns,
          edges: [...previous.automationRuns.edges, ...fetchMoreResult.automationRuns.edges],
        },
      }),
    });
  const name = automation?.automation.name ?? '';
  return (
    <Card sx={{ mt: 2 }}>
      <Title title={translate('patron.automations.runsTitle', { name })} />
      <Typography variant="h6" sx={{ px: 2, pt: 2 }}>
        {translate('patron.automations.runsTitle', { name })}
      </Typography>
      <Table size="small" data-testid="automation-runs">
        <TableHead>
          <TableRow>
            <TableCell>{translate('patron.automations.run.time')}</TableCell>
            <TableCell>{translate('patron.automations.run.customer')}</TableCell>
            <TableCell>{translate('patron.automations.run.occurrence')}</TableCell>
            <TableCell>{translate('patron.automations.run.state')}</TableCell>
            <TableCell>{translate('patron.automations.run.outcomes')}</TableCell>
          </TableRow>
        </TableHead>
        <TableBody>
          {(page?.edges ?? []).map(({ node }) => (
            <TableRow key={node.id} data-testid="automation-run">
              <TableCell sx={{ whiteSpace: 'nowrap' }}>{formatShort(node.createdAt, true)}</TableCell>
              <TableCell>
                <Link href={`#/customers/${node.customerId}/show`}>
                  {node.customerName || `#${node.customerNumber}`}
                </Link>
              </TableCell>
              <TableCell>
                <Occurrence value={node.occurrence} at={node.createdAt} />
              </TableCell>
              <TableCell>
                <Chip
                  size="small"
                  color={STATE_COLOR[node.state]}
                  label={translate(`patron.automations.run.states.${node.state}`)}
                />
                {node.retryAt && (
                  <Typography variant="caption" color="text.secondary" sx={{ display: 'block' }}>
                    {translate('patron.automations.run.retryAt', { time: formatShort(node.retryAt, true) })}
                  </Typography>
                )}
              </TableCell>
              <TableCell>
                <Outcomes run={node} />
              </TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
      {!loading && page?.edges.length === 0 && (
        <Typography sx={{ p: 2 }} color="text.secondary">
          {translate('patron.automations.run.none')}
        </Typography>
      )}
      {page?.pageInfo.hasNextPage && (
        <Stack alignItems="center" sx={{ p: 1 }}>
          <Button onClick={() => void more()}>{translate('ra.navigation.next')}</Button>
        </Stack>
      )}
    </Card>
  );
}

/** Each action of the run: what it did, or why it was skipped or failed, in the reader's language. */
function Outcomes({ run }: { run: Run }) {
  const summaries = useSummaries();
  const translate = useTranslate();
  const text = useProblemText();
  const why = (o: Run['outcomes'][number]) => {
    if (!o.code) return '';
    const params = (o.detail ?? {}) as ProblemMessage['params'];
    const reason = translate(`patron.automations.run.reasons.${o.code}`, {
      _: text({ code: o.code, params, message: o.code }),
    });
    return o.state === 'SKIPPED'
      ? ` — ${translate('patron.automations.run.skipped', { reason })}`
      : ` — ${reason}`;
  };
  return (
    <Stack gap={0.5}>
      {run.outcomes.map((o, i) => (
        <Typography
          // biome-ignore lint/suspicious/noArrayIndexKey: outcomes are the actions by position
          key={i}
          variant="body2"
          color={o.state === 'FAILED' ? 'error' : o.state === 'SKIPPED' ? 'text.secondary' : undefined}
          data-testid={`outcome-${o.state}`}
        >
          {summaries.action({ kind: o.kind, params: o.detail })}
          {why(o)}
        </Typography>
      ))}
    </Stack>
  );
}

/** birthday:2027 → "Birthday 2027"; an id (purchase, event) is left out, the kind says enough with the time. */
function Occurrence({ value, at }: { value: string; at: string }) {
  const translate = useTranslate();
  const { format, calendar } = useCalendar();
  const locale = useLocale();
  const [kind, ...rest] = value.split(':');
  const last = rest.at(-1) ?? '';
  const label: Record<string, string> = {
    joined: 'JOINED',
    purchase: 'PURCHASE_RECORDED',
    balance: 'BALANCE_CHANGED',
    tier: 'TIER_CHANGED',
    birthday: 'BIRTHDAY',
    anniversary: 'DATE_ANNIVERSARY',
    expiring: 'POINTS_EXPIRING',
    inactive: 'NO_PURCHASE',
  };
  const trigger = label[kind ?? ''];
  const shown = kind === 'birthday' || kind === 'anniversary' || kind === 'expiring' || kind === 'inactive';
  return (
    <span title={value}>
      {trigger ? translate(`patron.automations.triggers.${trigger}`) : value}
      {shown
        ? ` ${/^\d{4}-\d{2}-\d{2}$/.test(last) ? format(last) : occurrenceYear(last, at, locale, calendar)}`
        : ''}
    </span>
  );
}
