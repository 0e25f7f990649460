import { ChunkNumbers } from './chunk-numbers.js';
import { metAnotherChunk, sharesAny } from './chunk-overlap.js';
import type { MappedRow } from './import-rows.js';

/** The customer numbers a chunk follows (`previous`) and the hand-over to the chunk after it (`mine`). */
export interface ChunkNumbering {
  previous: ChunkNumbers;
  mine: ChunkNumbers;
}

/** What one written chunk tells the pipeline. */
export interface ChunkWritten {
  /** It created, updated or attached customers: the chunk after it may be written beside it. */
  changedCustomers: boolean;
  /** The import is still running (not cancelled): the next chunk may start. */
  goesOn: boolean;
}

export interface ChunkPipelineOptions {
  /**
   * A chunk's identity values (chunk-overlap.ts); two chunks sharing none may be written at once.
   * Without it, every chunk starts once the one before has committed and is tried once.
   */
  identityValues?: (rows: readonly MappedRow[]) => Set<string>;
  /** Writes one chunk in its transaction(s); thrown errors stop the import. */
  write: (rows: MappedRow[], numbers: ChunkNumbering) => Promise<ChunkWritten>;
}

/**
 * Tries of a chunk that met the chunk written beside it (chunk-overlap.ts): the first; alone once the
 * chunk before has ended; and twice more, since the chunk after it may have started on this chunk's
 * first numbers and meet it once before it is refused itself.
 */
const ATTEMPTS = 4;

/**
 * An import's chunks, written in file order while the next ones are read and mapped. Two chunks are
 * written at once when they share no identity value and the one before changed customers: the later
 * one's reads and rows are made, and its new customers inserted with the numbers after the earlier
 * one's (chunk-numbers.ts), while the earlier one's insert runs. Otherwise (a shared value, a chunk
 * before that changed nothing, as a re-import's SKIPs, or no `identityValues`) a chunk starts once the
 * one before it has committed, seeing it. A chunk starts only while the import goes on; a stop
 * (cancel, failure) waits for the chunk still under way.
 */
export class ChunkPipeline {
  #writing: Promise<boolean> = Promise.resolve(true);
  #earlier: Promise<boolean> = Promise.resolve(true);
  #writingValues = new Set<string>();
  #writingNumbers = ChunkNumbers.ended();
  /** Whether the chunk started last changed customers: one that only read them gains nothing from company. */
  #lastChanged = false;

  constructor(private readonly options: ChunkPipelineOptions) {}

  /** Starts writing a chunk once its turn has come; false when the import stopped (nothing more is started). */
  async add(rows: MappedRow[]): Promise<boolean> {
    if (rows.length === 0) return true;
    // At most two chunks under way; one that stopped the import waits for the other.
    if (!(await this.#earlier.catch(() => false))) return this.settled();
    const values = this.options.identityValues?.(rows);
    if ((!values || !this.#lastChanged || sharesAny(values, this.#writingValues)) && !(await this.settled()))
      return false;
    this.#earlier = this.#writing;
    this.#writingValues = values ?? new Set();
    const previous = this.#writingNumbers;
    const mine = new ChunkNumbers();
    this.#writingNumbers = mine;
    const before = this.#earlier;
    const writing = this.#tries(rows, before, { previous, mine }, values ? ATTEMPTS : 1).finally(() =>
      mine.end(),
    );
    this.#writing = writing.then((written) => written.goesOn);
    // Awaited before a later chunk or at the end; this only keeps a failure from being unhandled meanwhile.
    this.#writing.catch(() => {});
    return true;
  }

  /** Both writes under way have ended: true while the import goes on; a failure of either is thrown. */
  async settled(): Promise<boolean> {
    const [a, b] = await Promise.allSettled([this.#earlier, this.#writing]);
    if (a.status === 'rejected') throw a.reason;
    if (b.status === 'rejected') throw b.reason;
    return a.value && b.value;
  }

  /** A chunk that met the chunk beside it is written again alone (numbered from the counter) once that one has ended. */
  async #tries(
    rows: MappedRow[],
    before: Promise<boolean>,
    numbers: ChunkNumbering,
    attempts: number,
  ): Promise<ChunkWritten> {
    for (let attempt = 1; ; attempt++) {
      try {
        // A retry starts once the chunk before has ended, so its numbers tell null: the counter's are taken.
        const written = await this.options.write(rows, numbers);
        this.#lastChanged = written.changedCustomers;
        return written;
      } catch (error) {
        if (attempt >= attempts || !metAnotherChunk(error) || !(await before.catch(() => false))) throw error;
      }
    }
  }
}
