import type { CustomerFieldsFragment } from '../gql/graphql';

export type CustomerRecord = Record<string, unknown> & { id: string };

const OWN_FIELDS = new Set(['id', 'status', 'displayName', 'createdAt', 'updatedAt']);

/** A customer as react-admin's forms see it: attribute values flat beside the record's own fields. */
export function toCustomerRecord(c: CustomerFieldsFragment): CustomerRecord {
  return {
    ...(c.attributes as Record<string, unknown>),
    id: c.id,
    status: c.status,
    displayName: c.displayName,
    createdAt: c.createdAt,
    updatedAt: c.updatedAt,
  };
}

/** Attribute values of a form, for create: every attribute key that has a value. */
export function attributesOf(data: Record<string, unknown>, keys: string[]): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const key of keys) {
    if (OWN_FIELDS.has(key)) continue;
    const value = blankToNull(data[key]);
    if (value !== null) out[key] = value;
  }
  return out;
}

/** Only what the user changed, for update: null clears a value. */
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
    if (JSON.stringify(now) !== JSON.stringify(before)) out[key] = now;
  }
  return out;
}

function blankToNull(value: unknown): unknown {
  if (value === undefined || value === '' || (Array.isArray(value) && value.length === 0)) return null;
  // An address whose parts were all cleared is no address.
  if (value && typeof value === 'object' && !Array.isArray(value)) {
    if (Object.values(value).every((v) => v === null || v === undefined || v === '')) return null;
  }
  return value;
}

/** Apollo adds __typename to every object; inputs must not carry it. */
export function withoutTypename<T>(value: T): T {
  if (Array.isArray(value)) return value.map(withoutTypename) as T;
  if (value && typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value)) if (k !== '__typename') out[k] = withoutTypename(v);
    return out as T;
  }
  return value;
}
