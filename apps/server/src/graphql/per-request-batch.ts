import type { AppContext } from './context.js';

/**
 * A field every customer of a page resolves (balances, tier, groups, RFM), read with one query per
 * request: ids asked for in the same tick share a query; an id asked for once that query has started
 * (a second root field, a nested list) starts the next one, so nobody is left out.
 */
export function perRequestBatch<V>(
  load: (ctx: AppContext, ids: string[]) => Promise<Map<string, V>>,
): (ctx: AppContext, id: string) => Promise<V | undefined> {
  const open = new WeakMap<AppContext, { ids: Set<string>; loaded: Promise<Map<string, V>> }>();
  return async (ctx, id) => {
    let batch = open.get(ctx);
    if (!batch) {
      const ids = new Set<string>();
      const loaded = Promise.resolve().then(() => {
        open.delete(ctx);
        return load(ctx, [...ids]);
      });
      batch = { ids, loaded };
      open.set(ctx, batch);
    }
    batch.ids.add(id);
    return (await batch.loaded).get(id);
  };
}
