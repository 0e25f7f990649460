import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import type { DocumentNode } from 'graphql';
import { type ApiError, offendingFields, problemOf } from '../data-provider/errors';
import type { ProblemMessage } from '../problems/problemText';
import { refusalTextsReady } from './problemTexts';

/** A refusal of the API: the whole one, and each offending argument's (by its name) when input was bad. */
export class Refusal extends Error {
  constructor(
    readonly code: string | undefined,
    readonly problem: ProblemMessage,
    readonly fields: Record<string, ProblemMessage>,
  ) {
    super(problem.message);
  }
}

const offline = () => new Refusal(undefined, { message: 'offline' }, {});

/** The refusal a GraphQL error list carries (the first error), its fields named by their last path part. */
export function refusalOf(errors: readonly ApiError[]): Refusal {
  const error = errors[0] ?? { message: 'offline' };
  const fields: Record<string, ProblemMessage> = {};
  if (error.extensions?.code === 'BAD_USER_INPUT')
    for (const { path, problem } of offendingFields(error)) {
      const name = path.length > 0 ? String(path[path.length - 1]) : undefined;
      if (name && !fields[name]) fields[name] = problem;
    }
  const code = typeof error.extensions?.code === 'string' ? error.extensions.code : undefined;
  return new Refusal(code, problemOf(error), fields);
}

/**
 * A document's text. The build writes each `graphql()` document as its text (build/inlineDocuments.ts),
 * so graphql's printer is not downloaded; the dev server and tests have codegen's syntax tree.
 */
async function textOf(document: DocumentNode): Promise<string> {
  const written = document as unknown as string | DocumentNode;
  if (typeof written === 'string') return written;
  if (import.meta.env.DEV) return (await import('graphql/language/printer')).print(written);
  throw new Error('a GraphQL document the build did not write as text');
}

/**
 * One GraphQL call with the customer's session cookie (httpOnly, set and cleared by the server),
 * whose refusal is not shown (is the session still good?): it does not wait for refusal texts.
 * Rejects with a Refusal, or with a Refusal of no code when the server could not be reached.
 */
export async function probe<R, V>(document: TypedDocumentNode<R, V>, variables?: V): Promise<R> {
  let answer: { data?: R | null; errors?: ApiError[] };
  try {
    const response = await fetch('/graphql', {
      method: 'POST',
      credentials: 'same-origin',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: await textOf(document), variables: variables ?? {} }),
    });
    answer = await response.json();
  } catch {
    throw offline();
  }
  if (answer.errors?.length) throw refusalOf(answer.errors);
  if (!answer.data) throw offline();
  return answer.data;
}

/**
 * One GraphQL call whose refusal the customer reads: it rejects once the refusal texts of the
 * language in use are in (they come after the first screen), so a refusal never shows before
 * them; when they cannot be fetched either, it rejects as offline.
 */
export async function call<R, V>(document: TypedDocumentNode<R, V>, variables?: V): Promise<R> {
  try {
    return await probe(document, variables);
  } catch (refusal) {
    if (refusal instanceof Refusal && refusal.code !== undefined)
      await refusalTextsReady().catch(() => {
        throw offline();
      });
    throw refusal;
  }
}
