import { describe } from './describe.js';
import { fail, ok, type ValueResult } from './types.js';

type Choices = { value: string }[];

function notAChoice(value: unknown, choices: Choices): ValueResult {
  const list = choices.length ? choices.map((c) => c.value).join(', ') : '(none defined)';
  return fail('VALUE_NOT_CHOICE', { got: describe(value), choices: list });
}

/** The value of one of the choices (exact match after trimming). */
export function normalizeSingleChoice(raw: unknown, choices: Choices): ValueResult {
  if (typeof raw !== 'string') return notAChoice(raw, choices);
  const value = raw.trim();
  return choices.some((c) => c.value === value) ? ok(value) : notAChoice(value, choices);
}

/** A list of choice values, duplicates dropped, order kept. */
export function normalizeMultipleChoice(raw: unknown, choices: Choices): ValueResult {
  if (!Array.isArray(raw)) return fail('VALUE_NOT_CHOICE_LIST', { got: describe(raw) });
  const picked: string[] = [];
  for (const item of raw as unknown[]) {
    if (typeof item !== 'string') return notAChoice(item, choices);
    const value = item.trim();
    if (!choices.some((c) => c.value === value)) return notAChoice(value, choices);
    if (!picked.includes(value)) picked.push(value);
  }
  return ok(picked.length ? picked : null);
}
