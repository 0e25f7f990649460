import { createHash, randomBytes, randomInt, randomUUID, timingSafeEqual } from 'node:crypto';
import type { OutgoingMessage } from '@patron/sdk';
import { isUuid } from '../../common/ids.js';
import type { PreparedPool, Run } from '../../db/prepared-pool.js';
import { badField, badInput, refusal, signInThrottled } from '../../graphql/errors.js';
import { toLatinDigits } from '../attributes/values/digits.js';
import { normalizeEmail } from '../attributes/values/email.js';
import { normalizePhone } from '../attributes/values/phone.js';
import { MAX_EMAIL_LENGTH } from '../auth/credential-limits.js';
import type { Passwords } from '../auth/passwords.js';
import type { SignInThrottle } from '../auth/sign-in-throttle.js';
import type { ChannelService } from '../channels/channel.service.js';
import type { WorkspaceSettingsService } from '../workspaces/workspace-settings.service.js';
import { setAccountPassword } from './account-password.js';
import type { CustomerSessions } from './customer-sessions.js';
import { resetEmail, resetLanguage, resetSms } from './password-reset-messages.js';
import { passwordProblems } from './password-rules.js';
import type { CustomerSignedIn } from './self-service.service.js';
import { newWorkspaceToken, readWorkspaceToken } from './workspace-token.js';

/** How long an SMS code works. */
export const RESET_CODE_MINUTES = 15;
/** How long an emailed link works. */
export const RESET_LINK_MINUTES = 60;
/** Wrong codes a request takes before it is void. */
export const RESET_TRIES = 5;
/** Requests one login may make per hour, from wherever they come (each SMS costs the club). */
export const RESET_PER_LOGIN_HOUR = 5;
const WORKSPACE_MAX = 64;

const RESET_ID = /^([0-9a-f-]{36})\.([0-9a-f-]{36})$/;
const sha256 = (secret: string | Buffer) => createHash('sha256').update(secret).digest('hex');

type From = { ip: string; userAgent: string | null };
type Channel = 'SMS' | 'EMAIL';

export interface ResetStart {
  workspace: string;
  /** The mobile (any form the customers module reads) or the email. */
  login: string;
  /** The page's language: the message's when the customer has none of their own. */
  language?: string | null;
}

interface Target {
  customer_id: string;
  status: string;
  language: unknown;
}

/**
 * "Forgot password?": a customer gives their mobile or email and gets a six-digit SMS code or a
 * single-use emailed link; with it they choose a new password (`setAccountPassword`) and are signed
 * in, their other sessions ended. Asking answers the same, with the same work, whether or not an
 * active account has that login: a request nobody will get is stored like a real one, and the
 * message goes out after the answer. Codes and tokens are kept as their SHA-256 only.
 */
export class PasswordResetService {
  constructor(
    private readonly sql: PreparedPool,
    private readonly deps: {
      passwords: Passwords;
      throttle: SignInThrottle;
      sessions: CustomerSessions;
      settings: WorkspaceSettingsService;
      channels: ChannelService;
      publicUrl: string;
      log: (line: string) => void;
    },
  ) {}

  /** Records the request and sends the code or link when the login is an active account's; answers its id. */
  async start(input: ResetStart, from: From): Promise<string> {
    const login = input.login.trim();
    if (!login) throw badField(['login'], 'REQUIRED');
    if (login.length > MAX_EMAIL_LENGTH) throw badField(['login'], 'TOO_LONG', { max: MAX_EMAIL_LENGTH });
    if (input.workspace.length > WORKSPACE_MAX)
      throw badField(['workspace'], 'TOO_LONG', { max: WORKSPACE_MAX });
    const channel: Channel = login.includes('@') ? 'EMAIL' : 'SMS';
    // The club's channels are no secret of any customer: saying they are missing tells nobody's login.
    const workspaceId = input.workspace;
    if (!isUuid(workspaceId) || !(await this.deps.channels.accountFor(workspaceId, channel)))
      throw refusal(channel === 'SMS' ? 'SELF_SERVICE_RESET_NO_SMS' : 'SELF_SERVICE_RESET_NO_EMAIL');
    const key =
      channel === 'EMAIL'
        ? normalizeEmail(login)
        : normalizePhone(toLatinDigits(login), await this.deps.settings.phoneCountry(workspaceId));
    if (!key)
      throw badField(['login'], channel === 'EMAIL' ? 'VALUE_NOT_EMAIL' : 'VALUE_NOT_PHONE', { got: login });
    // Every request stays counted: per login and source, per source overall, and per login an hour.
    await this.deps.throttle.reserve(`customer-reset:${workspaceId}:${key}`, from.ip);
    await this.perLoginLimit(workspaceId, key);

    const [account] = await this.sql.query<Target>(
      `select a.customer_id, c.status, c.attributes->'language' as language
         from self_service_account a
         join customer c on c.workspace_id = a.workspace_id and c.id = a.customer_id and c.deleted_at is null
        where a.workspace_id = ? and a.password_hash is not null
          and ${channel === 'EMAIL' ? 'lower(c.email)' : 'c.mobile'} = ?
        order by c.created_at limit 1`,
      [workspaceId, key],
    );
    // An inactive customer cannot reset: they are asked for like nobody, and nothing is sent.
    const target = account?.status === 'ACTIVE' ? account : null;
    const id = randomUUID();
    const code = String(randomInt(0, 1_000_000)).padStart(6, '0');
    const link = newWorkspaceToken(workspaceId);
    const secret = channel === 'SMS' ? code : link.token;
    const minutes = channel === 'SMS' ? RESET_CODE_MINUTES : RESET_LINK_MINUTES;
    await this.sql.query(
      `insert into customer_password_reset (workspace_id, id, login, channel, customer_id, secret_hash, expires_at)
       values (?, ?, ?, ?, ?, ?, now() + ? * interval '1 minute')`,
      [
        workspaceId,
        id,
        key,
        channel,
        target?.customer_id ?? null,
        // Nobody's request keeps a secret no code or link can match.
        target ? sha256(secret) : sha256(randomBytes(32)),
        minutes,
      ],
    );
    if (target) {
      const language = resetLanguage(target.language, input.language);
      const message = { id, workspaceId, to: key, language, minutes };
      // After the answer: a send's time (or failure) must not tell an account from nobody.
      void this.deliver(workspaceId, channel, (club) =>
        channel === 'SMS'
          ? resetSms({ ...message, club, code })
          : resetEmail({ ...message, club, link: this.linkTo(link.token) }),
      );
    }
    return `${workspaceId}.${id}`;
  }

  private linkTo(token: string): string {
    return `${this.deps.publicUrl.replace(/\/+$/, '')}/self-service/reset-password?token=${token}`;
  }

  private async deliver(
    workspaceId: string,
    channel: Channel,
    message: (club: string) => OutgoingMessage,
  ): Promise<void> {
    try {
      const { name } = await this.deps.settings.get(workspaceId);
      const outcome = await this.deps.channels.send(workspaceId, channel, message(name));
      if (!outcome.ok)
        this.deps.log(`password reset: the ${channel} to a customer of ${workspaceId} was not sent`);
    } catch (error) {
      this.deps.log(
        `password reset: the ${channel} to a customer of ${workspaceId} failed: ${String(error)}`,
      );
    }
  }

  /** Requests for this login in the last hour, from any source. */
  private async perLoginLimit(workspaceId: string, login: string): Promise<void> {
    const [row] = await this.sql.query<{ n: number; wait: number | null }>(
      `select count(*)::int as n,
              extract(epoch from min(created_at) + interval '1 hour' - now())::float8 as wait
         from customer_password_reset
        where workspace_id = ? and login = ? and created_at > now() - interval '1 hour'`,
      [workspaceId, login],
    );
    if ((row?.n ?? 0) >= RESET_PER_LOGIN_HOUR) throw signInThrottled(Math.max(1, row?.wait ?? 60));
  }

  /** The SMS code and a new password: the password is set and the customer signed in. */
  async finishByCode(
    input: { resetId: string; code: string; password: string },
    from: From,
  ): Promise<CustomerSignedIn> {
    const problems = passwordProblems(input.password, 'password');
    if (problems.length) throw badInput(problems);
    const match = RESET_ID.exec(input.resetId);
    const workspaceId = match?.[1];
    const id = match?.[2];
    if (!workspaceId || !id || !isUuid(workspaceId) || !isUuid(id))
      throw refusal('SELF_SERVICE_RESET_EXPIRED');
    // Guessing codes of many requests from one source meets the source's cap.
    const attempt = await this.deps.throttle.reserve(`customer-reset-code:${input.resetId}`, from.ip);
    const code = toLatinDigits(input.code).replace(/\s/g, '');
    const hash = await this.deps.passwords.hash(input.password);
    const outcome = await this.sql.transaction(async (run) => {
      const [reset] = await run<{
        customer_id: string | null;
        secret_hash: string;
        attempts: number;
        live: boolean;
      }>(
        `select customer_id, secret_hash, attempts, expires_at > now() as live
           from customer_password_reset
          where workspace_id = ? and id = ? and channel = 'SMS' and used_at is null for update`,
        [workspaceId, id],
      );
      if (!reset?.live || reset.attempts >= RESET_TRIES) return 'EXPIRED' as const;
      const right =
        /^\d{6}$/.test(code) &&
        timingSafeEqual(Buffer.from(sha256(code), 'hex'), Buffer.from(reset.secret_hash, 'hex'));
      if (!right || !reset.customer_id) {
        // Counted in this transaction, which commits: the refusal is thrown after it.
        await run(
          'update customer_password_reset set attempts = attempts + 1 where workspace_id = ? and id = ?',
          [workspaceId, id],
        );
        return { triesLeft: RESET_TRIES - reset.attempts - 1 };
      }
      return this.setPassword(run, workspaceId, reset.customer_id, hash, 'resetBySms', from);
    });
    if (outcome === 'EXPIRED') throw refusal('SELF_SERVICE_RESET_EXPIRED');
    if ('triesLeft' in outcome)
      throw badField(['code'], 'SELF_SERVICE_RESET_CODE_WRONG', { triesLeft: outcome.triesLeft });
    await this.deps.throttle.release(attempt);
    return outcome;
  }

  /** The emailed link's token and a new password: the password is set and the customer signed in. */
  async finishByLink(token: string, password: string, from: From): Promise<CustomerSignedIn> {
    const problems = passwordProblems(password, 'password');
    if (problems.length) throw badInput(problems);
    const read = readWorkspaceToken(token);
    if (!read) throw badField(['token'], 'SELF_SERVICE_RESET_LINK_INVALID');
    const hash = await this.deps.passwords.hash(password);
    return this.sql.transaction(async (run) => {
      const [reset] = await run<{ customer_id: string }>(
        `select customer_id from customer_password_reset
          where workspace_id = ? and secret_hash = ? and channel = 'EMAIL' and customer_id is not null
            and used_at is null and expires_at > now()
          for update`,
        [read.workspaceId, read.hash],
      );
      if (!reset) throw badField(['token'], 'SELF_SERVICE_RESET_LINK_INVALID');
      return this.setPassword(run, read.workspaceId, reset.customer_id, hash, 'resetByEmail', from);
    });
  }

  /** The new password for a live, active customer, who is signed in; every pending reset of theirs ends. */
  private async setPassword(
    run: Run,
    workspaceId: string,
    customerId: string,
    passwordHash: string,
    how: 'resetBySms' | 'resetByEmail',
    from: From,
  ): Promise<CustomerSignedIn> {
    const [customer] = await run<{ status: string }>(
      'select status from customer where workspace_id = ? and id = ? and deleted_at is null for update',
      [workspaceId, customerId],
    );
    if (customer?.status !== 'ACTIVE') throw refusal('SELF_SERVICE_CUSTOMER_INACTIVE');
    const caller = { workspaceId, customerId };
    await setAccountPassword(run, this.deps.sessions, caller, passwordHash, how);
    const session = await this.deps.sessions.start(caller, from, run);
    return { ...caller, ...session };
  }

  /** Requests a day old: no longer needed to count requests per login. */
  async prune(): Promise<void> {
    await this.sql.query(
      "delete from customer_password_reset where created_at <= now() - interval '1 day'",
      [],
    );
  }
}
