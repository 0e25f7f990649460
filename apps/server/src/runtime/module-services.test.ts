import 'reflect-metadata';
import { readFileSync } from 'node:fs';
import { defineModule, type PatronModule } from '@patron/sdk';
import { describe, expect, it } from 'vitest';
import { coreModules } from '../modules/index.js';
import { kernelModule } from './kernel.js';
import { ModuleServices } from './module-services.js';

// Services of these tests, typed loosely: they are not part of PatronServices.
const module = (m: Record<string, unknown>) => defineModule(m as unknown as PatronModule);

describe('module services', () => {
  it('builds a service on first use from the services its module declared', () => {
    let built = 0;
    const registry = new ModuleServices([
      module({ name: 'a', services: { alpha: () => ({ n: ++built }) } }),
      module({
        name: 'b',
        needs: ['alpha'],
        services: { beta: (s: Record<string, { n: number }>) => s.alpha },
      }),
    ]);
    const all = registry.all as unknown as Record<string, { n: number }>;
    expect(built).toBe(0);
    expect(all.beta).toBe(all.alpha);
    expect(built).toBe(1);
  });

  it('refuses a need no module meets, and two modules providing one service', () => {
    expect(() => new ModuleServices([module({ name: 'b', needs: ['alpha'] })])).toThrow(
      'Module b needs the service "alpha", which no enabled module provides',
    );
    expect(
      () =>
        new ModuleServices([
          module({ name: 'a', services: { alpha: () => 1 } }),
          module({ name: 'c', services: { alpha: () => 2 } }),
        ]),
    ).toThrow('Modules a and c both provide the service "alpha"');
  });

  it('refuses a service a module did not declare in needs', () => {
    const registry = new ModuleServices([
      module({ name: 'a', services: { alpha: () => 1 } }),
      module({ name: 'b', services: { beta: (s: Record<string, number>) => s.alpha } }),
    ]);
    expect(() => registry.buildAll()).toThrow(
      'Module b uses the service "alpha" without declaring it in needs',
    );
  });

  it('names a cycle between factories', () => {
    const registry = new ModuleServices([
      module({ name: 'a', needs: ['beta'], services: { alpha: (s: Record<string, unknown>) => s.beta } }),
      module({ name: 'b', needs: ['alpha'], services: { beta: (s: Record<string, unknown>) => s.alpha } }),
    ]);
    expect(() => registry.buildAll()).toThrow('Services build each other in a cycle: alpha → beta → alpha');
  });

  it('builds every core service from the core declarations alone', async () => {
    // The real kernel declaration, with stand-ins for the parts a running app passes it.
    const stand = (name: string) => ({ name }) as never;
    const kernel = kernelModule({
      orm: stand('orm'),
      sql: stand('sql'),
      analyticsSql: stand('analyticsSql'),
      log: () => {},
      modules: coreModules,
      events: () => stand('events'),
      jobs: () => stand('jobs'),
      customerFieldSources: () => [],
      cardTabSources: () => [],
      sessionPolicy: stand('sessionPolicy'),
      passwordHashCost: stand('passwordHashCost'),
      serverSecrets: { secretKey: null, publicUrl: 'http://localhost:4000' },
      pushServiceHosts: [],
      webhookSettings: { allowPrivate: false, retryDelaysSeconds: [] },
    });
    const registry = new ModuleServices([kernel, ...coreModules]);
    expect(() => registry.buildAll()).not.toThrow();
  });

  it('gives plugins the service types of every core module', () => {
    const exported = readFileSync(new URL('../services.ts', import.meta.url), 'utf8');
    expect(exported).toContain("export type * from './modules/core-modules.js';");
    // A channel module (channel-email) brings only its channels, like a plugin adding one.
    for (const m of coreModules.filter((m) => !m.channels?.length))
      expect(Object.keys(m.services ?? {}).length, m.name).toBeGreaterThan(0);
  });
});
