import type { PatronServices } from '@patron/sdk';
import { badField } from '../../graphql/errors.js';
import { pageInfoOf } from '../../graphql/page-info.js';
import type { ConsentKindEnum, ConsentStateEnum } from '../consents/consent.types.js';
import { toCurrencyType } from '../currencies/currency.resolver.js';
import { fromMinor } from '../ledger/amounts.js';
import type { LedgerKindEnum } from '../ledger/ledger.types.js';
import { reasonCode } from '../ledger/ledger-reasons.js';
import { purchaseCursor } from '../purchases/purchase-reads.js';
import type { SelfServiceCaller } from './customer-sessions.js';
import type {
  SelfServiceAccountType,
  SelfServiceOperationConnection,
  SelfServicePurchaseConnection,
} from './self-service.types.js';

type Reads = Pick<
  PatronServices,
  | 'sql'
  | 'currencies'
  | 'ledgerReads'
  | 'ledgerIds'
  | 'customerTiers'
  | 'tiers'
  | 'consents'
  | 'purchaseReads'
>;

/**
 * What a signed-in customer reads of themselves, always by the session's own workspace and customer:
 * the fields are chosen for a customer's eyes (no staff comment, actor or internal id).
 */
export class SelfServiceReads {
  constructor(private readonly s: Reads) {}

  async account(me: SelfServiceCaller): Promise<SelfServiceAccountType> {
    const [row] = await this.s.sql.query<{ attributes: Record<string, unknown>; number: number | null }>(
      'select attributes, number from customer where workspace_id = ? and id = ?',
      [me.workspaceId, me.customerId],
    );
    const text = (key: string) => {
      const value = row?.attributes[key];
      return typeof value === 'string' ? value : '';
    };
    const [currencies, balances, tiers, statuses, consents] = await Promise.all([
      this.s.currencies.list(me.workspaceId),
      this.s.ledgerReads.balances(me.workspaceId, [me.customerId]),
      this.s.tiers.list(me.workspaceId),
      this.s.customerTiers.statuses(me.workspaceId, [me.customerId]),
      this.s.consents.current(me.workspaceId, [me.customerId]),
    ]);
    const mine = balances.get(me.customerId);
    const tierId = statuses.get(me.customerId)?.tierId ?? null;
    const tier = tiers.find((t) => t.id === tierId) ?? null;
    return {
      customerId: me.customerId,
      firstName: text('firstName'),
      lastName: text('lastName'),
      cardNumber: text('cardNumber') || null,
      email: text('email') || null,
      birthDate: text('birthDate') || null,
      gender: text('gender') || null,
      number: row?.number ?? null,
      tier: tier && { key: tier.key, name: tier.name },
      balances: currencies.map((c) => {
        const amount = fromMinor(mine?.get(c.id) ?? 0, c.decimals);
        return { currency: toCurrencyType(c), amount, value: amount * Number(c.unitValue) };
      }),
      consents: (consents.get(me.customerId) ?? []).map((c) => ({
        kind: c.kind as ConsentKindEnum,
        state: c.state as ConsentStateEnum,
        at: c.record?.at ?? null,
      })),
    };
  }

  async operations(
    me: SelfServiceCaller,
    first: number,
    after: string | null,
  ): Promise<SelfServiceOperationConnection> {
    if (first < 1 || first > 100) throw badField(['first'], 'PAGE_SIZE', { max: 100 });
    const ids = await this.s.ledgerIds.forWorkspace(me.workspaceId);
    const afterId = after == null ? null : ids.read(after);
    if (after != null && afterId === null) throw badField(['after'], 'CURSOR_INVALID');
    const page = await this.s.ledgerReads.operations(me.workspaceId, me.customerId, {
      first,
      after: afterId,
    });
    const edges = page.rows.map((op) => {
      const coded = reasonCode(op.reason);
      const node = {
        id: ids.show(op.id),
        currency: op.currency,
        kind: op.kind as LedgerKindEnum,
        amount: op.amount,
        balanceAfter: op.balanceAfter,
        expiresAt: op.expiresAt,
        reason: op.reason,
        reasonCode: coded?.code ?? null,
        reasonParams: coded ? { ...coded.params } : null,
        createdAt: op.createdAt,
      };
      return { cursor: node.id, node };
    });
    return { edges, pageInfo: pageInfoOf(edges, page.hasNextPage, after) };
  }

  async purchases(
    me: SelfServiceCaller,
    first: number,
    after: string | null,
  ): Promise<SelfServicePurchaseConnection> {
    if (first < 1 || first > 100) throw badField(['first'], 'PAGE_SIZE', { max: 100 });
    const page = await this.s.purchaseReads.page(me.workspaceId, me.customerId, {
      first,
      after,
      from: null,
      to: null,
    });
    const edges = page.rows.map((p) => ({
      cursor: purchaseCursor(p),
      node: {
        id: p.id,
        invoiceNumber: p.invoiceNumber,
        amount: p.amount,
        paidAmount: p.paidAmount,
        spentValue: p.spentValue,
        returnedAmount: p.returnedAmount,
        branch: p.branch,
        purchasedAt: p.purchasedAt,
      },
    }));
    return { edges, pageInfo: pageInfoOf(edges, page.hasNextPage, after) };
  }
}
