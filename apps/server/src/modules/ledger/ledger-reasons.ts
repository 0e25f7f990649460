/**
 * The reasons the system writes on ledger operations, by stable code. The reason column keeps the
 * English text (what the API has always answered, and what an old row holds); the API adds the code
 * and its parameters read back from that text, so clients show the reason in the reader's language.
 * A reason typed by staff matches no code and is shown as typed.
 */
export const LEDGER_REASONS = {
  PURCHASE_CASHBACK: 'Cashback for a purchase',
  PURCHASE_POINTS: 'Points for a purchase',
  FIRST_PURCHASE: 'First purchase bonus',
  BIRTHDAY: 'Birthday bonus',
  PURCHASE_PAID: 'Paid for a purchase',
  PURCHASE_RETURNED: 'Purchase returned',
  REFERRAL_JOIN: 'Reward for referring a friend',
  REFERRAL_PURCHASE: 'Reward for a purchase by a friend you referred',
  EXPIRED: 'Expired',
  IMPORT: 'Import',
  MERGE: 'Merge',
  UNMERGE: 'Unmerge',
  GIFT_CARD: 'Gift card',
} as const;

export type LedgerReasonCode = keyof typeof LEDGER_REASONS;

export interface LedgerReasonParams {
  /** The purchase's invoice number, for reasons about a purchase. */
  invoice?: string;
}

/** The stored text of a system reason: its English wording, with the invoice in brackets. */
export function reasonText(code: LedgerReasonCode, params: LedgerReasonParams = {}): string {
  const text = LEDGER_REASONS[code];
  return params.invoice ? `${text} (${params.invoice})` : text;
}

const BY_TEXT = new Map<string, LedgerReasonCode>(
  Object.entries(LEDGER_REASONS).map(([code, text]) => [text, code as LedgerReasonCode]),
);
/** A stored reason's code and parameters, or null for a reason typed by staff. */
export function reasonCode(text: string): { code: LedgerReasonCode; params: LedgerReasonParams } | null {
  const exact = BY_TEXT.get(text);
  if (exact) return { code: exact, params: {} };
  if (!text.endsWith(')')) return null;
  for (const [wording, code] of BY_TEXT) {
    const invoice = text.startsWith(`${wording} (`) ? text.slice(wording.length + 2, -1) : '';
    if (invoice) return { code, params: { invoice } };
  }
  return null;
}

/** How a BALANCE_CHANGED history event names its operation's reason: the text, and the code when there is one. */
export function operationReason(text: string): {
  reason: string;
  reasonCode?: string;
  reasonParams?: LedgerReasonParams;
} {
  const coded = reasonCode(text);
  return coded ? { reason: text, reasonCode: coded.code, reasonParams: coded.params } : { reason: text };
}
