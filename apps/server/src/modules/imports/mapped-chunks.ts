import type { ProblemCode } from '@patron/problems';
import { workerBeside } from '../../common/worker-thread.js';
import type { MappedRow } from './import-rows.js';
import type { FromWorker, MappingJob, ToWorker } from './mapped-chunks.protocol.js';
import { ImportFileError } from './reading/file-error.js';
import type { ImportSource } from './reading/source.js';

/** Chunks the worker maps ahead of the import: one being written, one ready, one being mapped. */
const AHEAD = 2;
/** Pieces of the file (64 KB each) sent to the worker and not yet taken by its reader. */
const WINDOW = 8;

type Ending = Extract<FromWorker, { type: 'rows' | 'done' | 'failed' }> | { type: 'stopped'; error: Error };

/**
 * The rows after a file's header, mapped, `chunkSize` at a time, read and mapped on a worker thread
 * (mapped-chunks.worker) while the caller writes the chunks before. This thread only streams the
 * file's pieces to it, as many passes as the reader opens. Leaving the loop early stops the worker.
 */
export async function* mappedChunks(
  source: ImportSource,
  job: Omit<MappingJob, 'ahead'>,
): AsyncGenerator<MappedRow[]> {
  const worker = workerBeside(import.meta.url, 'mapped-chunks.worker', {
    workerData: { ...job, ahead: AHEAD } satisfies MappingJob,
  });
  const send = (message: ToWorker, transfer?: ArrayBuffer[]) => worker.postMessage(message, transfer);
  const passes = new Map<number, { taken(): void; close(): void }>();
  const endings: Ending[] = [];
  let arrived: (() => void) | null = null;
  const arrive = (ending: Ending) => {
    endings.push(ending);
    arrived?.();
  };

  const stream = (id: number) => {
    const input = source.open();
    let inFlight = 0;
    let closed = false;
    let resume: (() => void) | null = null;
    passes.set(id, {
      taken() {
        inFlight--;
        resume?.();
      },
      close() {
        closed = true;
        input.destroy();
        resume?.();
      },
    });
    (async () => {
      for await (const piece of input as AsyncIterable<Buffer>) {
        if (closed) return;
        // A copy: a stream's pieces may share one pool, which must not move to the worker.
        const data = new Uint8Array(piece);
        send({ type: 'piece', stream: id, data }, [data.buffer as ArrayBuffer]);
        inFlight++;
        while (inFlight >= WINDOW && !closed) await new Promise<void>((r) => (resume = r));
      }
      if (!closed) send({ type: 'end', stream: id });
    })()
      .catch((error: unknown) => {
        if (!closed) send({ type: 'end', stream: id, error: String(error) });
      })
      .finally(() => passes.delete(id));
  };

  worker.on('message', (message: FromWorker) => {
    if (message.type === 'open') stream(message.stream);
    else if (message.type === 'taken') passes.get(message.stream)?.taken();
    else if (message.type === 'close') passes.get(message.stream)?.close();
    else arrive(message);
  });
  worker.on('error', (error) => arrive({ type: 'stopped', error }));
  worker.on('exit', (code) =>
    arrive({ type: 'stopped', error: new Error(`the mapping worker stopped (exit code ${code})`) }),
  );

  try {
    for (;;) {
      const ending = endings.shift();
      if (!ending) {
        await new Promise<void>((resolve) => (arrived = resolve));
        continue;
      }
      if (ending.type === 'done') return;
      if (ending.type === 'stopped') throw ending.error;
      if (ending.type === 'failed')
        throw ending.fileError
          ? new ImportFileError(ending.fileError.code as ProblemCode, ending.fileError.params)
          : new Error(ending.message);
      const { rows, originals } = ending;
      rows.forEach((row, i) => {
        row.original = originals[i] ?? [];
      });
      yield rows;
      send({ type: 'more' });
    }
  } finally {
    for (const pass of passes.values()) pass.close();
    worker.removeAllListeners();
    await worker.terminate();
  }
}
