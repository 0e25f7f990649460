import type { Actor } from '@patron/sdk';
import type { GraphQLError } from 'graphql';
import type { PreparedPool, Run } from '../../db/prepared-pool.js';
import { badInput, refusal } from '../../graphql/errors.js';
import type { ChannelService } from '../channels/channel.service.js';
import type { ConsentService } from '../consents/consent.service.js';
import { checkSubscription, type PushSubscriptionInput } from './subscription-input.js';
import { PUSH_KIND, VAPID_PUBLIC_KEY } from './web-push.provider.js';

/** The customer acting on their own pages (the SPA words it as "the customer"). */
const CUSTOMER_ACTOR: Actor = { kind: 'system', id: null, name: 'SelfService' };
/** Where a consent given by switching notifications on is said to come from. */
const CONSENT_FROM = { capturedVia: 'APP', source: 'self-service' } as const;
const USER_AGENT_MAX = 500;

export interface PushCustomer {
  workspaceId: string;
  customerId: string;
}

/**
 * The browsers a customer turned notifications on in, and the PUSH consent that goes with them:
 * subscribing grants it, removing the last subscription withdraws it, so the consent a mailing checks
 * always says whether the customer still wants notifications.
 */
export class PushSubscriptions {
  constructor(
    private readonly sql: PreparedPool,
    private readonly channels: ChannelService,
    private readonly consents: ConsentService,
    /** The push services an endpoint may be at (PUSH_SERVICE_HOSTS unless configured). */
    private readonly serviceHosts: readonly string[],
  ) {}

  /** The key browsers subscribe with: the public VAPID key of the workspace's push account. */
  async publicKey(workspaceId: string): Promise<string | null> {
    const account = await this.channels.accountFor(workspaceId, PUSH_KIND);
    return account?.settings[VAPID_PUBLIC_KEY] ?? null;
  }

  async subscribe(
    me: PushCustomer,
    input: PushSubscriptionInput,
    userAgent: string | null,
  ): Promise<boolean> {
    const { subscription, problems } = checkSubscription(input, this.serviceHosts);
    if (problems.length) throw badInput(problems);
    // Without an account nothing could ever reach this browser: say so rather than keep it.
    if (!(await this.publicKey(me.workspaceId))) throw refusal('PUSH_NOT_AVAILABLE');
    await this.sql.query(
      `insert into push_subscription (workspace_id, endpoint, customer_id, p256dh, auth, user_agent)
       values (?, ?, ?, ?, ?, ?)
       on conflict (workspace_id, endpoint) do update
         set customer_id = excluded.customer_id, p256dh = excluded.p256dh, auth = excluded.auth,
             user_agent = excluded.user_agent, created_at = now()`,
      [
        me.workspaceId,
        subscription.endpoint,
        me.customerId,
        subscription.p256dh,
        subscription.auth,
        userAgent?.slice(0, USER_AGENT_MAX) ?? null,
      ],
    );
    await this.consent(me, true);
    return true;
  }

  /**
   * Forgets this browser (false when it was not the customer's); the consent is withdrawn when none of
   * the customer's browsers is left.
   */
  async unsubscribe(me: PushCustomer, endpoint: string): Promise<boolean> {
    const gone = await this.sql.query<{ endpoint: string }>(
      'delete from push_subscription where workspace_id = ? and customer_id = ? and endpoint = ? returning endpoint',
      [me.workspaceId, me.customerId, endpoint.trim()],
    );
    // Another customer's browser, or one already forgotten: nothing of this customer's changed.
    if (gone.length === 0) return false;
    const [left] = await this.sql.query<{ n: number }>(
      'select count(*)::int as n from push_subscription where workspace_id = ? and customer_id = ?',
      [me.workspaceId, me.customerId],
    );
    if (!left?.n) await this.consent(me, false);
    return true;
  }

  /** A subscription the push service said is gone (404/410): messages to it can never arrive. */
  async forget(workspaceId: string, endpoint: string): Promise<void> {
    await this.sql.query('delete from push_subscription where workspace_id = ? and endpoint = ?', [
      workspaceId,
      endpoint,
    ]);
  }

  /** An erased customer keeps no browser of theirs. */
  async eraseWithin(run: Run, workspaceId: string, customerIds: readonly string[]): Promise<void> {
    await run('delete from push_subscription where workspace_id = ? and customer_id = any(?::uuid[])', [
      workspaceId,
      customerIds,
    ]);
  }

  /** Grants or withdraws PUSH; a consent already in that state is left as it is. */
  private async consent(me: PushCustomer, granted: boolean): Promise<void> {
    const change = { customerId: me.customerId, kind: 'PUSH' as const, ...CONSENT_FROM };
    try {
      if (granted) await this.consents.grant(me.workspaceId, CUSTOMER_ACTOR, change);
      else await this.consents.withdraw(me.workspaceId, CUSTOMER_ACTOR, change);
    } catch (error) {
      const code = ((error as GraphQLError).extensions?.problem as { code?: string } | undefined)?.code;
      if (code !== 'CONSENT_ALREADY_GRANTED' && code !== 'CONSENT_ALREADY_WITHDRAWN') throw error;
    }
  }
}
