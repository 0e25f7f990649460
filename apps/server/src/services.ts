/**
 * The types of every core service, for plugins. A plugin's code uses nothing but @patron/sdk at run
 * time; `import type {} from '@patron/server/services'` gives its compiler the services each core
 * module adds to PatronServices (declared next to each module's definition).
 */
export type * from './modules/core-modules.js';
export type * from './runtime/kernel.js';
