import { constants } from 'node:os';
import type { LocalPostgres } from './local-postgres.js';

const SIGNALS = ['SIGINT', 'SIGTERM', 'SIGHUP'] as const;

/**
 * On SIGINT/SIGTERM/SIGHUP: runs `onBeforeStop` (e.g. close the HTTP server and the ORM's pool), stops
 * PostgreSQL cleanly, then exits with 128 + signal number. A second signal exits at once (the exit hook
 * installed by startLocalPostgres still asks PostgreSQL to shut down). Returns a function that removes
 * the handlers.
 *
 * Installing a signal listener replaces Node's default "die on signal", which would skip 'exit' handlers
 * and leave PostgreSQL running — so long-running programs (the server) should call this.
 */
export function stopOnSignals(pg: LocalPostgres, onBeforeStop?: () => unknown): () => void {
  let stopping = false;
  const handler = (signal: NodeJS.Signals) => {
    const code = 128 + (constants.signals[signal] ?? 1);
    if (stopping) process.exit(code);
    stopping = true;
    void (async () => {
      try {
        await onBeforeStop?.();
      } catch (err) {
        console.error('Error while shutting down:', err);
      }
      await pg.stop().catch((err: unknown) => console.error('Error while stopping PostgreSQL:', err));
      process.exit(code);
    })();
  };
  for (const s of SIGNALS) process.on(s, handler);
  return () => {
    for (const s of SIGNALS) process.off(s, handler);
  };
}
