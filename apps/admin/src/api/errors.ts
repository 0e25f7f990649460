import { CombinedGraphQLErrors } from '@apollo/client';
import { HttpError } from 'react-admin';

/** The first GraphQL error code of a failed call, if it was a GraphQL error. */
export function errorCode(error: unknown): string | undefined {
  if (!CombinedGraphQLErrors.is(error)) return undefined;
  const code = error.errors[0]?.extensions?.code;
  return typeof code === 'string' ? code : undefined;
}

/**
 * API errors as react-admin understands them: bad input becomes per-field messages under the
 * inputs (the last element of each error path names the field), the rest keep their HTTP meaning.
 */
export function toHttpError(error: unknown): unknown {
  if (!CombinedGraphQLErrors.is(error)) return error;
  const first = error.errors[0];
  const code = first?.extensions?.code;
  const status =
    { BAD_USER_INPUT: 400, UNAUTHENTICATED: 401, FORBIDDEN: 403, NOT_FOUND: 404, CONFLICT: 409 }[
      String(code)
    ] ?? 500;
  if (code === 'BAD_USER_INPUT') {
    const fields =
      (first?.extensions?.fields as { path: (string | number)[]; message: string }[] | undefined) ?? [];
    const errors: Record<string, string> = {};
    for (const f of fields) {
      const key = f.path[f.path.length - 1];
      if (typeof key === 'string') errors[key] = f.message;
    }
    return new HttpError(first?.message ?? 'Invalid input', status, { errors });
  }
  return new HttpError(first?.message ?? 'Error', status);
}
