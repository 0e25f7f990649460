/** One column of the customer table: a field key and its width in pixels (null = automatic). */
export interface ColumnPref {
  key: string;
  width: number | null;
}

/** A row of the column picker: every field, shown or not, in the order the table would show it. */
export interface PickerRow extends ColumnPref {
  shown: boolean;
}

export const MIN_WIDTH = 60;
export const MAX_WIDTH = 800;

/** Before anyone chose: the number, the attributes marked "shown in the list", status and creation date. */
export function defaultColumns(shownInList: readonly string[]): ColumnPref[] {
  return ['customerNumber', ...shownInList, 'status', 'createdAt'].map((key) => ({
    key,
    width: null,
  }));
}

/**
 * The columns to draw: the saved choice without fields that no longer exist (a retired attribute,
 * a removed plugin) or repeats; the default when nothing was chosen or nothing of it is left.
 */
export function effectiveColumns(
  saved: readonly { key: string; width?: number | null }[] | null | undefined,
  fieldKeys: readonly string[],
  defaults: readonly ColumnPref[],
): ColumnPref[] {
  const known = new Set(fieldKeys);
  const seen = new Set<string>();
  const kept: ColumnPref[] = [];
  for (const c of saved ?? []) {
    if (!known.has(c.key) || seen.has(c.key)) continue;
    seen.add(c.key);
    kept.push({ key: c.key, width: c.width ?? null });
  }
  return kept.length ? kept : defaults.filter((c) => known.has(c.key));
}

/** The picker's rows: the shown columns in their order, then every other field in field order. */
export function pickerRows(columns: readonly ColumnPref[], fieldKeys: readonly string[]): PickerRow[] {
  const shown = new Set(columns.map((c) => c.key));
  return [
    ...columns.map((c) => ({ ...c, shown: true })),
    ...fieldKeys.filter((k) => !shown.has(k)).map((key) => ({ key, width: null, shown: false })),
  ];
}

/** A width as typed: a whole number within bounds, or automatic. */
export function cleanWidth(value: unknown): number | null {
  const n = typeof value === 'number' ? value : Number.parseInt(String(value ?? ''), 10);
  if (!Number.isFinite(n) || n <= 0) return null;
  return Math.min(MAX_WIDTH, Math.max(MIN_WIDTH, Math.round(n)));
}

/** What is saved: the shown rows, in order, with clean widths. */
export function columnsFromRows(rows: readonly PickerRow[]): ColumnPref[] {
  return rows.filter((r) => r.shown).map((r) => ({ key: r.key, width: cleanWidth(r.width) }));
}

/** The rows with the one at `index` moved `delta` places; unchanged at either end. */
export function moveRow<T>(rows: readonly T[], index: number, delta: number): T[] {
  const next = [...rows];
  const target = index + delta;
  if (index < 0 || index >= next.length || target < 0 || target >= next.length) return next;
  const [row] = next.splice(index, 1);
  next.splice(target, 0, row as T);
  return next;
}
