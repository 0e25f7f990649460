import type { PatronApp } from '../../app.js';

const ACTOR = { kind: 'system' as const, id: null, name: 'Demo data' };

/** The café's menu as a catalogue, by the SKUs its purchases already carry (`demo-purchases.ts`). */
const DEMO_PRODUCTS = [
  { sku: 'LATTE', name: { en: 'Latte', ru: 'Латте', fa: 'لاته' }, kind: 'PRODUCT', price: 4.5, unit: 'cup' },
  {
    sku: 'CAPPU',
    name: { en: 'Cappuccino', ru: 'Капучино', fa: 'کاپوچینو' },
    kind: 'PRODUCT',
    price: 4,
    unit: 'cup',
  },
  {
    sku: 'CAKE',
    name: { en: 'Honey cake', ru: 'Медовик', fa: 'کیک عسلی' },
    kind: 'PRODUCT',
    price: 6,
    unit: 'piece',
  },
  {
    sku: 'BEANS',
    name: { en: 'Coffee beans 250 g', ru: 'Кофе в зёрнах 250 г', fa: 'دانه قهوه ۲۵۰ گرم' },
    kind: 'PRODUCT',
    price: 14,
    unit: 'pack',
  },
] as const;

/** Packs of beans on the shelf, under their reorder level: the list shows them as low. */
const BEANS_ON_HAND = 12;
const BEANS_REORDER_LEVEL = 20;

/**
 * The catalogue (beans tracked, with stock, the drinks and cakes not) and a batch of Nowruz gift
 * cards, made as a manager would (each with its audit event). After the purchases: the demo's past
 * sales took nothing from stock, as an import of history would not.
 */
export async function seedShop(app: PatronApp, workspaceId: string): Promise<void> {
  for (const product of DEMO_PRODUCTS) {
    const tracked = product.sku === 'BEANS';
    const created = await app.services.products.create(ACTOR, workspaceId, {
      ...product,
      tracked,
      reorderLevel: tracked ? BEANS_REORDER_LEVEL : null,
    });
    if (tracked)
      await app.services.stock.receive(ACTOR, workspaceId, created.id, BEANS_ON_HAND, 'Opening stock');
  }
  await app.services.giftCards.issue(ACTOR, workspaceId, {
    count: 20,
    currency: 'credit',
    value: 25,
    note: 'Nowruz gift cards',
  });
}
