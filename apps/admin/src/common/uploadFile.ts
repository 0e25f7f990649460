import { CombinedGraphQLErrors } from '@apollo/client/errors';
import { tooLarge, uploadLimit } from './uploadLimit';

export interface UploadOptions {
  contentType?: string;
  /** Bytes the browser has sent so far, of all it will send. */
  onProgress?(sent: number, total: number): void;
  /** Aborting stops the upload; the promise then rejects with an `AbortError`. */
  signal?: AbortSignal;
}

/** Whether a failure is the upload being stopped by its `signal` (nothing to tell anyone). */
export const uploadAborted = (error: unknown): boolean =>
  error instanceof DOMException && error.name === 'AbortError';

/**
 * Sends a file to the server's `POST /files` (kept there a day) and gives its id, for a call that
 * takes `fileId`: large files never travel inside a GraphQL request, whose body is limited to 1 MB.
 * A refusal is thrown as GraphQL errors, so forms place it like any other. XMLHttpRequest, not fetch:
 * only it tells how much of a file of hundreds of megabytes has gone. A file over the server's limit
 * is refused here, before a byte goes, as the server would refuse it (FILE_TOO_LARGE); when the limit
 * cannot be learnt, the server decides.
 */
export async function uploadFile(
  name: string,
  content: Blob | string,
  options: UploadOptions = {},
): Promise<string> {
  const { contentType = 'text/csv; charset=utf-8', onProgress, signal } = options;
  const body = typeof content === 'string' ? new Blob([content]) : content;
  const limit = await uploadLimit
    .load({})
    .then(({ uploadMaxBytes }) => uploadMaxBytes)
    .catch(() => null);
  const refused = limit === null ? null : tooLarge(body.size, limit);
  if (refused) throw refused;
  return new Promise((resolve, reject) => {
    if (signal?.aborted) return reject(new DOMException('The upload was stopped', 'AbortError'));
    const xhr = new XMLHttpRequest();
    xhr.open('POST', '/files');
    xhr.withCredentials = true;
    // The server refuses uploads without it: other sites cannot send it (CSRF).
    xhr.setRequestHeader('x-patron-csrf', '1');
    xhr.setRequestHeader('content-type', contentType);
    xhr.setRequestHeader('x-file-name', encodeURIComponent(name));
    if (onProgress)
      xhr.upload.addEventListener('progress', (e) => {
        if (e.lengthComputable) onProgress(e.loaded, e.total);
      });
    xhr.addEventListener('load', () => {
      let body: { fileId?: string; errors?: unknown[] } | null = null;
      try {
        body = JSON.parse(xhr.responseText);
      } catch {}
      if (xhr.status >= 200 && xhr.status < 300 && body?.fileId) return resolve(body.fileId);
      reject(
        new CombinedGraphQLErrors({ errors: (body?.errors as never) ?? [{ message: `HTTP ${xhr.status}` }] }),
      );
    });
    xhr.addEventListener('error', () => reject(new TypeError('The upload could not reach the server')));
    xhr.addEventListener('abort', () => reject(new DOMException('The upload was stopped', 'AbortError')));
    signal?.addEventListener('abort', () => xhr.abort(), { once: true });
    xhr.send(body);
  });
}
