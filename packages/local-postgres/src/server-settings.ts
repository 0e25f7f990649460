import { totalmem } from 'node:os';

const MB = 1024 * 1024;
const mb = (bytes: number) => `${Math.max(1, Math.floor(bytes / MB))}MB`;

/**
 * Settings for an embedded PostgreSQL that is this machine's database (`pnpm start`, and the
 * benchmarks, which measure Patron as it runs): memory sized to the machine instead of PostgreSQL's
 * 128 MB defaults, and durable commits (synchronous_commit stays on: a commit that returned is on disk).
 */
export function serverSettings(memoryBytes = totalmem()): Record<string, string | number> {
  return {
    shared_buffers: mb(Math.min(memoryBytes / 4, 2048 * MB)),
    effective_cache_size: mb(memoryBytes / 2),
    work_mem: '32MB',
    maintenance_work_mem: mb(Math.min(memoryBytes / 16, 1024 * MB)),
    max_wal_size: '4GB',
    random_page_cost: 1.1,
  };
}
