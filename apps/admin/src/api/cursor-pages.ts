/**
 * The API pages by keyset cursor, react-admin by page number. This remembers, per list query
 * (sort, search, page size), the cursor that ends each page already seen, so moving one page
 * forward or back is a single request.
 */
export class CursorPages {
  private readonly ends = new Map<string, (string | null)[]>();

  /** The `after` cursor for page `page` (1-based), or undefined when that page was never reached. */
  afterFor(query: string, page: number): string | null | undefined {
    if (page === 1) return null;
    return this.ends.get(query)?.[page - 2];
  }

  remember(query: string, page: number, endCursor: string | null): void {
    const list = this.ends.get(query) ?? [];
    list[page - 1] = endCursor;
    this.ends.set(query, list);
  }

  /** The highest page below `page` whose end is known, to walk forward from. */
  nearestKnown(query: string, page: number): number {
    const list = this.ends.get(query) ?? [];
    for (let p = page - 1; p >= 1; p--) if (list[p - 1] !== undefined) return p;
    return 0;
  }

  clear(): void {
    this.ends.clear();
  }
}
