import { defineModule } from '@patron/sdk';
import { ImportResolver } from './import.resolver.js';
import { ImportRunner } from './import.runner.js';
import { ImportService } from './import.service.js';
import { importPermissions } from './import-permissions.js';
import { Migration20261205000022_imports } from './Migration20261205000022_imports.js';
import { Migration20261205000048_import_attach_duplicates } from './Migration20261205000048_import_attach_duplicates.js';
import { Migration20261207000001_import_operations } from './Migration20261207000001_import_operations.js';
import { Migration20261208100000_import_operations_by_date } from './Migration20261208100000_import_operations_by_date.js';
import { OperationImportRunner } from './operation-import.runner.js';
import { PurchaseImportRunner } from './purchase-import.runner.js';

declare module '@patron/sdk' {
  interface PatronServices {
    imports: ImportService;
    importRunner: ImportRunner;
  }
}

const RUN = 'imports.run';

/**
 * Importing customers, purchase history and points and balance history (ledger operations) from CSV
 * or XLSX files, applied in the background.
 */
export const importsModule = defineModule({
  name: 'imports',
  needs: [
    'sql',
    'attributes',
    'currencies',
    'tags',
    'ledger',
    'files',
    'workspaceSettings',
    'jobs',
    'events',
    'notifications',
    'purchases',
    'purchaseReturns',
    'consents',
    'customers',
    'branches',
  ],
  services: {
    imports: ({ sql, attributes, currencies, files, workspaceSettings, jobs, consents, branches }) =>
      new ImportService(
        sql,
        attributes,
        currencies,
        files,
        (workspaceId) => workspaceSettings.phoneCountry(workspaceId),
        // The workspace's own run: imports of two workspaces go side by side, one workspace's one after another.
        (workspaceId) => void jobs.enqueue(RUN, { workspaceId }, { key: workspaceId }).catch(() => {}),
        consents,
        branches,
      ),
    importRunner: ({
      sql,
      imports,
      attributes,
      tags,
      ledger,
      files,
      events,
      notifications,
      purchases,
      purchaseReturns,
      consents,
      customers,
      currencies,
    }) =>
      new ImportRunner(
        sql,
        imports,
        attributes,
        tags,
        ledger,
        files,
        () => events.kick(),
        notifications,
        new PurchaseImportRunner(sql, purchases, purchaseReturns),
        consents,
        customers,
        new OperationImportRunner(sql, ledger),
        currencies,
      ),
  },
  resolvers: [ImportResolver],
  permissions: importPermissions,
  // Customers had no id from another system; source and sub-source are system attributes.
  attributes: [
    {
      key: 'externalId',
      type: 'TEXT',
      group: 'main',
      label: { en: 'External ID', ru: 'Внешний ID', fa: 'شناسه خارجی' },
    },
  ],

  jobs: [
    {
      name: RUN,
      // The periodic run (no workspace) takes up imports left by a stopped process or a lost kick.
      everyMs: 3000,
      step: ({ importRunner }, payload, run) => importRunner.runNext(payload?.workspaceId, run),
      // Cancelled on the Jobs screen: the workspace's running import ends CANCELLED, as by its own cancel.
      cancelled: async ({ imports }, payload) => {
        if (payload.workspaceId) await imports.cancelRunning(payload.workspaceId);
      },
      // Two imports at once in a process (of two workspaces): a small import does not wait for a million-row one.
      concurrency: 2,
    },
    {
      name: 'imports.prune-staged',
      everyMs: 60 * 60 * 1000,
      // One delete takes every forgotten row: nothing is left for another round.
      step: async ({ importRunner }) => {
        await importRunner.pruneStaged();
        return false;
      },
    },
  ],
  migrations: [
    { name: 'Migration20261205000022_imports', class: Migration20261205000022_imports },
    {
      name: 'Migration20261205000048_import_attach_duplicates',
      class: Migration20261205000048_import_attach_duplicates,
    },
    { name: 'Migration20261207000001_import_operations', class: Migration20261207000001_import_operations },
    {
      name: 'Migration20261208100000_import_operations_by_date',
      class: Migration20261208100000_import_operations_by_date,
    },
  ],
});
