import { isProblemCode, type ParamValue } from '@patron/problems';
import type { AttributeFormatDefinition, AttributeFormatResult } from '@patron/sdk';
import { describe } from './describe.js';
import { normalizeText, TEXT_MAX } from './text.js';
import { fail, type ValueResult } from './types.js';

/** The formats enabled modules provide, by key. */
export type FormatRegistry = ReadonlyMap<string, AttributeFormatDefinition>;

/**
 * A value already in its base type's stored form, through its attribute's format. A module's code runs
 * here: whatever it throws or returns, the answer is a stored text or a refusal with a catalogue code.
 */
export function applyFormat(format: AttributeFormatDefinition, text: string): ValueResult {
  let result: AttributeFormatResult;
  try {
    result = format.normalize(text);
  } catch {
    return fail('VALUE_FORMAT_FAILED', { format: format.key });
  }
  if (typeof result !== 'object' || result === null)
    return fail('VALUE_FORMAT_FAILED', { format: format.key });
  if ('problem' in result) {
    if (!isProblemCode(result.problem))
      return fail('VALUE_FORMAT_REFUSED', { format: format.key, got: describe(text) });
    return { ok: false, problem: { code: result.problem, params: paramsOf(result.params) } };
  }
  // What the format gives must still be a stored text of the base type, and never "no value".
  const stored = typeof result.value === 'string' ? normalizeText(result.value, TEXT_MAX) : null;
  if (!stored?.ok || stored.value === '') return fail('VALUE_FORMAT_FAILED', { format: format.key });
  return stored;
}

function paramsOf(params: unknown): Record<string, ParamValue> {
  if (typeof params !== 'object' || params === null) return {};
  const out: Record<string, ParamValue> = {};
  for (const [name, value] of Object.entries(params)) {
    if (typeof value === 'string' || (typeof value === 'number' && Number.isFinite(value))) out[name] = value;
  }
  return out;
}
