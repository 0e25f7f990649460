/** One balance amount moved by a merge: the currency, when the amount expires, in minor units. */
export interface MovedBalance {
  currency: string;
  decimals: number;
  expiresAt: string | null;
  minor: number;
}

/** What a merge moved, kept in customer_merge.moved so an unmerge moves exactly that back. */
export interface MergeMoves {
  purchases: string[];
  returns: string[];
  history: string[];
  tagsAdded: string[];
  groupsAdded: string[];
  groupsLeft: string[];
  /** Customers the merged profile had referred, now referred by the main. */
  referralsMoved: string[];
  /** The merged profile's own referrer moved to the main (which had none). */
  ownReferral: boolean;
  /** The main had been referred by the merged profile: that row was dropped (a self-referral). */
  referralDropped: { createdAt: string } | null;
  /** The merged profile's child profiles, now the main's. */
  children: string[];
  balances: MovedBalance[];
}

export interface MergeCounts {
  purchases: number;
  history: number;
  tags: number;
  groups: number;
  referrals: number;
  children: number;
  balances: { currency: string; amount: number }[];
}

export function countsOf(moves: MergeMoves): MergeCounts {
  const totals = totalsByCurrency(moves.balances);
  return {
    purchases: moves.purchases.length,
    history: moves.history.length,
    tags: moves.tagsAdded.length,
    groups: moves.groupsAdded.length,
    referrals: moves.referralsMoved.length + (moves.ownReferral ? 1 : 0),
    children: moves.children.length,
    balances: [...totals].map(([currency, t]) => ({ currency, amount: t.minor / 10 ** t.decimals })),
  };
}

/** Totals per currency in minor units: one "out" operation each. */
export function totalsByCurrency(balances: MovedBalance[]): Map<string, { minor: number; decimals: number }> {
  const totals = new Map<string, { minor: number; decimals: number }>();
  for (const b of balances) {
    const t = totals.get(b.currency) ?? { minor: 0, decimals: b.decimals };
    t.minor += b.minor;
    totals.set(b.currency, t);
  }
  return totals;
}

/** Splits a balance over its open grants' expiry dates; what no grant covers does not expire. */
export function splitBalance(
  currency: string,
  decimals: number,
  balance: number,
  grants: { expiresAt: string | null; remaining: number }[],
): MovedBalance[] {
  const parts: MovedBalance[] = [];
  let left = balance;
  for (const g of grants) {
    if (left <= 0) break;
    if (g.expiresAt === null) continue;
    const minor = Math.min(g.remaining, left);
    parts.push({ currency, decimals, expiresAt: g.expiresAt, minor });
    left -= minor;
  }
  if (left > 0) parts.push({ currency, decimals, expiresAt: null, minor: left });
  return parts;
}
