import { CombinedGraphQLErrors } from '@apollo/client';
import { HttpError } from 'react-admin';
import { explain } from './errors';

/**
 * Failed GraphQL calls as react-admin understands them: the status decides sign-out (401),
 * and `body.errors` puts bad-input messages under the inputs they name.
 */
export function toHttpError(error: unknown): unknown {
  if (!CombinedGraphQLErrors.is(error)) return error;
  const meaning = explain(error.errors as never);
  return new HttpError(
    meaning.message,
    meaning.status,
    meaning.fieldErrors ? { errors: meaning.fieldErrors } : undefined,
  );
}

/** Runs a data call, translating its failure. */
export async function guard<T>(work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    throw toHttpError(error);
  }
}
