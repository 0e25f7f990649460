import { randomInt } from 'node:crypto';
import type { EmSql } from '../../db/em-sql.js';
import type { Passwords } from './passwords.js';

export const RECOVERY_CODE_COUNT = 10;

/** Whose codes: the staff member and their workspace (the table is keyed by workspace, as all are). */
export interface CodeOwner {
  id: string;
  workspaceId: string;
}
/** No 0/o, 1/l/i: a code is copied from paper by hand. 31 letters ^ 10 ≈ 2^49 each. */
const ALPHABET = 'abcdefghjkmnpqrstuvwxyz23456789';
const LENGTH = 10;

/** A code as typed, without case, spaces or dashes; null when it cannot be a recovery code. */
export function normalRecoveryCode(input: string): string | null {
  const code = input.toLowerCase().replace(/[\s-]/g, '');
  return code.length === LENGTH && [...code].every((c) => ALPHABET.includes(c)) ? code : null;
}

/** Fresh codes shown once as `xxxxx-xxxxx`; only their argon2 hashes are kept, replacing any earlier. */
export async function replaceRecoveryCodes(
  sql: EmSql,
  passwords: Passwords,
  staff: CodeOwner,
): Promise<string[]> {
  const codes = Array.from({ length: RECOVERY_CODE_COUNT }, () =>
    Array.from({ length: LENGTH }, () => ALPHABET[randomInt(ALPHABET.length)]).join(''),
  );
  const hashes = await Promise.all(codes.map((c) => passwords.hash(c)));
  await deleteRecoveryCodes(sql, staff);
  await sql.execute(
    `insert into staff_recovery_code (workspace_id, staff_id, code_hash) values ${hashes.map(() => '(?, ?, ?)').join(', ')}`,
    hashes.flatMap((h) => [staff.workspaceId, staff.id, h]),
  );
  return codes.map((c) => `${c.slice(0, 5)}-${c.slice(5)}`);
}

/**
 * Uses up the unused code that `input` is, if any: true once per code. The row is taken with
 * `used_at is null` in the update, so two sign-ins racing with the same code cannot both pass.
 */
export async function useRecoveryCode(
  sql: EmSql,
  passwords: Passwords,
  staff: CodeOwner,
  input: string,
): Promise<boolean> {
  const code = normalRecoveryCode(input);
  if (!code) return false;
  const rows = await sql.execute<{ id: string; code_hash: string }[]>(
    'select id, code_hash from staff_recovery_code where workspace_id = ? and staff_id = ? and used_at is null',
    [staff.workspaceId, staff.id],
  );
  for (const row of rows) {
    if (!(await passwords.verify(row.code_hash, code))) continue;
    const taken = await sql.execute<unknown[]>(
      'update staff_recovery_code set used_at = now() where workspace_id = ? and id = ? and used_at is null returning id',
      [staff.workspaceId, row.id],
    );
    return taken.length === 1;
  }
  return false;
}

export async function unusedRecoveryCodes(sql: EmSql, staff: CodeOwner): Promise<number> {
  const [row] = await sql.execute<{ n: number }[]>(
    'select count(*)::int as n from staff_recovery_code where workspace_id = ? and staff_id = ? and used_at is null',
    [staff.workspaceId, staff.id],
  );
  return row?.n ?? 0;
}

export async function deleteRecoveryCodes(sql: EmSql, staff: CodeOwner): Promise<void> {
  await sql.execute('delete from staff_recovery_code where workspace_id = ? and staff_id = ?', [
    staff.workspaceId,
    staff.id,
  ]);
}
