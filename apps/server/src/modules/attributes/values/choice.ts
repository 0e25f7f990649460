import { describe } from './describe.js';
import { fail, ok, type ValueResult } from './types.js';

type Choices = { value: string }[];

function notAChoice(value: unknown, choices: Choices): string {
  const list = choices.length ? choices.map((c) => c.value).join(', ') : '(none defined)';
  return `${describe(value)} is not one of the choices: ${list}`;
}

/** The value of one of the choices (exact match after trimming). */
export function normalizeSingleChoice(raw: unknown, choices: Choices): ValueResult {
  if (typeof raw !== 'string') return fail(`Expected one of the choices as text, got ${describe(raw)}`);
  const value = raw.trim();
  return choices.some((c) => c.value === value) ? ok(value) : fail(notAChoice(value, choices));
}

/** A list of choice values, duplicates dropped, order kept. */
export function normalizeMultipleChoice(raw: unknown, choices: Choices): ValueResult {
  if (!Array.isArray(raw)) return fail(`Expected a list of choices, got ${describe(raw)}`);
  const picked: string[] = [];
  for (const item of raw as unknown[]) {
    if (typeof item !== 'string') return fail(`Expected each choice as text, got ${describe(item)}`);
    const value = item.trim();
    if (!choices.some((c) => c.value === value)) return fail(notAChoice(value, choices));
    if (!picked.includes(value)) picked.push(value);
  }
  return ok(picked.length ? picked : null);
}
