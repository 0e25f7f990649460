type Tree = { [key: string]: unknown };

const isTree = (value: unknown): value is Tree =>
  Boolean(value) && typeof value === 'object' && !Array.isArray(value);

/** Later catalogs win key by key; a key missing from a translation falls back to the earlier one. */
export function deepMerge(...trees: Tree[]): Tree {
  const out: Tree = {};
  for (const tree of trees) {
    for (const [key, value] of Object.entries(tree)) {
      out[key] = isTree(value) && isTree(out[key]) ? deepMerge(out[key] as Tree, value) : value;
    }
  }
  return out;
}
