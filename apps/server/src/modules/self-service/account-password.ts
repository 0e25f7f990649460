import type { Run } from '../../db/prepared-pool.js';
import { recordHistory } from '../history/history.service.js';
import type { CustomerSessions, SelfServiceCaller } from './customer-sessions.js';
import { CUSTOMER_ACTOR, SELF_SERVICE_HISTORY } from './self-service-history.js';

/**
 * The one way a customer's account gets a password of their own choosing, inside the caller's
 * transaction: an invitation accepted (`passwordSet`), a sign-up (`signedUp`), a forgotten password
 * reset with an SMS code or an emailed link (`resetBySms`, `resetByEmail`) or a change on their pages
 * (`passwordChanged`, which keeps the session it was made in: `keepSession`). The account is made
 * when there is none; any invitation and any pending reset end, so their links and codes cannot set
 * a second password; other sessions that an earlier password opened end; the history says how.
 */
export async function setAccountPassword(
  run: Run,
  sessions: CustomerSessions,
  caller: SelfServiceCaller,
  passwordHash: string,
  how: 'passwordSet' | 'signedUp' | 'resetBySms' | 'resetByEmail' | 'passwordChanged',
  keepSession: string | null = null,
): Promise<void> {
  await run(
    `insert into self_service_account (workspace_id, customer_id, password_hash, password_set_at)
     values (?, ?, ?, now())
     on conflict (workspace_id, customer_id) do update set
       password_hash = excluded.password_hash, password_set_at = excluded.password_set_at,
       invite_token_hash = null, invite_expires_at = null`,
    [caller.workspaceId, caller.customerId, passwordHash],
  );
  await run(
    `update customer_password_reset set used_at = now()
      where workspace_id = ? and customer_id = ? and used_at is null`,
    [caller.workspaceId, caller.customerId],
  );
  await sessions.endOthers(run, caller, keepSession);
  await recordHistory(
    run,
    caller.workspaceId,
    caller.customerId,
    SELF_SERVICE_HISTORY.passwordSet,
    CUSTOMER_ACTOR,
    [{ key: 'selfService', oldValue: null, newValue: how }],
  );
}
