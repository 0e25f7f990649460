import type { PatronModule } from '@patron/sdk';
import type { GraphQLSchema } from 'graphql';
import { GraphQLDateTime } from 'graphql-scalars';
import { buildSchema, type NonEmptyArray } from 'type-graphql';
import { declareAuditTypes } from '../modules/audit/audit.types.js';
import { declareHistoryTypes } from '../modules/history/history.types.js';
import { authChecker } from './auth-checker.js';
import { refuseUnstorableText } from './text-arguments.js';

export async function buildPatronSchema(modules: readonly PatronModule[]): Promise<GraphQLSchema> {
  declareHistoryTypes(modules);
  declareAuditTypes(modules);
  const resolvers = modules.flatMap((m) => m.resolvers ?? []);
  const schema = await buildSchema({
    resolvers: resolvers as unknown as NonEmptyArray<Function>,
    authChecker,
    authMode: 'error',
    validate: false,
    emitSchemaFile: false,
    scalarsMap: [{ type: Date, scalar: GraphQLDateTime }],
  });
  return refuseUnstorableText(schema);
}
