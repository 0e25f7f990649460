import { apollo } from '../apollo';
import { nameInEnglish } from '../common/placeErrors';
import { refreshCustomerFields } from '../customer-search/fields/useCustomerFields';
import { toHttpError } from '../data-provider/httpError';
import { withoutTypename } from '../data-provider/withoutTypename';
import type { TierFieldsFragment, TierInput } from '../gql/graphql';
import { rulesToValues, valuesToRules } from '../loyalty-programme/rules';
import { CreateTierMutation, DeleteTierMutation, TiersQuery, UpdateTierMutation } from './documents';

const INPUTS = [
  'key',
  'name.en',
  'name.ru',
  'name.fa',
  'position',
  'minPurchaseTotal',
  'minPurchaseCount',
  'minXp',
];
const accepts = (name: string) => INPUTS.includes(name) || name.startsWith('rules.') || name === 'rules';

/** A tier as the screens hold it: its rules in the editor's shape. */
export function tierRecord(t: TierFieldsFragment) {
  return { ...t, rules: rulesToValues(t.rules) };
}

export async function allTiers(): Promise<TierFieldsFragment[]> {
  const { data } = await apollo.query({ query: TiersQuery, fetchPolicy: 'network-only' });
  if (!data) throw new Error('ra.notification.http_error');
  return [...data.tiers].sort((a, b) => a.position - b.position);
}

/** Refusals under the inputs they name, in the user's language ("no name at all" goes under the English name). */
const localizedFailure = (error: unknown): unknown => toHttpError(error, accepts, nameInEnglish);

const optionalNumber = (value: unknown): number | null =>
  value === '' || value == null || !Number.isFinite(Number(value)) ? null : Number(value);

/** What create and update send; the key only on create (fixed afterwards). */
export function tierInput(data: Record<string, unknown>, creating: boolean): TierInput {
  const name = withoutTypename((data.name ?? {}) as TierInput['name']);
  return {
    ...(creating ? { key: String(data.key ?? '').trim() } : {}),
    name: { en: name.en?.trim() || null, ru: name.ru?.trim() || null, fa: name.fa?.trim() || null },
    position: optionalNumber(data.position),
    minPurchaseTotal: optionalNumber(data.minPurchaseTotal),
    minPurchaseCount: optionalNumber(data.minPurchaseCount),
    minXp: optionalNumber(data.minXp),
    rules: valuesToRules(data.rules),
  };
}

async function write<T>(work: () => Promise<T>): Promise<T> {
  try {
    const result = await work();
    // The `tier` filter and column offer the tiers as choices.
    await refreshCustomerFields();
    return result;
  } catch (error) {
    throw localizedFailure(error);
  }
}

/** Tiers as a react-admin resource: few, so one request, lowest first. */
export const tiers = {
  async getList() {
    const rows = (await allTiers()).map(tierRecord);
    return { data: rows, total: rows.length };
  },

  async getOne(id: string) {
    const found = (await allTiers()).find((t) => t.id === id);
    if (!found) throw new Error('ra.notification.item_doesnt_exist');
    return { data: tierRecord(found) };
  },

  create(data: Record<string, unknown>) {
    return write(async () => {
      const { data: result } = await apollo.mutate({
        mutation: CreateTierMutation,
        variables: { input: tierInput(data, true) },
      });
      if (!result) throw new Error('ra.notification.http_error');
      return { data: tierRecord(result.createTier) };
    });
  },

  update(id: string, data: Record<string, unknown>) {
    return write(async () => {
      const { data: result } = await apollo.mutate({
        mutation: UpdateTierMutation,
        variables: { id, input: tierInput(data, false) },
      });
      if (!result) throw new Error('ra.notification.http_error');
      return { data: tierRecord(result.updateTier) };
    });
  },

  delete(id: string) {
    return write(async () => {
      await apollo.mutate({ mutation: DeleteTierMutation, variables: { id } });
      return { data: { id } };
    });
  },
};
