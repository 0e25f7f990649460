import { defineModule } from '@patron/sdk';
import { Migration20261207110000_products } from './Migration20261207110000_products.js';
import { ProductResolver } from './product.resolver.js';
import { ProductService } from './product.service.js';
import { productPermissions } from './product-permissions.js';
import { StockService } from './stock.service.js';

declare module '@patron/sdk' {
  interface PatronServices {
    /** The workspace's catalogue of products and services. */
    products: ProductService;
    /** Tracked products' stock and its movements; purchases and returns move it. */
    stock: StockService;
  }
}

/** Audit event types this module writes; the subject of each is the product's SKU. */
export const PRODUCT_AUDIT_TYPES = [
  'PRODUCT_CREATED',
  'PRODUCT_UPDATED',
  'PRODUCT_DEACTIVATED',
  'PRODUCT_REACTIVATED',
  'PRODUCT_DELETED',
  'PRODUCT_STOCK_RECEIVED',
  'PRODUCT_STOCK_COUNTED',
] as const;

/** Products and services: the catalogue purchases name by SKU, and the stock of tracked products. */
export const productsModule = defineModule({
  name: 'products',
  auditEventTypes: PRODUCT_AUDIT_TYPES,
  needs: ['sql', 'audit'],
  services: {
    products: ({ sql, audit }) => new ProductService(sql, audit),
    stock: ({ sql, audit, products }) => new StockService(sql, audit, products),
  },
  resolvers: [ProductResolver],
  permissions: productPermissions,
  migrations: [{ name: 'Migration20261207110000_products', class: Migration20261207110000_products }],
});
