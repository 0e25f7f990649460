import { Allow } from '@patron/sdk';
import { Arg, Ctx, FieldResolver, Float, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { AppContext } from '../../graphql/context.js';
import { pageInfoOf } from '../../graphql/page-info.js';
import {
  ProductInput,
  ProductSalesType,
  ProductType,
  StockMovementConnection,
  StockMovementType,
} from './product.types.js';
import { PP } from './product-permissions.js';
import { movementCursor } from './stock.service.js';

@Resolver(() => ProductType)
export class ProductResolver {
  @Allow(PP.read)
  @Query(() => [ProductType], { description: 'The products and services of the workspace, by SKU.' })
  async products(
    @Ctx() ctx: AppContext,
    @Arg('includeInactive', { defaultValue: false }) includeInactive: boolean,
  ): Promise<ProductType[]> {
    return ctx.services.products.list(ctx.workspaceId(), includeInactive) as Promise<ProductType[]>;
  }

  @Allow(PP.read)
  @Query(() => ProductType, { nullable: true, description: 'Null when the workspace has no such product.' })
  async product(@Ctx() ctx: AppContext, @Arg('id', () => ID) id: string): Promise<ProductType | null> {
    return (await ctx.services.products.get(ctx.workspaceId(), id)) as ProductType | null;
  }

  @Allow(PP.read)
  @Query(() => [ProductSalesType], {
    description:
      'Per product, what sold over [from, to) net of returns and the money it brought, with the stock on hand now.',
  })
  async productSales(
    @Ctx() ctx: AppContext,
    @Arg('from', () => Date) from: Date,
    @Arg('to', () => Date) to: Date,
  ): Promise<ProductSalesType[]> {
    return (await ctx.services.products.sales(ctx.workspaceId(), from, to)) as ProductSalesType[];
  }

  @FieldResolver(() => Boolean, { description: 'Tracked, with a reorder level, and at or under it.' })
  lowStock(@Root() product: ProductType): boolean {
    return product.tracked && product.reorderLevel != null && product.onHand <= product.reorderLevel;
  }

  @FieldResolver(() => StockMovementConnection, { description: 'Its stock movements, newest first.' })
  async movements(
    @Root() product: ProductType,
    @Ctx() ctx: AppContext,
    @Arg('first', () => Int, { defaultValue: 20 }) first: number,
    @Arg('after', () => String, { nullable: true }) after: string | null,
  ): Promise<StockMovementConnection> {
    const page = await ctx.services.stock.page(ctx.workspaceId(), product.id, { first, after });
    const edges = page.rows.map((m) => ({ cursor: movementCursor(m), node: m as StockMovementType }));
    return {
      edges,
      pageInfo: pageInfoOf(edges, page.hasNextPage, after),
    };
  }

  @Allow(PP.manage)
  @Mutation(() => ProductType)
  async createProduct(@Ctx() ctx: AppContext, @Arg('input') input: ProductInput): Promise<ProductType> {
    return (await ctx.services.products.create(ctx.actor(), ctx.workspaceId(), input)) as ProductType;
  }

  @Allow(PP.manage)
  @Mutation(() => ProductType, { description: 'Everything but the SKU and the stock.' })
  async updateProduct(
    @Ctx() ctx: AppContext,
    @Arg('id', () => ID) id: string,
    @Arg('input') input: ProductInput,
  ): Promise<ProductType> {
    return (await ctx.services.products.update(ctx.actor(), ctx.workspaceId(), id, input)) as ProductType;
  }

  @Allow(PP.manage)
  @Mutation(() => ProductType, { description: 'An inactive product cannot be sold; its stock stays.' })
  async setProductActive(
    @Ctx() ctx: AppContext,
    @Arg('id', () => ID) id: string,
    @Arg('active') active: boolean,
  ): Promise<ProductType> {
    return (await ctx.services.products.setActive(ctx.actor(), ctx.workspaceId(), id, active)) as ProductType;
  }

  @Allow(PP.manage)
  @Mutation(() => ID, {
    description: 'Only a product no purchase item and no stock movement refers to (else PRODUCT_IN_USE).',
  })
  async deleteProduct(@Ctx() ctx: AppContext, @Arg('id', () => ID) id: string): Promise<string> {
    return ctx.services.products.delete(ctx.actor(), ctx.workspaceId(), id);
  }

  @Allow(PP.manage)
  @Mutation(() => StockMovementType, { description: 'Goods came in: a tracked product’s stock grows.' })
  async receiveStock(
    @Ctx() ctx: AppContext,
    @Arg('productId', () => ID) productId: string,
    @Arg('quantity', () => Float) quantity: number,
    @Arg('note', () => String, { nullable: true }) note: string | null,
  ): Promise<StockMovementType> {
    return (await ctx.services.stock.receive(
      ctx.actor(),
      ctx.workspaceId(),
      productId,
      quantity,
      note,
    )) as StockMovementType;
  }

  @Allow(PP.manage)
  @Mutation(() => StockMovementType, {
    description: 'A stocktake: the stock on hand becomes what was counted.',
  })
  async setStockCount(
    @Ctx() ctx: AppContext,
    @Arg('productId', () => ID) productId: string,
    @Arg('counted', () => Float) counted: number,
    @Arg('reason', () => String, { nullable: true }) reason: string | null,
  ): Promise<StockMovementType> {
    return (await ctx.services.stock.count(
      ctx.actor(),
      ctx.workspaceId(),
      productId,
      counted,
      reason,
    )) as StockMovementType;
  }
}
