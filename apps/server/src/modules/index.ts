import type { PatronModule } from '@patron/sdk';
import * as core from './core-modules.js';

/** Every core module of core-modules.ts, in the order of their names. */
export const coreModules: PatronModule[] = Object.values(core);
