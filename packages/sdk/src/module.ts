import type { CustomerEvent, CustomerEventType } from './events.js';
import type { PermissionDefinition } from './permissions.js';
import type { PatronServices } from './services.js';

export type AttributeTypeName =
  | 'TEXT'
  | 'LONG_TEXT'
  | 'NUMBER'
  | 'MONEY'
  | 'DATE'
  | 'DATETIME'
  | 'BOOLEAN'
  | 'SINGLE_CHOICE'
  | 'MULTIPLE_CHOICE'
  | 'PHONE'
  | 'EMAIL'
  | 'URL'
  | 'ADDRESS';

export interface LocalizedText {
  en?: string | null;
  ru?: string | null;
  fa?: string | null;
}

/** An attribute definition a module brings; ensured in every workspace while the module is enabled. */
export interface ContributedAttribute {
  key: string;
  type: AttributeTypeName;
  label: LocalizedText;
  group: string;
  shownInList?: boolean;
  choices?: { value: string; label: LocalizedText }[];
}

/**
 * A customer field another module computes (balances, tier, purchase totals…): it appears in filters,
 * columns and sorts. `sql` is an SQL expression over the customer row aliased `c`, e.g.
 * `(select balance from account a where a.customer_id = c.id)`; a `text` field must yield lower-case
 * text, a `date` field 'YYYY-MM-DD' text, a `multi` field a JSON array of strings. Never build it
 * from user input.
 */
export interface CustomerFieldContribution {
  key: string;
  kind: 'text' | 'number' | 'date' | 'datetime' | 'boolean' | 'choice' | 'multi';
  label: LocalizedText;
  sql: string;
  sortable?: boolean;
  choices?: { value: string; label: LocalizedText }[];
}

export interface EventHandler {
  /** Handler names must be unique: delivery is tracked per handler, so each runs once per event. */
  name: string;
  events: CustomerEventType[];
  /**
   * For the event types listed, only events that change one of these keys are delivered (the others
   * are passed over in the database, never loaded): e.g. `{ 'customer.balanceChanged': ['balance.xp'] }`.
   */
  changedKeys?: Partial<Record<CustomerEventType, string[]>>;
  handle(event: CustomerEvent, services: PatronServices): Promise<void>;
}

/**
 * One unit of the product: core domains and plugins register through this same shape.
 * Entities are MikroORM entity schemas; resolvers are type-graphql classes whose root
 * fields each carry an `@Allow(...)` rule.
 */
export interface PatronModule {
  name: string;
  entities?: unknown[];
  // biome-ignore lint/complexity/noBannedTypes: type-graphql resolvers are plain classes
  resolvers?: Function[];
  permissions?: PermissionDefinition[];
  eventHandlers?: EventHandler[];
  attributes?: ContributedAttribute[];
  customerFields?: CustomerFieldContribution[];
}

export function defineModule(module: PatronModule): PatronModule {
  return module;
}
