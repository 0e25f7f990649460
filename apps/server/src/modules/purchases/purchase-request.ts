import { isIdempotencyKey } from '../../common/idempotency-key.js';
import { type FieldProblem, fieldProblem } from '../../graphql/errors.js';
import type { CurrencyAmount } from '../loyalty-programme/earning-rules.js';

export const PAYMENT_STATUSES = ['PAID', 'PENDING', 'NOT_NEEDED'] as const;
export type PaymentStatus = (typeof PAYMENT_STATUSES)[number];

export interface PurchaseItem {
  sku: string;
  name: string;
  quantity: number;
  price: number;
  /** How much of the line returns have taken back (returns that named their lines). */
  returnedQuantity?: number;
}

/** A purchase as a till or a manager sends it. Money in the workspace's money, two decimals. */
export interface PurchaseRequest {
  customerId: string;
  amount: number;
  invoiceNumber?: string | null;
  items?: Partial<PurchaseItem>[] | null;
  branch?: string | null;
  purchasedAt?: Date | null;
  paymentStatus: PaymentStatus;
  /** Balances paying part of the invoice (credit, or points worth money). */
  spend?: CurrencyAmount[] | null;
  idempotencyKey: string;
}

/** A checked purchase: money in minor units. */
export interface CheckedPurchase {
  customerId: string;
  amountMinor: number;
  invoiceNumber: string;
  items: PurchaseItem[];
  branch: string;
  purchasedAt: Date;
  paymentStatus: PaymentStatus;
  spend: CurrencyAmount[];
  idempotencyKey: string;
}

type Path = (string | number)[];

/** Money with at most two decimals, in minor units; null after reporting a problem. */
export function moneyMinor(
  value: unknown,
  path: Path,
  problems: FieldProblem[],
  positive = true,
): number | null {
  const n = typeof value === 'number' ? value : Number.NaN;
  const minor = Math.round(n * 100);
  if (!Number.isFinite(n) || Math.abs(n * 100 - minor) > 1e-6) {
    problems.push(fieldProblem(path, 'MONEY_FORMAT'));
    return null;
  }
  if (positive ? minor <= 0 : minor < 0) {
    problems.push(fieldProblem(path, positive ? 'MORE_THAN_ZERO' : 'CANNOT_BE_NEGATIVE'));
    return null;
  }
  if (minor > 1e14) {
    problems.push(fieldProblem(path, 'TOO_LARGE'));
    return null;
  }
  return minor;
}

function text(value: unknown, max: number, path: Path, problems: FieldProblem[]): string {
  const s = typeof value === 'string' ? value.trim() : '';
  if (s.length > max) problems.push(fieldProblem(path, 'TOO_LONG', { max }));
  return s;
}

/** Checks every field of a purchase and names each problem; nothing is written before this passes. */
export function checkPurchase(
  input: PurchaseRequest,
  at: Path,
  now = new Date(),
): {
  purchase: CheckedPurchase;
  problems: FieldProblem[];
} {
  const problems: FieldProblem[] = [];
  const amountMinor = moneyMinor(input.amount, [...at, 'amount'], problems) ?? 0;
  const rawItems = input.items ?? [];
  if (rawItems.length > 500) problems.push(fieldProblem([...at, 'items'], 'TOO_MANY_ITEMS', { max: 500 }));
  const items = rawItems.slice(0, 500).map((item, i) => {
    const path = [...at, 'items', i];
    const name = text(item.name, 200, [...path, 'name'], problems);
    const sku = text(item.sku, 100, [...path, 'sku'], problems);
    if (!name && !sku) problems.push(fieldProblem([...path, 'name'], 'ITEM_NAME_OR_SKU'));
    const quantity = item.quantity ?? 1;
    if (!Number.isFinite(quantity) || quantity <= 0 || quantity > 1e6)
      problems.push(fieldProblem([...path, 'quantity'], 'QUANTITY_POSITIVE'));
    const priceMinor = moneyMinor(item.price ?? 0, [...path, 'price'], problems, false) ?? 0;
    return { sku, name, quantity, price: priceMinor / 100 };
  });
  const purchasedAt = input.purchasedAt ?? now;
  if (Number.isNaN(purchasedAt.getTime()) || purchasedAt.getTime() > now.getTime() + 5 * 60_000)
    problems.push(fieldProblem([...at, 'purchasedAt'], 'PURCHASE_IN_FUTURE'));
  else if (purchasedAt.getUTCFullYear() < 1990)
    problems.push(fieldProblem([...at, 'purchasedAt'], 'PURCHASE_TOO_OLD', { year: 1990 }));
  const spend = (input.spend ?? []).map((s, i) => ({ currency: s.currency, amount: s.amount, at: i }));
  const seen = new Set<string>();
  for (const s of spend) {
    if (seen.has(s.currency))
      problems.push(fieldProblem([...at, 'spend', s.at, 'currency'], 'CURRENCY_REPEATED'));
    seen.add(s.currency);
    if (!(s.amount > 0)) problems.push(fieldProblem([...at, 'spend', s.at, 'amount'], 'MORE_THAN_ZERO'));
  }
  if (!isIdempotencyKey(input.idempotencyKey))
    problems.push(fieldProblem([...at, 'idempotencyKey'], 'IDEMPOTENCY_KEY_FORMAT'));
  return {
    purchase: {
      customerId: input.customerId,
      amountMinor,
      invoiceNumber: text(input.invoiceNumber, 100, [...at, 'invoiceNumber'], problems),
      items,
      branch: text(input.branch, 200, [...at, 'branch'], problems),
      purchasedAt,
      paymentStatus: input.paymentStatus,
      spend: spend.map(({ currency, amount }) => ({ currency, amount })),
      idempotencyKey: input.idempotencyKey,
    },
    problems,
  };
}
