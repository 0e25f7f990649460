import { type FieldProblem, fieldProblem } from '../../graphql/errors.js';
import type { AttributeDefinition } from '../attributes/attribute-definition.entity.js';
import { type NormalizeOptions, normalizeValue } from '../attributes/values/index.js';

export type AttributeMap = Record<string, unknown>;
const PATH = ['input', 'attributes'];

/**
 * Checks an attribute map against the definitions and returns the stored form.
 * On create, defaults fill missing keys; on update only the given keys change and null clears.
 * Every problem is reported at once, each with its field path.
 */
export function resolveAttributes(
  definitions: AttributeDefinition[],
  input: unknown,
  current: AttributeMap | null,
  options: NormalizeOptions = {},
): { values: AttributeMap; problems: FieldProblem[] } {
  const problems: FieldProblem[] = [];
  if (typeof input !== 'object' || input === null || Array.isArray(input)) {
    return {
      values: {},
      problems: [fieldProblem(PATH, 'ATTRIBUTES_NOT_AN_OBJECT')],
    };
  }
  const byKey = new Map(definitions.map((d) => [d.key, d]));
  const values: AttributeMap = { ...(current ?? {}) };

  for (const [key, raw] of Object.entries(input)) {
    const def = byKey.get(key);
    if (!def) {
      problems.push(fieldProblem([...PATH, key], 'ATTRIBUTE_UNKNOWN', { key }));
      continue;
    }
    if (def.retiredAt) {
      problems.push(fieldProblem([...PATH, key], 'ATTRIBUTE_RETIRED', { key }));
      continue;
    }
    const result = normalizeValue(
      { key, type: def.type, required: def.required, choices: def.choices, format: def.format },
      raw,
      options,
    );
    if (!result.ok) {
      problems.push({ ...result.problem, path: [...PATH, key] });
    } else if (result.value === null) {
      delete values[key];
    } else {
      values[key] = result.value;
    }
  }

  for (const def of definitions) {
    if (def.retiredAt) continue;
    if (current === null && values[def.key] === undefined && def.defaultValue != null) {
      values[def.key] = def.defaultValue;
    }
    if (def.required && values[def.key] === undefined && !problems.some((p) => p.path[2] === def.key)) {
      problems.push(fieldProblem([...PATH, def.key], 'REQUIRED'));
    }
  }
  return { values, problems };
}

/**
 * Equal as stored JSON. Text, numbers and booleans (almost every value) are compared as they are,
 * without serialising: a re-import compares every value of every row.
 */
export function sameValue(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  return JSON.stringify(a) === JSON.stringify(b);
}

/** Field-by-field differences, for history. */
export function diffAttributes(before: AttributeMap, after: AttributeMap) {
  const keys = new Set([...Object.keys(before), ...Object.keys(after)]);
  const changes: { key: string; oldValue: unknown; newValue: unknown }[] = [];
  for (const key of keys) {
    const oldValue = before[key] ?? null;
    const newValue = after[key] ?? null;
    if (!sameValue(oldValue, newValue)) changes.push({ key, oldValue, newValue });
  }
  return changes;
}

export function displayName(attributes: AttributeMap): string {
  const name = [attributes.firstName, attributes.lastName]
    .filter((v) => typeof v === 'string' && v)
    .join(' ');
  return name || String(attributes.mobile ?? attributes.email ?? attributes.cardNumber ?? '—');
}
