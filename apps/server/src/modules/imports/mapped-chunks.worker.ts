import { Readable } from 'node:stream';
import { parentPort, workerData } from 'node:worker_threads';
import { type MappedRow, type MappingContext, mapRow } from './import-rows.js';
import type { FromWorker, MappingJob, ToWorker } from './mapped-chunks.protocol.js';
import { ImportFileError } from './reading/file-error.js';
import { readRows } from './reading/read-table.js';
import type { ImportSource } from './reading/source.js';

/**
 * The mapping worker: reads the file (whose pieces the import thread sends) and maps each row after
 * the header, CHUNK rows a message. Parsing and the registry's checks are most of an import's work in
 * Node; here they run beside the import thread's chunk transactions instead of between them.
 */
const port = parentPort;
if (!port) throw new Error('mapped-chunks.worker runs as a worker thread');
const job = workerData as MappingJob;

/** One pass over the file: pieces queue until the reader wants them; each taken piece makes room for another. */
interface Pass {
  readable: Readable;
  queue: Uint8Array[];
  ended: boolean;
  wanted: boolean;
}
const passes = new Map<number, Pass>();
let nextPass = 0;

function feed(id: number, pass: Pass): void {
  while (pass.wanted && pass.queue.length > 0) {
    const piece = pass.queue.shift() as Uint8Array;
    post({ type: 'taken', stream: id });
    pass.wanted = pass.readable.push(Buffer.from(piece.buffer, piece.byteOffset, piece.byteLength));
  }
  if (pass.ended && pass.queue.length === 0) {
    passes.delete(id);
    pass.readable.push(null);
  }
}

const source: ImportSource = {
  name: '',
  hash: () => Promise.reject(new Error('the mapping worker does not hash files')),
  open() {
    const id = nextPass++;
    const pass: Pass = {
      queue: [],
      ended: false,
      wanted: false,
      readable: new Readable({
        read() {
          pass.wanted = true;
          feed(id, pass);
        },
        destroy(error, done) {
          if (passes.delete(id)) post({ type: 'close', stream: id });
          done(error);
        },
      }),
    };
    passes.set(id, pass);
    post({ type: 'open', stream: id });
    return pass.readable;
  },
};

let room = job.ahead;
let roomMade: (() => void) | null = null;

port.on('message', (message: ToWorker) => {
  if (message.type === 'more') {
    room++;
    roomMade?.();
    return;
  }
  const pass = passes.get(message.stream);
  if (!pass) return;
  if (message.type === 'piece') pass.queue.push(message.data);
  else if (message.error) {
    passes.delete(message.stream);
    pass.readable.destroy(new Error(message.error));
    return;
  } else pass.ended = true;
  feed(message.stream, pass);
});

function post(message: FromWorker): void {
  port?.postMessage(message);
}

async function send(rows: MappedRow[]): Promise<void> {
  while (room === 0) await new Promise<void>((resolve) => (roomMade = resolve));
  room--;
  const originals = rows.map((row) => row.original);
  for (const row of rows) row.original = [];
  post({ type: 'rows', rows, originals });
}

async function mapFile(): Promise<void> {
  const context: MappingContext = {
    columns: job.columns,
    definitions: new Map(job.definitions.map((d) => [d.key, d])),
    defaultCountry: job.defaultCountry,
    keepCells: false,
  };
  let header = true;
  let chunk: MappedRow[] = [];
  for await (const row of readRows(source, job.settings)) {
    if (header) {
      header = false;
      continue;
    }
    chunk.push(mapRow(row, context));
    if (chunk.length >= job.chunkSize) {
      await send(chunk);
      chunk = [];
    }
  }
  if (chunk.length > 0) await send(chunk);
  post({ type: 'done' });
}

mapFile().catch((error: unknown) => {
  post({
    type: 'failed',
    fileError: error instanceof ImportFileError ? { code: error.code, params: error.params } : undefined,
    message: error instanceof Error ? (error.stack ?? error.message) : String(error),
  });
});
