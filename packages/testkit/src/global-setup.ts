// For vitest.config.ts: `globalSetup: ['@patron/testkit/global-setup']`.
export { setupTestPostgres as default } from './postgres.js';
