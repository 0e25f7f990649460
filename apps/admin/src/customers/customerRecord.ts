/** A customer as the API returns it (the fields the admin asks for). */
export interface ApiCustomer {
  id: string;
  /** The short per-workspace number (1, 2, 3…). */
  number?: number;
  status: string;
  displayName: string;
  createdAt: string;
  updatedAt: string;
  attributes: unknown;
  /** Set on a child profile (attached or merged): its main profile. */
  mainCustomerId?: string | null;
  tags?: readonly { id: string; name: string; color: string }[];
  category?: { id: string; name: string; color: string } | null;
  /** Computed fields by key (balances, a plugin's field), asked only when the list shows one. */
  fieldValues?: unknown;
}

export type CustomerRecord = Record<string, unknown> & { id: string };

/** The record's own fields; everything else in a form is an attribute value. */
const OWN_FIELDS = new Set([
  'id',
  'status',
  'displayName',
  'createdAt',
  'updatedAt',
  'tags',
  'mainCustomerId',
  'customerNumber',
  'category',
]);

/** A customer as react-admin's forms see it: attribute values flat beside the record's own fields, so inputs bind to keys. */
export function toCustomerRecord(c: ApiCustomer): CustomerRecord {
  const attributes =
    c.attributes && typeof c.attributes === 'object' ? (c.attributes as Record<string, unknown>) : {};
  return {
    ...attributes,
    id: c.id,
    status: c.status,
    displayName: c.displayName,
    createdAt: c.createdAt,
    updatedAt: c.updatedAt,
    ...(c.mainCustomerId ? { mainCustomerId: c.mainCustomerId } : {}),
    tags: (c.tags ?? []).map(({ id, name, color }) => ({ id, name, color })),
    ...(c.number != null ? { customerNumber: c.number } : {}),
    // Computed columns (balance_coins, personalEmail…) read these.
    ...(c.fieldValues && typeof c.fieldValues === 'object' ? (c.fieldValues as Record<string, unknown>) : {}),
    // After the computed values: the category column's value is its id there, the chip needs the whole.
    category: c.category ? { id: c.category.id, name: c.category.name, color: c.category.color } : null,
  };
}

/** For create: every attribute key that has a value. */
export function attributesForCreate(data: Record<string, unknown>, keys: string[]): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const key of keys) {
    if (OWN_FIELDS.has(key)) continue;
    const value = blankToNull(data[key]);
    if (value !== null) out[key] = value;
  }
  return out;
}

/** For update: only the attributes the user changed; null clears a value. */
export function changedAttributes(
  data: Record<string, unknown>,
  previous: Record<string, unknown>,
  keys: string[],
): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const key of keys) {
    if (OWN_FIELDS.has(key)) continue;
    const now = blankToNull(data[key]);
    const before = blankToNull(previous[key]);
    // A switch that was never set renders as "off"; leaving it off is no change.
    if (now === false && before === null) continue;
    if (!sameValue(now, before)) out[key] = now;
  }
  return out;
}

/** Empty inputs mean "no value": '', [], and objects (addresses) whose parts are all empty. */
export function blankToNull(value: unknown): unknown {
  if (value === undefined || value === null || value === '') return null;
  if (Array.isArray(value)) return value.length === 0 ? null : value;
  if (typeof value === 'object' && !(value instanceof Date)) {
    const parts = Object.entries(value).filter(([, v]) => blankToNull(v) !== null);
    return parts.length === 0 ? null : Object.fromEntries(parts);
  }
  return value;
}

function sameValue(a: unknown, b: unknown): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}
