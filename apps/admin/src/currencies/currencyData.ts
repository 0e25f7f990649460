import { apollo } from '../apollo';
import { nameInEnglish } from '../common/placeErrors';
import { refreshCustomerFields } from '../customer-search/fields/useCustomerFields';
import { toHttpError } from '../data-provider/httpError';
import { withoutTypename } from '../data-provider/withoutTypename';
import type { CurrencyInput } from '../gql/graphql';
import { CurrenciesQuery } from './documents';
import { CreateCurrencyMutation, UpdateCurrencyMutation } from './screenDocuments';
import { refreshCurrencies } from './useCurrencies';

const INPUTS = ['key', 'name.en', 'name.ru', 'name.fa', 'decimals', 'unitValue', 'spendable', 'position'];

async function allCurrencies() {
  const { data } = await apollo.query({ query: CurrenciesQuery, fetchPolicy: 'network-only' });
  if (!data) throw new Error('ra.notification.http_error');
  return [...data.currencies].sort((a, b) => a.position - b.position);
}

/** Refusals under the inputs they name, in the user's language ("no name at all" goes under the English name). */
const localizedFailure = (error: unknown): unknown =>
  toHttpError(error, (name) => INPUTS.includes(name), nameInEnglish);

async function write<T>(work: () => Promise<T>): Promise<T> {
  try {
    const result = await work();
    // Balance columns and filters are named after the currencies.
    await Promise.all([refreshCurrencies(), refreshCustomerFields()]);
    return result;
  } catch (error) {
    throw localizedFailure(error);
  }
}

/** What both create and update send; key and decimals only on create (fixed afterwards). */
function editable(data: Record<string, unknown>): CurrencyInput {
  const name = withoutTypename((data.name ?? {}) as CurrencyInput['name']);
  return {
    name: { en: name.en || null, ru: name.ru || null, fa: name.fa || null },
    unitValue: Number(data.unitValue ?? 0),
    spendable: data.spendable !== false,
    ...(data.position ? { position: Number(data.position) } : {}),
  };
}

/** The workspace's currencies as a react-admin resource: few, so the list is one request, in display order. */
export const currencies = {
  async getList() {
    const rows = await allCurrencies();
    return { data: rows, total: rows.length };
  },

  async getOne(id: string) {
    const found = (await allCurrencies()).find((c) => c.id === id);
    if (!found) throw new Error('ra.notification.item_doesnt_exist');
    return { data: found };
  },

  create(data: Record<string, unknown>) {
    return write(async () => {
      const input: CurrencyInput = {
        ...editable(data),
        key: String(data.key ?? '').trim(),
        decimals: Number(data.decimals ?? 0),
      };
      const { data: result } = await apollo.mutate({
        mutation: CreateCurrencyMutation,
        variables: { input },
      });
      if (!result) throw new Error('ra.notification.http_error');
      return { data: result.createCurrency };
    });
  },

  update(id: string, data: Record<string, unknown>) {
    return write(async () => {
      const { data: result } = await apollo.mutate({
        mutation: UpdateCurrencyMutation,
        variables: { id, input: editable(data) },
      });
      if (!result) throw new Error('ra.notification.http_error');
      return { data: result.updateCurrency };
    });
  },
};
