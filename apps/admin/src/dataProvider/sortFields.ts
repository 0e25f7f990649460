import type { CustomerSortField } from '../gql/graphql';

/** react-admin sorts by field name; the API by these. Other columns are not sortable. */
export const CUSTOMER_SORT_FIELDS: Record<string, CustomerSortField> = {
  createdAt: 'CREATED_AT',
  updatedAt: 'UPDATED_AT',
  firstName: 'FIRST_NAME',
  lastName: 'LAST_NAME',
  mobile: 'MOBILE',
  email: 'EMAIL',
};

export const isSortableCustomerField = (field: string): boolean => field in CUSTOMER_SORT_FIELDS;

export function customerSort(sort: { field?: string; order?: string } | undefined) {
  return {
    field: CUSTOMER_SORT_FIELDS[sort?.field ?? ''] ?? ('CREATED_AT' as const),
    direction: sort?.order === 'ASC' ? ('ASC' as const) : ('DESC' as const),
  };
}
