import type { MikroORM } from '@mikro-orm/postgresql';
import { emSql } from '../../db/em-sql.js';
import { signInThrottled } from '../../graphql/errors.js';
import type { AuditService } from '../audit/audit.service.js';

/** Failures one source may make for one email before each further one locks it out for a while. */
export const FREE_FAILURES = 5;
const FIRST_LOCK_MINUTES = 1;
const MAX_LOCK_MINUTES = 60;
/** A source's streak of failures for an email is forgotten after this long without an attempt. */
const STREAK_MEMORY = "interval '24 hours'";
/** Failures one source may make across all emails per window (guessing many accounts at once). */
export const SOURCE_MAX_FAILURES = 30;
const SOURCE_WINDOW = "interval '15 minutes'";
/** The per-source row's email: never a real one (sign-in refuses an empty email before it gets here). */
const ANY_EMAIL = '';

/** An attempt counted before its password is checked; it stays counted unless the password was right. */
export interface Reservation {
  email: string;
  ip: string;
  /** Attempts in the source's streak for this email, this one included. */
  attempts: number;
  lockedUntil: Date | null;
}

const STREAK = `case when t.last_at <= now() - ${STREAK_MEMORY} then 1 else t.attempts + 1 end`;
const lockAfter = (attempts: string) =>
  `case when ${attempts} >= ${FREE_FAILURES}
        then now() + least(${MAX_LOCK_MINUTES}, ${FIRST_LOCK_MINUTES} * power(2, ${attempts} - ${FREE_FAILURES}))
                     * interval '1 minute' end`;

/**
 * Sign-in throttling per (email, source) with doubling lockouts, plus a cap per source across
 * emails. Counting and reserving an attempt is one transaction that locks the counter rows, so
 * parallel guesses queue on them and at most the limit reach the password check. Strangers failing
 * from elsewhere never lock the owner's own source out.
 */
export class SignInThrottle {
  constructor(
    private readonly orm: MikroORM,
    private readonly audit: AuditService,
  ) {}

  /** Counts this attempt, or refuses with SIGN_IN_THROTTLED when the source must wait. */
  async reserve(email: string, ip: string): Promise<Reservation> {
    return this.orm.em.fork().transactional(async (em) => {
      const sql = emSql(em);
      // The source's row first, then the email's: one order, so two attempts never deadlock.
      const [source] = await sql.execute<{ attempts: number }[]>(
        `insert into sign_in_throttle as t (email, ip, attempts) values (?, ?, 1)
         on conflict (email, ip) do update set
           attempts = case when t.window_start <= now() - ${SOURCE_WINDOW} then 1 else t.attempts + 1 end,
           window_start = case when t.window_start <= now() - ${SOURCE_WINDOW} then now() else t.window_start end,
           last_at = now()
         where t.window_start <= now() - ${SOURCE_WINDOW} or t.attempts < ${SOURCE_MAX_FAILURES}
         returning attempts`,
        [ANY_EMAIL, ip],
      );
      if (!source) {
        const [row] = await sql.execute<{ wait: number }[]>(
          `select extract(epoch from window_start + ${SOURCE_WINDOW} - now())::float8 as wait
             from sign_in_throttle where email = ? and ip = ?`,
          [ANY_EMAIL, ip],
        );
        throw signInThrottled(Math.max(1, row?.wait ?? 60));
      }
      const [account] = await sql.execute<{ attempts: number; locked_until: Date | null }[]>(
        `insert into sign_in_throttle as t (email, ip, attempts, locked_until)
         values (?, ?, 1, ${lockAfter('1')})
         on conflict (email, ip) do update set
           attempts = ${STREAK},
           locked_until = ${lockAfter(`(${STREAK})`)},
           last_at = now()
         where t.locked_until is null or t.locked_until <= now()
         returning attempts, locked_until`,
        [email, ip],
      );
      if (!account) {
        const [row] = await sql.execute<{ wait: number }[]>(
          `select extract(epoch from locked_until - now())::float8 as wait
             from sign_in_throttle where email = ? and ip = ?`,
          [email, ip],
        );
        // Rolls back the source's count too: a refused attempt costs the source nothing more.
        throw signInThrottled(Math.max(1, row?.wait ?? 60));
      }
      return {
        email,
        ip,
        attempts: account.attempts,
        lockedUntil: account.locked_until ? new Date(account.locked_until) : null,
      };
    });
  }

  /**
   * The password (and code) was right: the source's streak for this email ends and its attempts are
   * given back (2 after a second sign-in step: the password's and the code's).
   */
  async release(reservation: Reservation, attempts: 1 | 2 = 1): Promise<void> {
    await this.orm.em.fork().transactional(async (em) => {
      const sql = emSql(em);
      await sql.execute('delete from sign_in_throttle where email = ? and ip = ?', [
        reservation.email,
        reservation.ip,
      ]);
      await sql.execute(
        'update sign_in_throttle set attempts = greatest(attempts - ?, 0) where email = ? and ip = ?',
        [attempts, ANY_EMAIL, reservation.ip],
      );
    });
  }

  /**
   * The password was wrong. When this failure crossed the threshold for a staff member's email, the
   * workspace's audit log says so: that is how admins learn of guessing.
   */
  async failed(reservation: Reservation, staff: { workspaceId: string } | null): Promise<void> {
    if (!staff || reservation.attempts !== FREE_FAILURES || !reservation.lockedUntil) return;
    await this.audit.record(emSql(this.orm.em.fork()), {
      workspaceId: staff.workspaceId,
      type: 'SIGN_IN_LOCKED',
      actor: { kind: 'system', id: null, name: 'Sign-in throttle' },
      subject: reservation.email,
      details: { ip: reservation.ip, until: reservation.lockedUntil.toISOString() },
    });
  }

  /** Forgets streaks nobody has added to for a day and source windows that are over. */
  async prune(): Promise<number> {
    const rows = await this.orm.em.getConnection().execute<{ n: number }[]>(
      `with gone as (
         delete from sign_in_throttle
          where (locked_until is null or locked_until <= now())
            and (case when email = ? then window_start <= now() - ${SOURCE_WINDOW}
                      else last_at <= now() - ${STREAK_MEMORY} end)
          returning 1)
       select count(*)::int as n from gone`,
      [ANY_EMAIL],
    );
    return rows[0]?.n ?? 0;
  }
}
