import type { AttributeDefinition } from '../attributes/attribute-definition.entity.js';
import type { FormatRegistry } from '../attributes/values/index.js';
import { normalizeValue } from '../attributes/values/index.js';
import type { CountryCode } from '../attributes/values/phone.js';
import type { RowProblem } from './import-rows.js';

/**
 * The customer cell of a history row (purchases, ledger operations) read by the import's `matchOn`
 * as that attribute is normalised (a mobile in the workspace's phone country, an email, a card
 * number, an external id), so it finds the customer whose stored value it is.
 */
export function customerMatch(
  raw: string,
  matchKey: string,
  ctx: {
    definitions: Map<string, AttributeDefinition>;
    defaultCountry?: CountryCode;
    formats?: FormatRegistry;
  },
): { value: string | null } | { problem: RowProblem } {
  if (!raw) return { problem: { code: 'IMPORT_ROW_NO_MATCH_VALUE', params: { target: matchKey } } };
  const def = ctx.definitions.get(matchKey);
  if (!def) return { value: null };
  const result = normalizeValue(
    { key: def.key, type: def.type, required: false, choices: def.choices, format: def.format },
    raw,
    { defaultCountry: ctx.defaultCountry, formats: ctx.formats },
  );
  if (!result.ok) return { problem: { code: result.problem.code, params: result.problem.params } };
  return { value: typeof result.value === 'string' ? result.value : null };
}
