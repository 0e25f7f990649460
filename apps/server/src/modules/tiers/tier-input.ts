import type { LocalizedText } from '@patron/sdk';
import { CONFIG_KEY } from '../../common/keys.js';
import { cleanName, nameProblems } from '../../common/localized-name.js';
import { badInput, type FieldProblem, fieldProblem } from '../../graphql/errors.js';
import { checkEarningRules } from '../loyalty-programme/earning-rules.js';
import type { Tier } from './tier.entity.js';

export interface TierInput {
  key?: string | null;
  name: LocalizedText;
  position?: number | null;
  minPurchaseTotal?: number | null;
  minPurchaseCount?: number | null;
  minXp?: number | null;
  rules?: unknown;
}

/** What a tier stores of its input, once every field is checked (every problem named at once). */
export function checkTierInput(input: TierInput, creating: boolean, currencyKeys: readonly string[]) {
  const problems: FieldProblem[] = [];
  if (creating && (typeof input.key !== 'string' || !CONFIG_KEY.test(input.key)))
    problems.push(fieldProblem(['input', 'key'], 'KEY_FORMAT'));
  const name = cleanName(input.name ?? {});
  problems.push(...nameProblems(name, ['input', 'name']));
  if (input.position != null && (!Number.isInteger(input.position) || input.position < 1))
    problems.push(fieldProblem(['input', 'position'], 'TIER_POSITION'));
  const money = input.minPurchaseTotal;
  if (
    money != null &&
    (!Number.isFinite(money) || money < 0 || money > 1e12 || Math.round(money * 100) !== money * 100)
  )
    problems.push(fieldProblem(['input', 'minPurchaseTotal'], 'TIER_MIN_PURCHASE_TOTAL'));
  const count = input.minPurchaseCount;
  if (count != null && (!Number.isInteger(count) || count < 0 || count > 1e9))
    problems.push(fieldProblem(['input', 'minPurchaseCount'], 'TIER_MIN_PURCHASE_COUNT'));
  const xp = input.minXp;
  if (xp != null && (!Number.isFinite(xp) || xp < 0 || xp > 1e12))
    problems.push(fieldProblem(['input', 'minXp'], 'TIER_MIN_XP'));
  const rules = checkEarningRules(input.rules ?? {}, currencyKeys, ['input', 'rules']);
  problems.push(...rules.problems);
  if (problems.length) throw badInput(problems);
  return {
    name,
    minPurchaseTotal: money ?? null,
    minPurchaseCount: count ?? null,
    minXp: xp ?? null,
    rules: rules.rules as unknown as Record<string, unknown>,
  };
}

/** Puts `tier` at `position` (1-based; null: last) among `others` and numbers them all 1..n. */
export function place(others: Tier[], tier: Tier, position: number | null): void {
  const list = others.filter((t) => t !== tier);
  const at = Math.min(Math.max((position ?? list.length + 1) - 1, 0), list.length);
  list.splice(at, 0, tier);
  list.forEach((t, i) => {
    t.position = i + 1;
  });
}
