import { defineModule } from '@patron/sdk';
import { balanceFields } from './balance-fields.js';
import { LedgerResolver } from './ledger.resolver.js';
import { LedgerService } from './ledger.service.js';
import { BALANCE_CHANGED } from './ledger-history.js';
import { ledgerPermissions } from './ledger-permissions.js';
import { LedgerReads } from './ledger-reads.js';

declare module '@patron/sdk' {
  interface PatronServices {
    /** The one way to change a balance. */
    ledger: LedgerService;
    ledgerReads: LedgerReads;
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
  },
  resolvers: [LedgerResolver],
  permissions: ledgerPermissions,
  historyEventTypes: [BALANCE_CHANGED],
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
