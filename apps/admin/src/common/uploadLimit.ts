import { CombinedGraphQLErrors } from '@apollo/client/errors';
import { graphql } from '../gql';
import { sharedQuery, useSharedQuery } from './sharedQuery';

export const UploadLimitQuery = graphql(`
  query UploadLimit {
    uploadMaxBytes
  }
`);

/** Asked once per sign-in (forgotten with Apollo's cache, as every shared query). */
export const uploadLimit = sharedQuery(UploadLimitQuery);

/** The largest file the server takes, in bytes; undefined until it is known. */
export function useUploadLimit(): number | undefined {
  return useSharedQuery(uploadLimit, {}).data?.uploadMaxBytes;
}

/** `1048576` → `1 MB`: the size as the server writes it in FILE_TOO_LARGE. */
export const megabytes = (bytes: number): string => `${Math.round((bytes / 1024 / 1024) * 10) / 10} MB`;

/**
 * The server's own refusal of a file over `maxBytes` (FILE_TOO_LARGE with its `max`), for a file
 * refused before it is sent: forms place and translate it exactly as if the server had answered.
 */
export function tooLarge(size: number, maxBytes: number): CombinedGraphQLErrors | null {
  if (size <= maxBytes) return null;
  const max = megabytes(maxBytes);
  return new CombinedGraphQLErrors({
    errors: [
      {
        message: `The file is larger than ${max}, the most that can be uploaded`,
        extensions: { code: 'BAD_USER_INPUT', problem: { code: 'FILE_TOO_LARGE', params: { max } } },
      },
    ],
  });
}
