export { type LocalPostgres, type LocalPostgresOptions, startLocalPostgres } from './local-postgres.js';
export { serverSettings } from './server-settings.js';
export { stopOnSignals } from './signals.js';
