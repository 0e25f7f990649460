import type { ParamValue } from '@patron/problems';
import type { ProblemMessage } from '../problems/problemText';

/** The shape of one GraphQL error as the API sends it. */
export interface ApiError {
  message: string;
  extensions?: Record<string, unknown>;
}

export interface ErrorMeaning {
  status: number;
  /** The refusal as a whole (`extensions.problem`): what to show when no input of a form is named. */
  problem: ProblemMessage;
  /** Bad input only: each offending field's refusal, by form input name (the first one per input). */
  fields?: Record<string, ProblemMessage>;
  /** Bad input only: refusals about no input at all (a path that names nothing). */
  general?: ProblemMessage[];
}

const STATUS: Record<string, number> = {
  BAD_USER_INPUT: 400,
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  CONFLICT: 409,
  RATE_LIMITED: 429,
};

export function errorCode(error: ApiError | undefined): string | undefined {
  const code = error?.extensions?.code;
  return typeof code === 'string' ? code : undefined;
}

const isParam = (value: unknown): value is ParamValue =>
  typeof value === 'string' || (typeof value === 'number' && Number.isFinite(value));

/**
 * A refusal as the API sends it (`{ code, params }`), with the English to fall back on; null-ish
 * data (a server that names no problem) is only the English.
 */
export function readProblem(data: unknown, message: string): ProblemMessage {
  const problem = data as { code?: unknown; params?: unknown } | null | undefined;
  if (typeof problem?.code !== 'string') return { message };
  const raw = problem.params && typeof problem.params === 'object' ? problem.params : {};
  const params = Object.fromEntries(Object.entries(raw).filter(([, value]) => isParam(value))) as Record<
    string,
    ParamValue
  >;
  return { code: problem.code, params, message };
}

/** The refusal one GraphQL error carries (`extensions.problem`). */
export function problemOf(error: ApiError): ProblemMessage {
  return readProblem(error.extensions?.problem, error.message);
}

/** Every offending field of a bad-input error: `extensions.fields`, or `extensions.path` alone. */
export function offendingFields(error: ApiError): { path: unknown[]; problem: ProblemMessage }[] {
  const fields = error.extensions?.fields;
  if (Array.isArray(fields))
    return fields.map((field: { path?: unknown; message?: unknown; problem?: unknown }) => ({
      path: Array.isArray(field?.path) ? field.path : [],
      problem: readProblem(
        field?.problem,
        typeof field?.message === 'string' ? field.message : error.message,
      ),
    }));
  const path = error.extensions?.path;
  return [{ path: Array.isArray(path) ? path : [], problem: problemOf(error) }];
}

/**
 * The input name an API error path points at. Customer forms bind attributes at the top level,
 * so ["input","attributes","mobile"] is `mobile`; ["input","label","en"] is `label.en`.
 */
export function inputName(path: readonly unknown[]): string | undefined {
  const parts = path.map(String);
  if (parts[0] === 'input') parts.shift();
  if (parts[0] === 'attributes' && parts.length > 1) parts.shift();
  return parts.length > 0 ? parts.join('.') : undefined;
}

/** What a failed call means for the admin: an HTTP-like status, and the refusals of bad input by field. */
export function explain(errors: readonly ApiError[]): ErrorMeaning {
  const first = errors[0];
  const code = errorCode(first);
  const status = STATUS[code ?? ''] ?? 500;
  if (!first) return { status, problem: { message: 'ra.notification.http_error' } };
  const problem = problemOf(first);
  // A server that names no problem: react-admin's words for a missing record.
  if (code === 'NOT_FOUND' && !problem.code)
    return { status, problem: { message: 'ra.notification.item_doesnt_exist' } };
  if (code !== 'BAD_USER_INPUT') return { status, problem };
  const fields: Record<string, ProblemMessage> = {};
  const general: ProblemMessage[] = [];
  for (const error of errors) {
    for (const field of offendingFields(error)) {
      const name = inputName(field.path);
      if (!name) general.push(field.problem);
      else if (!(name in fields)) fields[name] = field.problem;
    }
  }
  return { status, problem, fields, general };
}

/** Where each refusal of a form goes: under the inputs the form has, or about the form as a whole. */
export interface PlacedProblems {
  /** By form input name. */
  fields: Record<string, ProblemMessage>;
  /** Refusals about no input of this form (conflicts, other records, lost connections): above the buttons. */
  general: ProblemMessage[];
}

/**
 * Places a failed call's refusals in a form: a field the form has an input for (`accepts`, after
 * `inputOf` renames the API's name) under that input, anything else above the buttons.
 */
export function placeProblems(
  errors: readonly ApiError[],
  accepts: (name: string) => boolean,
  inputOf: (name: string) => string = (name) => name,
): PlacedProblems {
  const meaning = explain(errors);
  const fields: Record<string, ProblemMessage> = {};
  const general: ProblemMessage[] = [...(meaning.general ?? [])];
  for (const [raw, problem] of Object.entries(meaning.fields ?? {})) {
    const name = inputOf(raw);
    if (accepts(name)) fields[name] = problem;
    else general.push(problem);
  }
  if (Object.keys(fields).length === 0 && general.length === 0) general.push(meaning.problem);
  return { fields, general };
}

/** What react-admin's HttpError carries: a message, a status, and texts by input (server-side validation). */
export interface FormRefusal {
  status: number;
  message: string;
  errors?: Record<string, string>;
}

/**
 * A failed call for a react-admin form, in already translated texts: react-admin shows `errors`
 * under the inputs they name (its ValidationError translates a string as its own default, so a
 * finished sentence shows as is), and notifies `message` when no input was named.
 */
export function formRefusal(
  errors: readonly ApiError[],
  text: (problem: ProblemMessage) => string,
  accepts: (name: string) => boolean = () => true,
  inputOf?: (name: string) => string,
): FormRefusal {
  const meaning = explain(errors);
  if (!meaning.fields) return { status: meaning.status, message: text(meaning.problem) };
  const placed = placeProblems(errors, accepts, inputOf);
  const fields = Object.fromEntries(Object.entries(placed.fields).map(([name, p]) => [name, text(p)]));
  const [general] = placed.general;
  return {
    status: meaning.status,
    message: general ? text(general) : 'ra.message.invalid_form',
    errors: fields,
  };
}
