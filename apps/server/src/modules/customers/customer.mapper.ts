import { type CustomerStatusEnum, CustomerType } from './customer.types.js';
import type { CustomerSnapshot } from './customer-snapshot.js';
import { displayName } from './customer-values.js';

const text = (v: unknown): string | null => (typeof v === 'string' ? v : null);

export function toCustomerType(
  c: CustomerSnapshot & { tags?: string[]; mainCustomerId?: string | null; number?: number | null },
): CustomerType {
  const out = new CustomerType();
  out.id = c.id;
  out.status = c.status as CustomerStatusEnum;
  out.attributes = c.attributes;
  out.displayName = displayName(c.attributes);
  out.firstName = text(c.attributes.firstName);
  out.lastName = text(c.attributes.lastName);
  out.mobile = text(c.attributes.mobile);
  out.email = text(c.attributes.email);
  out.cardNumber = text(c.attributes.cardNumber);
  out.createdAt = c.createdAt;
  out.updatedAt = c.updatedAt;
  out.mainCustomerId = c.mainCustomerId ?? null;
  out.tagIds = c.tags ?? [];
  out.knownNumber = c.number ?? null;
  return out;
}
