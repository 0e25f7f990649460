import {
  englishMessage,
  type FieldProblem,
  isProblemCode,
  type ParamsArg,
  type ParamValue,
  type ProblemCode,
} from '@patron/problems';

/**
 * Why a batch line is left out, as stored in `balance_batch_row.detail`: the problem's code and
 * parameters as JSON text, so every language can say it (SQL writes the same shape with
 * json_build_object).
 */
export function lineDetail<C extends ProblemCode>(code: C, ...[params]: ParamsArg<C>): string {
  return JSON.stringify({ code, params: params ?? {} });
}

/** A field problem (its path left out) as a stored detail. */
export function lineDetailOf(problem: FieldProblem): string {
  return JSON.stringify({ code: problem.code, params: problem.params });
}

/** The stored detail read back: its problem and English text; text of an older form stays as it is. */
export function readLineDetail(stored: string | null): {
  detail: string | null;
  detailProblem: { code: ProblemCode; params: Record<string, ParamValue> } | null;
} {
  if (!stored) return { detail: null, detailProblem: null };
  try {
    const parsed = JSON.parse(stored) as { code?: unknown; params?: Record<string, ParamValue> };
    if (isProblemCode(parsed.code)) {
      const problem = { code: parsed.code, params: parsed.params ?? {} };
      return { detail: englishMessage(problem.code, problem.params), detailProblem: problem };
    }
  } catch {
    // Not JSON: a detail written before details had codes.
  }
  return { detail: stored, detailProblem: null };
}
