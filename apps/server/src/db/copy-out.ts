import { createRequire } from 'node:module';
import pg from 'pg';
import { to as copyTo } from 'pg-copy-streams';

/** node-postgres's own conversion of a parameter to its text form (dates, arrays, JSON). */
const { prepareValue } = createRequire(import.meta.url)('pg/lib/utils.js') as {
  prepareValue(value: unknown): string | Buffer | null;
};

/**
 * `sql` with each `?` replaced by its parameter as a quoted literal. COPY takes no parameters; a
 * quoted literal has type unknown until PostgreSQL infers it from the context, exactly as an untyped
 * parameter does, so the statement means the same. Values are never re-scanned for `?`.
 */
export function inlineParams(sql: string, params: readonly unknown[]): string {
  let n = 0;
  return sql.replace(/\?/g, () => {
    if (n >= params.length) throw new Error('inlineParams: more placeholders than parameters');
    const value = prepareValue(params[n++]);
    return value === null ? 'null' : pg.escapeLiteral(String(value));
  });
}

const ESCAPES: Record<string, string> = { b: '\b', f: '\f', n: '\n', r: '\r', t: '\t', v: '\v', '\\': '\\' };

/** One field of COPY's text format: `\N` is null, backslash escapes are undone. */
function field(raw: string): string | null {
  if (raw === '\\N') return null;
  if (!raw.includes('\\')) return raw;
  return raw.replace(/\\(.)/g, (_, c: string) => ESCAPES[c] ?? c);
}

/**
 * Rows of `COPY (select …) TO STDOUT` in text format, in batches, as arrays of text-or-null: one
 * statement streamed on one connection, so PostgreSQL works on the next rows while the caller
 * formats these (a page per query would make each side wait for the other), and node-postgres builds
 * no row objects. Breaking out of the loop ends the statement by closing its connection.
 */
export async function* copyOutRows(
  url: string,
  sql: string,
  params: readonly unknown[],
  batchSize: number,
): AsyncGenerator<(string | null)[][]> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  let finished = false;
  try {
    const stream = client.query(copyTo(`copy (${inlineParams(sql, params)}) to stdout`));
    // The bytes are copied at once into one buffer of our own, reused from chunk to chunk, and each
    // line decoded from there on its own (a line feed byte is never part of a longer UTF-8 character).
    // Neither the connection's chunks nor strings made of whole chunks then outlive the moment they
    // arrive: kept while the caller works on a batch, they would leave V8's young generation and wait
    // for a full collection (a chunk's string, 100 kB or more, every field of its rows a slice of it).
    let buffer = Buffer.allocUnsafeSlow(256 * 1024);
    let length = 0;
    let start = 0;
    let batch: (string | null)[][] = [];
    for await (const received of stream as AsyncIterable<Buffer>) {
      if (start > 0) {
        buffer.copy(buffer, 0, start, length);
        length -= start;
        start = 0;
      }
      if (length + received.length > buffer.length) {
        const bigger = Buffer.allocUnsafeSlow(Math.max(buffer.length * 2, length + received.length));
        buffer.copy(bigger, 0, 0, length);
        buffer = bigger;
      }
      received.copy(buffer, length);
      length += received.length;
      const bytes = buffer.subarray(0, length);
      for (let end = bytes.indexOf(10, start); end >= 0; end = bytes.indexOf(10, start)) {
        batch.push(bytes.toString('utf8', start, end).split('\t').map(field));
        start = end + 1;
        if (batch.length === batchSize) {
          yield batch;
          batch = [];
        }
      }
    }
    if (batch.length > 0) yield batch;
    finished = true;
  } finally {
    // A statement left mid-stream cannot be stopped politely; its connection is closed instead.
    await (finished ? client.end() : closeNow(client));
  }
}

async function closeNow(client: pg.Client): Promise<void> {
  (client as unknown as { connection: { stream: { destroy(): void } } }).connection.stream.destroy();
  await client.end().catch(() => {});
}
