import { Field, Float, ID, InputType, ObjectType, registerEnumType } from 'type-graphql';
import { LocalizedText, LocalizedTextInput } from '../../graphql/localized-text.js';
import { PageInfo } from '../../graphql/page-info.js';
import { HistoryActor } from '../history/history.types.js';

export enum ProductKindEnum {
  PRODUCT = 'PRODUCT',
  SERVICE = 'SERVICE',
}
registerEnumType(ProductKindEnum, {
  name: 'ProductKind',
  description: 'Goods (may track stock) or a service.',
});

export enum StockMovementKindEnum {
  RECEIVED = 'RECEIVED',
  SOLD = 'SOLD',
  RETURNED = 'RETURNED',
  COUNTED = 'COUNTED',
}
registerEnumType(StockMovementKindEnum, {
  name: 'StockMovementKind',
  description: 'Goods received, sold by a purchase, brought back by a return, or a stocktake’s difference.',
});

@ObjectType('Product', { description: 'A product or service of the workspace’s catalogue.' })
export class ProductType {
  @Field(() => ID) id!: string;
  @Field({
    description:
      'What purchase items name the product by (compared without case): 1–100 characters, unique in the workspace, fixed once given.',
  })
  sku!: string;
  @Field(() => LocalizedText) name!: LocalizedText;
  @Field(() => ProductKindEnum) kind!: ProductKindEnum;
  @Field(() => Float, { description: 'Price of one unit, in money.' }) price!: number;
  @Field({ description: 'piece, kg…; empty when not said.' }) unit!: string;
  @Field({ description: 'An inactive product cannot be sold.' }) active!: boolean;
  @Field({ description: 'Whether purchases, returns, receipts and stocktakes move its stock.' })
  tracked!: boolean;
  @Field(() => Float, { description: 'Stock on hand, three decimals at most; 0 when not tracked.' })
  onHand!: number;
  @Field(() => Float, { nullable: true, description: 'Low stock at or under this; null: no warning.' })
  reorderLevel!: number | null;
  @Field() createdAt!: Date;
  @Field() updatedAt!: Date;
}

@InputType()
export class ProductInput {
  @Field(() => String, {
    nullable: true,
    description: 'Required when creating; fixed afterwards: another one is PRODUCT_SKU_FIXED.',
  })
  sku?: string | null;
  @Field(() => LocalizedTextInput, { description: 'In at least one language, 100 characters at most.' })
  name!: LocalizedTextInput;
  @Field(() => ProductKindEnum) kind!: ProductKindEnum;
  @Field(() => Float, { description: 'Two decimals at most, not negative.' }) price!: number;
  @Field(() => String, { nullable: true, description: '20 characters at most.' }) unit?: string | null;
  @Field(() => Boolean, {
    nullable: true,
    description: 'Products only (a service is PRODUCT_SERVICE_NOT_TRACKED).',
  })
  tracked?: boolean | null;
  @Field(() => Float, { nullable: true }) reorderLevel?: number | null;
}

@ObjectType('StockMovement')
export class StockMovementType {
  @Field(() => ID) id!: string;
  @Field(() => ID) productId!: string;
  @Field(() => StockMovementKindEnum) kind!: StockMovementKindEnum;
  @Field(() => Float, { description: 'Signed: what it added to the stock on hand.' }) quantity!: number;
  @Field(() => Float, { description: 'The stock on hand right after it.' }) onHand!: number;
  @Field(() => ID, { nullable: true }) purchaseId!: string | null;
  @Field() note!: string;
  @Field(() => HistoryActor) actor!: HistoryActor;
  @Field() createdAt!: Date;
}

@ObjectType()
export class StockMovementEdge {
  @Field() cursor!: string;
  @Field(() => StockMovementType) node!: StockMovementType;
}

@ObjectType()
export class StockMovementConnection {
  @Field(() => [StockMovementEdge]) edges!: StockMovementEdge[];
  @Field(() => PageInfo) pageInfo!: PageInfo;
}

@ObjectType('ProductSales')
export class ProductSalesType {
  @Field(() => ProductType) product!: ProductType;
  @Field(() => Float, { description: 'Sold over the period, net of the part returned.' }) quantity!: number;
  @Field(() => Float, { description: 'Money those items brought, net of the part returned.' })
  revenue!: number;
}
