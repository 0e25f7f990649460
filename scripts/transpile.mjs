// The start build of a TypeScript package: every src/**/*.ts (tests aside) to dist/*.js with oxc, file by
// file, with decorator metadata as tsc writes it. No type check and no declarations: `pnpm test` does
// those (typecheck, build); this is what `pnpm start` needs to run, in a fraction of tsc's time.
import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { transform } from 'rolldown/utils';

const SKIP = /\.(test|e2e)\.ts$|\.d\.ts$/;
// oxc imports its decorator helpers from @oxc-project/runtime, which the packages do not depend on;
// these are the same three functions tsc inlines (__decorate, __metadata, __param).
const HELPERS_FILE = '_decorators.js';
const HELPERS = `export function decorate(decorators, target, key, desc) {
  const c = arguments.length;
  let r = c < 3 ? target : desc === null ? (desc = Object.getOwnPropertyDescriptor(target, key)) : desc;
  if (typeof Reflect === 'object' && typeof Reflect.decorate === 'function') r = Reflect.decorate(decorators, target, key, desc);
  else for (let i = decorators.length - 1; i >= 0; i--) {
    const d = decorators[i];
    if (d) r = (c < 3 ? d(r) : c > 3 ? d(target, key, r) : d(target, key)) || r;
  }
  if (c > 3 && r) Object.defineProperty(target, key, r);
  return r;
}
export function decorateMetadata(key, value) {
  if (typeof Reflect === 'object' && typeof Reflect.metadata === 'function') return Reflect.metadata(key, value);
}
export function decorateParam(index, decorator) {
  return (target, key) => decorator(target, key, index);
}
`;
const HELPER_IMPORT = /^import (\w+) from "@oxc-project\/runtime\/helpers\/(\w+)";$/gm;

async function* sources(dir) {
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) yield* sources(path);
    else if (entry.name.endsWith('.ts') && !SKIP.test(entry.name)) yield path;
  }
}

/** Transpiles the package in `root` (its src/ into dist/); returns how many files. */
export async function transpilePackage(root) {
  const src = join(root, 'src');
  const dist = join(root, 'dist');
  const work = [];
  for await (const file of sources(src)) {
    work.push(
      (async () => {
        const code = await readFile(file, 'utf8');
        const result = await transform(file, code, {
          lang: 'ts',
          sourcemap: true,
          target: 'es2023',
          decorator: { legacy: true, emitDecoratorMetadata: true },
        });
        if (result.errors.length > 0) throw new Error(`${relative(root, file)}: ${result.errors.join('\n')}`);
        const out = join(dist, relative(src, file)).replace(/\.ts$/, '.js');
        await mkdir(dirname(out), { recursive: true });
        const name = out.slice(dirname(out).length + 1);
        let helpers = relative(dirname(out), join(dist, HELPERS_FILE));
        if (!helpers.startsWith('.')) helpers = `./${helpers}`;
        const js = result.code.replace(HELPER_IMPORT, (_, local, helper) => {
          if (!['decorate', 'decorateMetadata', 'decorateParam'].includes(helper))
            throw new Error(`${relative(root, file)}: no local copy of the oxc helper ${helper}`);
          return `import { ${helper} as ${local} } from '${helpers}';`;
        });
        await writeFile(out, `${js}\n//# sourceMappingURL=${name}.map\n`);
        await writeFile(
          `${out}.map`,
          JSON.stringify({ ...result.map, file: name, sources: [relative(dirname(out), file)] }),
        );
      })(),
    );
  }
  await mkdir(dist, { recursive: true });
  await writeFile(join(dist, HELPERS_FILE), HELPERS);
  await Promise.all(work);
  return work.length;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const count = await transpilePackage(process.cwd());
  console.log(`src → dist: ${count} files`);
}
