import type { CardTabDefinition } from './card-tabs.js';
import type { ChannelDefinition } from './channels.js';
import type { CustomerEvent, CustomerEventType } from './events.js';
import type { PermissionDefinition } from './permissions.js';
import type { PatronServices, ServiceName } from './services.js';

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

/** What a format says of a value: its stored form, or the refusal (a problem code and its parameters). */
export type AttributeFormatResult =
  | { value: string }
  | { problem: string; params?: Record<string, string | number> };

/**
 * A rule a module adds on top of an attribute type: an admin picks it for an attribute of its `base`
 * type (an Iranian national code on text), and every write of that attribute (forms, API, imports, bulk
 * edits, the customer's own profile) goes through `normalize`. Values are stored and filtered as the
 * base type; an attribute whose format no enabled module provides any more keeps its values and checks
 * them only as the base type.
 */
export interface AttributeFormatDefinition {
  /** lower-kebab, unique across modules (checked at start), e.g. `ir-national-code`. */
  key: string;
  base: 'TEXT';
  label: LocalizedText;
  /** A line under the input, e.g. "10 digits". */
  hint?: LocalizedText;
  /**
   * Takes the base type's stored form (trimmed text) and gives the value to store, or a refusal whose
   * `problem` is a code of the problem catalogue (packages/problems) with that code's parameters; any
   * other code is refused as VALUE_FORMAT_REFUSED. Pure and synchronous: a throw is caught and refuses
   * the value. Normalising a normalised value must return it unchanged.
   */
  normalize(value: string): AttributeFormatResult;
}

/**
 * A customer field another module computes (balances, tier, purchase totals…): it appears in filters,
 * columns and sorts. `sql` is an SQL expression over the customer row aliased `c`, e.g.
 * `(select balance from account a where a.workspace_id = c.workspace_id and a.customer_id = c.id)`;
 * a `text` field must yield lower-case text, a `date` field 'YYYY-MM-DD' text, a `multi` field a JSON
 * array of strings. Never build it from user input.
 */
export interface CustomerFieldContribution {
  key: string;
  kind: 'text' | 'number' | 'date' | 'datetime' | 'boolean' | 'choice' | 'multi';
  label: LocalizedText;
  sql: string;
  sortable?: boolean;
  /** An SQL number to sort by instead of `sql` (e.g. a tier's position for its key). */
  rankSql?: string;
  choices?: { value: string; label: LocalizedText }[];
  /** For a `number` field: the digits shown after the point (a currency's, 12.50 not 12.5). */
  decimals?: number;
}

/** Fields that depend on a workspace's own setup: a balance per currency, the tiers it defined… */
export type CustomerFieldSource = (
  workspaceId: string,
  services: PatronServices,
) => Promise<CustomerFieldContribution[]>;

export interface EventHandler {
  /** Handler names must be unique: delivery is tracked per handler, so each runs once per event. */
  name: string;
  events: CustomerEventType[];
  /**
   * For the event types listed, only events that change one of these keys are delivered (the others
   * are passed over in the database, never loaded): e.g. `{ 'customer.balanceChanged': ['balance.xp'] }`.
   */
  changedKeys?: Partial<Record<CustomerEventType, string[]>>;
  /**
   * The event types whose `changes` the handler reads; events of its other types arrive with an empty
   * `changes` list, which the database then neither looks up nor sends (an imported customer's
   * creation lists every value it was given). Absent: every type's changes.
   */
  readsChanges?: CustomerEventType[];
  /**
   * Asked before a write that says what it wrote starts a delivery round at once: false when the
   * handler has nothing to do with such writes now (no automation listens to balances). It only
   * spares the round: the poll still delivers every event of the handler's types.
   */
  wants?(write: { type: CustomerEventType; keys: string[] }, services: PatronServices): boolean;
  /** Takes one event; a throw hands it (and the events after it) over again on a later round. */
  handle?(event: CustomerEvent, services: PatronServices): Promise<void>;
  /**
   * Instead of `handle`: takes a round's events at once (up to 500, in id order, of any workspaces),
   * for work done set-based (a million imported customers are a thousand calls, not a million). A
   * throw hands the whole round over again later, so each event's effect must happen once however
   * often it is delivered (as for `handle`: delivery is at least once).
   */
  handleMany?(events: CustomerEvent[], services: PatronServices): Promise<void>;
}

/**
 * What one-off work carries (`services.jobs.enqueue(name, payload)`): a `workspaceId` makes the run
 * the workspace's (its admins see it, payload included, on the Jobs screen); the rest is the job's own.
 */
export interface JobPayload {
  workspaceId?: string;
  [key: string]: unknown;
}

/** What a step may say of the run it is part of, and learn of it. */
export interface JobRunControl {
  /** The run's id, as the Jobs screen lists it. */
  id: string;
  /**
   * How far the run is (`done` of `total` units), shown on the Jobs screen. Answers false once the
   * run is no longer running (cancelled, or taken from this process): a long step then stops.
   */
  progress(done: number, total: number): Promise<boolean>;
}

/**
 * Background work on the job queue (PostgreSQL, pg-boss). It runs every `everyMs` (0: only when
 * asked), whenever something kicks it (`services.jobs.kick(name)`: kicks collapse, one run waiting
 * per job) and once per `services.jobs.enqueue(name, payload)` with that payload. A run calls `step`
 * until it returns false (true while there may be more to do at once); a step that throws fails the
 * run, which is retried with exponential backoff up to `retryLimit` times. Never two runs of one job
 * at once across all processes (per payload key for enqueued work); jobs still claim their work in
 * the database (`for update skip locked`), as a run may be retried after a crash.
 */
export interface JobDefinition {
  /** `<module>.<what>`, unique. */
  name: string;
  everyMs: number | (() => number);
  step(services: PatronServices, payload?: JobPayload, run?: JobRunControl): Promise<boolean>;
  /** Retries of a failed run (default PATRON_JOB_RETRY_LIMIT, 5). */
  retryLimit?: number;
  /**
   * Runs of this job one worker process takes at once (default the queue's, 1). Runs with the same
   * key never overlap; give each workspace's runs its key to let workspaces go side by side.
   */
  concurrency?: number;
  /**
   * Staff cancelled a run of this job that had started, on the Jobs screen: stop the module's own work
   * for good (mark its rows cancelled), so that no later run takes it up again. Called after the queue
   * has cancelled the run, with the run's payload; the run's step hears of it at its next progress
   * report. A run taken from a stopping process is not cancelled: its work waits for a later run.
   */
  cancelled?(services: PatronServices, payload: JobPayload): Promise<void>;
}

/** A kind of history event a module writes, and the outbox event it becomes after commit. */
export interface HistoryEventTypeDefinition {
  /** UPPER_SNAKE, e.g. `TIER_CHANGED`. */
  type: string;
  event: CustomerEventType;
}

/** Builds one service from the services of the modules it needs (each built on first use). */
export type ServiceFactory<K extends ServiceName> = (services: PatronServices) => PatronServices[K];

/**
 * One unit of the product: core domains and plugins register through this same shape. A module
 * declares the services it provides and the services of other modules it uses; at start every need
 * must be met by an enabled module, and a factory that reaches for a service it did not declare is
 * refused. Entities are MikroORM entity schemas, resolvers type-graphql classes whose root fields
 * each carry an `@Allow(...)` rule, migrations MikroORM migrations (`{ name, class }`).
 */
export interface PatronModule {
  name: string;
  /** Services of other modules this module's services, jobs and handlers use. */
  needs?: ServiceName[];
  services?: { [K in ServiceName]?: ServiceFactory<K> };
  entities?: unknown[];
  // biome-ignore lint/complexity/noBannedTypes: type-graphql resolvers are plain classes
  resolvers?: Function[];
  permissions?: PermissionDefinition[];
  eventHandlers?: EventHandler[];
  jobs?: JobDefinition[];
  historyEventTypes?: HistoryEventTypeDefinition[];
  /**
   * The audit log event types this module writes (`services.audit.record`), UPPER_SNAKE, e.g.
   * `STAFF_CREATED`; unique across modules (checked at start). They make the `AuditEventType` enum the
   * admin words each of; recording an undeclared type throws.
   */
  auditEventTypes?: readonly string[];
  attributes?: ContributedAttribute[];
  /** Rules on top of attribute types that admins may pick for their attributes (see AttributeFormatDefinition). */
  attributeFormats?: AttributeFormatDefinition[];
  customerFields?: CustomerFieldContribution[];
  customerFieldSources?: CustomerFieldSource[];
  migrations?: { name: string; class: unknown }[];
  /** Ways of reaching customers this module brings (see ChannelDefinition). */
  channels?: ChannelDefinition[];
  /** Tabs this module adds to the customer card, after the built-in ones (see CardTabDefinition). */
  cardTabs?: CardTabDefinition[];
  /** Runs once at every start, after the migrations (e.g. ensuring defaults in every workspace). */
  onStart?(services: PatronServices): Promise<void>;
  /** Runs when the app closes, before the database pools end (e.g. closing pooled connections). */
  onStop?(services: PatronServices): Promise<void>;
}

export function defineModule(module: PatronModule): PatronModule {
  return module;
}
