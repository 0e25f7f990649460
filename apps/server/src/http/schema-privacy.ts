import type { ApolloServerPlugin } from '@apollo/server';
import type { PatronContext } from '@patron/sdk';
import { type DocumentNode, Kind, visit } from 'graphql';
import { refusal, withHttp } from '../graphql/errors.js';
import { isSignedIn } from './signed-in.js';

const INTROSPECTION_FIELDS = new Set(['__schema', '__type']);

function introspects(document: DocumentNode): boolean {
  let found = false;
  visit(document, {
    [Kind.FIELD](node) {
      if (INTROSPECTION_FIELDS.has(node.name.value)) found = true;
    },
  });
  return found;
}

/** graphql-js appends `Did you mean "customers"?` (and lists of names) to validation messages. */
const SUGGESTION = /\s*Did you mean [^?]*\?/g;

/**
 * The schema is told to those who are signed in only: an anonymous caller may neither introspect
 * nor learn field names from "Did you mean …" suggestions. Apollo's `introspection` switch is
 * global and validated documents are cached across callers, so this is checked on every request
 * once the operation is known, with the caller's context at hand.
 */
export function schemaPrivacyPlugin<C extends PatronContext>(): ApolloServerPlugin<C> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ document, contextValue }) {
          if (isSignedIn(contextValue) || !introspects(document)) return;
          throw withHttp(refusal('INTROSPECTION_SIGNED_IN_ONLY'), 401);
        },
        async willSendResponse({ response, contextValue }) {
          if (isSignedIn(contextValue) || response.body.kind !== 'single') return;
          const errors = response.body.singleResult.errors;
          if (!errors) return;
          response.body.singleResult.errors = errors.map((error) => ({
            ...error,
            message: error.message.replace(SUGGESTION, ''),
          }));
        },
      };
    },
  };
}
