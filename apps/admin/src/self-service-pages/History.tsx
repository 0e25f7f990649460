import { Button, Divider, Paper, Stack, Typography } from '@mui/material';
import { useCallback } from 'react';
import type { ProblemMessage } from '../problems/problemText';
import { MyOperationsQuery, MyPurchasesQuery } from './accountDocuments';
import { call } from './api';
import { usePages } from './usePages';
import { useWords } from './WordsContext';

const PAGE = 5;
const ROW = { display: 'flex', justifyContent: 'space-between', alignItems: 'baseline', gap: 2 } as const;

function Section(props: {
  title: string;
  empty: string;
  testId: string;
  count: number | undefined;
  hasMore: boolean;
  busy: boolean;
  /** Why the last page could not be read; `more` then tries it again. */
  failure?: ProblemMessage | null;
  more(): void;
  children: React.ReactNode;
}) {
  const words = useWords();
  return (
    <Paper sx={{ p: { xs: 2, sm: 3 } }} data-testid={props.testId}>
      <Typography component="h2" variant="h6" gutterBottom>
        {props.title}
      </Typography>
      {props.count === 0 ? <Typography color="text.secondary">{props.empty}</Typography> : null}
      {props.failure ? (
        <Typography color="error" role="alert" data-testid={`${props.testId}-failed`}>
          {words.problem(props.failure)}
        </Typography>
      ) : null}
      <Stack divider={<Divider flexItem />} spacing={1}>
        {props.children}
      </Stack>
      {props.hasMore && (
        <Button
          sx={{ mt: 1 }}
          disabled={props.busy}
          onClick={props.more}
          data-testid={`${props.testId}-more`}
        >
          {words.t(props.failure ? 'retry' : 'account.more')}
        </Button>
      )}
    </Paper>
  );
}

/** The customer's balance operations: amount with its sign, currency, the reason given, when. */
export function Operations(props: { decimalsOf(key: string): number; currencyName(key: string): string }) {
  const words = useWords();
  const read = useCallback(
    async (after: string | null) => (await call(MyOperationsQuery, { first: PAGE, after })).myOperations,
    [],
  );
  const { items, busy, failure, hasMore, more } = usePages(read);
  return (
    <Section
      title={words.t('account.operations')}
      empty={words.t('account.noOperations')}
      testId="ss-operations"
      count={items?.length}
      hasMore={hasMore}
      busy={busy}
      failure={failure}
      more={() => void more()}
    >
      {items?.map((op) => (
        <div key={op.id} data-testid="ss-operation">
          <div style={ROW}>
            <Typography sx={{ fontWeight: 700 }} color={op.amount < 0 ? 'error' : 'success.main'}>
              <bdi>
                {op.amount > 0 ? '+' : ''}
                {words.amount(op.amount, props.decimalsOf(op.currency))}
              </bdi>{' '}
              {props.currencyName(op.currency)}
            </Typography>
            <Typography variant="body2" color="text.secondary">
              {words.date(op.createdAt)}
            </Typography>
          </div>
          {op.reason && (
            <Typography dir="auto" variant="body2">
              {op.reason}
            </Typography>
          )}
        </div>
      ))}
    </Section>
  );
}

/** The customer's purchases: receipt, amount paid, when. */
export function Purchases() {
  const words = useWords();
  const read = useCallback(
    async (after: string | null) => (await call(MyPurchasesQuery, { first: PAGE, after })).myPurchases,
    [],
  );
  const { items, busy, failure, hasMore, more } = usePages(read);
  return (
    <Section
      title={words.t('account.purchases')}
      empty={words.t('account.noPurchases')}
      testId="ss-purchases"
      count={items?.length}
      hasMore={hasMore}
      busy={busy}
      failure={failure}
      more={() => void more()}
    >
      {items?.map((p) => (
        <div key={p.id} data-testid="ss-purchase">
          <div style={ROW}>
            <Typography>{words.t('account.invoice', { number: p.invoiceNumber })}</Typography>
            <Typography sx={{ fontWeight: 700 }}>{words.amount(p.amount, 2)}</Typography>
          </div>
          <Typography variant="body2" color="text.secondary">
            {words.date(p.purchasedAt)}
          </Typography>
        </div>
      ))}
    </Section>
  );
}
