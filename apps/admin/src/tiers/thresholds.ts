/** The thresholds a tier may set, in the order they are shown. */
export const MEASURES = ['minPurchaseTotal', 'minPurchaseCount', 'minXp'] as const;
export type Measure = (typeof MEASURES)[number];

export interface Thresholds {
  minPurchaseTotal?: number | null;
  minPurchaseCount?: number | null;
  minXp?: number | null;
}

/** The thresholds a tier sets (null ones are not part of its entry). */
export function setThresholds(tier: Thresholds): { measure: Measure; value: number }[] {
  return MEASURES.flatMap((measure) => {
    const value = tier[measure];
    return value == null ? [] : [{ measure, value }];
  });
}

export interface Progress {
  purchaseTotal: number;
  purchaseCount: number;
  xp: number;
  nextTier?: Thresholds | null;
  purchaseTotalNeeded?: number | null;
  purchaseCountNeeded?: number | null;
  xpNeeded?: number | null;
}

export interface ProgressBar {
  measure: Measure;
  /** What the customer has over the window. */
  have: number;
  /** The next tier's threshold. */
  target: number;
  /** Still missing (0 when reached). */
  needed: number;
  /** 0–100, for the bar. */
  percent: number;
}

const HAVE: Record<Measure, 'purchaseTotal' | 'purchaseCount' | 'xp'> = {
  minPurchaseTotal: 'purchaseTotal',
  minPurchaseCount: 'purchaseCount',
  minXp: 'xp',
};
const NEEDED: Record<Measure, 'purchaseTotalNeeded' | 'purchaseCountNeeded' | 'xpNeeded'> = {
  minPurchaseTotal: 'purchaseTotalNeeded',
  minPurchaseCount: 'purchaseCountNeeded',
  minXp: 'xpNeeded',
};

/** One bar per threshold the next tier sets: how far the customer is towards it. None at the top tier. */
export function progressBars(progress: Progress): ProgressBar[] {
  const next = progress.nextTier;
  if (!next) return [];
  return setThresholds(next).map(({ measure, value: target }) => {
    const have = Math.max(0, progress[HAVE[measure]]);
    const needed = Math.max(0, progress[NEEDED[measure]] ?? target - have);
    const percent = target <= 0 ? 100 : Math.min(100, Math.max(0, ((target - needed) / target) * 100));
    return { measure, have, target, needed, percent: Math.round(percent * 10) / 10 };
  });
}
