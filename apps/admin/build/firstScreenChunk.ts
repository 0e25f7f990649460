import type { Plugin } from 'vite';

/**
 * Everything of ours the admin page imports statically (what the sign-in page and the customer list
 * run) goes into one chunk, with the library code it uses. Left to itself the bundler cuts it into a hundred-odd pieces, by which lazy
 * screens share which module; each piece is fetched and compressed on its own, which costs the
 * first screen time and tens of KB. Lazy screens still get chunks of their own.
 */
export function firstScreenChunk(entry: string) {
  const firstScreen = new Set<string>();
  const plugin: Plugin = {
    name: 'patron:first-screen-chunk',
    apply: 'build',
    buildEnd() {
      const pending = [entry];
      while (pending.length > 0) {
        const id = pending.pop() as string;
        if (firstScreen.has(id)) continue;
        firstScreen.add(id);
        pending.push(...(this.getModuleInfo(id)?.importedIds ?? []));
      }
    },
  };
  // Our own modules only: a library's barrel (`@mui/material`, `react-admin`) statically reaches every
  // component it exports, and grouping by that reach put the components only lazy screens use
  // (Autocomplete, Stepper, Tabs…) into the first screen. The libraries' code the first screen does
  // use is bundled beside ours by the bundler's own analysis; the rest goes to the lazy chunks.
  return { plugin, test: (id: string) => firstScreen.has(id) && !id.includes('/node_modules/') };
}
