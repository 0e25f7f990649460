import { parseAmount } from '../common/amounts';
import type { PaymentStatus } from '../gql/graphql';

export interface PurchaseFormValues {
  amount: string;
  invoiceNumber?: string;
  branch?: string;
  purchasedOn?: string | null;
  paymentStatus: PaymentStatus;
  /** Amount typed per spendable currency, by key. */
  spend?: Record<string, string | undefined>;
  items?: { name?: string; sku?: string; quantity?: string; price?: string }[];
}

/** The input name an API field path lands on: spend entries go back to their currency's box. */
export type InputOfPath = Record<string, string>;

/**
 * The form's values as RecordPurchaseInput, and where each API path's error belongs. A picked past
 * day becomes its local noon (the hour is unknown); today or nothing means "now".
 */
export function purchaseInput(
  values: PurchaseFormValues,
  locale: string,
  customerId: string,
  idempotencyKey: string,
  today: string,
) {
  const number = (text: string | undefined) =>
    text ? (parseAmount(text, locale)?.value ?? Number.NaN) : undefined;
  const spend = Object.entries(values.spend ?? {})
    .map(([currency, text]) => ({ currency, amount: number(text) }))
    .filter((s): s is { currency: string; amount: number } => s.amount !== undefined && s.amount !== 0);
  const inputOf: InputOfPath = {};
  spend.forEach((s, i) => {
    inputOf[`spend.${i}.amount`] = `spend.${s.currency}`;
    inputOf[`spend.${i}.currency`] = `spend.${s.currency}`;
  });
  const day = values.purchasedOn && values.purchasedOn < today ? values.purchasedOn : null;
  const purchasedAt = day ? new Date(`${day}T12:00:00`).toISOString() : null;
  const items = (values.items ?? [])
    .filter((i) => i.name || i.sku)
    .map((i) => ({
      name: i.name || null,
      sku: i.sku || null,
      quantity: number(i.quantity) ?? 1,
      price: number(i.price) ?? 0,
    }));
  return {
    input: {
      customerId,
      amount: number(values.amount) ?? Number.NaN,
      invoiceNumber: values.invoiceNumber || null,
      branch: values.branch || null,
      purchasedAt,
      paymentStatus: values.paymentStatus,
      spend,
      items,
      idempotencyKey,
    },
    inputOf,
  };
}
