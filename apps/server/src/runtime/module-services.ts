import type { PatronModule, PatronServices } from '@patron/sdk';

type Factory = (services: PatronServices) => unknown;

/**
 * Every module's services, built on first use. Each module sees only what it provides and what it
 * declared in `needs`: reaching for anything else is a start-time error naming the module, so a
 * module's declaration is the whole of what it depends on. A cycle between factories is refused;
 * modules that call each other keep the services object and reach for the other at call time.
 */
export class ModuleServices {
  private readonly providers = new Map<string, { module: string; factory: Factory }>();
  private readonly built = new Map<string, unknown>();
  private readonly building: string[] = [];
  /** The whole registry, for the server itself (resolvers' context, tests, the CLI). */
  readonly all: PatronServices;

  constructor(private readonly modules: readonly PatronModule[]) {
    for (const module of modules) {
      for (const [name, factory] of Object.entries(module.services ?? {})) {
        const taken = this.providers.get(name);
        if (taken)
          throw new Error(`Modules ${taken.module} and ${module.name} both provide the service "${name}"`);
        this.providers.set(name, { module: module.name, factory: factory as Factory });
      }
    }
    for (const module of modules) {
      for (const need of module.needs ?? []) {
        if (!this.providers.has(need))
          throw new Error(
            `Module ${module.name} needs the service "${need}", which no enabled module provides`,
          );
      }
    }
    this.all = this.view(null);
  }

  /** The services a module may use: its own and those it declared in `needs`. */
  of(module: PatronModule): PatronServices {
    return this.view(module);
  }

  /** Builds every service now, so a wrong declaration stops the start rather than a later request. */
  buildAll(): void {
    for (const name of this.providers.keys()) this.get(name);
  }

  private view(module: PatronModule | null): PatronServices {
    const allowed = module
      ? new Set<string>([...(module.needs ?? []), ...Object.keys(module.services ?? {})])
      : null;
    return new Proxy({} as PatronServices, {
      get: (_target, name) => {
        if (typeof name !== 'string' || name === 'then') return undefined;
        if (allowed && !allowed.has(name))
          throw new Error(`Module ${module?.name} uses the service "${name}" without declaring it in needs`);
        return this.get(name);
      },
      has: (_target, name) => typeof name === 'string' && this.providers.has(name),
      ownKeys: () => [...this.providers.keys()],
      getOwnPropertyDescriptor: (_target, name) =>
        typeof name === 'string' && this.providers.has(name)
          ? { enumerable: true, configurable: true, value: this.get(name) }
          : undefined,
    });
  }

  private get(name: string): unknown {
    if (this.built.has(name)) return this.built.get(name);
    const provider = this.providers.get(name);
    if (!provider) throw new Error(`No enabled module provides the service "${name}"`);
    if (this.building.includes(name))
      throw new Error(`Services build each other in a cycle: ${[...this.building, name].join(' → ')}`);
    this.building.push(name);
    try {
      const module = this.modules.find((m) => m.name === provider.module) as PatronModule;
      const service = provider.factory(this.of(module));
      this.built.set(name, service);
      return service;
    } finally {
      this.building.pop();
    }
  }
}
