import type { EntityManager, MikroORM } from '@mikro-orm/postgresql';
import { isBlank } from '../../common/text.js';
import { badField, badInput, type FieldProblem, fieldProblem, refusal } from '../../graphql/errors.js';
import { normalizeEmail } from '../attributes/values/index.js';
import { MAX_EMAIL_LENGTH, MAX_PASSWORD_LENGTH } from './credential-limits.js';
import type { Passwords } from './passwords.js';
import type { SignInThrottle } from './sign-in-throttle.js';
import { Staff } from './staff.entity.js';
import type { StaffSessions } from './staff-sessions.js';
import type { TwoFactor } from './two-factor.service.js';

const MAX_COLUMNS = 50;

/** Longer than any email (RFC 5321); such input is refused before it costs a hash or a counter row. */
export interface SignedIn {
  staff: Staff;
  token: string;
  expiresAt: Date;
}

/** A right password of someone with two-factor sign-in: the challenge `loginSecondStep` takes on. */
export interface CodeNeeded {
  staff: Staff;
  challenge: string;
}

/** What is wrong with a new staff member's email, name and password, each under `input.<field>`. */
export function staffInputProblems(input: { email: string; name: string; password: string }): FieldProblem[] {
  const problems: FieldProblem[] = [];
  if (!normalizeEmail(input.email)) problems.push(fieldProblem(['input', 'email'], 'EMAIL_INVALID'));
  if (isBlank(input.name)) problems.push(fieldProblem(['input', 'name'], 'REQUIRED'));
  if (input.password.length < 10) {
    problems.push(fieldProblem(['input', 'password'], 'PASSWORD_TOO_SHORT', { min: 10 }));
  }
  if (input.password.length > MAX_PASSWORD_LENGTH) {
    problems.push(fieldProblem(['input', 'password'], 'TOO_LONG', { max: MAX_PASSWORD_LENGTH }));
  }
  return problems;
}

/** Staff sign-in with argon2 passwords, throttled per email and source; staff records and settings. */
export class AuthService {
  constructor(
    private readonly orm: MikroORM,
    private readonly sessions: StaffSessions,
    private readonly throttle: SignInThrottle,
    readonly passwords: Passwords,
    private readonly twoFactor: TwoFactor,
  ) {}

  async login(
    emailInput: string,
    password: string,
    from: { ip: string; userAgent: string | null },
  ): Promise<SignedIn | CodeNeeded> {
    const email = emailInput.trim().toLowerCase();
    if (!email || email.length > MAX_EMAIL_LENGTH) throw refusal('SIGN_IN_FAILED');
    // Counted before the check, so parallel guesses cannot all slip under the limit.
    const attempt = await this.throttle.reserve(email, from.ip);
    const em = this.orm.em.fork();
    const staff = await em.findOne(Staff, { email, active: true });
    const ok = staff
      ? await this.passwords.verify(staff.passwordHash, password)
      : await this.passwords.verifyNobody(password);
    if (!staff || !ok) {
      await this.throttle.failed(attempt, staff);
      throw refusal('SIGN_IN_FAILED');
    }
    // The configured cost changed since this hash was made: the only moment the password is known.
    if (this.passwords.isOutdated(staff.passwordHash)) {
      staff.passwordHash = await this.passwords.hash(password);
      await em.flush();
    }
    // The streak stays counted until the code is right too: else a known password would clear it
    // before every few guessed codes.
    const challenge = this.twoFactor.challengeFor(staff);
    if (challenge) return { staff, challenge };
    await this.throttle.release(attempt);
    const session = await this.sessions.start(staff, from);
    return { staff, ...session };
  }

  async logout(token: string): Promise<void> {
    await this.sessions.end(token);
  }

  /** The active staff member behind a session cookie, or null. */
  staffForToken(token: string): Promise<Staff | null> {
    return this.sessions.staffForToken(token);
  }

  /** Writes with `em` when given (the caller's transaction), else on its own. */
  async createStaff(
    workspaceId: string,
    input: { email: string; name: string; role: Staff['role']; password: string },
    em: EntityManager = this.orm.em.fork(),
  ): Promise<Staff> {
    const problems = staffInputProblems(input);
    if (problems.length) throw badInput(problems);
    const email = normalizeEmail(input.email);
    if (await em.count(Staff, { email })) throw badField(['input', 'email'], 'STAFF_EMAIL_TAKEN');
    const staff = em.create(Staff, {
      workspaceId,
      email: email as string,
      name: input.name.trim(),
      role: input.role,
      passwordHash: await this.passwords.hash(input.password),
    });
    await em.flush();
    return staff;
  }

  async listStaff(workspaceId: string): Promise<Staff[]> {
    return this.orm.em.fork().find(Staff, { workspaceId }, { orderBy: { name: 'asc' } });
  }

  async setCustomerColumns(
    staffId: string,
    columns: { key: string; width?: number | null }[],
    known: ReadonlySet<string>,
  ): Promise<Staff> {
    const problems: FieldProblem[] = [];
    if (columns.length > MAX_COLUMNS)
      problems.push(fieldProblem(['columns'], 'TOO_MANY_ITEMS', { max: MAX_COLUMNS }));
    const seen = new Set<string>();
    columns.forEach((c, i) => {
      if (!known.has(c.key) || seen.has(c.key))
        problems.push(fieldProblem(['columns', i, 'key'], 'COLUMN_UNKNOWN', { key: JSON.stringify(c.key) }));
      seen.add(c.key);
      if (c.width != null && (!Number.isInteger(c.width) || c.width < 40 || c.width > 1000))
        problems.push(fieldProblem(['columns', i, 'width'], 'COLUMN_WIDTH', { min: 40, max: 1000 }));
    });
    if (problems.length) throw badInput(problems);
    const em = this.orm.em.fork();
    const staff = await em.findOneOrFail(Staff, { id: staffId });
    staff.customerColumns = columns.map((c) => ({ key: c.key, width: c.width ?? null }));
    await em.flush();
    this.sessions.forgetStaff(staffId);
    return staff;
  }

  async updatePreferences(
    staffId: string,
    prefs: { locale?: Staff['locale'] | null; calendar?: Staff['calendar'] | null },
  ): Promise<Staff> {
    const em = this.orm.em.fork();
    const staff = await em.findOneOrFail(Staff, { id: staffId });
    if (prefs.locale) staff.locale = prefs.locale;
    if (prefs.calendar) staff.calendar = prefs.calendar;
    await em.flush();
    this.sessions.forgetStaff(staffId);
    return staff;
  }

  /**
   * Drops the staff member's cached sessions: call it after a change to them commits (role, password,
   * deactivation), so their next request reads them again.
   */
  forgetStaff(staffId: string): void {
    this.sessions.forgetStaff(staffId);
  }
}
