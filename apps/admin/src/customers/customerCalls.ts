import { apollo } from '../apollo';
import { attributeKeys } from '../attributes/useAttributeRegistry';
import { attributesForCreate, changedAttributes, toCustomerRecord } from './customerRecord';
import {
  CreateCustomerMutation,
  CustomerQuery,
  DeleteCustomerMutation,
  UpdateCustomerMutation,
} from './screenDocuments';

/** The customers resource's one-record calls (customerData.ts loads them when first used). */
export async function getCustomer(id: string) {
  const { data } = await apollo.query({ query: CustomerQuery, variables: { id } });
  if (!data) throw new Error('ra.notification.item_doesnt_exist');
  return { data: toCustomerRecord(data.customer) };
}

export async function createCustomer(data: Record<string, unknown>) {
  const attributes = attributesForCreate(data, await attributeKeys());
  const { data: result } = await apollo.mutate({
    mutation: CreateCustomerMutation,
    variables: {
      input: { attributes, ...(data.status === 'INACTIVE' ? { status: 'INACTIVE' as const } : {}) },
    },
  });
  if (!result) throw new Error('ra.notification.http_error');
  return { data: toCustomerRecord(result.createCustomer) };
}

export async function updateCustomer(
  id: string,
  data: Record<string, unknown>,
  previous: Record<string, unknown>,
) {
  const attributes = changedAttributes(data, previous, await attributeKeys());
  const { data: result } = await apollo.mutate({
    mutation: UpdateCustomerMutation,
    variables: { id, input: { attributes } },
  });
  if (!result) throw new Error('ra.notification.http_error');
  return { data: toCustomerRecord(result.updateCustomer) };
}

export async function deleteCustomer(id: string) {
  await apollo.mutate({ mutation: DeleteCustomerMutation, variables: { id } });
}
