import {
  Button,
  Table,
  TableBody,
  TableCell,
  TableContainer,
  TableHead,
  TableRow,
  Typography,
} from '@mui/material';
import { useEffect, useState } from 'react';
import { useLocale, useTranslate } from 'react-admin';
import { apollo } from '../apollo';
import { formatAmount, formatSignedAmount } from '../common/amounts';
import { useCurrencies } from '../currencies/useCurrencies';
import { useProblemText } from '../problems/useProblemText';
import { lineDetail, nextAfterLine, type ProblemLine, problemKey } from './batchSummary';
import { BalanceBatchProblemsQuery } from './documents';

interface Props {
  batchId: string;
  currency: string;
  /** The first page, when the preview brought it; otherwise it is read here. */
  initial?: ProblemLine[];
  initialPageSize?: number;
  /** Only lines with this problem (the ones refused when applied). */
  only?: string;
}

const PAGE = 100;
// Looking for one kind of problem among all of them, pages are larger.
const FILTERED_PAGE = 1000;

/** Problem lines by line number, a page at a time ("load more" continues after the last line shown). */
export function ProblemLines({ batchId, currency, initial, initialPageSize = PAGE, only }: Props) {
  const translate = useTranslate();
  const locale = useLocale();
  const text = useProblemText();
  const { byKey } = useCurrencies();
  const decimals = byKey.get(currency)?.decimals ?? 0;
  const pageSize = only ? FILTERED_PAGE : PAGE;
  const [lines, setLines] = useState<ProblemLine[]>(initial ?? []);
  const [after, setAfter] = useState<number | null>(
    initial ? nextAfterLine(initial, initial.length, initialPageSize) : 0,
  );
  const [loading, setLoading] = useState(false);

  const load = async (afterLine: number) => {
    setLoading(true);
    try {
      const { data } = await apollo.query({
        query: BalanceBatchProblemsQuery,
        variables: { id: batchId, first: pageSize, afterLine },
        fetchPolicy: 'network-only',
      });
      const page = data?.balanceBatch.problems ?? [];
      setLines((shown) => [...shown, ...page.filter((l) => !only || l.problem === only)]);
      setAfter(page.length < pageSize ? null : (page[page.length - 1]?.line ?? null));
    } finally {
      setLoading(false);
    }
  };

  // biome-ignore lint/correctness/useExhaustiveDependencies: the first page is read once, when nothing was given.
  useEffect(() => {
    if (!initial) void load(0);
  }, []);

  if (lines.length === 0 && after === null) return null;
  return (
    <>
      <TableContainer sx={{ maxHeight: 420, maxWidth: 900 }}>
        <Table size="small" stickyHeader data-testid="batch-problems">
          <TableHead>
            <TableRow>
              <TableCell>{translate('patron.balanceBatches.columns.line')}</TableCell>
              <TableCell>{translate('patron.balanceBatches.columns.identifier')}</TableCell>
              <TableCell align="right">{translate('patron.balanceBatches.columns.amount')}</TableCell>
              <TableCell>{translate('patron.balanceBatches.columns.problem')}</TableCell>
            </TableRow>
          </TableHead>
          <TableBody>
            {lines.map((l) => {
              const detail = lineDetail(l, currency);
              const detailText = detail && ('problem' in detail ? text(detail.problem) : detail.asSent);
              return (
                <TableRow
                  key={l.line}
                  data-testid="batch-problem"
                  data-line={l.line}
                  data-problem={l.problem}
                >
                  <TableCell data-testid="batch-problem-line">{formatAmount(l.line, 0, locale)}</TableCell>
                  <TableCell>
                    <bdi>{l.identifier}</bdi>
                  </TableCell>
                  <TableCell align="right">
                    <bdi>
                      {l.problem === 'INVALID' && l.amount === 0
                        ? '—'
                        : formatSignedAmount(l.amount, decimals, locale)}
                    </bdi>
                  </TableCell>
                  <TableCell>
                    <span data-testid="batch-problem-name">{translate(problemKey(l.problem))}</span>
                    {detailText && (
                      <Typography
                        variant="caption"
                        color="text.secondary"
                        component="div"
                        dir="auto"
                        data-testid="batch-problem-detail"
                      >
                        {detailText}
                      </Typography>
                    )}
                  </TableCell>
                </TableRow>
              );
            })}
          </TableBody>
        </Table>
      </TableContainer>
      {after !== null && (
        <Button
          onClick={() => void load(after)}
          disabled={loading}
          sx={{ mt: 1 }}
          data-testid="batch-problems-more"
        >
          {translate('patron.balanceBatches.loadMore')}
        </Button>
      )}
    </>
  );
}
