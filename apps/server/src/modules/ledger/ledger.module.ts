import { defineModule } from '@patron/sdk';
import { balanceFields } from './balance-fields.js';
import { LedgerResolver } from './ledger.resolver.js';
import { LedgerService } from './ledger.service.js';
import { BALANCE_CHANGED } from './ledger-history.js';
import { LedgerIds } from './ledger-ids.js';
import { ledgerPermissions } from './ledger-permissions.js';
import { LedgerReads } from './ledger-reads.js';
import { Migration20261205000006_ledger_id_key } from './Migration20261205000006_ledger_id_key.js';

declare module '@patron/sdk' {
  interface PatronServices {
    /** The one way to change a balance. */
    ledger: LedgerService;
    ledgerReads: LedgerReads;
    /** Operation ids as callers see them (per-workspace encryption of the internal ids). */
    ledgerIds: LedgerIds;
  }
}

/** Balances and the append-only ledger of operations, grants and their expiry. */
export const ledgerModule = defineModule({
  name: 'ledger',
  needs: ['sql', 'orm', 'currencies', 'events'],
  services: {
    ledger: ({ sql, currencies, events }) =>
      new LedgerService(sql, currencies, (written) => events.kick(written)),
    ledgerReads: ({ orm }) => new LedgerReads(orm),
    ledgerIds: ({ sql }) => new LedgerIds(sql),
  },
  resolvers: [LedgerResolver],
  permissions: ledgerPermissions,
  historyEventTypes: [BALANCE_CHANGED],
  migrations: [
    { name: 'Migration20261205000006_ledger_id_key', class: Migration20261205000006_ledger_id_key },
  ],
  customerFieldSources: [
    async (workspaceId, { currencies }) => balanceFields(await currencies.list(workspaceId)),
  ],
  jobs: [
    {
      name: 'ledger.expiry',
      everyMs: 60_000,
      step: async ({ ledger }) => (await ledger.expireDue(new Date())) > 0,
    },
  ],
});
