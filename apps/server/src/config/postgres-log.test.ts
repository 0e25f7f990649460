import { describe, expect, it } from 'vitest';
import { quietPostgresLog } from './postgres-log.js';

describe('the embedded PostgreSQL log', () => {
  it('passes on problems and hides what an orderly start and stop print', () => {
    const shown: string[] = [];
    const log = quietPostgresLog((line) => shown.push(line));
    for (const line of [
      '2026-12-04 21:19:41.096 UTC [5277] FATAL:  the database system is starting up',
      '2026-12-04 21:30:00.001 UTC [5301] FATAL:  terminating connection due to administrator command',
      '2026-12-04 21:30:00.002 UTC [5290] LOG:  database system is shut down',
      '2026-12-04 21:30:00.003 UTC [5290] LOG:  checkpoint starting: shutdown immediate',
      '2026-12-04 21:31:00.000 UTC [5400] FATAL:  could not open file "base/5/1259": No such file',
      '2026-12-04 21:31:00.000 UTC [5400] ERROR:  deadlock detected',
    ])
      log(line);
    expect(shown).toEqual([
      '2026-12-04 21:31:00.000 UTC [5400] FATAL:  could not open file "base/5/1259": No such file',
      '2026-12-04 21:31:00.000 UTC [5400] ERROR:  deadlock detected',
    ]);
  });
});
