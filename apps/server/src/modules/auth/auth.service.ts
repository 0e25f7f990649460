import { createHash, randomBytes } from 'node:crypto';
import type { EntityManager, MikroORM } from '@mikro-orm/postgresql';
import argon2 from 'argon2';
import {
  badField,
  badInput,
  type FieldProblem,
  fieldProblem,
  refusal,
  signInThrottled,
} from '../../graphql/errors.js';
import { normalizeEmail } from '../attributes/values/index.js';
import { Staff } from './staff.entity.js';
import { StaffSession } from './staff-session.entity.js';

const MAX_COLUMNS = 50;

const SESSION_DAYS = 30;
const WINDOW_MINUTES = 15;
const MAX_FAILURES_PER_EMAIL = 5;
const MAX_FAILURES_PER_IP = 30;
// Verified against when the email is unknown, so both paths cost one argon2 verification.
const DUMMY_HASH = argon2.hash('patron-timing-equaliser');

export interface SignedIn {
  staff: Staff;
  token: string;
  expiresAt: Date;
}

const SESSION_CACHE_MS = 2000;
export const hashToken = (token: string) => createHash('sha256').update(token).digest('hex');

/** What is wrong with a new staff member's email, name and password, each under `input.<field>`. */
export function staffInputProblems(input: { email: string; name: string; password: string }): FieldProblem[] {
  const problems: FieldProblem[] = [];
  if (!normalizeEmail(input.email)) problems.push(fieldProblem(['input', 'email'], 'EMAIL_INVALID'));
  if (!input.name.trim()) problems.push(fieldProblem(['input', 'name'], 'REQUIRED'));
  if (input.password.length < 10) {
    problems.push(fieldProblem(['input', 'password'], 'PASSWORD_TOO_SHORT', { min: 10 }));
  }
  return problems;
}

/** Staff sign-in with argon2 passwords, hashed session tokens and a failure throttle per email and IP. */
export class AuthService {
  /**
   * Sessions seen in the last SESSION_CACHE_MS, by token hash: a till sending many requests costs one
   * lookup per window. Sign-out and changes to the staff member in this process drop their entries;
   * a change made by another process is seen within the window.
   */
  private readonly sessions = new Map<
    string,
    { at: number; staff: Promise<Staff | null>; staffId?: string }
  >();

  constructor(private readonly orm: MikroORM) {}

  async login(emailInput: string, password: string, ip: string): Promise<SignedIn> {
    const email = emailInput.trim().toLowerCase();
    const em = this.orm.em.fork();
    const conn = em.getConnection();
    const [failures] = await conn.execute<{ by_email: string; by_ip: string; oldest: Date | null }[]>(
      `select count(*) filter (where lower(email) = ?) as by_email, count(*) filter (where ip = ?) as by_ip,
              min(at) as oldest
         from login_failure where at > now() - interval '${WINDOW_MINUTES} minutes' and (lower(email) = ? or ip = ?)`,
      [email, ip, email, ip],
    );
    if (
      Number(failures?.by_email) >= MAX_FAILURES_PER_EMAIL ||
      Number(failures?.by_ip) >= MAX_FAILURES_PER_IP
    ) {
      const oldest = failures?.oldest ? new Date(failures.oldest).getTime() : Date.now();
      throw signInThrottled(Math.max(60, (oldest + WINDOW_MINUTES * 60_000 - Date.now()) / 1000));
    }

    const staff = await em.findOne(Staff, { email, active: true });
    const ok = await argon2.verify(staff?.passwordHash ?? (await DUMMY_HASH), password);
    if (!staff || !ok) {
      await conn.execute('insert into login_failure (email, ip) values (?, ?)', [email, ip]);
      throw refusal('SIGN_IN_FAILED');
    }
    await conn.execute('delete from login_failure where lower(email) = ?', [email]);

    const token = randomBytes(32).toString('base64url');
    const expiresAt = new Date(Date.now() + SESSION_DAYS * 86_400_000);
    em.create(StaffSession, {
      tokenHash: hashToken(token),
      staffId: staff.id,
      workspaceId: staff.workspaceId,
      expiresAt,
    });
    await em.flush();
    return { staff, token, expiresAt };
  }

  async logout(token: string): Promise<void> {
    this.sessions.delete(hashToken(token));
    await this.orm.em.fork().nativeDelete(StaffSession, { tokenHash: hashToken(token) });
  }

  /** The active staff member behind a session cookie, or null. */
  staffForToken(token: string): Promise<Staff | null> {
    const hash = hashToken(token);
    const now = Date.now();
    const hit = this.sessions.get(hash);
    if (hit && now - hit.at < SESSION_CACHE_MS) return hit.staff;
    if (this.sessions.size > 10_000) {
      for (const [key, entry] of this.sessions)
        if (now - entry.at >= SESSION_CACHE_MS) this.sessions.delete(key);
    }
    const staff = this.lookupSession(hash);
    const entry: { at: number; staff: Promise<Staff | null>; staffId?: string } = { at: now, staff };
    this.sessions.set(hash, entry);
    staff.then(
      (s) => {
        entry.staffId = s?.id;
      },
      () => this.sessions.delete(hash),
    );
    return staff;
  }

  /**
   * Drops the staff member's cached sessions, and any still being looked up: call it after a change to
   * them commits (role, password, deactivation), so their next request reads them again.
   */
  forgetStaff(staffId: string): void {
    for (const [key, entry] of this.sessions) {
      if (entry.staffId === undefined || entry.staffId === staffId) this.sessions.delete(key);
    }
  }

  private async lookupSession(tokenHash: string): Promise<Staff | null> {
    const em = this.orm.em.fork();
    const session = await em.findOne(StaffSession, {
      tokenHash,
      expiresAt: { $gt: new Date() },
    });
    if (!session) return null;
    return em.findOne(Staff, { id: session.staffId, active: true });
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
      passwordHash: await argon2.hash(input.password),
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
    this.forgetStaff(staffId);
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
    this.forgetStaff(staffId);
    return staff;
  }
}
