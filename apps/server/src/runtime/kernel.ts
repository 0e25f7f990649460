import type { MikroORM } from '@mikro-orm/postgresql';
import {
  type CardTabDefinition,
  type CustomerFieldContribution,
  defineModule,
  type PatronModule,
  type PatronServices,
} from '@patron/sdk';
import type { AnalyticsPool } from '../db/analytics-pool.js';
import type { PreparedPool } from '../db/prepared-pool.js';
import type { JobQueue } from '../jobs/job-queue.js';
import type { PasswordHashCost } from '../modules/auth/passwords.js';
import type { SessionPolicy } from '../modules/auth/session-policy.js';
import type { OutboxDispatcher } from '../modules/events/outbox-dispatcher.js';

declare module '@patron/sdk' {
  interface PatronServices {
    /** MikroORM, for entities; each service forks its own EntityManager. */
    orm: MikroORM;
    /** Named prepared statements for hot hand-written SQL (the ledger, purchases, batches). */
    sql: PreparedPool;
    /**
     * Reads for figures (the dashboard, the card's analytics): the read-only replica in
     * PATRON_ANALYTICS_DATABASE_URL when set, else the main database. Never for writes, nor for
     * reads that must see a write just made.
     */
    analyticsSql: AnalyticsPool;
    /** Delivers committed history events to event handlers; `kick` after a commit that wrote some. */
    events: OutboxDispatcher;
    /**
     * Every module's jobs on the PostgreSQL queue: `kick(name)` queues a run (kicks collapse) and
     * resolves when it is over; `enqueue(name, { workspaceId, ... })` queues one-off work whose
     * payload the job's `step` receives.
     */
    jobs: JobQueue;
    log: (message: string) => void;
    /** Every enabled module's declaration (attributes, fields, permissions and history types they bring). */
    modules: readonly PatronModule[];
    /** Every module's customer fields, fixed and per workspace, each read with its module's services. */
    customerFieldSources: readonly CustomerFieldSourceOf[];
    /** Every module's customer card tabs, each with its module's services (modules/card-tabs). */
    cardTabSources: readonly CardTabSource[];
    /** The idle timeout and absolute lifetime of staff sessions (PATRON_SESSION_*). */
    sessionPolicy: SessionPolicy;
    /** The argon2id cost of staff password hashes (tests use a cheap one). */
    passwordHashCost: PasswordHashCost;
    /** PATRON_SECRET_KEY and PATRON_PUBLIC_URL: what encrypts and signs, and the base of links in messages. */
    serverSecrets: ServerSecrets;
    /** PATRON_PUSH_SERVICE_HOSTS: the only hosts a customer's browser may name as its push service. */
    pushServiceHosts: readonly string[];
    /** PATRON_WEBHOOK_ALLOW_PRIVATE and the retry schedule of outgoing webhooks. */
    webhookSettings: WebhookSettings;
  }
}

export interface WebhookSettings {
  /** PATRON_WEBHOOK_ALLOW_PRIVATE: http:// and private or loopback hosts allowed (a local receiver). */
  allowPrivate: boolean;
  /** Seconds before each retry of a failed delivery; after the last one it is FAILED. */
  retryDelaysSeconds: readonly number[];
}

export interface ServerSecrets {
  /** Null when PATRON_SECRET_KEY is not set: nothing secret can be stored, no link signed. */
  secretKey: string | null;
  /** Without a trailing slash, e.g. https://crm.example.com. */
  publicUrl: string;
}

/** The customer fields one module contributes to a workspace. */
export interface CustomerFieldSourceOf {
  module: string;
  load(workspaceId: string): Promise<CustomerFieldContribution[]>;
}

/** A card tab as one module declared it, with the services that module may use. */
export interface CardTabSource {
  module: string;
  tab: CardTabDefinition;
  services: PatronServices;
}

/** What the server itself provides to every module: the database, events, jobs, the log. */
export interface KernelParts {
  orm: MikroORM;
  sql: PreparedPool;
  analyticsSql: AnalyticsPool;
  log: (message: string) => void;
  modules: readonly PatronModule[];
  /** Made once the services exist (they feed event handlers, jobs and field sources). */
  events: () => OutboxDispatcher;
  jobs: () => JobQueue;
  customerFieldSources: () => readonly CustomerFieldSourceOf[];
  cardTabSources: () => readonly CardTabSource[];
  sessionPolicy: SessionPolicy;
  passwordHashCost: PasswordHashCost;
  serverSecrets: ServerSecrets;
  pushServiceHosts: readonly string[];
  webhookSettings: WebhookSettings;
}

export function kernelModule(parts: KernelParts): PatronModule {
  return defineModule({
    name: 'kernel',
    services: {
      orm: () => parts.orm,
      sql: () => parts.sql,
      analyticsSql: () => parts.analyticsSql,
      log: () => parts.log,
      modules: () => parts.modules,
      events: () => parts.events(),
      jobs: () => parts.jobs(),
      customerFieldSources: () => parts.customerFieldSources(),
      cardTabSources: () => parts.cardTabSources(),
      sessionPolicy: () => parts.sessionPolicy,
      passwordHashCost: () => parts.passwordHashCost,
      serverSecrets: () => parts.serverSecrets,
      pushServiceHosts: () => parts.pushServiceHosts,
      webhookSettings: () => parts.webhookSettings,
    },
    jobs: [
      {
        // Delivered events older than a week; each run deletes batches until none is left.
        name: 'events.prune',
        everyMs: 60 * 60_000,
        step: ({ events }) => events.prune(),
      },
    ],
  });
}
