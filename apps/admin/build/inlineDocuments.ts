import { type DocumentNode, print, stripIgnoredCharacters } from 'graphql';
import type { Plugin } from 'vite';
import * as generated from '../src/gql/graphql';

const CALL = /\bgraphql\(\s*`([^`]*)`\s*\)/g;
const DEFINITION = /\b(query|mutation|subscription|fragment)\s+([_A-Za-z][_0-9A-Za-z]*)/;

/**
 * In the built SPA each `graphql(`…`)` call becomes its precompiled document, written where it is
 * used. Otherwise codegen's `graphql()` looks documents up in a map of every operation of the app,
 * which puts all of them (250 KB) into what the sign-in page downloads. What codegen's babel plugin
 * does, for a build that has no babel.
 *
 * `as: 'text'` writes the document's text instead (its fragments included, without spacing), for
 * pages that send documents with plain `fetch` (the self-service pages): neither the syntax tree
 * nor graphql's printer is downloaded. The types stay codegen's; the page's call reads either form.
 */
export function inlineDocuments({ as = 'tree' }: { as?: 'tree' | 'text' } = {}): Plugin {
  const documents = generated as unknown as Record<string, DocumentNode | undefined>;
  return {
    name: 'patron:inline-documents',
    apply: 'build',
    enforce: 'pre',
    transform(code, id) {
      if (id.includes('/src/gql/') || !code.includes('graphql(`')) return null;
      const inlined = code.replace(CALL, (_call, source: string) => {
        const definition = DEFINITION.exec(source);
        if (!definition) throw new Error(`${id}: a graphql() document without a named definition`);
        const [, kind, name] = definition;
        const exportName = kind === 'fragment' ? `${name}FragmentDoc` : `${name}Document`;
        const document = documents[exportName];
        if (!document) throw new Error(`${id}: ${exportName} is not in src/gql/graphql.ts; run pnpm codegen`);
        return `(${JSON.stringify(as === 'text' ? stripIgnoredCharacters(print(document)) : document)})`;
      });
      return { code: inlined, map: null };
    },
  };
}
