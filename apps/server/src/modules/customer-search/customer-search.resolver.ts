import { OPERATORS } from '@patron/filter';
import { Allow } from '@patron/sdk';
import { Arg, Ctx, FieldResolver, ID, Int, Query, Resolver, Root } from 'type-graphql';
import type { AppContext } from '../../graphql/context.js';
import { JSONScalar } from '../../graphql/json.js';
import { P } from '../auth/core-permissions.js';
import { toCustomerType } from '../customers/customer.mapper.js';
import { CustomerConnection, CustomerSortInput, CustomerType } from '../customers/customer.types.js';
import { computedValues } from './computed-fields.js';
import type { CustomerQuery, Viewer } from './customer-search.service.js';
import { CustomerFieldType, CustomerFilterInput } from './customer-search.types.js';

export function viewerOf(ctx: AppContext): Viewer {
  return { workspaceId: ctx.workspaceId(), staffId: ctx.staff?.id ?? null, role: ctx.staff?.role ?? null };
}

/** The connection remembers its question, so totalCount is counted only when a client asks for it. */
const QUESTION = Symbol('question');
type Counted = CustomerConnection & { [QUESTION]?: { viewer: Viewer; query: CustomerQuery } };

@Resolver(() => CustomerConnection)
export class CustomerSearchResolver {
  @Allow(P.customersRead)
  @Query(() => CustomerConnection, {
    description:
      'Customers matching search (any chip) AND filter AND segment, a page at a time (keyset cursors over any sortable field).',
  })
  async customers(
    @Ctx() ctx: AppContext,
    @Arg('first', () => Int, { nullable: true }) first: number | null,
    @Arg('after', () => String, { nullable: true }) after: string | null,
    @Arg('last', () => Int, { nullable: true }) last: number | null,
    @Arg('before', () => String, { nullable: true }) before: string | null,
    @Arg('sort', () => CustomerSortInput, { nullable: true }) sort: CustomerSortInput | null,
    @Arg('search', () => [String], { nullable: true }) search: string[] | null,
    @Arg('filter', () => CustomerFilterInput, { nullable: true }) filter: CustomerFilterInput | null,
    @Arg('segmentId', () => ID, { nullable: true }) segmentId: string | null,
  ): Promise<CustomerConnection> {
    const viewer = viewerOf(ctx);
    const query = { search, filter, segmentId };
    const result = await ctx.services.customerSearch.page(viewer, {
      query,
      first,
      after,
      last,
      before,
      sort: sort ?? { field: 'createdAt', direction: 'DESC' },
    });
    const connection: Counted = {
      pageInfo: result.pageInfo,
      edges: result.edges.map(({ cursor, row }) => ({
        cursor,
        node: toCustomerType({
          id: row.id,
          workspaceId: row.workspace_id,
          status: row.status,
          attributes: row.attributes,
          tags: row.tags,
          number: row.number,
          createdAt: new Date(row.created_at),
          updatedAt: new Date(row.updated_at),
        }),
      })),
    };
    connection[QUESTION] = { viewer, query };
    return connection;
  }

  @FieldResolver(() => Int, { description: 'Exact number of matching customers; counted only when asked.' })
  async totalCount(@Ctx() ctx: AppContext, @Root() connection: Counted): Promise<number> {
    const question = connection[QUESTION];
    if (!question) throw new Error('totalCount on a connection that was not made by customers');
    return ctx.services.customerSearch.count(question.viewer, question.query);
  }

  @Allow(P.customersRead)
  @Query(() => Int, { description: 'Exact number of customers matching search AND filter AND segment.' })
  async customerCount(
    @Ctx() ctx: AppContext,
    @Arg('search', () => [String], { nullable: true }) search: string[] | null,
    @Arg('filter', () => CustomerFilterInput, { nullable: true }) filter: CustomerFilterInput | null,
    @Arg('segmentId', () => ID, { nullable: true }) segmentId: string | null,
  ): Promise<number> {
    return ctx.services.customerSearch.count(viewerOf(ctx), { search, filter, segmentId });
  }

  @Allow(P.customersRead)
  @Query(() => [CustomerFieldType], {
    description:
      'Every field a filter, a column or a sort can use: attributes, status, tags, createdAt, updatedAt and fields other modules register.',
  })
  async customerFields(@Ctx() ctx: AppContext): Promise<CustomerFieldType[]> {
    const fields = await ctx.services.customerSearch.fields(ctx.workspaceId());
    return fields.map((f) => ({
      key: f.key,
      label: f.label,
      kind: f.kind,
      operators: [...OPERATORS[f.kind]],
      choices: f.choices,
      sortable: f.sort !== null,
      source: f.source,
      attributeType: f.attributeType,
      decimals: f.decimals ?? null,
    })) as CustomerFieldType[];
  }
}

/** Per request: the customers shown and the computed fields asked, loaded together in one query. */
const computedByRequest = new WeakMap<
  AppContext,
  { ids: Set<string>; keys: string[]; loaded?: Promise<Map<string, Record<string, unknown>>> }
>();

@Resolver(() => CustomerType)
export class CustomerComputedFieldsResolver {
  @FieldResolver(() => JSONScalar, {
    description:
      'Values of computed customer fields (customerFields whose source is a module or plugin, e.g. balance_coins) by key.',
  })
  async fieldValues(
    @Root() customer: CustomerType,
    @Ctx() ctx: AppContext,
    @Arg('keys', () => [String]) keys: string[],
  ): Promise<Record<string, unknown>> {
    let entry = computedByRequest.get(ctx);
    if (!entry || entry.keys.join() !== keys.join()) {
      entry = { ids: new Set(), keys };
      computedByRequest.set(ctx, entry);
    }
    entry.ids.add(customer.id);
    const current = entry;
    // Customers resolved in the same tick share one query.
    current.loaded ??= Promise.resolve().then(async () =>
      computedValues(
        ctx.services.orm,
        ctx.workspaceId(),
        await ctx.services.customerSearch.fields(ctx.workspaceId()),
        [...current.ids],
        current.keys,
      ),
    );
    return (await current.loaded).get(customer.id) ?? {};
  }
}
