import { Field, ObjectType } from 'type-graphql';

@ObjectType()
export class PageInfo {
  @Field() hasNextPage!: boolean;
  @Field() hasPreviousPage!: boolean;
  @Field(() => String, { nullable: true }) startCursor!: string | null;
  @Field(() => String, { nullable: true }) endCursor!: string | null;
}

export function encodeCursor(value: unknown): string {
  return Buffer.from(JSON.stringify(value)).toString('base64url');
}

/** Undefined for a cursor that was not made by encodeCursor; callers turn that into BAD_USER_INPUT. */
export function decodeCursor(cursor: string): unknown {
  try {
    return JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
  } catch {
    return undefined;
  }
}

/** A page's PageInfo from its edges: a page asked for after a cursor has one before it. */
export function pageInfoOf(
  edges: readonly { cursor: string }[],
  hasNextPage: boolean,
  after: string | null | undefined,
): PageInfo {
  return {
    hasNextPage,
    hasPreviousPage: after != null,
    startCursor: edges[0]?.cursor ?? null,
    endCursor: edges.at(-1)?.cursor ?? null,
  };
}
