import { defaultFieldResolver, type GraphQLField, type GraphQLSchema } from 'graphql';
import { hasUnstorableCharacters } from '../common/text.js';
import { badField, type Path } from './errors.js';

/** The path of the first text (or object key) in a value that PostgreSQL cannot store, or null. */
function unstorablePath(value: unknown, path: Path): Path | null {
  if (typeof value === 'string') return hasUnstorableCharacters(value) ? path : null;
  if (Array.isArray(value)) {
    for (const [i, item] of value.entries()) {
      const found = unstorablePath(item, [...path, i]);
      if (found) return found;
    }
    return null;
  }
  if (value !== null && typeof value === 'object' && !(value instanceof Date)) {
    for (const [key, item] of Object.entries(value)) {
      if (hasUnstorableCharacters(key)) return [...path, key];
      const found = unstorablePath(item, [...path, key]);
      if (found) return found;
    }
  }
  return null;
}

/**
 * Every field that takes arguments refuses text PostgreSQL cannot store (NUL, lone surrogates) with
 * TEXT_UNSTORABLE naming the argument, before its resolver runs: strings, IDs, JSON values and their
 * keys at any depth. One place, so no service meets such text from the API and no SQL error becomes
 * an internal error. Fields without arguments keep their resolvers untouched.
 */
export function refuseUnstorableText(schema: GraphQLSchema): GraphQLSchema {
  for (const type of Object.values(schema.getTypeMap())) {
    // Duck-typed: type-graphql may build the schema with another copy of graphql than this file's.
    if (type.name.startsWith('__') || !('getFields' in type)) continue;
    for (const field of Object.values(type.getFields()) as GraphQLField<unknown, unknown>[]) {
      if (!('args' in field) || field.args.length === 0) continue;
      const resolve = field.resolve ?? defaultFieldResolver;
      field.resolve = (source, args, context, info) => {
        const path = unstorablePath(args, []);
        if (path) throw badField(path, 'TEXT_UNSTORABLE');
        return resolve(source, args, context, info);
      };
    }
  }
  return schema;
}
