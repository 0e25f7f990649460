import { randomBytes, randomUUID } from 'node:crypto';
import type { Actor } from '@patron/sdk';
import { isUuid } from '../../common/ids.js';
import { visibleText } from '../../common/text.js';
import type { PreparedPool, Run } from '../../db/prepared-pool.js';
import { badInput, type FieldProblem, fieldProblem, refusal } from '../../graphql/errors.js';
import type { ServerSecrets, WebhookSettings } from '../../runtime/kernel.js';
import type { AuditService } from '../audit/audit.service.js';
import { ServerKeys } from '../channels/server-keys.js';
import { ALL_EVENTS, WEBHOOK_EVENT_TYPES } from './webhook-events.js';
import { urlProblem } from './webhook-url.js';

export interface Webhook {
  id: string;
  name: string;
  url: string;
  /** Event types, or ['*'] for every one. */
  events: string[];
  enabled: boolean;
  createdAt: Date;
  updatedAt: Date;
}

export interface WebhookInput {
  name: string;
  url: string;
  events: string[];
  enabled?: boolean | null;
}

export const WEBHOOK_NAME_MAX = 100;

/** Audit event types this module writes; the subject of each is the webhook's name. */
export const WEBHOOK_AUDIT_TYPES = [
  'WEBHOOK_CREATED',
  'WEBHOOK_UPDATED',
  'WEBHOOK_DELETED',
  'WEBHOOK_SECRET_ROTATED',
] as const;

const COLUMNS = `id, name, url, events, enabled, created_at as "createdAt", updated_at as "updatedAt"`;

/** The encrypted secret is bound to its row: copied to another webhook it does not decrypt. */
export const secretContext = (workspaceId: string, id: string) => `webhook:${workspaceId}:${id}`;

/** `whsec_` and 32 random bytes: what receivers key their HMAC with. */
const newSecret = () => `whsec_${randomBytes(32).toString('base64url')}`;

/**
 * A workspace's webhooks: where partner apps want customer events sent, which types, and the secret
 * each delivery is signed with. The secret is made by the server, shown once (on create and rotate)
 * and stored encrypted with PATRON_SECRET_KEY (WEBHOOK_SECRET_KEY_MISSING without it). Every change
 * writes an audit event in its transaction (`WEBHOOK_AUDIT_TYPES`); disabling a webhook cancels its
 * pending deliveries and deleting it deletes them.
 */
export class WebhookService {
  private readonly keys: ServerKeys | null;
  /** Whether any workspace has an enabled webhook: see `listening`. */
  private readonly listeners = { any: true, checkedAt: 0, checking: false };

  constructor(
    private readonly sql: PreparedPool,
    private readonly audit: AuditService,
    secrets: ServerSecrets,
    private readonly settings: WebhookSettings,
  ) {
    this.keys = secrets.secretKey ? new ServerKeys(secrets.secretKey) : null;
  }

  /**
   * Whether an enabled webhook exists in any workspace, so that a write starts a delivery round at
   * once: read from the database at most every 5 s (in the background; until then the last answer,
   * or yes), yes at once after a save here. A stale no only delays delivery until the outbox's poll.
   */
  listening(): boolean {
    const state = this.listeners;
    if (!state.checking && Date.now() - state.checkedAt > 5_000) {
      state.checking = true;
      this.sql
        .query<{ any: boolean }>('select exists (select 1 from webhook where enabled) as any', [])
        .then(([row]) => Object.assign(state, { any: Boolean(row?.any), checkedAt: Date.now() }))
        .catch(() => {})
        .finally(() => {
          state.checking = false;
        });
    }
    return state.any;
  }

  async list(workspaceId: string): Promise<Webhook[]> {
    return this.sql.query<Webhook>(
      `select ${COLUMNS} from webhook where workspace_id = ? order by name, id`,
      [workspaceId],
    );
  }

  async get(workspaceId: string, id: string): Promise<Webhook | null> {
    if (!isUuid(id)) return null;
    const [row] = await this.sql.query<Webhook>(
      `select ${COLUMNS} from webhook where workspace_id = ? and id = ?`,
      [workspaceId, id],
    );
    return row ?? null;
  }

  async create(
    actor: Actor,
    workspaceId: string,
    input: WebhookInput,
  ): Promise<{ webhook: Webhook; secret: string }> {
    const value = this.checked(input);
    const keys = this.requireKeys();
    const id = randomUUID();
    const secret = newSecret();
    return this.sql
      .transaction(async (run) => {
        const [row] = await run<Webhook>(
          `insert into webhook (workspace_id, id, name, url, events, enabled, secret)
         values (?, ?, ?, ?, ?::text[], ?, ?) returning ${COLUMNS}`,
          [
            workspaceId,
            id,
            value.name,
            value.url,
            value.events,
            value.enabled ?? true,
            keys.encrypt(secret, secretContext(workspaceId, id)),
          ],
        );
        const webhook = row as Webhook;
        await this.record(run, actor, workspaceId, 'WEBHOOK_CREATED', webhook, describe(webhook));
        return { webhook, secret };
      })
      .finally(() => this.heard());
  }

  async update(actor: Actor, workspaceId: string, id: string, input: WebhookInput): Promise<Webhook> {
    const value = this.checked(input);
    return this.sql
      .transaction(async (run) => {
        const current = await this.locked(run, workspaceId, id);
        const [row] = await run<Webhook>(
          `update webhook set name = ?, url = ?, events = ?::text[], enabled = ?, updated_at = now()
          where workspace_id = ? and id = ? returning ${COLUMNS}`,
          [value.name, value.url, value.events, value.enabled ?? current.enabled, workspaceId, id],
        );
        const webhook = row as Webhook;
        if (current.enabled && !webhook.enabled)
          await run(
            `update webhook_delivery set state = 'CANCELLED', next_attempt_at = null
            where workspace_id = ? and webhook_id = ? and state = 'PENDING'`,
            [workspaceId, id],
          );
        if (JSON.stringify(describe(current)) !== JSON.stringify(describe(webhook)))
          await this.record(run, actor, workspaceId, 'WEBHOOK_UPDATED', webhook, {
            from: describe(current),
            to: describe(webhook),
          });
        return webhook;
      })
      .finally(() => this.heard());
  }

  /** Deletes the webhook and its deliveries (pending ones are never sent). */
  async delete(actor: Actor, workspaceId: string, id: string): Promise<string> {
    await this.sql.transaction(async (run) => {
      const current = await this.locked(run, workspaceId, id);
      await run('delete from webhook where workspace_id = ? and id = ?', [workspaceId, id]);
      await this.record(run, actor, workspaceId, 'WEBHOOK_DELETED', current, describe(current));
    });
    return id;
  }

  /** A new secret, shown this once; deliveries from now on (retries too) are signed with it. */
  async rotateSecret(
    actor: Actor,
    workspaceId: string,
    id: string,
  ): Promise<{ webhook: Webhook; secret: string }> {
    const keys = this.requireKeys();
    const secret = newSecret();
    return this.sql.transaction(async (run) => {
      const current = await this.locked(run, workspaceId, id);
      const [row] = await run<Webhook>(
        `update webhook set secret = ?, updated_at = now() where workspace_id = ? and id = ? returning ${COLUMNS}`,
        [keys.encrypt(secret, secretContext(workspaceId, id)), workspaceId, id],
      );
      await this.record(run, actor, workspaceId, 'WEBHOOK_SECRET_ROTATED', current, { id });
      return { webhook: row as Webhook, secret };
    });
  }

  /** The plain secret of a stored one; null when PATRON_SECRET_KEY is gone or changed. */
  reveal(workspaceId: string, id: string, sealed: string): string | null {
    return this.keys?.decrypt(sealed, secretContext(workspaceId, id)) ?? null;
  }

  /** After a save: listening at once, and read again on the next question. */
  private heard(): void {
    Object.assign(this.listeners, { any: true, checkedAt: 0 });
  }

  private requireKeys(): ServerKeys {
    if (!this.keys) throw refusal('WEBHOOK_SECRET_KEY_MISSING');
    return this.keys;
  }

  private checked(input: WebhookInput): WebhookInput {
    const problems: FieldProblem[] = [];
    const name = visibleText(input.name ?? '').replace(/\s+/g, ' ');
    if (!name) problems.push(fieldProblem(['input', 'name'], 'REQUIRED'));
    else if (name.length > WEBHOOK_NAME_MAX)
      problems.push(fieldProblem(['input', 'name'], 'TOO_LONG', { max: WEBHOOK_NAME_MAX }));
    const url = (input.url ?? '').trim();
    const bad = urlProblem(url, this.settings.allowPrivate);
    if (bad) problems.push(bad);
    const events = [...new Set((input.events ?? []).map((e) => e.trim()))];
    if (events.length === 0) problems.push(fieldProblem(['input', 'events'], 'WEBHOOK_EVENTS_REQUIRED'));
    events.forEach((event, i) => {
      if (event !== ALL_EVENTS && !(WEBHOOK_EVENT_TYPES as string[]).includes(event))
        problems.push(fieldProblem(['input', 'events', i], 'WEBHOOK_EVENT_UNKNOWN', { event }));
    });
    if (problems.length) throw badInput(problems);
    return { name, url, events: events.includes(ALL_EVENTS) ? [ALL_EVENTS] : events, enabled: input.enabled };
  }

  private async locked(run: Run, workspaceId: string, id: string): Promise<Webhook> {
    const [row] = isUuid(id)
      ? await run<Webhook>(`select ${COLUMNS} from webhook where workspace_id = ? and id = ? for update`, [
          workspaceId,
          id,
        ])
      : [];
    if (!row) throw refusal('WEBHOOK_NOT_FOUND');
    return row;
  }

  private record(
    run: Run,
    actor: Actor,
    workspaceId: string,
    type: (typeof WEBHOOK_AUDIT_TYPES)[number],
    webhook: Webhook,
    details: Record<string, unknown>,
  ): Promise<void> {
    return this.audit.record(run, { workspaceId, type, actor, subject: webhook.name, details });
  }
}

/** What the audit keeps of a webhook: never its secret. */
const describe = (w: Webhook) => ({
  id: w.id,
  name: w.name,
  url: w.url,
  events: w.events,
  enabled: w.enabled,
});
