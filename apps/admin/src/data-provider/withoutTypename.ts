/** Apollo adds __typename to every object it returns; GraphQL inputs must not carry it back. */
export function withoutTypename<T>(value: T): T {
  if (Array.isArray(value)) return value.map(withoutTypename) as T;
  if (value && typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value)) if (k !== '__typename') out[k] = withoutTypename(v);
    return out as T;
  }
  return value;
}
