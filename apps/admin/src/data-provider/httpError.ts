import { CombinedGraphQLErrors } from '@apollo/client';
import { HttpError } from 'react-admin';
import { allTexts } from '../i18n/i18nProvider';
import { currentProblemText } from '../problems/currentProblemText';
import { type ApiError, formRefusal } from './errors';

/**
 * Failed GraphQL calls as react-admin understands them: the status decides sign-out (401), and
 * `body.errors` puts each bad input's refusal, translated, under the input it names (those the form
 * `accepts`, after `inputOf` renames the API's name); the message is the refusal as a whole, translated.
 */
export function toHttpError(
  error: unknown,
  accepts?: (name: string) => boolean,
  inputOf?: (name: string) => string,
): unknown {
  if (!CombinedGraphQLErrors.is(error)) return error;
  const refusal = formRefusal(error.errors as readonly ApiError[], currentProblemText, accepts, inputOf);
  return new HttpError(
    refusal.message,
    refusal.status,
    refusal.errors ? { errors: refusal.errors } : undefined,
  );
}

/** Runs a data call, translating its failure (`inputOf` renames the API's field names to the form's). */
export async function guard<T>(work: () => Promise<T>, inputOf?: (name: string) => string): Promise<T> {
  try {
    return await work();
  } catch (error) {
    // A refusal's text: the first screen (the customer list) has none of its own (currentProblemText.ts).
    if (CombinedGraphQLErrors.is(error)) await allTexts().catch(() => undefined);
    throw toHttpError(error, undefined, inputOf);
  }
}
