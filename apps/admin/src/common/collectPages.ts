export interface Page<T> {
  nodes: readonly T[];
  hasNextPage: boolean;
  endCursor: string | null;
}

/** Every item of a cursor-paged list, page after page, stopping when the list ends (or a page brings nothing). */
export async function collectPages<T>(fetchPage: (after: string | null) => Promise<Page<T>>): Promise<T[]> {
  const all: T[] = [];
  let after: string | null = null;
  for (;;) {
    const page = await fetchPage(after);
    all.push(...page.nodes);
    if (!page.hasNextPage || !page.endCursor || page.nodes.length === 0) return all;
    after = page.endCursor;
  }
}
