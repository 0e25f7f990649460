import { createHash, randomBytes } from 'node:crypto';
import type { MikroORM } from '@mikro-orm/postgresql';
import { refusal } from '../../graphql/errors.js';
import type { SessionPolicy } from './session-policy.js';
import { Staff } from './staff.entity.js';

const SESSION_CACHE_MS = 2000;
/** last_seen_at is written at most this often per session, not on every request. */
const TOUCH_EVERY_SECONDS = 60;
const USER_AGENT_MAX = 500;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export const hashToken = (token: string) => createHash('sha256').update(token).digest('hex');

export interface SessionInfo {
  id: string;
  createdAt: Date;
  lastSeenAt: Date;
  expiresAt: Date;
  ip: string | null;
  userAgent: string | null;
  current: boolean;
}

interface CacheEntry {
  at: number;
  staff: Promise<Staff | null>;
  staffId?: string;
}

/**
 * Staff sessions: a random token in an httpOnly cookie, its SHA-256 in `staff_session`. A session
 * ends when unused for the idle timeout, at its absolute end, or when signed out (one, or all of
 * the staff member's).
 */
export class StaffSessions {
  /**
   * Sessions seen in the last SESSION_CACHE_MS, by token hash: a till sending many requests costs one
   * lookup per window. Sign-out and changes to the staff member in this process drop their entries;
   * a change made by another process is seen within the window.
   */
  private readonly cache = new Map<string, CacheEntry>();

  constructor(
    private readonly orm: MikroORM,
    readonly policy: SessionPolicy,
  ) {}

  private get idle(): string {
    return `interval '${Number(this.policy.idleHours)} hours'`;
  }

  async start(
    staff: Staff,
    from: { ip: string; userAgent: string | null },
  ): Promise<{ token: string; expiresAt: Date }> {
    const token = randomBytes(32).toString('base64url');
    const [row] = await this.orm.em.getConnection().execute<{ expires_at: Date }[]>(
      `insert into staff_session (token_hash, staff_id, workspace_id, expires_at, ip, user_agent)
       values (?, ?, ?, now() + ? * interval '1 day', ?, ?) returning expires_at`,
      [
        hashToken(token),
        staff.id,
        staff.workspaceId,
        this.policy.maxDays,
        from.ip,
        from.userAgent?.slice(0, USER_AGENT_MAX) ?? null,
      ],
    );
    return { token, expiresAt: new Date(row?.expires_at as Date) };
  }

  async end(token: string): Promise<void> {
    const hash = hashToken(token);
    this.cache.delete(hash);
    await this.orm.em.getConnection().execute('delete from staff_session where token_hash = ?', [hash]);
  }

  /** The active staff member behind a session cookie, or null. */
  staffForToken(token: string): Promise<Staff | null> {
    const hash = hashToken(token);
    const now = Date.now();
    const hit = this.cache.get(hash);
    if (hit && now - hit.at < SESSION_CACHE_MS) return hit.staff;
    if (this.cache.size > 10_000) {
      for (const [key, entry] of this.cache) if (now - entry.at >= SESSION_CACHE_MS) this.cache.delete(key);
    }
    const staff = this.lookup(hash);
    const entry: CacheEntry = { at: now, staff };
    this.cache.set(hash, entry);
    staff.then(
      (s) => {
        entry.staffId = s?.id;
      },
      () => this.cache.delete(hash),
    );
    return staff;
  }

  /** Drops the staff member's cached sessions, and any still being looked up. */
  forgetStaff(staffId: string): void {
    for (const [key, entry] of this.cache) {
      if (entry.staffId === undefined || entry.staffId === staffId) this.cache.delete(key);
    }
  }

  private async lookup(tokenHash: string): Promise<Staff | null> {
    const conn = this.orm.em.getConnection();
    const [session] = await conn.execute<{ staff_id: string; stale: boolean }[]>(
      `select staff_id, last_seen_at <= now() - interval '${TOUCH_EVERY_SECONDS} seconds' as stale
         from staff_session
        where token_hash = ? and expires_at > now() and last_seen_at > now() - ${this.idle}`,
      [tokenHash],
    );
    if (!session) return null;
    if (session.stale) {
      await conn.execute('update staff_session set last_seen_at = now() where token_hash = ?', [tokenHash]);
    }
    return this.orm.em.fork().findOne(Staff, { id: session.staff_id, active: true });
  }

  /** The staff member's live sessions, most recently used first. */
  async list(staffId: string, currentToken: string | null): Promise<SessionInfo[]> {
    const current = currentToken ? hashToken(currentToken) : null;
    const rows = await this.orm.em.getConnection().execute<
      {
        id: string;
        created_at: Date;
        last_seen_at: Date;
        expires_at: Date;
        ip: string | null;
        user_agent: string | null;
        current: boolean;
      }[]
    >(
      `select id, created_at, last_seen_at, expires_at, ip, user_agent, token_hash = ? as current
         from staff_session
        where staff_id = ? and expires_at > now() and last_seen_at > now() - ${this.idle}
        order by last_seen_at desc, created_at desc`,
      [current, staffId],
    );
    return rows.map((r) => ({
      id: r.id,
      createdAt: new Date(r.created_at),
      lastSeenAt: new Date(r.last_seen_at),
      expiresAt: new Date(r.expires_at),
      ip: r.ip,
      userAgent: r.user_agent,
      current: r.current === true,
    }));
  }

  /** Ends one of the staff member's own sessions; another person's session is simply not found. */
  async signOut(staffId: string, sessionId: string): Promise<void> {
    if (!UUID.test(sessionId)) throw refusal('SESSION_NOT_FOUND');
    const rows = await this.orm.em
      .getConnection()
      .execute<{ token_hash: string }[]>(
        'delete from staff_session where staff_id = ? and id = ?::uuid returning token_hash',
        [staffId, sessionId],
      );
    if (!rows.length) throw refusal('SESSION_NOT_FOUND');
    for (const r of rows) this.cache.delete(r.token_hash);
  }

  /** Ends every session of the staff member, except the one with `keepToken` when given. */
  async signOutEverywhere(staffId: string, keepToken: string | null): Promise<number> {
    const rows = await this.orm.em
      .getConnection()
      .execute<{ token_hash: string }[]>(
        'delete from staff_session where staff_id = ? and token_hash is distinct from ? returning token_hash',
        [staffId, keepToken ? hashToken(keepToken) : null],
      );
    for (const r of rows) this.cache.delete(r.token_hash);
    return rows.length;
  }

  /** Deletes sessions past their absolute end or idle for longer than the timeout. */
  async prune(): Promise<number> {
    const rows = await this.orm.em.getConnection().execute<{ n: number }[]>(
      `with gone as (
         delete from staff_session where expires_at <= now() or last_seen_at <= now() - ${this.idle}
         returning 1)
       select count(*)::int as n from gone`,
    );
    return rows[0]?.n ?? 0;
  }
}
