import type { PreparedPool, Run } from '../../db/prepared-pool.js';
import type { SessionPolicy } from '../auth/session-policy.js';
import { newWorkspaceToken, readWorkspaceToken } from './workspace-token.js';

/** last_seen_at is written at most this often per session, not on every request. */
const TOUCH_EVERY_SECONDS = 60;
const USER_AGENT_MAX = 500;

/** The customer behind a self-service cookie: all a customer's fields need. */
export interface SelfServiceCaller {
  workspaceId: string;
  customerId: string;
}

/**
 * Self-service sessions: a random token in the customer's own httpOnly cookie, its SHA-256 in
 * `customer_session`. They follow the staff session policy (idle timeout, absolute end) and end at
 * sign-out, at a password change (the others) and as soon as the customer is deactivated or deleted
 * (the lookup reads the customer every time).
 */
export class CustomerSessions {
  constructor(
    private readonly sql: PreparedPool,
    private readonly policy: SessionPolicy,
  ) {}

  private get idle(): string {
    return `interval '${Number(this.policy.idleHours)} hours'`;
  }

  async start(
    caller: SelfServiceCaller,
    from: { ip: string; userAgent: string | null },
    run: Run = this.sql.query,
  ): Promise<{ token: string; expiresAt: Date }> {
    const { token, hash } = newWorkspaceToken(caller.workspaceId);
    const [row] = await run<{ expires_at: Date }>(
      `insert into customer_session (token_hash, workspace_id, customer_id, expires_at, ip, user_agent)
       values (?, ?, ?, now() + ? * interval '1 day', ?, ?) returning expires_at`,
      [
        hash,
        caller.workspaceId,
        caller.customerId,
        this.policy.maxDays,
        from.ip,
        from.userAgent?.slice(0, USER_AGENT_MAX) ?? null,
      ],
    );
    return { token, expiresAt: new Date(row?.expires_at as Date) };
  }

  async end(token: string): Promise<void> {
    const read = readWorkspaceToken(token);
    if (!read) return;
    await this.sql.query('delete from customer_session where workspace_id = ? and token_hash = ?', [
      read.workspaceId,
      read.hash,
    ]);
  }

  /** Ends every session of the customer but the one with `keepToken`. */
  async endOthers(run: Run, caller: SelfServiceCaller, keepToken: string | null): Promise<void> {
    await run(
      `delete from customer_session
        where workspace_id = ? and customer_id = ? and token_hash is distinct from ?`,
      [
        caller.workspaceId,
        caller.customerId,
        keepToken ? (readWorkspaceToken(keepToken)?.hash ?? null) : null,
      ],
    );
  }

  /** The active, live customer behind a cookie, or null. */
  async callerFor(token: string): Promise<SelfServiceCaller | null> {
    const read = readWorkspaceToken(token);
    if (!read) return null;
    const [row] = await this.sql.query<{ workspace_id: string; customer_id: string; stale: boolean }>(
      `select s.workspace_id, s.customer_id,
              s.last_seen_at <= now() - interval '${TOUCH_EVERY_SECONDS} seconds' as stale
         from customer_session s
         join customer c on c.workspace_id = s.workspace_id and c.id = s.customer_id
        where s.workspace_id = ? and s.token_hash = ? and s.expires_at > now() and s.last_seen_at > now() - ${this.idle}
          and c.deleted_at is null and c.status = 'ACTIVE'`,
      [read.workspaceId, read.hash],
    );
    if (!row) return null;
    if (row.stale)
      await this.sql.query(
        'update customer_session set last_seen_at = now() where workspace_id = ? and token_hash = ?',
        [read.workspaceId, read.hash],
      );
    return { workspaceId: row.workspace_id, customerId: row.customer_id };
  }

  /** Deletes sessions past their absolute end or idle for longer than the timeout. */
  async prune(): Promise<number> {
    const [row] = await this.sql.query<{ n: number }>(
      `with gone as (
         delete from customer_session where expires_at <= now() or last_seen_at <= now() - ${this.idle}
         returning 1)
       select count(*)::int as n from gone`,
      [],
    );
    return row?.n ?? 0;
  }
}
