import { problem } from '../problem.js';

/** Rows of a purchase-history import that cannot become a purchase or a return. */
export const purchaseImportProblems = {
  IMPORT_ROW_CUSTOMER_UNKNOWN: problem('NOT_FOUND', 'No customer has this {target}'),
  IMPORT_ROW_ITEMS_FORMAT: problem(
    'BAD_USER_INPUT',
    'Write items as sku:quantity:price separated by ; (for example A1:2:10.5;B7:1:3)',
  ),
  IMPORT_ROW_RETURN_NO_INVOICE: problem(
    'BAD_USER_INPUT',
    'A return needs the invoice of the purchase it returns',
  ),
  IMPORT_ROW_RETURN_NO_PURCHASE: problem('NOT_FOUND', 'This customer has no purchase with invoice {invoice}'),
  IMPORT_ROW_PURCHASE_DATE: problem(
    'BAD_USER_INPUT',
    'Write the date as YYYY-MM-DD or YYYY-MM-DD HH:MM (ISO 8601)',
  ),
} as const;
