import { CUSTOMER, PUBLIC, SIGNED_IN } from '@patron/sdk';
import type { AppContext } from '../../graphql/context.js';
import { refusal } from '../../graphql/errors.js';
import type { Staff } from '../auth/staff.entity.js';

/**
 * What an API key may not call, whatever permissions it holds (checked with every `@Allow` rule):
 * fields for the signed-in person (`SIGNED_IN`: one's own preferences, password, sessions), signing
 * in and out (the `PUBLIC` mutations: a key is already who it is), a self-service customer's fields
 * (`CUSTOMER`) and fields that need a people-only
 * permission (managing staff and keys, so a key cannot make itself a stronger key or a person).
 */
export function refuseKeyWherePersonNeeded(
  ctx: AppContext,
  rule: readonly string[],
  isMutation: boolean,
): void {
  if (ctx.principal?.kind !== 'apiKey') return;
  const peopleOnly = ctx.services.apiKeys.peopleOnly();
  if (
    rule.includes(SIGNED_IN) ||
    rule.includes(CUSTOMER) ||
    (isMutation && rule.includes(PUBLIC)) ||
    rule.some((p) => peopleOnly.has(p))
  )
    throw refusal('API_KEY_PERSON_ONLY');
}

/**
 * The signed-in person, for what belongs to one (own columns, private segments, bulk jobs that name
 * who started them): an API key is refused with API_KEY_PERSON_ONLY, nobody with UNAUTHENTICATED.
 */
export function personOf(ctx: AppContext): Staff {
  if (ctx.principal?.kind === 'apiKey') throw refusal('API_KEY_PERSON_ONLY');
  if (!ctx.staffRow) throw refusal('UNAUTHENTICATED');
  return ctx.staffRow;
}
