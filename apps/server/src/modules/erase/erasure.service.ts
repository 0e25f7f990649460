import type { Actor } from '@patron/sdk';
import { isUuid } from '../../common/ids.js';
import type { PreparedPool, Run } from '../../db/prepared-pool.js';
import { refusal } from '../../graphql/errors.js';
import type { AuditService } from '../audit/audit.service.js';
import { recordHistory } from '../history/history.service.js';
import { CUSTOMER_ERASED } from './erase-history.js';
import { scrubHistory } from './history-scrub.js';

/**
 * A module's share of an erasure (its notes, consents…), run inside the erasure's transaction with
 * the erased profiles' ids (the customer and its child profiles). A hook that throws undoes it all.
 */
export type EraseHook = (run: Run, workspaceId: string, customerIds: readonly string[]) => Promise<void>;

export interface Erased {
  customerId: string;
  /** The customer and its child profiles. */
  profiles: number;
  historyEvents: number;
}

interface Row {
  id: string;
  status: string;
  main_customer_id: string | null;
}

/**
 * Erases a customer's personal data on their request, in one transaction: attribute values, search
 * text and the personal values in history (the events stay), for the customer and its child
 * profiles; what other modules registered with onErase. The ledger, purchases and their totals stay;
 * the profile keeps its id with status ERASED, which updates and merges refuse.
 */
export class ErasureService {
  private readonly hooks: { module: string; hook: EraseHook }[] = [];

  constructor(
    private readonly sql: PreparedPool,
    private readonly audit: AuditService,
    private readonly afterCommit: () => void,
  ) {}

  /** Lets a module erase its own personal data with the customer's (see README). */
  onErase(module: string, hook: EraseHook): void {
    this.hooks.push({ module, hook });
  }

  async erase(workspaceId: string, customerId: string, actor: Actor): Promise<Erased> {
    if (!isUuid(customerId)) throw refusal('CUSTOMER_NOT_FOUND');
    const result = await this.sql.transaction(async (run) => {
      // The customer and its child profiles (attached or merged into it) hold its personal data too.
      const rows = await run<Row>(
        `select id, status, main_customer_id from customer
          where workspace_id = ? and (id = ? or main_customer_id = ?) order by id for update`,
        [workspaceId, customerId, customerId],
      );
      const customer = rows.find((r) => r.id === customerId);
      if (!customer) throw refusal('CUSTOMER_NOT_FOUND');
      if (customer.status === 'ERASED') throw refusal('CUSTOMER_ALREADY_ERASED');
      const ids = rows.map((r) => r.id);
      await run(
        `update customer set attributes = '{}'::jsonb, folded = '{}'::jsonb, search_text = '',
                status = 'ERASED', updated_at = now()
          where workspace_id = ? and id = any(?::uuid[])`,
        [workspaceId, ids],
      );
      // A balance batch line keeps the phone or card number it was matched by.
      await run(
        `update balance_batch_row set identifier = '' where workspace_id = ? and customer_id = any(?::uuid[])`,
        [workspaceId, ids],
      );
      const historyEvents = await scrubHistory(run, workspaceId, ids);
      for (const { hook } of this.hooks) await hook(run, workspaceId, ids);
      await recordHistory(run, workspaceId, customerId, CUSTOMER_ERASED, actor, [
        { key: 'status', oldValue: customer.status, newValue: 'ERASED' },
      ]);
      await this.audit.record(run, {
        workspaceId,
        type: 'CUSTOMER_ERASED',
        actor,
        subject: customerId,
        details: { profiles: ids.length, historyEvents },
      });
      return { customerId, profiles: ids.length, historyEvents };
    });
    this.afterCommit();
    return result;
  }
}
