import { createRequire } from 'node:module';
import { StringDecoder } from 'node:string_decoder';
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
    const decoder = new StringDecoder('utf8');
    let rest = '';
    let batch: (string | null)[][] = [];
    for await (const chunk of stream as AsyncIterable<Buffer>) {
      const text = rest + decoder.write(chunk);
      let start = 0;
      for (let end = text.indexOf('\n'); end >= 0; end = text.indexOf('\n', start)) {
        batch.push(text.slice(start, end).split('\t').map(field));
        start = end + 1;
        if (batch.length === batchSize) {
          yield batch;
          batch = [];
        }
      }
      rest = text.slice(start);
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
