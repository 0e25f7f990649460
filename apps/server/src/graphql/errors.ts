import { HeaderMap } from '@apollo/server';
import {
  englishMessage,
  type FieldProblem,
  fieldProblem,
  type ParamsArg,
  type ParamValue,
  PROBLEMS,
  type ProblemCode,
} from '@patron/problems';
import { GraphQLError } from 'graphql';

export { type FieldProblem, fieldProblem };

export type Path = (string | number)[];

const asData = (code: ProblemCode, params: Record<string, ParamValue>) => ({ code, params });

/**
 * A refusal: `extensions.code` is its category, `extensions.problem` its stable code and parameters
 * (what clients branch on and translate), `message` the English wording for API users.
 */
export function refusal<C extends ProblemCode>(code: C, ...[params]: ParamsArg<C>): GraphQLError {
  const values = (params ?? {}) as Record<string, ParamValue>;
  return new GraphQLError(englishMessage(code, values), {
    extensions: { code: PROBLEMS[code].category, problem: asData(code, values) },
  });
}

/**
 * Input that breaks rules: names every offending field in `extensions.fields` (path, message,
 * problem), the first one in `extensions.path` and `extensions.problem`.
 */
export function badInput(problems: FieldProblem[]): GraphQLError {
  const fields = problems.map((p) => ({
    path: p.path,
    message: englishMessage(p.code, p.params),
    problem: asData(p.code, p.params),
  }));
  const [first] = fields;
  const summary = fields.map((f) => `${f.path.slice(-1)[0]}: ${f.message}`).join('; ');
  return new GraphQLError(`Invalid input — ${summary}`, {
    extensions: {
      code: 'BAD_USER_INPUT',
      ...(first ? { problem: first.problem } : {}),
      path: first?.path ?? [],
      fields,
    },
  });
}

/** One offending field. */
export function badField<C extends ProblemCode>(path: Path, code: C, ...params: ParamsArg<C>): GraphQLError {
  return badInput([fieldProblem(path, code, ...params)]);
}

/** Too many failed sign-ins: RATE_LIMITED with the seconds to wait in `extensions.retryAfterSeconds`. */
export function signInThrottled(retryAfterSeconds: number): GraphQLError {
  const params = { minutes: Math.ceil(retryAfterSeconds / 60) };
  return new GraphQLError(englishMessage('SIGN_IN_THROTTLED', params), {
    extensions: { code: 'RATE_LIMITED', problem: asData('SIGN_IN_THROTTLED', params), retryAfterSeconds },
  });
}

/**
 * A right password, but two-factor sign-in is on: `extensions.challenge` carries the sign-in on to
 * `loginSecondStep` with a code. A refusal, so a client that knows no second step says why it stopped.
 */
export function twoFactorRequired(challenge: string): GraphQLError {
  return new GraphQLError(englishMessage('TWO_FACTOR_REQUIRED', {}), {
    extensions: { code: 'UNAUTHENTICATED', problem: asData('TWO_FACTOR_REQUIRED', {}), challenge },
  });
}

/**
 * A refusal Apollo answers with this HTTP status and headers (401, 429 with Retry-After, …) when it
 * is thrown while the request is being read, before any field runs.
 */
export function withHttp(
  error: GraphQLError,
  status: number,
  headers: Record<string, string> = {},
): GraphQLError {
  error.extensions.http = { status, headers: new HeaderMap(Object.entries(headers)) };
  return error;
}
