/**
 * Whether a database error is this SQLSTATE on this constraint. Raw SQL errors arrive as
 * node-postgres errors, ORM ones wrapped; both carry the code and name the constraint in the message.
 */
export function violates(error: unknown, code: string, constraint: string): boolean {
  const e = error as { code?: string; message?: string } | null;
  return e?.code === code && Boolean(e.message?.includes(constraint));
}
