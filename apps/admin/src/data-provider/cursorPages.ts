/**
 * The API pages by keyset cursor, react-admin by page number. This remembers, per list query
 * (sort, query, page size), the cursor that ends each page already seen, so moving one page
 * forward or back is a single request.
 */
export class CursorPages {
  private readonly ends = new Map<string, (string | null)[]>();

  /** The `after` cursor for `page` (1-based): null for page 1, undefined when that page was never reached. */
  afterFor(list: string, page: number): string | null | undefined {
    if (page <= 1) return null;
    return this.ends.get(list)?.[page - 2];
  }

  remember(list: string, page: number, endCursor: string | null): void {
    const ends = this.ends.get(list) ?? [];
    ends[page - 1] = endCursor;
    this.ends.set(list, ends);
  }

  /** The highest page below `page` whose end is known (0 when none), to walk forward from. */
  nearestKnown(list: string, page: number): number {
    const ends = this.ends.get(list) ?? [];
    for (let p = page - 1; p >= 1; p--) if (ends[p - 1] !== undefined) return p;
    return 0;
  }

  /** After a create or delete every page boundary may have moved. */
  clear(): void {
    this.ends.clear();
  }
}

/** One cache entry per distinct list: the same sort and query (search, filter, segment) at the same page size. */
export function listKey(parts: { sort: unknown; query: unknown; perPage: number }): string {
  return JSON.stringify([parts.sort, parts.query, parts.perPage]);
}
