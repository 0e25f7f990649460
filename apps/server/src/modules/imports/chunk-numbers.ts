/**
 * Where the customer numbers of a chunk under way end, for the chunk written beside it, whose new
 * customers follow them (customers/customer-numbers.ts). Known once the chunk has taken its numbers,
 * before its insert; null when it takes none or has ended: then the next chunk takes its numbers
 * from the workspace's counter.
 */
export class ChunkNumbers {
  #tell: (last: number | null) => void = () => {};
  readonly #last = new Promise<number | null>((resolve) => {
    this.#tell = resolve;
  });
  #ended = false;

  /** Only the first telling counts: a chunk written again alone has no chunk beside it following it. */
  readonly took = (last: number | null): void => this.#tell(last);

  end(): void {
    this.#ended = true;
    this.#tell(null);
  }

  /** Waits (before the next chunk's transaction, holding no lock) until the chunk took its numbers or ended. */
  async last(): Promise<number | null> {
    const last = await this.#last;
    return this.#ended ? null : last;
  }

  static ended(): ChunkNumbers {
    const numbers = new ChunkNumbers();
    numbers.end();
    return numbers;
  }
}
