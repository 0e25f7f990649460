import { GraphQLJSON } from 'graphql-scalars';

/** Any JSON value (attribute maps, default values, old and new values in history). */
export const JSONScalar = GraphQLJSON;
