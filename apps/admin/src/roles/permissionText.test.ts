import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import polyglotI18nProvider from 'ra-i18n-polyglot';
import { describe, expect, it } from 'vitest';
import { CATALOGS } from '../i18n/catalogs';
import { LOCALES } from '../i18n/locales';
import { permissionAreaKey, permissionTextKey } from './permissionText';

/**
 * Every permission the server's modules declare, read from their *-permissions.ts files: the admin learns the
 * list only at run time (the `permissions` query), so the declarations are the list to check against.
 */
function declaredPermissions(): string[] {
  const modules = join(import.meta.dirname, '../../../server/src/modules');
  const names: string[] = [];
  let declarations = 0;
  const files = readdirSync(modules, { recursive: true, encoding: 'utf8' });
  for (const file of files.filter((f) => f.endsWith('-permissions.ts'))) {
    const source = readFileSync(join(modules, file), 'utf8');
    const list = source.match(/PermissionDefinition\[\] = \[[\s\S]*?\n\];/)?.[0];
    if (!list) continue;
    declarations += list.match(/\bname:/g)?.length ?? 0;
    // Names are written as string constants ('customers.read') near their declarations.
    names.push(...[...source.matchAll(/'([a-z][A-Za-z]*\.[a-z][A-Za-z]*)'/g)].map((m) => m[1] as string));
  }
  // Each declaration's name was found as a string: a permission spelt some other way would go unchecked.
  expect(new Set(names).size).toBe(declarations);
  return [...new Set(names)].sort();
}

const MISSING = '\u0000missing';

describe('the words of every permission', () => {
  const permissions = declaredPermissions();
  const keys = [
    ...new Set(permissions.flatMap((name) => [permissionAreaKey(name), permissionTextKey(name)])),
  ];

  it('finds the permissions the server declares', () => {
    expect(permissions).toEqual(expect.arrayContaining(['customers.read', 'apiKeys.manage', 'jobs.manage']));
    expect(permissions.length).toBeGreaterThanOrEqual(30);
  });

  it.each(LOCALES)('has a group header and a text for each in %s', (locale) => {
    const translate = polyglotI18nProvider(() => CATALOGS[locale], locale).translate;
    const missing = keys.filter((key) => translate(key, { _: MISSING }) === MISSING);
    expect(missing).toEqual([]);
  });

  it.each([
    ['ru', /[\u0400-\u04FF]/],
    ['fa', /[\u0600-\u06FF]/],
  ] as const)('writes them in %s, not in English', (locale, script) => {
    const translate = polyglotI18nProvider(() => CATALOGS[locale], locale).translate;
    const english = keys.filter((key) => !script.test(translate(key)));
    expect(english).toEqual([]);
  });
});
