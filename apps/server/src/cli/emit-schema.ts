import 'reflect-metadata';
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { lexicographicSortSchema, printSchema } from 'graphql';
import { buildPatronSchema } from '../graphql/schema.js';
import { coreModules } from '../modules/core-modules.js';
import { loadPlugins } from '../plugins.js';
import { SHIPPED_PLUGINS } from '../shipped-plugins.js';

/** Writes the partner contract (core plus shipped plugins) to apps/server/schema.graphql. */
const out = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../schema.graphql');
const schema = await buildPatronSchema([...coreModules, ...(await loadPlugins(SHIPPED_PLUGINS, {}))]);
writeFileSync(out, `${printSchema(lexicographicSortSchema(schema))}\n`);
console.log(`wrote ${out}`);
