import { readProblem } from '../data-provider/errors';
import type { BalanceBatchFieldsFragment, BalanceBatchLineFieldsFragment } from '../gql/graphql';
import type { ProblemMessage } from '../problems/problemText';

export type Batch = BalanceBatchFieldsFragment;
export type ProblemLine = BalanceBatchLineFieldsFragment;

/** Problems a line can have: found at preview, or (TOO_LOW) when the batch was applied. */
export const PROBLEMS = ['UNMATCHED', 'INVALID', 'INACTIVE', 'NEGATIVE', 'TOO_LOW'] as const;

/** The i18n key naming a line's problem; a code this SPA does not know yet reads as "other problem". */
export function problemKey(code: string): string {
  const known = (PROBLEMS as readonly string[]).includes(code);
  return `patron.balanceBatches.problems.${known ? code : 'other'}`;
}

export interface SummaryRow {
  /** i18n key of the label; also the row's test id. */
  key: string;
  count: number;
  tone: 'neutral' | 'good' | 'bad';
}

const LABEL = 'patron.balanceBatches.summary.';

/**
 * The preview's counts as people read them: every line read, those that will be applied, then each
 * kind of problem. Problems with no lines are left out; lines to apply always show, even at zero.
 */
export function summaryRows(batch: Batch): SummaryRow[] {
  const problems: [string, number][] = [
    ['unmatched', batch.unmatched],
    ['invalid', batch.invalid],
    ['inactive', batch.inactive],
    ['wouldGoNegative', batch.wouldGoNegative],
  ];
  const lines = batch.matched + batch.tooLow + problems.reduce((sum, [, n]) => sum + n, 0);
  return [
    { key: `${LABEL}lines`, count: lines, tone: 'neutral' },
    { key: `${LABEL}toApply`, count: batch.matched, tone: batch.matched > 0 ? 'good' : 'bad' },
    ...problems
      .filter(([, n]) => n > 0)
      .map(([name, count]): SummaryRow => ({ key: `${LABEL}${name}`, count, tone: 'bad' })),
  ];
}

/** A previewed batch can be confirmed once, and only if some line would be applied. */
export const canConfirm = (batch: Batch): boolean => batch.status === 'PREVIEW' && batch.matched > 0;

export const isFinished = (batch: Batch): boolean => batch.status === 'DONE';

/** How far applying got, 0–100: lines applied of those to apply (refused ones count as done). */
export function progressPercent(batch: Batch): number {
  if (batch.status === 'DONE') return 100;
  const total = batch.matched + batch.tooLow;
  if (total === 0) return 0;
  return Math.min(100, Math.floor(((batch.applied + batch.tooLow) / total) * 100));
}

/** Line problems whose name says all their code would: the code's text is not repeated under the name. */
const SAID_BY_NAME: Record<string, string> = { INACTIVE: 'BATCH_LINE_INACTIVE' };

/**
 * What to say about a line beside its problem's name: its problem by code (`detailProblem`), the
 * amounts it states in the batch's currency; a line written before lines had codes says its English
 * `detail` as sent; nothing when the line has neither, or when its problem's name says it all.
 */
export function lineDetail(
  line: Pick<ProblemLine, 'problem' | 'detail' | 'detailProblem'>,
  currency: string,
): { problem: ProblemMessage } | { asSent: string } | null {
  const coded = line.detailProblem;
  if (coded) {
    if (SAID_BY_NAME[line.problem] === coded.code) return null;
    return { problem: { ...readProblem(coded, line.detail ?? coded.code), amountsIn: currency } };
  }
  return line.detail ? { asSent: line.detail } : null;
}

/** The next page of problem lines starts after the last line shown; null once a page came back short. */
export function nextAfterLine(
  lines: readonly ProblemLine[],
  lastPage: number,
  pageSize: number,
): number | null {
  if (lastPage < pageSize || lines.length === 0) return null;
  return lines[lines.length - 1]?.line ?? null;
}
