import type { PatronApp } from '../../app.js';

const ACTOR = { kind: 'system' as const, id: null, name: 'Demo data' };

/**
 * Bronze, Silver and Gold over purchase totals and XP, each earning a little more, and a "Staff"
 * group; then every customer is placed in their tier the way an admin's "Recompute tiers" would.
 */
export async function seedTiers(app: PatronApp, workspaceId: string): Promise<void> {
  await app.services.tiers.create(workspaceId, {
    key: 'bronze',
    name: { en: 'Bronze', ru: 'Бронза', fa: 'برنزی' },
    rules: {
      cashbackPercent: 2,
      pointsPerAmount: [
        { currency: 'coins', points: 1, per: 10 },
        { currency: 'xp', points: 1, per: 1 },
      ],
    },
  });
  await app.services.tiers.create(workspaceId, {
    key: 'silver',
    name: { en: 'Silver', ru: 'Серебро', fa: 'نقره‌ای' },
    minPurchaseTotal: 30,
    rules: {
      cashbackPercent: 3,
      pointsPerAmount: [
        { currency: 'coins', points: 2, per: 10 },
        { currency: 'xp', points: 1, per: 1 },
      ],
      birthdayBonus: [{ currency: 'coins', amount: 100 }],
    },
  });
  await app.services.tiers.create(workspaceId, {
    key: 'gold',
    name: { en: 'Gold', ru: 'Золото', fa: 'طلایی' },
    minPurchaseTotal: 80,
    minXp: 1000,
    rules: {
      cashbackPercent: 5,
      pointsPerAmount: [
        { currency: 'coins', points: 3, per: 10 },
        { currency: 'xp', points: 2, per: 1 },
      ],
      weekdayMultipliers: [{ weekday: 5, multiplier: 2 }],
      birthdayBonus: [{ currency: 'coins', amount: 200 }],
      referralPercent: 5,
      referralJoinReward: [{ currency: 'coins', amount: 100 }],
      maxSpendPercentPerInvoice: 50,
    },
  });
  await app.services.tierPolicy.update(workspaceId, {
    windowDays: 365,
    downgradePolicy: 'PERIOD_END',
    periodMonths: 12,
  });
  const staff = await app.services.groups.create(workspaceId, {
    name: 'Staff',
    description: 'Our baristas and their families',
  });
  await app.services.groups.add({ workspaceId, staffId: null }, ACTOR, staff.id, {
    filter: { op: 'AND', conditions: [{ field: 'vip', operator: 'eq', value: true }] },
  });
  await app.services.tierEvaluation.recompute(workspaceId, ACTOR);
}
