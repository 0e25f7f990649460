import type { MikroORM } from '@mikro-orm/postgresql';
import type { PatronModule, PatronServices } from '@patron/sdk';
import type { GraphQLSchema } from 'graphql';
import { migrate, openDatabase } from './db/orm.js';
import { PreparedPool } from './db/prepared-pool.js';
import { buildPatronSchema } from './graphql/schema.js';
import { AttributeService } from './modules/attributes/attribute.service.js';
import { AuthService } from './modules/auth/auth.service.js';
import { RolePermissions } from './modules/auth/role-permissions.js';
import { BulkJobService } from './modules/bulk-actions/bulk-job.service.js';
import { coreModules } from './modules/core-modules.js';
import { CustomerQueryService } from './modules/customer-search/customer-query.service.js';
import { CustomerService } from './modules/customers/customer.service.js';
import { OutboxDispatcher } from './modules/events/outbox-dispatcher.js';
import { GroupService } from './modules/groups/group.service.js';
import { groupFields } from './modules/groups/group-fields.js';
import { HistoryService } from './modules/history/history.service.js';
import { BalanceBatchRunner } from './modules/ledger/balance-batch.runner.js';
import { BalanceBatchService } from './modules/ledger/balance-batch.service.js';
import { balanceFields } from './modules/ledger/balance-fields.js';
import { CurrencyService } from './modules/ledger/currency.service.js';
import { ExpiryJob } from './modules/ledger/expiry.job.js';
import { LedgerService } from './modules/ledger/ledger.service.js';
import { LedgerReads } from './modules/ledger/ledger-reads.js';
import { ProgrammeService } from './modules/purchases/programme.service.js';
import { PurchaseService } from './modules/purchases/purchase.service.js';
import { PurchaseReads } from './modules/purchases/purchase-reads.js';
import { PurchaseReturnService } from './modules/purchases/purchase-return.service.js';
import { ReferralService } from './modules/purchases/referral.service.js';
import { RfmJob } from './modules/rfm/rfm.job.js';
import { RfmService } from './modules/rfm/rfm.service.js';
import { SegmentService } from './modules/segments/segment.service.js';
import { TagService } from './modules/tags/tag.service.js';
import { TierService } from './modules/tiers/tier.service.js';
import type { TierServices } from './modules/tiers/tier-events.js';
import { tierFields } from './modules/tiers/tier-fields.js';
import { TierReviewJob } from './modules/tiers/tier-review.job.js';
import { WorkspaceService } from './modules/workspaces/workspace.service.js';

export interface PatronApp {
  orm: MikroORM;
  modules: PatronModule[];
  schema: GraphQLSchema;
  rolePermissions: RolePermissions;
  attributes: AttributeService;
  customers: CustomerService;
  customerQuery: CustomerQueryService;
  tags: TagService;
  segments: SegmentService;
  bulkJobs: BulkJobService;
  history: HistoryService;
  currencies: CurrencyService;
  ledger: LedgerService;
  ledgerReads: LedgerReads;
  expiry: ExpiryJob;
  balanceBatches: BalanceBatchService;
  balanceBatchRunner: BalanceBatchRunner;
  rfm: RfmService;
  rfmJob: RfmJob;
  programme: ProgrammeService;
  purchases: PurchaseService;
  purchaseReturns: PurchaseReturnService;
  purchaseReads: PurchaseReads;
  referrals: ReferralService;
  tiers: TierService;
  tierReview: TierReviewJob;
  groups: GroupService;
  auth: AuthService;
  workspaces: WorkspaceService;
  services: PatronServices;
  outbox: OutboxDispatcher;
  close(): Promise<void>;
}

/**
 * Opens the database, applies migrations and database functions, and wires every module's services,
 * schema and handlers.
 */
export async function createPatronApp(options: {
  databaseUrl: string;
  plugins?: PatronModule[];
  log?: (message: string) => void;
  /** Poll for undelivered events; tests drain the outbox themselves. */
  pollEvents?: boolean;
  /** Database connections (default 10). */
  poolSize?: number;
}): Promise<PatronApp> {
  const log = options.log ?? ((m: string) => console.log(m));
  const modules = [...coreModules, ...(options.plugins ?? [])];
  const orm = await openDatabase(
    options.databaseUrl,
    modules.flatMap((m) => m.entities ?? []),
    options.poolSize,
  );
  try {
    const applied = await migrate(orm);
    if (applied.migrations.length) log(`applied migrations: ${applied.migrations.join(', ')}`);
    if (applied.functions.length) log(`applied database functions: ${applied.functions.join(', ')}`);

    const attributes = new AttributeService(
      orm,
      modules.flatMap((m) => m.attributes ?? []),
    );
    const history = new HistoryService(orm);
    const auth = new AuthService(orm);
    const services = {} as PatronServices;
    const handlers = modules.flatMap((m) => m.eventHandlers ?? []);
    const ledgerSql = new PreparedPool(options.databaseUrl, options.poolSize ?? 10);
    const outbox = new OutboxDispatcher(ledgerSql, handlers, services, log);
    const customers = new CustomerService(orm, attributes, history, () => outbox.kick());
    services.customers = customers;
    const customerQuery = new CustomerQueryService(
      orm,
      attributes,
      modules.flatMap((m) => (m.customerFields ?? []).map((field) => ({ module: m.name, field }))),
    );
    const segments = new SegmentService(orm, customerQuery);
    customerQuery.loadSegment = (viewer, id) => segments.saved(viewer, id);
    const tags = new TagService(orm, history, () => outbox.kick());
    const bulkJobs = new BulkJobService(orm, attributes, customers, customerQuery, tags, log);
    const currencies = new CurrencyService(orm);
    customerQuery.fieldSources.push(async (workspaceId) => balanceFields(await currencies.list(workspaceId)));
    const ledger = new LedgerService(ledgerSql, currencies, (written) => outbox.kick(written));
    const expiry = new ExpiryJob(ledger, log);
    const balanceBatchRunner = new BalanceBatchRunner(ledgerSql, (written) => outbox.kick(written), log);
    const balanceBatches = new BalanceBatchService(ledgerSql, currencies, customerQuery, () => {
      balanceBatchRunner.kick();
    });
    const tiers = new TierService(orm, currencies, () => outbox.kick());
    const tierReview = new TierReviewJob(tiers, log);
    (services as TierServices).tiers = tiers;
    customerQuery.fieldSources.push(async (workspaceId) => tierFields(await tiers.list(workspaceId)));
    const groups = new GroupService(orm, customerQuery, () => outbox.kick());
    customerQuery.fieldSources.push(async (workspaceId) => groupFields(await groups.list(workspaceId)));
    balanceBatches.groupMembers = (workspaceId, groupId, path) =>
      groups.membersWhere(workspaceId, groupId, path);
    const programme = new ProgrammeService(ledgerSql.query, currencies);
    const purchases = new PurchaseService(ledgerSql, ledger, currencies, programme, () => outbox.kick());
    const purchaseReturns = new PurchaseReturnService(ledgerSql, ledger, currencies, purchases, () =>
      outbox.kick(),
    );
    const referrals = new ReferralService(ledgerSql, ledger, currencies, purchases, () => outbox.kick());
    const rfm = new RfmService(orm);
    const rfmJob = new RfmJob(rfm, log);
    purchases.tierRules = (workspaceId, customerId) => tiers.rulesFor(workspaceId, customerId);
    await attributes.ensureContributed();
    await currencies.ensureDefaults();
    const statistics = await attributes.ensureStatistics();
    if (statistics) log(`created planner statistics for ${statistics} attribute filter(s)`);

    const app: PatronApp = {
      orm,
      modules,
      schema: await buildPatronSchema(modules),
      rolePermissions: new RolePermissions(modules.flatMap((m) => m.permissions ?? [])),
      attributes,
      customers,
      customerQuery,
      tags,
      segments,
      bulkJobs,
      history,
      currencies,
      ledger,
      ledgerReads: new LedgerReads(orm),
      expiry,
      balanceBatches,
      balanceBatchRunner,
      rfm,
      rfmJob,
      programme,
      purchases,
      purchaseReturns,
      purchaseReads: new PurchaseReads(ledgerSql.query),
      referrals,
      tiers,
      tierReview,
      groups,
      auth,
      workspaces: new WorkspaceService(orm, attributes, currencies, auth),
      services,
      outbox,
      async close() {
        await bulkJobs.stop();
        await expiry.stop();
        await tierReview.stop();
        await rfmJob.stop();
        await balanceBatchRunner.stop();
        await ledgerSql.end();
        await outbox.stop();
        await orm.close(true);
      },
    };
    if (options.pollEvents !== false) {
      outbox.start();
      bulkJobs.startPolling();
      expiry.start();
      tierReview.start();
      rfmJob.start();
      balanceBatchRunner.start();
    }
    return app;
  } catch (error) {
    await orm.close(true);
    throw error;
  }
}
