import { randomUUID } from 'node:crypto';
import type { Actor } from '@patron/sdk';
import { isUuid } from '../../common/ids.js';
import type { PreparedPool, Run } from '../../db/prepared-pool.js';
import { badField, badInput, type FieldProblem, fieldProblem, refusal } from '../../graphql/errors.js';
import { normalizeEmail } from '../attributes/values/email.js';
import { normalizePhone } from '../attributes/values/phone.js';
import { MAX_EMAIL_LENGTH, MAX_PASSWORD_LENGTH } from '../auth/credential-limits.js';
import type { Passwords } from '../auth/passwords.js';
import type { SignInThrottle } from '../auth/sign-in-throttle.js';
import type { ChannelService } from '../channels/channel.service.js';
import { recordHistory } from '../history/history.service.js';
import type { WorkspaceSettingsService } from '../workspaces/workspace-settings.service.js';
import { setAccountPassword } from './account-password.js';
import type { CustomerSessions, SelfServiceCaller } from './customer-sessions.js';
import { invitationEmail } from './invitation-email.js';
import { passwordProblems } from './password-rules.js';
import { CUSTOMER_ACTOR, SELF_SERVICE_HISTORY } from './self-service-history.js';
import { newWorkspaceToken, readWorkspaceToken } from './workspace-token.js';

/** How long an invitation's link works. */
export const INVITATION_HOURS = 72;
/** At most this many accounts share one email (emails are not unique among customers). */
const SAME_LOGIN_MAX = 5;
/** A workspace is named by its id; anything longer is refused before it reaches the throttle. */
const WORKSPACE_MAX = 64;

export interface Invitation {
  link: string;
  expiresAt: Date;
  /** Whether the link went to the customer's email (they have one and the workspace an email account). */
  emailed: boolean;
}

export interface CustomerSignedIn extends SelfServiceCaller {
  token: string;
  expiresAt: Date;
}

type From = { ip: string; userAgent: string | null };

/**
 * Customer self-service accounts: staff invite a customer (a single-use link, 72 hours, a new one
 * voids the old), the customer sets a password with it, signs in with their mobile or email and the
 * password, and changes it. Sign-in is throttled like staff sign-in and answers one code for an
 * unknown login and a wrong password, so nobody learns who has an account.
 */
/** As much of the browser's user agent as the history keeps of a sign-in. */
const USER_AGENT_SHOWN = 300;

export class SelfServiceService {
  constructor(
    private readonly sql: PreparedPool,
    private readonly passwords: Passwords,
    private readonly throttle: SignInThrottle,
    private readonly sessions: CustomerSessions,
    private readonly settings: WorkspaceSettingsService,
    private readonly channels: ChannelService,
    private readonly publicUrl: string,
  ) {}

  /** A new invitation for a live, active customer who has a mobile or an email to sign in with. */
  async invite(actor: Actor, workspaceId: string, customerId: string): Promise<Invitation> {
    const { token, hash: tokenHash } = newWorkspaceToken(workspaceId);
    const { expiresAt, email, language } = await this.sql.transaction(async (run) => {
      const [customer] = isUuid(customerId)
        ? await run<{ status: string; mobile: string | null; email: string | null; language: unknown }>(
            `select status, mobile, email, attributes->'language' as language from customer
              where workspace_id = ? and id = ? and deleted_at is null for update`,
            [workspaceId, customerId],
          )
        : [];
      if (!customer) throw badField(['customerId'], 'CUSTOMER_NOT_FOUND');
      if (customer.status !== 'ACTIVE') throw badField(['customerId'], 'SELF_SERVICE_CUSTOMER_INACTIVE');
      if (!customer.mobile && !customer.email) throw badField(['customerId'], 'SELF_SERVICE_NO_LOGIN');
      const [row] = await run<{ invite_expires_at: Date; replaced: boolean }>(
        `insert into self_service_account as a (workspace_id, customer_id, invite_token_hash, invite_expires_at, invited_at)
         values (?, ?, ?, now() + ? * interval '1 hour', now())
         on conflict (workspace_id, customer_id) do update set
           invite_token_hash = excluded.invite_token_hash,
           invite_expires_at = excluded.invite_expires_at,
           invited_at = excluded.invited_at
         returning invite_expires_at, (xmax <> 0) as replaced`,
        [workspaceId, customerId, tokenHash, INVITATION_HOURS],
      );
      const until = new Date(row?.invite_expires_at as Date);
      await recordHistory(run, workspaceId, customerId, SELF_SERVICE_HISTORY.invited, actor, [
        { key: 'invitationExpiresAt', oldValue: null, newValue: until.toISOString() },
      ]);
      return { expiresAt: until, email: customer.email, language: customer.language };
    });
    const link = `${this.publicUrl.replace(/\/+$/, '')}/self-service/set-password?token=${token}`;
    return { link, expiresAt, emailed: await this.email(workspaceId, email, language, link, expiresAt) };
  }

  /**
   * Sends the link to the customer's email through the workspace's default email account, when there
   * are both. The link is what staff hand over either way, so a failed send is said, never thrown.
   */
  private async email(
    workspaceId: string,
    to: string | null,
    language: unknown,
    link: string,
    expiresAt: Date,
  ): Promise<boolean> {
    if (!to || !(await this.channels.accountFor(workspaceId, 'EMAIL'))) return false;
    const outcome = await this.channels.send(
      workspaceId,
      'EMAIL',
      invitationEmail({ id: randomUUID(), workspaceId, to, language, link, expiresAt }),
    );
    return outcome.ok;
  }

  /** Sets the password with an invitation's token (used up by it) and signs the customer in. */
  async setPassword(token: string, password: string, from: From): Promise<CustomerSignedIn> {
    const problems = passwordProblems(password, 'password');
    if (problems.length) throw badInput(problems);
    const read = readWorkspaceToken(token);
    if (!read) throw badField(['token'], 'SELF_SERVICE_TOKEN_INVALID');
    const hash = await this.passwords.hash(password);
    return this.sql.transaction(async (run) => {
      const [account] = await run<{ workspace_id: string; customer_id: string; status: string }>(
        `select a.workspace_id, a.customer_id, c.status
           from self_service_account a
           join customer c on c.workspace_id = a.workspace_id and c.id = a.customer_id and c.deleted_at is null
          where a.workspace_id = ? and a.invite_token_hash = ? and a.invite_expires_at > now()
          for update of a`,
        [read.workspaceId, read.hash],
      );
      if (!account) throw badField(['token'], 'SELF_SERVICE_TOKEN_INVALID');
      if (account.status !== 'ACTIVE') throw refusal('SELF_SERVICE_CUSTOMER_INACTIVE');
      const caller = { workspaceId: account.workspace_id, customerId: account.customer_id };
      await setAccountPassword(run, this.sessions, caller, hash, 'passwordSet');
      const session = await this.sessions.start(caller, from, run);
      return { ...caller, ...session };
    });
  }

  /**
   * Signs a customer in by their mobile (any form the customers module reads) or email. An unknown
   * workspace or login costs the same argon2 verification and answers the same code as a wrong password.
   */
  async signIn(workspace: string, login: string, password: string, from: From): Promise<CustomerSignedIn> {
    const problems: FieldProblem[] = [];
    if (login.length > MAX_EMAIL_LENGTH)
      problems.push(fieldProblem(['login'], 'TOO_LONG', { max: MAX_EMAIL_LENGTH }));
    if (password.length > MAX_PASSWORD_LENGTH)
      problems.push(fieldProblem(['password'], 'TOO_LONG', { max: MAX_PASSWORD_LENGTH }));
    if (workspace.length > WORKSPACE_MAX)
      problems.push(fieldProblem(['workspace'], 'TOO_LONG', { max: WORKSPACE_MAX }));
    if (problems.length) throw badInput(problems);
    if (!login.trim()) throw refusal('SELF_SERVICE_SIGN_IN_FAILED');
    const workspaceId = isUuid(workspace) && (await this.workspaceExists(workspace)) ? workspace : null;
    const byEmail = login.includes('@');
    const key = !workspaceId
      ? null
      : byEmail
        ? normalizeEmail(login)
        : normalizePhone(login, await this.settings.phoneCountry(workspaceId));
    // Counted per workspace and login as typed once read, so every form of one mobile shares a streak.
    const attempt = await this.throttle.reserve(
      `customer:${workspace.trim().toLowerCase()}:${key ?? login.trim().toLowerCase()}`,
      from.ip,
    );
    const accounts =
      workspaceId && key
        ? await this.sql.query<{ customer_id: string; password_hash: string; status: string }>(
            `select a.customer_id, a.password_hash, c.status
               from self_service_account a
               join customer c on c.workspace_id = a.workspace_id and c.id = a.customer_id and c.deleted_at is null
              where a.workspace_id = ? and a.password_hash is not null
                and ${byEmail ? 'lower(c.email)' : 'c.mobile'} = ?
              order by c.created_at limit ${SAME_LOGIN_MAX}`,
            [workspaceId, key],
          )
        : [];
    let found: (typeof accounts)[number] | null = null;
    for (const account of accounts)
      if (await this.passwords.verify(account.password_hash, password)) {
        found = account;
        break;
      }
    if (!accounts.length) await this.passwords.verifyNobody(password);
    if (!found || !workspaceId) {
      await this.throttle.failed(attempt, null);
      throw refusal('SELF_SERVICE_SIGN_IN_FAILED');
    }
    await this.throttle.release(attempt);
    // Said only to whoever knows the password: it tells nothing to a stranger.
    if (found.status !== 'ACTIVE') throw refusal('SELF_SERVICE_CUSTOMER_INACTIVE');
    const caller = { workspaceId, customerId: found.customer_id };
    if (this.passwords.isOutdated(found.password_hash))
      await this.sql.query(
        'update self_service_account set password_hash = ? where workspace_id = ? and customer_id = ?',
        [await this.passwords.hash(password), workspaceId, caller.customerId],
      );
    // The sign-in is on the customer's history (with the browser it came from) with its session.
    return this.sql.transaction(async (run) => {
      const session = await this.sessions.start(caller, from, run);
      await recordHistory(
        run,
        workspaceId,
        caller.customerId,
        SELF_SERVICE_HISTORY.signedIn,
        CUSTOMER_ACTOR,
        [
          { key: 'selfService', oldValue: null, newValue: 'signedIn' },
          { key: 'userAgent', oldValue: null, newValue: from.userAgent?.slice(0, USER_AGENT_SHOWN) ?? null },
        ],
      );
      return { ...caller, ...session };
    });
  }

  async signOut(token: string): Promise<void> {
    await this.sessions.end(token);
  }

  /** Changes the signed-in customer's password; their other sessions end, this one stays. */
  async changePassword(
    caller: SelfServiceCaller,
    input: { currentPassword: string; newPassword: string },
    sessionToken: string | null,
  ): Promise<void> {
    const [account] = await this.sql.query<{ password_hash: string | null }>(
      'select password_hash from self_service_account where workspace_id = ? and customer_id = ?',
      [caller.workspaceId, caller.customerId],
    );
    if (
      input.currentPassword.length > MAX_PASSWORD_LENGTH ||
      !account?.password_hash ||
      !(await this.passwords.verify(account.password_hash, input.currentPassword))
    )
      throw badField(['currentPassword'], 'CURRENT_PASSWORD_WRONG');
    const problems = passwordProblems(input.newPassword, 'newPassword');
    if (problems.length) throw badInput(problems);
    if (input.newPassword === input.currentPassword) throw badField(['newPassword'], 'PASSWORD_UNCHANGED');
    const hash = await this.passwords.hash(input.newPassword);
    await this.sql.transaction((run: Run) =>
      setAccountPassword(run, this.sessions, caller, hash, 'passwordChanged', sessionToken),
    );
  }

  private async workspaceExists(id: string): Promise<boolean> {
    const [row] = await this.sql.query<{ id: string }>('select id from workspace where id = ?', [id]);
    return row !== undefined;
  }
}
