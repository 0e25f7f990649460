import { LockMode } from '@mikro-orm/core';
import type { EntityManager, MikroORM } from '@mikro-orm/postgresql';
import type { Actor } from '@patron/sdk';
import { type EmSql, emSql } from '../../db/em-sql.js';
import { badField, refusal } from '../../graphql/errors.js';
import type { ServerSecrets } from '../../runtime/kernel.js';
import type { AuditService } from '../audit/audit.service.js';
import { ServerKeys } from '../channels/server-keys.js';
import { Workspace } from '../workspaces/workspace.entity.js';
import type { SignedIn } from './auth.service.js';
import type { Passwords } from './passwords.js';
import {
  deleteRecoveryCodes,
  replaceRecoveryCodes,
  unusedRecoveryCodes,
  useRecoveryCode,
} from './recovery-codes.js';
import type { SignInThrottle } from './sign-in-throttle.js';
import { Staff } from './staff.entity.js';
import type { StaffSessions } from './staff-sessions.js';
import { matchingStep, newTotpSecret, otpauthUri, qrDataUrl } from './totp.js';
import { challengedStaffId, challengeStillFits, issueChallenge } from './two-factor-challenge.js';

/** Audit events of two-factor sign-in (the subject is the staff member's id). */
export const TWO_FACTOR_AUDIT_TYPES = [
  'TWO_FACTOR_ENABLED',
  'TWO_FACTOR_DISABLED',
  'TWO_FACTOR_RECOVERY_CODE_USED',
  'STAFF_TWO_FACTOR_RESET',
] as const;

export interface Enrolment {
  secret: string;
  uri: string;
  qr: string;
}

/** AAD of a staff member's sealed secret: a ciphertext copied to another person does not decrypt. */
const secretContext = (staffId: string) => `staff-two-factor:${staffId}`;
const digitsOnly = (code: string) => code.replace(/[\s-]/g, '');

/**
 * Two-factor sign-in with TOTP (RFC 6238): set-up confirmed by a first code, the second sign-in step,
 * one-time recovery codes, turning it off oneself or by an admin. Secrets are sealed with
 * PATRON_SECRET_KEY; without it nothing can be set up.
 */
export class TwoFactor {
  private readonly keys: ServerKeys | null;

  constructor(
    private readonly orm: MikroORM,
    secrets: ServerSecrets,
    private readonly passwords: Passwords,
    private readonly audit: AuditService,
    private readonly throttle: SignInThrottle,
    private readonly sessions: StaffSessions,
  ) {
    this.keys = secrets.secretKey ? new ServerKeys(secrets.secretKey) : null;
  }

  async status(
    staffId: string,
  ): Promise<{ enabled: boolean; enabledAt: Date | null; recoveryCodesLeft: number }> {
    const em = this.orm.em.fork();
    const staff = await em.findOneOrFail(Staff, { id: staffId });
    return {
      enabled: staff.twoFactorEnabledAt !== null,
      enabledAt: staff.twoFactorEnabledAt ?? null,
      recoveryCodesLeft: staff.twoFactorEnabledAt ? await unusedRecoveryCodes(emSql(em), staff) : 0,
    };
  }

  /** A fresh secret to scan, replacing any earlier unconfirmed one; shown once, kept sealed. */
  async start(staffId: string): Promise<Enrolment> {
    const keys = this.mustHaveKeys();
    const em = this.orm.em.fork();
    const staff = await em.findOneOrFail(Staff, { id: staffId });
    if (staff.twoFactorEnabledAt) throw refusal('TWO_FACTOR_ALREADY_ON');
    const workspace = await em.findOneOrFail(Workspace, { id: staff.workspaceId });
    const secret = newTotpSecret();
    staff.twoFactorPendingSecret = keys.encrypt(secret, secretContext(staff.id));
    await em.flush();
    const uri = otpauthUri(secret, `Patron (${workspace.name})`, staff.email);
    return { secret, uri, qr: await qrDataUrl(uri) };
  }

  /** The first code turns it on; answers the recovery codes, shown this once. */
  async confirm(actor: Actor, staffId: string, code: string): Promise<string[]> {
    const keys = this.mustHaveKeys();
    const codes = await this.orm.em.fork().transactional(async (em) => {
      const staff = await em.findOneOrFail(Staff, { id: staffId }, { lockMode: LockMode.PESSIMISTIC_WRITE });
      if (staff.twoFactorEnabledAt) throw refusal('TWO_FACTOR_ALREADY_ON');
      const sealed = staff.twoFactorPendingSecret;
      const secret = sealed ? keys.decrypt(sealed, secretContext(staff.id)) : null;
      if (!secret) throw refusal('TWO_FACTOR_NOT_STARTED');
      const step = matchingStep(secret, digitsOnly(code));
      if (step === null) throw badField(['code'], 'TWO_FACTOR_CODE_WRONG');
      staff.twoFactorSecret = sealed;
      staff.twoFactorPendingSecret = null;
      staff.twoFactorEnabledAt = new Date();
      staff.twoFactorLastStep = step;
      await em.flush();
      const sql = emSql(em);
      const fresh = await replaceRecoveryCodes(sql, this.passwords, staff);
      await this.record(sql, staff, 'TWO_FACTOR_ENABLED', actor);
      return fresh;
    });
    this.sessions.forgetStaff(staffId);
    return codes;
  }

  /** Off by the person themself: a current code, a recovery code or their password proves it is them. */
  async turnOff(actor: Actor, staffId: string, proof: string): Promise<void> {
    await this.orm.em.fork().transactional(async (em) => {
      const staff = await em.findOneOrFail(Staff, { id: staffId }, { lockMode: LockMode.PESSIMISTIC_WRITE });
      if (!staff.twoFactorEnabledAt) return;
      const sql = emSql(em);
      const proven =
        (await this.acceptCode(sql, staff, proof)) ||
        (await useRecoveryCode(sql, this.passwords, staff, proof)) ||
        (await this.passwords.verify(staff.passwordHash, proof));
      if (!proven) throw badField(['proof'], 'TWO_FACTOR_CODE_WRONG');
      await this.clear(em, staff);
      await this.record(sql, staff, 'TWO_FACTOR_DISABLED', actor);
    });
    this.sessions.forgetStaff(staffId);
  }

  /** Off by an admin (a lost phone), in the caller's transaction, which found `staff` in its workspace. */
  async reset(em: EntityManager, staff: Staff, actor: Actor): Promise<void> {
    if (!staff.twoFactorEnabledAt && !staff.twoFactorPendingSecret) return;
    await this.clear(em, staff);
    await this.record(emSql(em), staff, 'STAFF_TWO_FACTOR_RESET', actor);
  }

  /** After a right password: whether a code is needed, and the challenge that carries the sign-in on. */
  challengeFor(staff: Staff): string | null {
    if (!staff.twoFactorEnabledAt) return null;
    // Two-factor was set up, then the key went: the secret cannot be read, so no code can be checked.
    if (!this.keys) throw refusal('TWO_FACTOR_SECRET_KEY_MISSING');
    return issueChallenge(this.keys, staff);
  }

  /**
   * The second step: a TOTP code or an unused recovery code for the challenge's staff member.
   * Counted by the sign-in throttle like a password; a right code ends the streak and signs in.
   */
  async secondStep(
    challenge: string,
    code: string,
    from: { ip: string; userAgent: string | null },
  ): Promise<SignedIn> {
    const staffId = this.keys ? challengedStaffId(this.keys, challenge) : null;
    if (!staffId) throw refusal('TWO_FACTOR_CHALLENGE_EXPIRED');
    const em = this.orm.em.fork();
    const staff = await em.findOne(Staff, { id: staffId, active: true });
    if (!staff?.twoFactorEnabledAt || !challengeStillFits(challenge, staff)) {
      throw refusal('TWO_FACTOR_CHALLENGE_EXPIRED');
    }
    const attempt = await this.throttle.reserve(staff.email, from.ip);
    const sql = emSql(em);
    const viaCode = await this.acceptCode(sql, staff, code);
    const viaRecovery = !viaCode && (await useRecoveryCode(sql, this.passwords, staff, code));
    if (!viaCode && !viaRecovery) {
      await this.throttle.failed(attempt, staff);
      throw badField(
        ['code'],
        (await this.wasReplay(staff, code)) ? 'TWO_FACTOR_CODE_USED' : 'TWO_FACTOR_CODE_WRONG',
      );
    }
    await this.throttle.release(attempt, 2);
    if (viaRecovery) {
      const actor: Actor = { kind: 'staff', id: staff.id, name: staff.name };
      await this.record(sql, staff, 'TWO_FACTOR_RECOVERY_CODE_USED', actor, {
        left: await unusedRecoveryCodes(sql, staff),
      });
    }
    return { staff, ...(await this.sessions.start(staff, from)) };
  }

  /**
   * A TOTP code for a step later than the last accepted one: the step is stored in the same update
   * that checks it, so the same code sent twice at once passes once.
   */
  private async acceptCode(sql: EmSql, staff: Staff, code: string): Promise<boolean> {
    const secret = this.secretOf(staff);
    const step = secret ? matchingStep(secret, digitsOnly(code)) : null;
    if (step === null) return false;
    const taken = await sql.execute<unknown[]>(
      `update staff set two_factor_last_step = ?
        where id = ? and (two_factor_last_step is null or two_factor_last_step < ?) returning id`,
      [step, staff.id, step],
    );
    return taken.length === 1;
  }

  /** A right code whose step is already used: said apart from a wrong one, so the person waits. */
  private async wasReplay(staff: Staff, code: string): Promise<boolean> {
    const secret = this.secretOf(staff);
    return secret !== null && matchingStep(secret, digitsOnly(code)) !== null;
  }

  private secretOf(staff: Staff): string | null {
    if (!staff.twoFactorSecret || !this.keys) return null;
    return this.keys.decrypt(staff.twoFactorSecret, secretContext(staff.id));
  }

  private async clear(em: EntityManager, staff: Staff): Promise<void> {
    staff.twoFactorSecret = null;
    staff.twoFactorPendingSecret = null;
    staff.twoFactorEnabledAt = null;
    staff.twoFactorLastStep = null;
    await em.flush();
    await deleteRecoveryCodes(emSql(em), staff);
  }

  private record(
    sql: EmSql,
    staff: Staff,
    type: (typeof TWO_FACTOR_AUDIT_TYPES)[number],
    actor: Actor,
    details: Record<string, unknown> = {},
  ): Promise<void> {
    return this.audit.record(sql, {
      workspaceId: staff.workspaceId,
      type,
      actor,
      subject: staff.id,
      details: { name: staff.name, ...details },
    });
  }

  private mustHaveKeys(): ServerKeys {
    if (!this.keys) throw refusal('TWO_FACTOR_SECRET_KEY_MISSING');
    return this.keys;
  }
}
