import type { PatronApp } from '../../app.js';
import { DEMO_BRANCHES } from './demo-branches.js';
import { Random } from './prng.js';

const DEMO_ACTOR = { kind: 'system' as const, id: null, name: 'Demo data' };

const ACTOR = { kind: 'system' as const, id: null, name: 'Demo data' };
/** Purchases are spread over the demo's branches, by code. */
const BRANCHES = DEMO_BRANCHES.map((b) => b.code);
const MENU = [
  { sku: 'LATTE', name: 'Latte', price: 4.5 },
  { sku: 'CAPPU', name: 'Cappuccino', price: 4 },
  { sku: 'CAKE', name: 'Honey cake', price: 6 },
  { sku: 'BEANS', name: 'Coffee beans 250 g', price: 14 },
];

/** The demo club's programme: what a café chain would start with. */
export const DEMO_RULES = {
  cashbackPercent: 3,
  cashbackCurrency: 'credit',
  pointsPerAmount: [
    { currency: 'coins', points: 1, per: 10 },
    { currency: 'xp', points: 1, per: 1 },
  ],
  productPoints: [{ sku: 'BEANS', currency: 'coins', points: 5 }],
  weekdayMultipliers: [{ weekday: 5, multiplier: 2 }],
  firstPurchaseBonus: [{ currency: 'coins', amount: 50 }],
  birthdayBonus: [{ currency: 'coins', amount: 100 }],
  referralPercent: 5,
  referralJoinReward: [{ currency: 'coins', amount: 50 }],
  maxSpendPercentPerInvoice: 50,
  maxSpendPerDay: 200,
};

/**
 * Purchases over the last year for a share of the demo customers, recorded through the purchase
 * service like a till would (so they earn, spend and show in history), each at one of the demo's
 * branches, plus a few referrals and returns.
 */
export async function seedPurchases(app: PatronApp, workspaceId: string, buyers = 300): Promise<number> {
  await app.services.loyaltyProgramme.update(workspaceId, DEMO_ACTOR, {
    rules: DEMO_RULES,
    timeZone: 'Europe/Moscow',
  });
  const ids = (
    await app.orm.em.getConnection().execute<{ id: string }[]>(
      `select id from customer where workspace_id = ? and status = 'ACTIVE' and deleted_at is null
          order by created_at, id limit ?`,
      [workspaceId, buyers],
    )
  ).map((r) => r.id);
  const random = new Random(20261123);
  for (let i = 1; i < ids.length; i += 10)
    await app.services.referrals.record(workspaceId, ACTOR, {
      customerId: ids[i] as string,
      referrerId: ids[i - 1] as string,
    });
  const now = Date.now();
  let recorded = 0;
  for (const [n, customerId] of ids.entries()) {
    const visits = random.int(1, 5);
    for (let v = 0; v < visits; v++) {
      const items = Array.from({ length: random.int(1, 3) }, () => {
        const item = MENU[random.int(0, MENU.length - 1)] ?? MENU[0];
        return { ...item, quantity: random.int(1, 2) } as {
          sku: string;
          name: string;
          price: number;
          quantity: number;
        };
      });
      const amount = Math.round(items.reduce((sum, i) => sum + i.price * i.quantity, 0) * 100) / 100;
      const purchase = await app.services.purchases.record(workspaceId, ACTOR, {
        customerId,
        amount,
        items,
        invoiceNumber: `D-${n}-${v}`,
        branch: BRANCHES[random.int(0, BRANCHES.length - 1)],
        purchasedAt: new Date(now - random.int(1, 365) * 86_400_000 - random.int(0, 36_000_000)),
        paymentStatus: random.next() < 0.05 ? 'PENDING' : 'PAID',
        idempotencyKey: `demo-purchase-${n}-${v}`,
      });
      recorded++;
      if (random.next() < 0.03)
        await app.services.purchaseReturns.return(workspaceId, ACTOR, {
          purchaseId: purchase.id,
          amount: Math.round(amount * 50) / 100,
          reason: 'Changed their mind',
          idempotencyKey: `demo-return-${n}-${v}`,
        });
    }
  }
  return recorded;
}
