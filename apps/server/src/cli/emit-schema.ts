import 'reflect-metadata';
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { problemCodesMarkdown } from '@patron/problems';
import { lexicographicSortSchema, printSchema } from 'graphql';
import { buildPatronSchema } from '../graphql/schema.js';
import { coreModules } from '../modules/index.js';
import { loadPlugins } from '../plugins.js';
import { SHIPPED_PLUGINS } from '../shipped-plugins.js';

/**
 * Writes the partner contract (core plus shipped plugins) to apps/server/schema.graphql, and the
 * problem codes into their section of docs/api.md.
 */
const here = path.dirname(fileURLToPath(import.meta.url));
const out = path.resolve(here, '../../schema.graphql');
const schema = await buildPatronSchema([...coreModules, ...(await loadPlugins(SHIPPED_PLUGINS, {}))]);
writeFileSync(out, `${printSchema(lexicographicSortSchema(schema))}\n`);
console.log(`wrote ${out}`);

const apiDoc = path.resolve(here, '../../../../docs/api.md');
const start = /<!-- problem codes:[^>]*-->\n/;
const end = '<!-- end of problem codes -->';
const doc = readFileSync(apiDoc, 'utf8');
const from = doc.search(start);
const to = doc.indexOf(end);
if (from < 0 || to < from) throw new Error(`${apiDoc} lacks the problem codes markers`);
const opening = doc.slice(from).match(start)?.[0] ?? '';
writeFileSync(apiDoc, `${doc.slice(0, from)}${opening}\n${problemCodesMarkdown()}\n\n${doc.slice(to)}`);
console.log(`wrote ${apiDoc}`);
