// Plugins declare type-graphql resolvers, whose decorators need the metadata polyfill loaded first.
import 'reflect-metadata';
import type { PatronModule } from '@patron/sdk';

type PluginFactory = (options: Record<string, unknown>) => PatronModule;

/** Plugins are packages named @patron/plugin-<name> whose default export makes the module. */
export async function loadPlugins(
  names: string[],
  options: Record<string, Record<string, unknown>>,
): Promise<PatronModule[]> {
  const modules: PatronModule[] = [];
  for (const name of names) {
    let factory: PluginFactory;
    try {
      factory = (await import(`@patron/plugin-${name}`)).default as PluginFactory;
    } catch (error) {
      throw new Error(
        `PATRON_PLUGINS: cannot load plugin "${name}" (@patron/plugin-${name}): ${(error as Error).message}`,
      );
    }
    modules.push(factory(options[name] ?? {}));
  }
  return modules;
}
