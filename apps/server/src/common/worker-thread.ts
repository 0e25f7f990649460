import { Worker, type WorkerOptions } from 'node:worker_threads';

/**
 * Resolves a source file's `.js` specifiers to the `.ts` file beside it, as tsc's NodeNext
 * resolution does: a worker started from the TypeScript sources (the tests run them) loads them with
 * Node's own type stripping. The built server's workers load plain `.js` and need no hook.
 */
const RESOLVE_SOURCES = `export async function resolve(specifier, context, next) {
  try {
    return await next(specifier, context);
  } catch (error) {
    if (specifier.startsWith('.') && specifier.endsWith('.js') && context.parentURL?.endsWith('.ts'))
      return next(specifier.slice(0, -3) + '.ts', context);
    throw error;
  }
}`;
const dataUrl = (code: string) => `data:text/javascript,${encodeURIComponent(code)}`;
const REGISTER = `import { register } from 'node:module'; register(${JSON.stringify(dataUrl(RESOLVE_SOURCES))});`;

/**
 * Starts the worker whose entry is `name` beside the calling module (`import.meta.url`): the `.js`
 * file when the caller is built, the `.ts` file when it runs from the sources.
 */
export function workerBeside(callerUrl: string, name: string, options: WorkerOptions): Worker {
  const fromSources = callerUrl.endsWith('.ts');
  const entry = new URL(`./${name}${fromSources ? '.ts' : '.js'}`, callerUrl);
  if (!fromSources) return new Worker(entry, options);
  // Node strips types by default from 22.18; 22.17, the oldest Node the project runs on, needs the flag.
  const strip = process.features.typescript ? [] : ['--experimental-strip-types'];
  return new Worker(entry, {
    ...options,
    execArgv: [...(options.execArgv ?? []), ...strip, '--import', dataUrl(REGISTER)],
  });
}
