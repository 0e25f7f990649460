import 'reflect-metadata';
import emailDomainPlugin from '@patron/plugin-email-domain';
import { ruleOf } from '@patron/sdk';
import { getMetadataStorage } from 'type-graphql';
import { describe, expect, it } from 'vitest';
import { coreModules } from '../modules/index.js';
import { buildPatronSchema } from './schema.js';

describe('every root field declares who may call it', () => {
  it('walks Query and Mutation of the whole schema, plugins included', async () => {
    const schema = await buildPatronSchema([...coreModules, emailDomainPlugin()]);
    const storage = getMetadataStorage();
    const handlers = [...storage.queries, ...storage.mutations];
    const missing: string[] = [];
    let checked = 0;
    for (const type of [schema.getQueryType(), schema.getMutationType()]) {
      for (const field of Object.values(type?.getFields() ?? {})) {
        const handler = handlers.find((h) => h.schemaName === field.name);
        const rule = handler ? ruleOf(handler.target, handler.methodName) : undefined;
        if (!rule || rule.length === 0) missing.push(`${type?.name}.${field.name}`);
        checked++;
      }
    }
    expect(checked).toBeGreaterThan(15);
    expect(missing).toEqual([]);
  });
});
