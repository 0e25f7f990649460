import type { MikroORM } from '@mikro-orm/postgresql';
import type { Actor, PatronModule, PermissionDefinition } from '@patron/sdk';
import { isUuid } from '../../common/ids.js';
import { emSql } from '../../db/em-sql.js';
import { pgArray } from '../../db/sql-array.js';
import { badInput, type FieldProblem, fieldProblem, refusal } from '../../graphql/errors.js';
import type { AuditService } from '../audit/audit.service.js';
import { hashOfPresented, newKey } from './api-key-secret.js';
import { RateLimiter } from './rate-limiter.js';

export const DEFAULT_REQUESTS_PER_MINUTE = 600;
const MAX_REQUESTS_PER_MINUTE = 100_000;
const MAX_NAME = 100;
/** How long a key looked up by its hash is trusted in this process; revoking here drops it at once. */
const CACHE_MS = 2000;
/** The last-used time is written at most this often per key. */
const TOUCH_MS = 60_000;

export interface ApiKeyRow {
  id: string;
  workspaceId: string;
  name: string;
  prefix: string;
  permissions: string[];
  requestsPerMinute: number;
  expiresAt: Date | null;
  createdAt: Date;
  createdByName: string;
  lastUsedAt: Date | null;
  revokedAt: Date | null;
  revokedByName: string | null;
}

export interface NewApiKeyInput {
  name: string;
  permissions: string[];
  expiresAt?: Date | null;
  requestsPerMinute?: number | null;
}

/** A request's key, checked: what the context makes its principal from. */
export interface ApiKeyCaller {
  id: string;
  workspaceId: string;
  name: string;
  permissions: ReadonlySet<string>;
}

type Presented =
  | { ok: true; caller: ApiKeyCaller }
  | { ok: false; code: 'API_KEY_INVALID' | 'API_KEY_REVOKED' | 'API_KEY_EXPIRED' }
  | { ok: false; code: 'API_KEY_RATE_LIMITED'; limit: number; retryAfterSeconds: number };

interface Row {
  id: string;
  workspace_id: string;
  name: string;
  prefix: string;
  permissions: string[];
  requests_per_minute: number;
  expires_at: Date | null;
  created_at: Date;
  created_by_name: string;
  last_used_at: Date | null;
  revoked_at: Date | null;
  revoked_by_name: string | null;
}

const toKey = (r: Row): ApiKeyRow => ({
  id: r.id,
  workspaceId: r.workspace_id,
  name: r.name,
  prefix: r.prefix,
  permissions: r.permissions,
  requestsPerMinute: r.requests_per_minute,
  expiresAt: r.expires_at && new Date(r.expires_at),
  createdAt: new Date(r.created_at),
  createdByName: r.created_by_name,
  lastUsedAt: r.last_used_at && new Date(r.last_used_at),
  revokedAt: r.revoked_at && new Date(r.revoked_at),
  revokedByName: r.revoked_by_name,
});

const COLUMNS = `id, workspace_id, name, prefix, permissions, requests_per_minute, expires_at, created_at,
  created_by_name, last_used_at, revoked_at, revoked_by_name`;

/**
 * API keys of partner apps: created by an admin with the permissions they hold, shown once, stored as
 * a hash; every request with one is checked here (revoked, expired, rate limit) before it runs.
 */
export class ApiKeyService {
  /** Keys looked up in the last CACHE_MS, by hash; a key revoked in another process is seen within it. */
  private readonly cache = new Map<string, { at: number; row: Promise<ApiKeyRow | null> }>();
  private readonly touched = new Map<string, number>();
  private readonly limiter = new RateLimiter();

  constructor(
    private readonly orm: MikroORM,
    private readonly audit: AuditService,
    private readonly modules: readonly PatronModule[],
  ) {}

  /** Every permission the enabled modules declare, in their order. */
  permissions(): PermissionDefinition[] {
    return this.modules.flatMap((m) => m.permissions ?? []);
  }

  /** Permissions reserved for people: a key never holds them and is refused where they are needed. */
  peopleOnly(): ReadonlySet<string> {
    return new Set(
      this.permissions()
        .filter((p) => p.peopleOnly)
        .map((p) => p.name),
    );
  }

  async list(workspaceId: string): Promise<ApiKeyRow[]> {
    const rows = await this.orm.em
      .getConnection()
      .execute<Row[]>(`select ${COLUMNS} from api_key where workspace_id = ? order by created_at desc, id`, [
        workspaceId,
      ]);
    return rows.map(toKey);
  }

  /** Creates a key; its secret is in the answer and nowhere else, ever. */
  async create(
    workspaceId: string,
    actor: Actor,
    input: NewApiKeyInput,
  ): Promise<{ key: ApiKeyRow; secret: string }> {
    const name = input.name.trim();
    const permissions = [...new Set(input.permissions)];
    const requestsPerMinute = input.requestsPerMinute ?? DEFAULT_REQUESTS_PER_MINUTE;
    const problems = this.inputProblems(name, permissions, requestsPerMinute, input.expiresAt ?? null);
    if (problems.length > 0) throw badInput(problems);
    const { key, prefix, hash } = newKey();
    const row = await this.orm.em.fork().transactional(async (em) => {
      const sql = emSql(em);
      const [inserted] = await sql.execute<Row[]>(
        `insert into api_key (workspace_id, name, prefix, secret_hash, permissions, requests_per_minute,
                              expires_at, created_by_id, created_by_name)
         values (?, ?, ?, ?, ?::text[], ?, ?, ?, ?) returning ${COLUMNS}`,
        [
          workspaceId,
          name,
          prefix,
          hash,
          pgArray(permissions),
          requestsPerMinute,
          input.expiresAt ?? null,
          actor.id,
          actor.name,
        ],
      );
      const created = toKey(inserted as Row);
      await this.audit.record(sql, {
        workspaceId,
        type: 'API_KEY_CREATED',
        actor,
        subject: created.id,
        details: { name, prefix, permissions, requestsPerMinute, expiresAt: input.expiresAt ?? null },
      });
      return created;
    });
    return { key: row, secret: key };
  }

  /** Revokes a key at once (in this process's cache too); revoking it again changes nothing. */
  async revoke(workspaceId: string, actor: Actor, id: string): Promise<ApiKeyRow> {
    if (!isUuid(id)) throw refusal('API_KEY_NOT_FOUND');
    const row = await this.orm.em.fork().transactional(async (em) => {
      const sql = emSql(em);
      const [revoked] = await sql.execute<Row[]>(
        `update api_key set revoked_at = now(), revoked_by_name = ?
          where workspace_id = ? and id = ?::uuid and revoked_at is null returning ${COLUMNS}`,
        [actor.name, workspaceId, id],
      );
      if (!revoked) return null;
      await this.audit.record(sql, {
        workspaceId,
        type: 'API_KEY_REVOKED',
        actor,
        subject: revoked.id,
        details: { name: revoked.name, prefix: revoked.prefix },
      });
      return toKey(revoked);
    });
    this.forget(id);
    if (row) return row;
    const [existing] = await this.orm.em
      .getConnection()
      .execute<Row[]>(`select ${COLUMNS} from api_key where workspace_id = ? and id = ?::uuid`, [
        workspaceId,
        id,
      ]);
    if (!existing) throw refusal('API_KEY_NOT_FOUND');
    return toKey(existing);
  }

  /**
   * Checks a key a request presents: well-formed, known, not revoked, not expired and within its rate
   * limit (each call counts as one request); notes when it was last used.
   */
  async present(presented: string): Promise<Presented> {
    const hash = hashOfPresented(presented);
    const key = hash ? await this.byHash(hash) : null;
    if (!key) return { ok: false, code: 'API_KEY_INVALID' };
    if (key.revokedAt) return { ok: false, code: 'API_KEY_REVOKED' };
    if (key.expiresAt && key.expiresAt.getTime() <= Date.now()) return { ok: false, code: 'API_KEY_EXPIRED' };
    const retryAfterSeconds = this.limiter.take(key.id, key.requestsPerMinute);
    if (retryAfterSeconds > 0) {
      return { ok: false, code: 'API_KEY_RATE_LIMITED', limit: key.requestsPerMinute, retryAfterSeconds };
    }
    await this.touch(key);
    const grantable = new Set(this.grantable().map((p) => p.name));
    return {
      ok: true,
      caller: {
        id: key.id,
        workspaceId: key.workspaceId,
        name: key.name,
        // A permission whose module is no longer enabled, or that became people-only, is not held.
        permissions: new Set(key.permissions.filter((p) => grantable.has(p))),
      },
    };
  }

  /** The permissions a key may hold: every declared one but the people-only ones. */
  grantable(): PermissionDefinition[] {
    return this.permissions().filter((p) => !p.peopleOnly);
  }

  private inputProblems(
    name: string,
    permissions: string[],
    requestsPerMinute: number,
    expiresAt: Date | null,
  ): FieldProblem[] {
    const problems: FieldProblem[] = [];
    if (!name) problems.push(fieldProblem(['input', 'name'], 'REQUIRED'));
    if (name.length > MAX_NAME) problems.push(fieldProblem(['input', 'name'], 'TOO_LONG', { max: MAX_NAME }));
    if (permissions.length === 0)
      problems.push(fieldProblem(['input', 'permissions'], 'API_KEY_PERMISSIONS_REQUIRED'));
    const declared = new Map(this.permissions().map((p) => [p.name, p]));
    permissions.forEach((permission, i) => {
      const at = ['input', 'permissions', i];
      const definition = declared.get(permission);
      if (!definition) problems.push(fieldProblem(at, 'API_KEY_PERMISSION_UNKNOWN', { permission }));
      else if (definition.peopleOnly)
        problems.push(fieldProblem(at, 'API_KEY_PERMISSION_PERSON_ONLY', { permission }));
    });
    if (
      !Number.isInteger(requestsPerMinute) ||
      requestsPerMinute < 1 ||
      requestsPerMinute > MAX_REQUESTS_PER_MINUTE
    )
      problems.push(
        fieldProblem(['input', 'requestsPerMinute'], 'NUMBER_RANGE', {
          min: 1,
          max: MAX_REQUESTS_PER_MINUTE,
        }),
      );
    if (expiresAt && expiresAt.getTime() <= Date.now())
      problems.push(fieldProblem(['input', 'expiresAt'], 'EXPIRY_NOT_FUTURE'));
    return problems;
  }

  private byHash(hash: string): Promise<ApiKeyRow | null> {
    const now = Date.now();
    const hit = this.cache.get(hash);
    if (hit && now - hit.at < CACHE_MS) return hit.row;
    if (this.cache.size > 10_000) {
      for (const [k, entry] of this.cache) if (now - entry.at >= CACHE_MS) this.cache.delete(k);
    }
    const row = this.orm.em
      .getConnection()
      .execute<Row[]>(`select ${COLUMNS} from api_key where secret_hash = ?`, [hash])
      .then(([r]) => (r ? toKey(r) : null));
    this.cache.set(hash, { at: now, row });
    row.catch(() => this.cache.delete(hash));
    return row;
  }

  /** Revocations are rare, so the whole cache goes (lookups still running too), not just the key. */
  private forget(id: string): void {
    this.limiter.forget(id);
    this.cache.clear();
  }

  private async touch(key: ApiKeyRow): Promise<void> {
    const now = Date.now();
    if (now - (this.touched.get(key.id) ?? 0) < TOUCH_MS) return;
    this.touched.set(key.id, now);
    // The condition keeps it once a minute across processes too.
    await this.orm.em.getConnection().execute(
      `update api_key set last_used_at = now()
          where workspace_id = ? and id = ? and (last_used_at is null or last_used_at < now() - interval '1 minute')`,
      [key.workspaceId, key.id],
    );
  }
}
