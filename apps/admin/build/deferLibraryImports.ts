import type { Plugin } from 'vite';

interface Deferral {
  /** The library file whose import is deferred… */
  importer: RegExp;
  /** …and the import it makes, exactly as written there. */
  source: string;
  /** A stand-in module: it fetches the real one (`import(REAL)`) when first used. */
  stub: string;
  /** The module REAL names, relative to the importer, when not the replaced import itself. */
  real?: string;
}

const REAL = 'patron:deferred:';

/**
 * Library code the first screen reaches only through a default Patron always overrides, fetched when
 * (if ever) used instead of with the first screen. Each deferral replaces one import in one library
 * file by a stand-in that loads the real module on first use; nothing changes for code that imports
 * the module itself.
 */
const DEFERRALS: Deferral[] = [
  {
    // `<Admin>`'s default `loginPage` is react-admin's Login, whose default form brings react-hook-form
    // (15 KB gzip); Patron's sign-in page (src/auth/LoginPage.tsx) replaces both.
    importer: /\/ra-ui-materialui\/dist\/auth\/Login\.js$/,
    source: './LoginForm.js',
    stub: [
      "import { createElement, lazy, Suspense } from 'react';",
      'const Form = lazy(() => import(REAL).then((m) => ({ default: m.LoginForm })));',
      'export const LoginForm = (props) => createElement(Suspense, null, createElement(Form, props));',
    ].join('\n'),
  },
  {
    // The lists' default CSV exporter (`exporter` defaults to it); Patron's exports are made by the server.
    importer: /\/ra-core\/dist\/export\/defaultExporter\.js$/,
    source: 'jsonexport/dist/index.js',
    stub: 'export default (...args) => { void import(REAL).then((m) => m.default(...args)); };',
  },
  {
    // The layout's preferences editor (the inspector), drawn only while a user edits a configurable
    // part's preferences: Patron offers none, so it is fetched only if one ever does.
    importer: /\/ra-ui-materialui\/dist\/layout\/Layout\.js$/,
    source: '../preferences/index.js',
    real: '../preferences/Inspector.js',
    stub: [
      "import { createElement, lazy, Suspense } from 'react';",
      "import { usePreferencesEditor } from 'react-admin';",
      'const Real = lazy(() => import(REAL).then((m) => ({ default: m.Inspector })));',
      'export const Inspector = (props) =>',
      '  usePreferencesEditor().isEnabled ? createElement(Suspense, null, createElement(Real, props)) : null;',
    ].join('\n'),
  },
];

export function deferLibraryImports(): Plugin {
  const real = new Map<string, string>();
  return {
    name: 'patron:defer-library-imports',
    apply: 'build',
    enforce: 'pre',
    async resolveId(source, importer) {
      if (source.startsWith(REAL)) return real.get(source.slice(REAL.length)) ?? null;
      const index = DEFERRALS.findIndex((d) => d.source === source && importer && d.importer.test(importer));
      if (index < 0 || !importer) return null;
      const resolved = await this.resolve((DEFERRALS[index] as Deferral).real ?? source, importer, {
        skipSelf: true,
      });
      if (!resolved) return null;
      real.set(String(index), resolved.id);
      return `\0patron:stub:${index}`;
    },
    load(id) {
      const match = /^\0patron:stub:(\d+)$/.exec(id);
      if (!match) return null;
      const index = match[1] as string;
      return (DEFERRALS[Number(index)] as Deferral).stub.replace('REAL', JSON.stringify(`${REAL}${index}`));
    },
  };
}
