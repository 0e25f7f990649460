import { globSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Plugin } from 'vite';

const ID = 'virtual:patron-shell-texts';

type Texts = { resources?: Record<string, unknown>; patron?: Record<string, Record<string, unknown>> };

/**
 * What the shell shows of a screen family: its resources' names, its menu label (`patron.<x>.menu`),
 * the label of its button on the customer list's toolbar (`patron.<x>.button`, e.g. Import), the
 * menu's own texts it adds (`patron.menu`, e.g. a group's heading), the texts of the notices it
 * sends (`patron.notifications.kinds`) and the jobs' names a failed job's notice says
 * (`patron.jobs.names`): the menu and the bell are on the first screen too.
 */
const SHELL_KEYS = ['menu', 'button'];
const shown = (family: string, key: string) =>
  SHELL_KEYS.includes(key) ||
  family === 'menu' ||
  (family === 'notifications' && key === 'kinds') ||
  (family === 'jobs' && key === 'names');

function shellPart(en: Texts): Texts {
  const patron = Object.fromEntries(
    Object.entries(en.patron ?? {})
      .map(([family, texts]) => [
        family,
        Object.fromEntries(Object.entries(texts ?? {}).filter(([key]) => shown(family, key))),
      ])
      .filter(([, texts]) => Object.keys(texts as object).length > 0),
  );
  return { ...(en.resources ? { resources: en.resources } : {}), patron };
}

/**
 * `virtual:patron-shell-texts`: of every screen family's English texts (src/<family>/messages.ts),
 * only what the shell shows. The first screen carries these; each family's other texts come with the
 * whole English catalogue, fetched before the first lazy screen opens (i18n/i18nProvider.ts). Read at
 * build time: the messages files are plain objects that Node imports as they are.
 */
export function shellTexts(srcDir: string): Plugin {
  return {
    name: 'patron:shell-texts',
    resolveId: (source) => (source === ID ? `\0${ID}` : null),
    async load(id) {
      if (id !== `\0${ID}`) return null;
      const files = globSync('**/messages.ts', { cwd: srcDir }).sort();
      const parts: Texts[] = [];
      for (const file of files) {
        const absolute = path.join(srcDir, file);
        this.addWatchFile(absolute);
        const { en } = (await import(`${pathToFileURL(absolute).href}?t=${Date.now()}`)) as { en: Texts };
        parts.push(shellPart(en));
      }
      return `export default ${JSON.stringify(parts)};`;
    },
  };
}
