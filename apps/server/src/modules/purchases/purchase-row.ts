import type { PaymentStatus, PurchaseItem } from './purchase-request.js';

/** One ledger operation a purchase or a return caused; amount in minor units of its currency. */
export interface LedgerEntry {
  operationId: string;
  customerId: string;
  currency: string;
  role: 'SPEND' | 'EARN' | 'REFERRAL';
  minor: number;
  /** Money already returned (minor units) when this was earned: a return shares out only the rest. */
  returnedBefore?: number;
}

export interface PurchaseRow {
  id: string;
  workspace_id: string;
  customer_id: string;
  idempotency_key: string;
  request_hash: string;
  invoice_number: string;
  amount: string;
  spent_value: string;
  paid_amount: string;
  items: PurchaseItem[];
  branch: string;
  payment_status: PaymentStatus;
  purchased_at: Date;
  returned_amount: string;
  ledger: LedgerEntry[];
  earned_at: Date | null;
  actor_kind: string;
  actor_id: string | null;
  actor_name: string;
  created_at: Date;
}

/** A purchase as services and the API see it. */
export interface Purchase {
  id: string;
  customerId: string;
  invoiceNumber: string;
  amount: number;
  spentValue: number;
  paidAmount: number;
  items: PurchaseItem[];
  branch: string;
  paymentStatus: PaymentStatus;
  purchasedAt: Date;
  returnedAmount: number;
  ledger: LedgerEntry[];
  earnedAt: Date | null;
  actor: { kind: string; id: string | null; name: string };
  createdAt: Date;
}

export function toPurchase(row: PurchaseRow): Purchase {
  return {
    id: row.id,
    customerId: row.customer_id,
    invoiceNumber: row.invoice_number,
    amount: Number(row.amount),
    spentValue: Number(row.spent_value),
    paidAmount: Number(row.paid_amount),
    items: row.items.map((item) => ({ ...item, returnedQuantity: item.returnedQuantity ?? 0 })),
    branch: row.branch,
    paymentStatus: row.payment_status,
    purchasedAt: new Date(row.purchased_at),
    returnedAmount: Number(row.returned_amount),
    ledger: row.ledger,
    earnedAt: row.earned_at ? new Date(row.earned_at) : null,
    actor: { kind: row.actor_kind, id: row.actor_id, name: row.actor_name },
    createdAt: new Date(row.created_at),
  };
}

/** Money in minor units from a numeric column. */
export const minorOf = (value: string | number): number => Math.round(Number(value) * 100);
