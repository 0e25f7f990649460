import type { Actor } from './events.js';

export type AttributeValues = Record<string, unknown>;

export interface CustomerSnapshot {
  id: string;
  workspaceId: string;
  status: 'ACTIVE' | 'INACTIVE';
  attributes: AttributeValues;
  createdAt: Date;
  updatedAt: Date;
}

export interface ValueCount {
  value: string;
  count: number;
}

/** The customer operations open to modules; the same service the API, imports and jobs use. */
export interface CustomerServicePort {
  get(workspaceId: string, customerId: string): Promise<CustomerSnapshot>;
  create(workspaceId: string, actor: Actor, attributes: AttributeValues): Promise<CustomerSnapshot>;
  update(
    workspaceId: string,
    actor: Actor,
    customerId: string,
    attributes: AttributeValues,
  ): Promise<CustomerSnapshot>;
  /** How many live customers hold each value of an attribute, most frequent first. */
  countByAttribute(workspaceId: string, key: string, limit: number): Promise<ValueCount[]>;
}

export interface PatronServices {
  customers: CustomerServicePort;
}

/** What every resolver receives as its GraphQL context. */
export interface PatronContext {
  /** The signed-in staff member, or null. */
  staff: {
    id: string;
    workspaceId: string;
    role: string;
    name: string;
    permissions: ReadonlySet<string>;
  } | null;
  services: PatronServices;
}
