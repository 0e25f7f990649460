import net from 'node:net';
import { Writable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { createTestDatabase, type TestDatabase } from '@patron/testkit';
import pg from 'pg';
import { to as copyTo } from 'pg-copy-streams';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { copyOutRows } from './copy-out-rows.js';

/**
 * A TCP relay to PostgreSQL that holds back whatever the server sends after a CopyDone message for
 * `holdMs`: the CommandComplete that carries COPY's row count then arrives after the copied bytes
 * have been consumed, as it can on a busy machine.
 */
async function relayHoldingAfterCopyDone(target: URL, holdMs: number): Promise<net.Server> {
  const server = net.createServer((client) => {
    const upstream = net.connect(Number(target.port), target.hostname);
    client.pipe(upstream);
    let pending = Buffer.alloc(0);
    let held = Promise.resolve();
    upstream.on('data', (chunk: Buffer) => {
      pending = Buffer.concat([pending, chunk]);
      let end = 0;
      let copyDoneAt = -1;
      while (pending.length - end >= 5) {
        const length = pending.readUInt32BE(end + 1);
        if (pending.length - end < 1 + length) break;
        if (pending[end] === 0x63 && copyDoneAt < 0) copyDoneAt = end + 1 + length;
        end += 1 + length;
      }
      const whole = pending.subarray(0, end);
      pending = Buffer.from(pending.subarray(end));
      const before = copyDoneAt < 0 ? whole : whole.subarray(0, copyDoneAt);
      const after = copyDoneAt < 0 ? null : whole.subarray(copyDoneAt);
      held = held.then(async () => {
        client.write(before);
        if (after) {
          await new Promise((r) => setTimeout(r, holdMs));
          client.write(after);
        }
      });
    });
    upstream.on('end', () => void held.then(() => client.end()));
    client.on('error', () => upstream.destroy());
    upstream.on('error', () => client.destroy());
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  return server;
}

const sink = () =>
  new Writable({
    write(_chunk, _enc, done) {
      done();
    },
  });

let db: TestDatabase;
let relay: net.Server;
let client: pg.Client;

beforeAll(async () => {
  db = await createTestDatabase('copy_out_rows');
  const direct = new pg.Client({ connectionString: db.url });
  await direct.connect();
  await direct.query('create table t as select g from generate_series(1, 2189) g');
  await direct.end();
  relay = await relayHoldingAfterCopyDone(new URL(db.url), 300);
  const viaRelay = new URL(db.url);
  viaRelay.hostname = '127.0.0.1';
  viaRelay.port = String((relay.address() as net.AddressInfo).port);
  viaRelay.searchParams.delete('host');
  client = new pg.Client({ connectionString: viaRelay.toString() });
  await client.connect();
});

afterAll(async () => {
  await client?.end();
  relay?.close();
  await db?.drop();
});

describe('rows of a COPY to stdout', () => {
  it('are counted even when the count arrives after the copied bytes were consumed', async () => {
    // The relay does hold the count back: read as soon as the stream ends, it is still 0.
    const early = client.query(copyTo('copy t to stdout'));
    await pipeline(early, sink());
    expect(early.rowCount).toBe(0);
    await client.query('select 1');

    expect(await copyOutRows(client, 'copy t to stdout', sink())).toBe(2189);
    expect(await copyOutRows(client, 'copy (select * from t where g <= 10) to stdout', sink())).toBe(10);
  });
});
