import { costLimitRule } from '@escape.tech/graphql-armor-cost-limit';
import { maxAliasesRule } from '@escape.tech/graphql-armor-max-aliases';
import { maxDepthRule } from '@escape.tech/graphql-armor-max-depth';
import { maxDirectivesRule } from '@escape.tech/graphql-armor-max-directives';
import type { ProblemCode } from '@patron/problems';
import type { GraphQLError, GraphQLFormattedError, ValidationContext, ValidationRule } from 'graphql';
import { refusal } from '../graphql/errors.js';

/**
 * How big one GraphQL document may be. Sized from the SPA's own documents (api-limits.test.ts runs
 * every one of them through these rules): the heaviest, the card's purchases and tier tabs, cost
 * 423 and 345 and nest 8 levels, the customer list has 126 tokens and one directive, none uses an
 * alias. GraphiQL's introspection query is not counted by cost and depth (it is answered to
 * signed-in callers only). A document over any limit is refused before anything runs.
 */
export interface QueryLimits {
  /** GraphQL Armor's cost: 1 per scalar, 2 per object, times 1.5 per level of nesting. */
  maxCost: number;
  maxDepth: number;
  maxAliases: number;
  maxDirectives: number;
  /** Lexical tokens of the query text (graphql-js stops parsing past it). */
  maxTokens: number;
}

export const QUERY_LIMITS: QueryLimits = {
  // One page of 200 customers with every list column costs about 24,600 (a literal `first` multiplies
  // the cost; a variable does not): one such page passes with room, three at once do not.
  maxCost: 50_000,
  maxDepth: 12,
  maxAliases: 20,
  maxDirectives: 20,
  maxTokens: 3000,
};

/** The number after `found` in GraphQL Armor's message (its callbacks give no count on rejection). */
const found = (error: GraphQLError): number => Number(/found (\d+)/.exec(error.message)?.[1] ?? 0);

/** Reports GraphQL Armor's rejection as our coded refusal instead of its generic syntax error. */
function asRefusal(code: ProblemCode, params: (count: number) => Record<string, number>) {
  return {
    propagateOnRejection: false,
    exposeLimits: true,
    onReject: [
      (context: ValidationContext | null, error: GraphQLError) => {
        // biome-ignore lint/suspicious/noExplicitAny: the params match the code's placeholders by construction.
        context?.reportError((refusal as any)(code, params(found(error))));
      },
    ],
  };
}

/** Validation rules that refuse documents over the limits, each with its problem code. */
export function queryLimitRules(limits: QueryLimits = QUERY_LIMITS): ValidationRule[] {
  return [
    maxAliasesRule({
      n: limits.maxAliases,
      ...asRefusal('QUERY_TOO_MANY_ALIASES', (count) => ({ count, max: limits.maxAliases })),
    }),
    maxDepthRule({
      n: limits.maxDepth,
      ...asRefusal('QUERY_TOO_DEEP', (depth) => ({ depth, max: limits.maxDepth })),
    }),
    maxDirectivesRule({
      n: limits.maxDirectives,
      ...asRefusal('QUERY_TOO_MANY_DIRECTIVES', (count) => ({ count, max: limits.maxDirectives })),
    }),
    costLimitRule({
      maxCost: limits.maxCost,
      ...asRefusal('QUERY_TOO_COMPLEX', (cost) => ({ cost, max: limits.maxCost })),
    }),
  ] as ValidationRule[];
}

/** graphql-js's own token limit raises a syntax error; this turns it into QUERY_TOO_LONG. */
export function tooManyTokens(message: string): GraphQLError | null {
  // graphql 16 spells it "more that".
  const match = /Document contains more tha[nt] (\d+) tokens/.exec(message);
  return match ? refusal('QUERY_TOO_LONG', { max: Number(match[1]) }) : null;
}

/**
 * Apollo wraps validation and parse errors in its own (GRAPHQL_VALIDATION_FAILED, GRAPHQL_PARSE_FAILED)
 * and drops our `problem`: this gives back the refusal a limit raised, or null for any other error.
 */
export function limitRefusal(formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError | null {
  // Duck-typed: in tests the schema's graphql and this file's may be two copies of the package.
  const cause = (error as { originalError?: GraphQLError } | null)?.originalError;
  const refused =
    formatted.extensions?.code === 'GRAPHQL_VALIDATION_FAILED' && cause?.extensions?.problem
      ? cause
      : formatted.extensions?.code === 'GRAPHQL_PARSE_FAILED'
        ? tooManyTokens(formatted.message)
        : null;
  if (!refused) return null;
  const { code, problem } = refused.extensions;
  return { message: refused.message, locations: formatted.locations, extensions: { code, problem } };
}

/** What a request may weigh and how long it may take; `PATRON_*` settings adjust some (config.ts). */
export interface HttpLimits {
  query: QueryLimits;
  /** JSON bodies of /graphql. Files travel through POST /files. */
  graphqlBodyBytes: number;
  /** One upload to POST /files (streamed into the database, never held whole in memory). */
  uploadBytes: number;
  /** Requests per minute and IP address from callers who are not signed in. */
  anonymousPerMinute: number;
  /** A request not answered by then gets REQUEST_TIMED_OUT. */
  requestTimeoutSeconds: number;
}

export const HTTP_LIMITS: HttpLimits = {
  query: QUERY_LIMITS,
  graphqlBodyBytes: 1024 * 1024,
  uploadBytes: 512 * 1024 * 1024,
  anonymousPerMinute: 60,
  requestTimeoutSeconds: 30,
};
