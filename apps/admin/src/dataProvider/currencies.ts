import { CombinedGraphQLErrors } from '@apollo/client';
import { HttpError } from 'react-admin';
import { apollo } from '../apollo';
import { refreshCustomerFields } from '../customerFields/useCustomerFields';
import type { CurrencyInput } from '../gql/graphql';
import { i18nProvider } from '../i18n/i18nProvider';
import { formatAmount } from '../loyalty/amounts';
import { CreateCurrencyMutation, CurrenciesQuery, UpdateCurrencyMutation } from '../loyalty/documents';
import { placeErrors } from '../loyalty/placeErrors';
import type { Message } from '../loyalty/serverMessages';
import { refreshCurrencies } from '../loyalty/useCurrencies';
import type { ApiError } from './errors';
import { withoutTypename } from './withoutTypename';

const INPUTS = ['key', 'name.en', 'name.ru', 'name.fa', 'decimals', 'unitValue', 'spendable', 'position'];

async function allCurrencies() {
  const { data } = await apollo.query({ query: CurrenciesQuery, fetchPolicy: 'network-only' });
  if (!data) throw new Error('ra.notification.http_error');
  return [...data.currencies].sort((a, b) => a.position - b.position);
}

const text = (m: Message) => {
  const locale = i18nProvider.getLocale();
  const params = Object.fromEntries(
    Object.entries(m.params ?? {}).map(([k, v]) => [
      k,
      typeof v === 'number' ? formatAmount(v, 0, locale) : v,
    ]),
  );
  return i18nProvider.translate(m.key, { _: m.key, ...params });
};

/** Refusals under the inputs they name, in the user's language ("no name at all" goes under the English name). */
function localizedFailure(error: unknown): unknown {
  if (!CombinedGraphQLErrors.is(error)) return error;
  const placed = placeErrors(error.errors as readonly ApiError[], [...INPUTS, 'name']);
  const { name, ...fields } = placed.fields;
  const errors = Object.fromEntries(Object.entries(fields).map(([k, m]) => [k, text(m)]));
  if (name) errors['name.en'] = text(name);
  const [general] = placed.general;
  return new HttpError(general ? text(general) : 'ra.message.invalid_form', 400, { errors });
}

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
