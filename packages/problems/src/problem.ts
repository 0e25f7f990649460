/** The broad kind of a refusal, sent as `extensions.code` (Apollo's convention). */
export type ProblemCategory =
  | 'BAD_USER_INPUT'
  | 'UNAUTHENTICATED'
  | 'FORBIDDEN'
  | 'NOT_FOUND'
  | 'CONFLICT'
  | 'RATE_LIMITED';

/**
 * One refusal: its category and its English message, whose `{name}` placeholders are the problem's
 * parameters. Clients translate by code with the same parameters, never by the wording.
 */
export interface ProblemSpec<M extends string = string> {
  category: ProblemCategory;
  message: M;
}

export function problem<const M extends string>(category: ProblemCategory, message: M): ProblemSpec<M> {
  return { category, message };
}

/** `'At most {max} of {what}'` → `'max' | 'what'`. */
export type Placeholders<S extends string> = S extends `${string}{${infer Name}}${infer Rest}`
  ? Name | Placeholders<Rest>
  : never;

export type ParamValue = string | number;

/** A refusal as it travels: `extensions.problem` and each entry of `extensions.fields`. */
export interface ProblemData {
  code: string;
  params: Record<string, ParamValue>;
}

/** The placeholders of a message, in order of first appearance. */
export function placeholders(message: string): string[] {
  return [...new Set([...message.matchAll(/\{(\w+)\}/g)].map((m) => m[1] as string))];
}

/** A message with its placeholders filled in; a missing parameter stays visible as `{name}`. */
export function fillPlaceholders(message: string, params: Record<string, ParamValue>): string {
  return message.replace(/\{(\w+)\}/g, (whole, name: string) =>
    name in params ? String(params[name]) : whole,
  );
}
