import { randomBytes } from 'node:crypto';
import { isUuid } from '../../common/ids.js';
import { hashToken } from '../auth/staff-sessions.js';

/**
 * A self-service token (a session cookie, an invitation link): the workspace's id, a dot and 32
 * random bytes. The workspace in the clear lets every lookup go by (workspace_id, SHA-256 of the
 * token), as the key rule wants of workspace data (`db/README.md`); only the random part is secret.
 */
export function newWorkspaceToken(workspaceId: string): { token: string; hash: string } {
  const token = `${workspaceId}.${randomBytes(32).toString('base64url')}`;
  return { token, hash: hashToken(token) };
}

const SHAPE = /^([0-9a-f-]{36})\.[A-Za-z0-9_-]{43}$/;

/** The workspace and hash of a token of that shape, or null for anything else. */
export function readWorkspaceToken(token: string): { workspaceId: string; hash: string } | null {
  const workspaceId = SHAPE.exec(token)?.[1];
  if (!workspaceId || !isUuid(workspaceId)) return null;
  return { workspaceId, hash: hashToken(token) };
}
