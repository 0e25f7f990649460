import pg from 'pg';
import { describe, expect, it } from 'vitest';
import { replicaUnavailable } from './analytics-pool.js';

const databaseError = (code: string) => Object.assign(new pg.DatabaseError('x', 1, 'error'), { code });
const nodeError = (code: string, message = 'x') => Object.assign(new Error(message), { code });

describe('which errors send a read from the replica to the main database', () => {
  it('the replica unreachable, shutting down or in a recovery conflict', () => {
    for (const code of ['08006', '28P01', '57P01', '53300', '3D000', '40001']) {
      expect(replicaUnavailable(databaseError(code)), code).toBe(true);
    }
    for (const code of ['ECONNREFUSED', 'ENOTFOUND', 'EPIPE', 'ECONNRESET', 'ETIMEDOUT']) {
      expect(replicaUnavailable(nodeError(code)), code).toBe(true);
    }
    expect(replicaUnavailable(new Error('Connection terminated unexpectedly'))).toBe(true);
  });

  it('not a statement the database refused, nor a wrong argument in our own code', () => {
    for (const code of ['42P01', '22P02', '25006', '23505']) {
      expect(replicaUnavailable(databaseError(code)), code).toBe(false);
    }
    expect(replicaUnavailable(nodeError('ERR_INVALID_ARG_TYPE'))).toBe(false);
    expect(replicaUnavailable(new TypeError('cannot read properties of undefined'))).toBe(false);
    expect(replicaUnavailable(null)).toBe(false);
  });
});
