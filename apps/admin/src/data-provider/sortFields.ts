/**
 * react-admin sorts by field name, and so does the API: any field key customerFields marks
 * sortable (the table only offers those). Without one, newest first.
 */
export function customerSort(sort: { field?: string; order?: string } | undefined) {
  const field = sort?.field && sort.field !== 'id' ? sort.field : 'createdAt';
  return { field, direction: sort?.order === 'ASC' ? ('ASC' as const) : ('DESC' as const) };
}
