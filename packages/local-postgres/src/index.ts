export { type LocalPostgres, type LocalPostgresOptions, startLocalPostgres } from './local-postgres.js';
export { stopOnSignals } from './signals.js';
