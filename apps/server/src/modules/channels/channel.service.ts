import { randomBytes, randomUUID, timingSafeEqual } from 'node:crypto';
import type {
  Actor,
  ChannelDefinition,
  DeliveryReport,
  OutgoingMessage,
  PatronModule,
  SendOutcome,
  WebhookRequest,
} from '@patron/sdk';
import type { GraphQLError } from 'graphql';
import { isUuid } from '../../common/ids.js';
import type { PreparedPool, Run } from '../../db/prepared-pool.js';
import { badField, badInput, refusal } from '../../graphql/errors.js';
import type { ServerSecrets } from '../../runtime/kernel.js';
import type { AuditService } from '../audit/audit.service.js';
import type { ConsentService } from '../consents/consent.service.js';
import { type CaptureChannel, type ConsentKind, isConsentKind } from '../consents/consent-kinds.js';
import { checkSettings, missingRequired, type SettingInput } from './account-settings.js';
import { ChannelRegistry } from './channel-registry.js';
import { ServerKeys } from './server-keys.js';
import { compactToken, readCompactToken, readSignedToken, signedToken } from './signed-token.js';
import { readUnsubscribeToken, type UnsubscribeTarget, unsubscribeToken } from './unsubscribe-token.js';

/** A workspace's account with one provider, as the API shows it: secrets only by their keys. */
export interface ChannelAccount {
  id: string;
  workspaceId: string;
  provider: string;
  kind: string;
  name: string;
  enabled: boolean;
  isDefault: boolean;
  settings: Record<string, string>;
  /** The secret settings that have a value stored. */
  secretKeys: string[];
  webhookToken: string;
  createdAt: Date;
  updatedAt: Date;
}

export interface SaveAccountInput {
  /** Absent for a new account. */
  id?: string | null;
  provider: string;
  name: string;
  enabled: boolean;
  isDefault: boolean;
  settings: SettingInput[];
}

export interface DeliveryReportBatch {
  workspaceId: string;
  accountId: string;
  reports: DeliveryReport[];
}

/** One account ready to send many messages (see `senderFor`). */
export interface ChannelSender {
  accountId: string;
  /** Never throws for what happens at the provider: that is in the outcome. */
  send(message: OutgoingMessage): Promise<SendOutcome & { accountId: string }>;
}

export type DeliveryReportListener = (batch: DeliveryReportBatch) => Promise<void>;

/** An address a provider said no longer exists (a push subscription gone, a chat deleted). */
export interface RejectedAddress {
  workspaceId: string;
  kind: string;
  provider: string;
  address: string;
}

interface AccountRow {
  workspace_id: string;
  id: string;
  provider: string;
  kind: string;
  name: string;
  enabled: boolean;
  is_default: boolean;
  settings: Record<string, string>;
  secrets: string | null;
  secret_keys: string[];
  webhook_token: string;
  created_at: Date;
  updated_at: Date;
}

const COLUMNS =
  'workspace_id, id, provider, kind, name, enabled, is_default, settings, secrets, secret_keys, webhook_token, created_at, updated_at';
const NAME_MAX = 100;

const toAccount = (r: AccountRow): ChannelAccount => ({
  id: r.id,
  workspaceId: r.workspace_id,
  provider: r.provider,
  kind: r.kind,
  name: r.name,
  enabled: r.enabled,
  isDefault: r.is_default,
  settings: r.settings,
  secretKeys: r.secret_keys,
  webhookToken: r.webhook_token,
  createdAt: new Date(r.created_at),
  updatedAt: new Date(r.updated_at),
});

/** The AES-GCM associated data: a row's secrets decrypt only in that row. */
const secretContext = (workspaceId: string, id: string) => `channel_account:${workspaceId}:${id}`;

/**
 * Channel accounts and sending through them. Each module's `channels` bring providers; a workspace
 * saves an account per provider it uses (secrets encrypted with PATRON_SECRET_KEY) and marks one
 * account per kind the default. Mailings call `send`; delivery reports reach `onDeliveryReport`
 * listeners; unsubscribe links are signed, so nothing is stored per message.
 */
export class ChannelService {
  private readonly registry: ChannelRegistry;
  private readonly keys: ServerKeys | null;
  private readonly listeners: DeliveryReportListener[] = [];
  private readonly unsubscribeListeners: ((target: UnsubscribeTarget) => Promise<void>)[] = [];
  private readonly rejectedListeners: ((rejected: RejectedAddress) => Promise<void>)[] = [];

  constructor(
    modules: readonly PatronModule[],
    private readonly sql: PreparedPool,
    private readonly audit: AuditService,
    private readonly secrets: ServerSecrets,
    private readonly consents: ConsentService,
  ) {
    this.registry = new ChannelRegistry(modules);
    this.keys = secrets.secretKey ? new ServerKeys(secrets.secretKey) : null;
  }

  providers(): ChannelDefinition[] {
    return this.registry.all();
  }

  /** The first channel of a kind (providers of one kind share its consent and address). */
  definitionFor(kind: string): ChannelDefinition | undefined {
    return this.registry.ofKind(kind);
  }

  /** SQL over the customer row `c` giving the address, or null when no channel sends this kind. */
  addressSql(kind: string): string | null {
    return this.registry.ofKind(kind)?.addressSql ?? null;
  }

  consentFor(kind: string): string | null {
    return this.registry.ofKind(kind)?.consent ?? null;
  }

  async accounts(workspaceId: string): Promise<ChannelAccount[]> {
    const rows = await this.sql.query<AccountRow>(
      `select ${COLUMNS} from channel_account where workspace_id = ? order by kind, lower(name)`,
      [workspaceId],
    );
    return rows.map(toAccount);
  }

  async account(workspaceId: string, id: string): Promise<ChannelAccount> {
    return toAccount(await this.row(this.sql.query, workspaceId, id));
  }

  /** The account messages of this kind go through: the default one, when it is enabled. */
  async accountFor(workspaceId: string, kind: string): Promise<ChannelAccount | null> {
    const [row] = await this.sql.query<AccountRow>(
      `select ${COLUMNS} from channel_account where workspace_id = ? and kind = ? and is_default and enabled`,
      [workspaceId, kind],
    );
    return row ? toAccount(row) : null;
  }

  async save(workspaceId: string, actor: Actor, input: SaveAccountInput): Promise<ChannelAccount> {
    const definition = this.registry.provider(input.provider);
    if (!definition)
      throw badField(['input', 'provider'], 'CHANNEL_PROVIDER_UNKNOWN', { provider: input.provider });
    const name = input.name.trim();
    const checked = checkSettings(definition, input.settings);
    if (!name) checked.problems.unshift({ path: ['input', 'name'], code: 'REQUIRED', params: {} });
    else if (name.length > NAME_MAX)
      checked.problems.unshift({ path: ['input', 'name'], code: 'TOO_LONG', params: { max: NAME_MAX } });
    if (checked.problems.length) throw badInput(checked.problems);
    const setsSecret = Object.values(checked.secretChanges).some((v) => v !== null);
    if (setsSecret && !this.keys) throw refusal('CHANNEL_SECRET_KEY_MISSING');

    const saved = await this.sql.transaction(async (run) => {
      const before = input.id ? await this.row(run, workspaceId, input.id, true) : null;
      if (before && before.provider !== input.provider)
        throw badField(['input', 'provider'], 'CHANNEL_PROVIDER_CHANGED');
      const id = before?.id ?? randomUUID();
      const secrets = { ...this.openSecrets(before), ...checked.secretChanges };
      for (const [key, value] of Object.entries(secrets)) if (value === null) delete secrets[key];
      const secretKeys = Object.keys(secrets).sort();
      const missing = missingRequired(definition, checked.settings, secretKeys);
      if (missing.length) throw badInput(missing);
      const [taken] = await run<{ id: string }>(
        'select id from channel_account where workspace_id = ? and lower(name) = lower(?) and id <> ?',
        [workspaceId, name, id],
      );
      if (taken) throw badField(['input', 'name'], 'CHANNEL_ACCOUNT_NAME_TAKEN');
      const [otherDefault] = await run<{ id: string }>(
        'select id from channel_account where workspace_id = ? and kind = ? and is_default and id <> ? for update',
        [workspaceId, definition.kind, id],
      );
      // The first account of a kind is its default: a kind is never left with accounts and no default.
      const isDefault = input.isDefault || !otherDefault;
      if (isDefault && otherDefault)
        await run('update channel_account set is_default = false where workspace_id = ? and id = ?', [
          workspaceId,
          otherDefault.id,
        ]);
      const sealed =
        secretKeys.length && this.keys
          ? this.keys.encrypt(JSON.stringify(secrets), secretContext(workspaceId, id))
          : null;
      const values = [
        input.enabled,
        isDefault,
        JSON.stringify(checked.settings),
        sealed,
        secretKeys,
      ] as const;
      const [row] = before
        ? await run<AccountRow>(
            `update channel_account set name = ?, enabled = ?, is_default = ?, settings = ?::jsonb, secrets = ?,
                    secret_keys = ?::text[], updated_at = now()
              where workspace_id = ? and id = ? returning ${COLUMNS}`,
            [name, ...values, workspaceId, id],
          )
        : await run<AccountRow>(
            `insert into channel_account (workspace_id, id, provider, kind, name, enabled, is_default, settings, secrets, secret_keys, webhook_token)
             values (?, ?, ?, ?, ?, ?, ?, ?::jsonb, ?, ?::text[], ?) returning ${COLUMNS}`,
            [
              workspaceId,
              id,
              definition.provider,
              definition.kind,
              name,
              ...values,
              randomBytes(24).toString('base64url'),
            ],
          );
      const after = row as AccountRow;
      // Which settings changed, by key only: values (and above all secrets) never reach the log.
      await this.audit.record(run, {
        workspaceId,
        type: before ? 'CHANNEL_ACCOUNT_CHANGED' : 'CHANNEL_ACCOUNT_CREATED',
        actor,
        subject: id,
        details: {
          provider: definition.provider,
          name,
          enabled: after.enabled,
          isDefault: after.is_default,
          settingsChanged: changedKeys(before?.settings ?? {}, after.settings),
          secretsChanged: Object.keys(checked.secretChanges).sort(),
        },
      });
      return after;
    });
    return toAccount(saved);
  }

  async delete(workspaceId: string, actor: Actor, id: string): Promise<string> {
    await this.sql.transaction(async (run) => {
      const row = await this.row(run, workspaceId, id, true);
      await run('delete from channel_account where workspace_id = ? and id = ?', [workspaceId, id]);
      await this.audit.record(run, {
        workspaceId,
        type: 'CHANNEL_ACCOUNT_DELETED',
        actor,
        subject: id,
        details: { provider: row.provider, name: row.name },
      });
    });
    return id;
  }

  /**
   * Sends through the kind's default account (CHANNEL_NO_ACCOUNT when there is none). Never throws
   * for what happens at the provider: that is in the outcome, a crash of the provider's code included
   * (retryable).
   */
  async send(
    workspaceId: string,
    kind: string,
    message: OutgoingMessage,
  ): Promise<SendOutcome & { accountId: string }> {
    const sender = await this.senderFor(workspaceId, kind);
    if (!sender) throw refusal('CHANNEL_NO_ACCOUNT', { kind });
    return sender.send(message);
  }

  /**
   * The kind's default account made ready once for many messages (a mailing's batch): its settings
   * read and its secrets opened a single time. Null when the kind has no enabled default account.
   */
  async senderFor(workspaceId: string, kind: string): Promise<ChannelSender | null> {
    const [row] = await this.sql.query<AccountRow>(
      `select ${COLUMNS} from channel_account where workspace_id = ? and kind = ? and is_default and enabled`,
      [workspaceId, kind],
    );
    return row ? await this.sender(row) : null;
  }

  /** Sends through one account of the workspace, enabled or not (a test before turning it on). */
  async sendThrough(
    workspaceId: string,
    accountId: string,
    message: OutgoingMessage,
  ): Promise<SendOutcome & { accountId: string }> {
    return this.sendFrom(await this.row(this.sql.query, workspaceId, accountId), message);
  }

  private async sendFrom(
    row: AccountRow,
    message: OutgoingMessage,
  ): Promise<SendOutcome & { accountId: string }> {
    return (await this.sender(row)).send(message);
  }

  /** A test message from the Channels screen; kept in the audit log without its text. */
  async sendTest(
    workspaceId: string,
    actor: Actor,
    accountId: string,
    to: string,
    text: string,
  ): Promise<SendOutcome & { accountId: string }> {
    const account = await this.row(this.sql.query, workspaceId, accountId);
    const outcome = await this.sendFrom(account, {
      id: randomUUID(),
      workspaceId,
      to: to.trim(),
      subject: 'Patron test message',
      text,
    });
    await this.audit.record(this.sql.query, {
      workspaceId,
      type: 'CHANNEL_TEST_SENT',
      actor,
      subject: accountId,
      details: {
        provider: account.provider,
        name: account.name,
        ok: outcome.ok,
        ...(outcome.ok ? {} : { reason: outcome.reason }),
      },
    });
    return outcome;
  }

  private async sender(row: AccountRow): Promise<ChannelSender> {
    const definition = this.registry.provider(row.provider);
    const [workspace] = await this.sql.query<{ name: string }>('select name from workspace where id = ?', [
      row.workspace_id,
    ]);
    const secrets = this.openSecrets(row);
    const unreadable = row.secret_keys.some((k) => secrets[k] === undefined);
    const settings = { ...row.settings, ...(secrets as Record<string, string>) };
    const reportUrl = this.webhookUrl(row.id, row.webhook_token);
    const deliver = async (message: OutgoingMessage): Promise<SendOutcome> => {
      if (!definition) return { ok: false, retryable: true, reason: 'CHANNEL_PROVIDER_UNKNOWN' };
      if (unreadable) return { ok: false, retryable: false, reason: 'CHANNEL_SETTINGS_UNREADABLE' };
      const withReports =
        definition.readDeliveryReport && !message.deliveryReportUrl
          ? { ...message, deliveryReportUrl: reportUrl }
          : message;
      try {
        const outcome = await definition.send(settings, withReports);
        if (outcome && typeof outcome.ok === 'boolean') return outcome;
        return { ok: false, retryable: true, reason: 'CHANNEL_PROVIDER_UNAVAILABLE', detail: 'no outcome' };
      } catch (error) {
        // The provider's code broke (a bug, a network error it did not catch): try again later.
        return {
          ok: false,
          retryable: true,
          reason: 'CHANNEL_PROVIDER_UNAVAILABLE',
          detail: String((error as Error)?.message ?? error).slice(0, 500),
        };
      }
    };
    return {
      accountId: row.id,
      send: async (message) => {
        const outcome = await deliver({
          ...message,
          workspaceId: row.workspace_id,
          senderName: message.senderName ?? workspace?.name ?? null,
          customerPagesUrl: `${this.secrets.publicUrl}/self-service/`,
        });
        const { rejectedAddresses, ...rest } = outcome;
        // The provider names the dead ones when an address is several (a customer's browsers); else a
        // rejected message's address is the dead one.
        const dead =
          rejectedAddresses ??
          (!outcome.ok && outcome.reason === 'CHANNEL_ADDRESS_REJECTED' ? [message.to] : []);
        if (definition)
          for (const address of dead)
            await this.addressRejected({
              workspaceId: row.workspace_id,
              kind: definition.kind,
              provider: definition.provider,
              address,
            });
        // The addresses were this service's to pass on: callers keep the outcome, not the addresses.
        return { ...rest, accountId: row.id };
      },
    };
  }

  /**
   * The module that keeps a kind's addresses registers here to forget one its provider says is gone
   * (channel-push deletes an expired subscription), so the next message is not tried there again.
   * Called once per dead address: each of `rejectedAddresses`, or the message's address when it
   * failed with CHANNEL_ADDRESS_REJECTED and the provider named none.
   */
  onAddressRejected(listener: (rejected: RejectedAddress) => Promise<void>): void {
    this.rejectedListeners.push(listener);
  }

  private async addressRejected(rejected: RejectedAddress): Promise<void> {
    for (const listener of this.rejectedListeners) {
      try {
        await listener(rejected);
      } catch {
        // The message keeps its outcome whatever happens here; a dead address left behind is
        // rejected again by the next message, and forgotten then.
      }
    }
  }

  /** Releases what the providers keep open (pooled SMTP connections); the app is closing. */
  async close(): Promise<void> {
    for (const definition of this.registry.all()) await definition.close?.();
  }

  /** Where an account's provider posts delivery reports. */
  webhookUrl(accountId: string, token: string): string {
    return `${this.secrets.publicUrl}/hooks/channels/${accountId}/${token}`;
  }

  /** Whether the account's provider reads delivery reports (its webhook URL is worth showing). */
  receivesReports(provider: string): boolean {
    return Boolean(this.registry.provider(provider)?.readDeliveryReport);
  }

  /** A signed link that withdraws the customer's consent; null without PATRON_SECRET_KEY. */
  unsubscribeUrl(workspaceId: string, customerId: string, consentKind: string): string | null {
    if (!this.keys) return null;
    const token = unsubscribeToken(this.keys, { workspaceId, customerId, consentKind });
    return `${this.secrets.publicUrl}/unsubscribe/${token}`;
  }

  /**
   * `<public URL>/<route>/<token>`, the token signing `payload` for `purpose` (other modules' links in
   * messages: a mailing's tracked links); null without PATRON_SECRET_KEY.
   */
  signedLink(route: string, purpose: string, payload: Buffer): string | null {
    if (!this.keys) return null;
    return `${this.secrets.publicUrl}/${route}/${signedToken(this.keys, payload, purpose)}`;
  }

  /** The payload of a token signedLink made for `purpose`; null for anything else. */
  readSignedLink(
    purpose: string,
    token: string,
    limits: { minBytes: number; maxLength: number },
  ): Buffer | null {
    return this.keys ? readSignedToken(this.keys, token, { purpose, ...limits }) : null;
  }

  /** PATRON_SECRET_KEY is set: links can be signed (without it, messages' links go as written). */
  get signsLinks(): boolean {
    return this.keys !== null;
  }

  /**
   * `<public URL>/<route>/<token>` with a compact token (`compactToken`: a truncated signature, no
   * separator) for links in text messages; null without PATRON_SECRET_KEY.
   */
  compactLink(route: string, purpose: string, payload: Buffer): string | null {
    if (!this.keys) return null;
    return `${this.secrets.publicUrl}/${route}/${compactToken(this.keys, payload, purpose)}`;
  }

  /** The payload of a token compactLink made for `purpose`; null for anything else. */
  readCompactLink(
    purpose: string,
    token: string,
    limits: { minBytes: number; maxLength: number },
  ): Buffer | null {
    return this.keys ? readCompactToken(this.keys, token, { purpose, ...limits }) : null;
  }

  /** What a link this server signed unsubscribes from; UNSUBSCRIBE_LINK_INVALID for anything else. */
  readUnsubscribeLink(token: string): UnsubscribeTarget & { consentKind: ConsentKind } {
    const target = this.keys ? readUnsubscribeToken(this.keys, token) : null;
    if (!target || !isConsentKind(target.consentKind) || target.consentKind === 'PERSONAL_DATA')
      throw refusal('UNSUBSCRIBE_LINK_INVALID');
    return target as UnsubscribeTarget & { consentKind: ConsentKind };
  }

  /**
   * Withdraws the consent a signed link names, as the customer's own act. Clicking twice, or after
   * the customer was removed, is no error for them: there is nothing left to withdraw.
   */
  async unsubscribe(token: string): Promise<UnsubscribeTarget> {
    const target = this.readUnsubscribeLink(token);
    try {
      await this.consents.withdraw(target.workspaceId, UNSUBSCRIBE_ACTOR, {
        customerId: target.customerId,
        kind: target.consentKind,
        capturedVia: CAPTURED_VIA[target.consentKind] ?? 'WEBSITE',
        source: 'unsubscribe link',
      });
    } catch (error) {
      const code = ((error as GraphQLError).extensions?.problem as { code?: string } | undefined)?.code;
      if (code !== 'CONSENT_ALREADY_WITHDRAWN' && code !== 'CUSTOMER_NOT_FOUND') throw error;
      return target;
    }
    for (const listener of this.unsubscribeListeners) await listener(target);
    return target;
  }

  /** Mailings register here to mark the message the link came in as unsubscribed. */
  onUnsubscribe(listener: (target: UnsubscribeTarget) => Promise<void>): void {
    this.unsubscribeListeners.push(listener);
  }

  /** Mailings register here to mark their messages delivered or failed. */
  onDeliveryReport(listener: DeliveryReportListener): void {
    this.listeners.push(listener);
  }

  /**
   * A provider's post to `/hooks/channels/:accountId/:token`: false (nothing read) for an unknown
   * account or a wrong token; otherwise the reports go to every listener.
   */
  async receiveWebhook(accountId: string, token: string, request: WebhookRequest): Promise<boolean> {
    if (!isUuid(accountId)) return false;
    const [row] = await this.sql.query<AccountRow>(`select ${COLUMNS} from channel_account where id = ?`, [
      accountId,
    ]);
    if (!row || !sameText(row.webhook_token, token)) return false;
    const definition = this.registry.provider(row.provider);
    if (!definition?.readDeliveryReport) return false;
    const secrets = this.openSecrets(row);
    const reports = await definition.readDeliveryReport(
      { ...row.settings, ...(secrets as Record<string, string>) },
      request,
    );
    if (reports.length === 0) return true;
    const batch = { workspaceId: row.workspace_id, accountId: row.id, reports };
    for (const listener of this.listeners) await listener(batch);
    return true;
  }

  /** The decrypted secrets of a row; those that cannot be read (another key) are left out. */
  private openSecrets(row: AccountRow | null): Record<string, string | null> {
    if (!row?.secrets || !this.keys) return {};
    const plain = this.keys.decrypt(row.secrets, secretContext(row.workspace_id, row.id));
    return plain ? (JSON.parse(plain) as Record<string, string>) : {};
  }

  private async row(run: Run, workspaceId: string, id: string, lock = false): Promise<AccountRow> {
    const [row] = isUuid(id)
      ? await run<AccountRow>(
          `select ${COLUMNS} from channel_account where workspace_id = ? and id = ?${lock ? ' for update' : ''}`,
          [workspaceId, id],
        )
      : [];
    if (!row) throw refusal('CHANNEL_ACCOUNT_NOT_FOUND');
    return row;
  }
}

export type { UnsubscribeTarget };

const UNSUBSCRIBE_ACTOR: Actor = { kind: 'system', id: null, name: 'Unsubscribe link' };

/** How a withdrawal by link reached us: through the channel the message came by. */
const CAPTURED_VIA: Partial<Record<ConsentKind, CaptureChannel>> = {
  EMAIL: 'EMAIL',
  SMS: 'SMS',
  TELEGRAM: 'MESSENGER',
  WHATSAPP: 'MESSENGER',
  PUSH: 'APP',
};

function changedKeys(before: Record<string, string>, after: Record<string, string>): string[] {
  const keys = new Set([...Object.keys(before), ...Object.keys(after)]);
  return [...keys].filter((k) => before[k] !== after[k]).sort();
}

function sameText(a: string, b: string): boolean {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
}
