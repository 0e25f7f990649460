import { createHash, randomInt, randomUUID, timingSafeEqual } from 'node:crypto';
import { isUuid } from '../../common/ids.js';
import type { PreparedPool, Run } from '../../db/prepared-pool.js';
import {
  badField,
  badInput,
  type FieldProblem,
  fieldProblem,
  refusal,
  signInThrottled,
} from '../../graphql/errors.js';
import { toLatinDigits } from '../attributes/values/digits.js';
import { normalizePhone } from '../attributes/values/phone.js';
import type { Passwords } from '../auth/passwords.js';
import type { SignInThrottle } from '../auth/sign-in-throttle.js';
import type { ChannelService } from '../channels/channel.service.js';
import type { ConsentService } from '../consents/consent.service.js';
import type { VerificationService } from '../consents/verification.service.js';
import type { CustomerService } from '../customers/customer.service.js';
import type { WorkspaceSettingsService } from '../workspaces/workspace-settings.service.js';
import { setAccountPassword } from './account-password.js';
import type { CustomerSessions } from './customer-sessions.js';
import { passwordProblems } from './password-rules.js';
import type { CustomerSignedIn } from './self-service.service.js';
import { CUSTOMER_ACTOR } from './self-service-history.js';
import { signUpLanguage, signUpSms } from './sign-up-sms.js';

/** How long a code works. */
export const SIGN_UP_MINUTES = 10;
/** Wrong codes a sign-up takes before it is void. */
export const SIGN_UP_TRIES = 5;
/** Codes one mobile may be sent per hour, from wherever they are asked (each SMS costs the club). */
export const SIGN_UP_PER_MOBILE_HOUR = 5;
const NAME_MAX = 100;
const MOBILE_MAX = 64;
/** What a new member's profile says of where they came from (source C7). */
const SOURCE = { source: 'registration', subSource: 'self sign-up' };

const SIGN_UP_ID = /^([0-9a-f-]{36})\.([0-9a-f-]{36})$/;
const hashCode = (code: string) => createHash('sha256').update(code).digest();

type From = { ip: string; userAgent: string | null };

export interface SignUpStart {
  workspace: string;
  mobile: string;
  firstName: string;
  lastName?: string | null;
  language?: string | null;
}

export interface SignUpFinish {
  signUpId: string;
  code: string;
  password: string;
  marketingConsent: boolean;
}

interface PendingRow {
  mobile: string;
  first_name: string;
  last_name: string | null;
  language: string;
  code_hash: string;
  attempts: number;
  live: boolean;
}

/**
 * Self sign-up: a person gives their name and mobile, proves the mobile with a six-digit SMS code and
 * chooses a password; then they are a member (a new customer, or the one who already has that mobile
 * and no password). Step one answers the same for a known and an unknown mobile; whether they were a
 * member already is told only to whoever typed the right code.
 */
export class SelfSignUpService {
  constructor(
    private readonly sql: PreparedPool,
    private readonly deps: {
      passwords: Passwords;
      throttle: SignInThrottle;
      sessions: CustomerSessions;
      settings: WorkspaceSettingsService;
      channels: ChannelService;
      customers: CustomerService;
      consents: ConsentService;
      verification: VerificationService;
      /** Delivers the outbox rows the new member's history wrote. */
      kick: () => void;
    },
  ) {}

  /** Whether the workspace takes sign-ups; an unknown one does not. */
  async isOpen(workspace: string): Promise<boolean> {
    if (!isUuid(workspace)) return false;
    const [row] = await this.sql.query<{ self_sign_up: boolean }>(
      'select self_sign_up from workspace where id = ?',
      [workspace],
    );
    return row?.self_sign_up === true;
  }

  /** Sends the code and answers the sign-up's id (the workspace's id, a dot, the sign-up's own). */
  async start(input: SignUpStart, from: From): Promise<string> {
    const firstName = input.firstName.trim();
    const lastName = input.lastName?.trim() || null;
    const problems: FieldProblem[] = [];
    if (!firstName) problems.push(fieldProblem(['firstName'], 'REQUIRED'));
    if (firstName.length > NAME_MAX)
      problems.push(fieldProblem(['firstName'], 'TOO_LONG', { max: NAME_MAX }));
    if (lastName && lastName.length > NAME_MAX)
      problems.push(fieldProblem(['lastName'], 'TOO_LONG', { max: NAME_MAX }));
    if (input.mobile.length > MOBILE_MAX)
      problems.push(fieldProblem(['mobile'], 'TOO_LONG', { max: MOBILE_MAX }));
    if (problems.length) throw badInput(problems);
    if (!(await this.isOpen(input.workspace))) throw refusal('SELF_SIGN_UP_CLOSED');
    const workspaceId = input.workspace;
    const mobile = normalizePhone(input.mobile, await this.deps.settings.phoneCountry(workspaceId));
    if (!mobile) throw badField(['mobile'], 'VALUE_NOT_PHONE', { got: input.mobile });
    if (!(await this.deps.channels.accountFor(workspaceId, 'SMS'))) throw refusal('SELF_SIGN_UP_NO_SMS');
    // Every code sent stays counted (never released): per mobile and source, and per source overall.
    await this.deps.throttle.reserve(`customer-sign-up:${workspaceId}:${mobile}`, from.ip);
    await this.perMobileLimit(workspaceId, mobile);

    const code = String(randomInt(0, 1_000_000)).padStart(6, '0');
    const id = randomUUID();
    const language = signUpLanguage(input.language);
    await this.sql.query(
      `insert into customer_sign_up (workspace_id, id, mobile, first_name, last_name, language, code_hash, expires_at)
       values (?, ?, ?, ?, ?, ?, ?, now() + ? * interval '1 minute')`,
      [
        workspaceId,
        id,
        mobile,
        firstName,
        lastName,
        language,
        hashCode(code).toString('hex'),
        SIGN_UP_MINUTES,
      ],
    );
    const { name } = await this.deps.settings.get(workspaceId);
    const sent = await this.deps.channels.send(
      workspaceId,
      'SMS',
      signUpSms({ id, workspaceId, to: mobile, language, code, club: name, minutes: SIGN_UP_MINUTES }),
    );
    if (!sent.ok) throw refusal('SELF_SIGN_UP_NO_SMS');
    return `${workspaceId}.${id}`;
  }

  /** Codes asked for this mobile in the last hour, from any source. */
  private async perMobileLimit(workspaceId: string, mobile: string): Promise<void> {
    const [row] = await this.sql.query<{ n: number; wait: number | null }>(
      `select count(*)::int as n,
              extract(epoch from min(created_at) + interval '1 hour' - now())::float8 as wait
         from customer_sign_up where workspace_id = ? and mobile = ? and created_at > now() - interval '1 hour'`,
      [workspaceId, mobile],
    );
    if ((row?.n ?? 0) >= SIGN_UP_PER_MOBILE_HOUR) throw signInThrottled(Math.max(1, row?.wait ?? 60));
  }

  /** Checks the code; with the right one the person is a member and signed in, all in one transaction. */
  async finish(input: SignUpFinish, from: From): Promise<CustomerSignedIn> {
    const problems = passwordProblems(input.password, 'password');
    if (problems.length) throw badInput(problems);
    const match = SIGN_UP_ID.exec(input.signUpId);
    const workspaceId = match?.[1];
    const id = match?.[2];
    if (!workspaceId || !id || !isUuid(workspaceId) || !isUuid(id)) throw refusal('SELF_SIGN_UP_EXPIRED');
    // Guessing codes of many sign-ups from one source meets the source's cap.
    const attempt = await this.deps.throttle.reserve(`customer-sign-up-code:${input.signUpId}`, from.ip);
    const code = toLatinDigits(input.code).replace(/\s/g, '');
    const hash = await this.deps.passwords.hash(input.password);
    const outcome = await this.sql.transaction(async (run) => {
      const [pending] = await run<PendingRow>(
        `select mobile, first_name, last_name, language, code_hash, attempts, expires_at > now() as live
           from customer_sign_up where workspace_id = ? and id = ? and finished_at is null for update`,
        [workspaceId, id],
      );
      if (!pending?.live || pending.attempts >= SIGN_UP_TRIES) return 'EXPIRED' as const;
      const expected = Buffer.from(pending.code_hash, 'hex');
      if (!/^\d{6}$/.test(code) || !timingSafeEqual(hashCode(code), expected)) {
        // Counted in this transaction, which commits: the refusal is thrown after it.
        await run('update customer_sign_up set attempts = attempts + 1 where workspace_id = ? and id = ?', [
          workspaceId,
          id,
        ]);
        return 'WRONG' as const;
      }
      if (!(await this.isOpenWithin(run, workspaceId))) throw refusal('SELF_SIGN_UP_CLOSED');
      const customerId = await this.member(run, workspaceId, pending, hash, input.marketingConsent);
      await run('update customer_sign_up set finished_at = now() where workspace_id = ? and id = ?', [
        workspaceId,
        id,
      ]);
      const caller = { workspaceId, customerId };
      const session = await this.deps.sessions.start(caller, from, run);
      return { ...caller, ...session };
    });
    if (outcome === 'EXPIRED') throw refusal('SELF_SIGN_UP_EXPIRED');
    if (outcome === 'WRONG') throw badField(['code'], 'SELF_SIGN_UP_CODE_WRONG');
    this.deps.kick();
    await this.deps.throttle.release(attempt);
    return outcome;
  }

  private async isOpenWithin(run: Run, workspaceId: string): Promise<boolean> {
    const [row] = await run<{ self_sign_up: boolean }>('select self_sign_up from workspace where id = ?', [
      workspaceId,
    ]);
    return row?.self_sign_up === true;
  }

  /**
   * The member behind the proven mobile: the live customer who has it and no password yet gets this
   * one, else a new customer is made through the customers service. Consents and the phone's
   * verified mark follow, in the caller's transaction.
   */
  private async member(
    run: Run,
    workspaceId: string,
    pending: PendingRow,
    passwordHash: string,
    marketingConsent: boolean,
  ): Promise<string> {
    const [existing] = await run<{ id: string; status: string; password_hash: string | null }>(
      `select c.id, c.status, a.password_hash
         from customer c
         left join self_service_account a on a.workspace_id = c.workspace_id and a.customer_id = c.id
        where c.workspace_id = ? and c.mobile = ? and c.deleted_at is null
        order by c.created_at limit 1 for update of c`,
      [workspaceId, pending.mobile],
    );
    if (existing?.password_hash) throw refusal('SELF_SIGN_UP_ALREADY_MEMBER');
    if (existing && existing.status !== 'ACTIVE') throw refusal('SELF_SERVICE_CUSTOMER_INACTIVE');
    const customerId =
      existing?.id ??
      (await this.deps.customers.createWithin(run, workspaceId, CUSTOMER_ACTOR, {
        firstName: pending.first_name,
        ...(pending.last_name ? { lastName: pending.last_name } : {}),
        mobile: pending.mobile,
        language: pending.language,
        ...SOURCE,
      }));
    await setAccountPassword(run, this.deps.sessions, { workspaceId, customerId }, passwordHash, 'signedUp');
    // Signing up is the personal data consent; marketing SMS only when the box was ticked.
    await this.deps.consents.recordWithin(
      run,
      workspaceId,
      CUSTOMER_ACTOR,
      [
        { customerId, kind: 'PERSONAL_DATA', granted: true },
        ...(marketingConsent ? [{ customerId, kind: 'SMS' as const, granted: true }] : []),
      ],
      { capturedVia: 'WEBSITE', source: SOURCE.subSource },
    );
    await this.deps.verification.setContactVerifiedWithin(
      run,
      workspaceId,
      CUSTOMER_ACTOR,
      customerId,
      'PHONE',
      true,
    );
    return customerId;
  }

  /** Sign-ups ended a day ago: no longer needed to count codes per mobile. */
  async prune(): Promise<void> {
    await this.sql.query("delete from customer_sign_up where created_at <= now() - interval '1 day'", []);
  }
}
