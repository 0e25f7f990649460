import { type ParamValue, PROBLEM_CODES, PROBLEMS, type ProblemCode } from '@patron/problems';
import type { ProblemMessage } from './problemText';

const literal = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** A catalogue message as a pattern: each `{name}` captures its parameter (a repeated one must repeat). */
function pattern(message: string): RegExp {
  const seen = new Set<string>();
  let source = '';
  let last = 0;
  for (const match of message.matchAll(/\{(\w+)\}/g)) {
    const name = match[1] as string;
    source += literal(message.slice(last, match.index));
    source += seen.has(name) ? `\\k<${name}>` : `(?<${name}>.+?)`;
    seen.add(name);
    last = (match.index ?? 0) + match[0].length;
  }
  return new RegExp(`^${source}${literal(message.slice(last))}$`);
}

const PATTERNS: [ProblemCode, RegExp][] = PROBLEM_CODES.map((code) => [
  code,
  pattern(PROBLEMS[code].message),
]);

const NUMBER = /^-?\d+(?:\.\d+)?$/;

/**
 * The refusal an English text of the API states, read against the shared catalogue of refusals
 * (@patron/problems, the wording the server writes with), never against wording kept here. Only
 * for texts the API still sends without a code: a balance batch line's `detail` and a bulk job's
 * problems. A text the catalogue does not state is kept as it came.
 */
export function recogniseProblem(text: string): ProblemMessage {
  for (const [code, regex] of PATTERNS) {
    const match = regex.exec(text);
    if (!match) continue;
    const params: Record<string, ParamValue> = {};
    for (const [name, value] of Object.entries(match.groups ?? {}))
      params[name] = NUMBER.test(value) ? Number(value) : value;
    return { code, params, message: text };
  }
  return { message: text };
}
