import type { Actor, CustomerEvent } from '@patron/sdk';
import type { PreparedPool, Run } from '../../db/prepared-pool.js';
import { pgArray } from '../../db/sql-array.js';
import { refusal } from '../../graphql/errors.js';
import { recordHistory } from '../history/history.service.js';
import { lockCustomer } from './consent.service.js';
import { CONSENT_HISTORY } from './consent-history.js';

export type VerificationStatus = 'NEW' | 'VERIFIED' | 'UNCONFIRMED';
export type Contact = 'PHONE' | 'EMAIL';

export interface Verification {
  status: VerificationStatus;
  verifiedAt: Date | null;
  verifiedBy: string | null;
  phoneVerified: boolean;
  emailVerified: boolean;
}

const NEW: Verification = {
  status: 'NEW',
  verifiedAt: null,
  verifiedBy: null,
  phoneVerified: false,
  emailVerified: false,
};

/** Who unconfirms a profile after its data changed. */
export const VERIFICATION_ACTOR: Actor = { kind: 'system', id: null, name: 'Verification' };

/** Attribute changes that are not about the person: they leave a verified profile verified. */
const NOT_PERSONAL = new Set(['openingPurchaseTotal']);

const CONTACT = {
  PHONE: {
    column: 'phone_verified',
    attribute: 'mobile',
    field: 'phoneVerified',
    missing: 'VERIFICATION_NO_PHONE',
  },
  EMAIL: {
    column: 'email_verified',
    attribute: 'email',
    field: 'emailVerified',
    missing: 'VERIFICATION_NO_EMAIL',
  },
} as const;

interface Row {
  customer_id: string;
  status: VerificationStatus;
  verified_at: Date | null;
  verified_by: string | null;
  phone_verified: boolean;
  email_verified: boolean;
}

const toVerification = (r: Row | undefined): Verification =>
  r
    ? {
        status: r.status,
        verifiedAt: r.verified_at ? new Date(r.verified_at) : null,
        verifiedBy: r.verified_by,
        phoneVerified: r.phone_verified,
        emailVerified: r.email_verified,
      }
    : NEW;

/**
 * A profile's verification: NEW until a manager verifies it, VERIFIED, and UNCONFIRMED when a verified
 * profile's data changes afterwards (whoever changed it: the card, an import, the API). The phone and
 * the email carry their own verified flag, which needs the customer's personal data consent.
 */
export class VerificationService {
  constructor(
    private readonly sql: PreparedPool,
    private readonly afterCommit: () => void,
  ) {}

  async get(workspaceId: string, customerIds: string[]): Promise<Map<string, Verification>> {
    const rows = await this.sql.query<Row>(
      'select * from customer_verification where workspace_id = ? and customer_id = any(?::uuid[])',
      [workspaceId, pgArray(customerIds)],
    );
    const byId = new Map(rows.map((r) => [r.customer_id, r]));
    return new Map(customerIds.map((id) => [id, toVerification(byId.get(id))]));
  }

  async verify(workspaceId: string, actor: Actor, customerId: string): Promise<Verification> {
    const result = await this.sql.transaction(async (run) => {
      await lockCustomer(run, workspaceId, customerId);
      const before = await current(run, workspaceId, customerId);
      if (before.status === 'VERIFIED') throw refusal('CUSTOMER_ALREADY_VERIFIED');
      const [row] = await run<Row>(
        `insert into customer_verification (workspace_id, customer_id, status, verified_at, verified_by, changed_at)
         values (?, ?, 'VERIFIED', now(), ?, now())
         on conflict (workspace_id, customer_id) do update
           set status = 'VERIFIED', verified_at = now(), verified_by = excluded.verified_by, changed_at = now()
         returning *`,
        [workspaceId, customerId, actor.name],
      );
      await recordHistory(run, workspaceId, customerId, CONSENT_HISTORY.verified, actor, [
        { key: 'verification', oldValue: before.status, newValue: 'VERIFIED' },
      ]);
      return toVerification(row);
    });
    this.afterCommit();
    return result;
  }

  /** Marks the phone or email verified (needs personal data consent and the contact itself) or not. */
  async setContactVerified(
    workspaceId: string,
    actor: Actor,
    customerId: string,
    contact: Contact,
    verified: boolean,
  ): Promise<Verification> {
    const result = await this.sql.transaction((run) =>
      this.setContactVerifiedWithin(run, workspaceId, actor, customerId, contact, verified),
    );
    this.afterCommit();
    return result;
  }

  /** `setContactVerified` in the caller's transaction (a self sign-up proves the phone with a code). */
  async setContactVerifiedWithin(
    run: Run,
    workspaceId: string,
    actor: Actor,
    customerId: string,
    contact: Contact,
    verified: boolean,
  ): Promise<Verification> {
    const c = CONTACT[contact];
    const customer = await lockCustomer(run, workspaceId, customerId);
    const before = await current(run, workspaceId, customerId);
    if (before[c.field] === verified) return before;
    if (verified) {
      if (typeof customer.attributes[c.attribute] !== 'string') throw refusal(c.missing);
      const [consent] = await run<{ granted: boolean }>(
        `select granted from customer_consent where workspace_id = ? and customer_id = ? and kind = 'PERSONAL_DATA'`,
        [workspaceId, customerId],
      );
      if (!consent?.granted) throw refusal('CONSENT_PERSONAL_DATA_REQUIRED');
    }
    const [row] = await run<Row>(
      `insert into customer_verification (workspace_id, customer_id, status, ${c.column}, changed_at)
       values (?, ?, 'NEW', ?, now())
       on conflict (workspace_id, customer_id) do update set ${c.column} = excluded.${c.column}, changed_at = now()
       returning *`,
      [workspaceId, customerId, verified],
    );
    await recordHistory(run, workspaceId, customerId, CONSENT_HISTORY.contactVerification, actor, [
      { key: c.field, oldValue: before[c.field], newValue: verified },
    ]);
    return toVerification(row);
  }

  /**
   * After a customer's data changed (customer.updated, from any writer): a profile verified before
   * the change becomes UNCONFIRMED, and a changed phone or email loses its verified mark. Delivered
   * at least once, so doing it twice must change nothing: only a verification older than the change
   * is undone.
   */
  async afterDataChanged(event: CustomerEvent): Promise<void> {
    const keys = new Set(event.changes.map((c) => c.key).filter((k) => !NOT_PERSONAL.has(k)));
    if (keys.size === 0) return;
    const done = await this.sql.transaction(async (run) => {
      const [before] = await run<Row>(
        'select * from customer_verification where workspace_id = ? and customer_id = ? for update',
        [event.workspaceId, event.customerId],
      );
      if (!before) return false;
      const unconfirm =
        before.status === 'VERIFIED' &&
        !!before.verified_at &&
        new Date(before.verified_at) <= event.occurredAt;
      const phone = before.phone_verified && keys.has('mobile');
      const email = before.email_verified && keys.has('email');
      if (!unconfirm && !phone && !email) return false;
      await run(
        `update customer_verification set status = ?, phone_verified = ?, email_verified = ?, changed_at = now()
          where workspace_id = ? and customer_id = ?`,
        [
          unconfirm ? 'UNCONFIRMED' : before.status,
          before.phone_verified && !phone,
          before.email_verified && !email,
          event.workspaceId,
          event.customerId,
        ],
      );
      const changes = [
        ...(unconfirm ? [{ key: 'verification', oldValue: 'VERIFIED', newValue: 'UNCONFIRMED' }] : []),
        ...(phone ? [{ key: 'phoneVerified', oldValue: true, newValue: false }] : []),
        ...(email ? [{ key: 'emailVerified', oldValue: true, newValue: false }] : []),
      ];
      await recordHistory(
        run,
        event.workspaceId,
        event.customerId,
        unconfirm ? CONSENT_HISTORY.unconfirmed : CONSENT_HISTORY.contactVerification,
        VERIFICATION_ACTOR,
        changes,
      );
      return true;
    });
    if (done) this.afterCommit();
  }
}

async function current(run: Run, workspaceId: string, customerId: string): Promise<Verification> {
  const [row] = await run<Row>(
    'select * from customer_verification where workspace_id = ? and customer_id = ? for update',
    [workspaceId, customerId],
  );
  return toVerification(row);
}
