import { CombinedGraphQLErrors } from '@apollo/client/errors';

/**
 * Sends a file to the server's `POST /files` (kept there a day) and gives its id, for a call that
 * takes `fileId`: large files never travel inside a GraphQL request, whose body is limited to 1 MB.
 * A refusal is thrown as GraphQL errors, so forms place it like any other.
 */
export async function uploadFile(
  name: string,
  content: Blob | string,
  contentType = 'text/csv; charset=utf-8',
): Promise<string> {
  const res = await fetch('/files', {
    method: 'POST',
    credentials: 'include',
    headers: {
      // The server refuses uploads without it: other sites cannot send it (CSRF).
      'x-patron-csrf': '1',
      'content-type': contentType,
      'x-file-name': encodeURIComponent(name),
    },
    body: content,
  });
  const body = (await res.json().catch(() => null)) as { fileId?: string; errors?: unknown[] } | null;
  if (res.ok && body?.fileId) return body.fileId;
  throw new CombinedGraphQLErrors({
    errors: (body?.errors as never) ?? [{ message: `HTTP ${res.status}` }],
  });
}
