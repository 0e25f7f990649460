/**
 * A PostgreSQL array literal for one `?::text[]` / `?::uuid[]` parameter: MikroORM spreads a JS array
 * into a list of parameters, so lists of any length travel as one literal instead.
 */
export function pgArray(values: readonly (string | number | null)[]): string {
  return `{${values.map((v) => (v === null ? 'NULL' : `"${String(v).replace(/[\\"]/g, (c) => `\\${c}`)}"`)).join(',')}}`;
}
