import { problem } from '../problem.js';

/** The catalogue of products and services, their stock and what purchases do to it. */
export const productProblems = {
  PRODUCT_NOT_FOUND: problem('NOT_FOUND', 'Product not found'),
  PRODUCT_SKU_TAKEN: problem('BAD_USER_INPUT', 'Another product already has this SKU'),
  PRODUCT_SKU_FIXED: problem('BAD_USER_INPUT', 'A product keeps the SKU it was created with'),
  PRODUCT_SERVICE_NOT_TRACKED: problem('BAD_USER_INPUT', 'A service has no stock to track'),
  PRODUCT_NOT_TRACKED: problem('BAD_USER_INPUT', 'The stock of {sku} is not tracked'),
  PRODUCT_IN_USE: problem(
    'CONFLICT',
    'The product is in {purchases} purchases and {movements} stock movements: deactivate it instead',
  ),
  PRODUCT_INACTIVE: problem('BAD_USER_INPUT', 'The product {sku} is inactive and cannot be sold'),
  PRODUCT_OUT_OF_STOCK: problem('BAD_USER_INPUT', 'Only {available} of {sku} in stock, {asked} asked'),
  QUANTITY_DECIMALS: problem('BAD_USER_INPUT', 'A quantity has at most {max} decimals'),
} as const;
