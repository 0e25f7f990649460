import { type FieldProblem, fieldProblem } from '../../graphql/errors.js';
import { quantityOf, thousandths } from '../products/quantities.js';
import type { PurchaseItem } from './purchase-request.js';

/** A line of the purchase a return takes back: its number (1 = first item) and how much of it. */
export interface ReturnedItemRequest {
  line: number;
  /** All that is left of the line when left out. */
  quantity?: number | null;
}

/** What a return took back of one line, as the return keeps it. */
export interface ReturnedItem {
  line: number;
  sku: string;
  name: string;
  quantity: number;
}

/** What is left of a line to return, in thousandths. */
const leftOf = (item: PurchaseItem): number =>
  (thousandths(item.quantity) ?? 0) - (thousandths(item.returnedQuantity ?? 0) ?? 0);

/**
 * Checks the lines a return names against the purchase's items and what earlier returns took back,
 * and works out their money (quantity × unit price, in minor units). Every problem is reported at
 * once, at the line's own path.
 */
export function takeBackItems(
  items: PurchaseItem[],
  asked: ReturnedItemRequest[],
  at: (string | number)[],
): { returned: ReturnedItem[]; minor: number; items: PurchaseItem[]; problems: FieldProblem[] } {
  const problems: FieldProblem[] = [];
  const returned: ReturnedItem[] = [];
  const after = items.map((item) => ({ ...item }));
  const seen = new Set<number>();
  let minor = 0;
  asked.forEach((request, i) => {
    const path = [...at, i];
    const item = after[request.line - 1];
    if (!Number.isInteger(request.line) || !item) {
      problems.push(
        fieldProblem([...path, 'line'], 'RETURN_ITEM_LINE', { line: request.line, lines: items.length }),
      );
      return;
    }
    if (seen.has(request.line)) {
      problems.push(fieldProblem([...path, 'line'], 'RETURN_ITEM_TWICE', { line: request.line }));
      return;
    }
    seen.add(request.line);
    const left = leftOf(item);
    const wanted = request.quantity == null ? left : thousandths(request.quantity);
    if (wanted === null) {
      problems.push(fieldProblem([...path, 'quantity'], 'QUANTITY_DECIMALS', { max: 3 }));
      return;
    }
    if (wanted <= 0 && request.quantity != null) {
      problems.push(fieldProblem([...path, 'quantity'], 'QUANTITY_POSITIVE'));
      return;
    }
    if (wanted > left || left === 0) {
      problems.push(
        fieldProblem([...path, 'quantity'], 'RETURN_ITEM_LEFT', {
          line: request.line,
          left: quantityOf(left),
        }),
      );
      return;
    }
    item.returnedQuantity = quantityOf((thousandths(item.returnedQuantity ?? 0) ?? 0) + wanted);
    minor += Math.round((wanted * Math.round(item.price * 100)) / 1000);
    returned.push({ line: request.line, sku: item.sku, name: item.name, quantity: quantityOf(wanted) });
  });
  return { returned, minor, items: after, problems };
}
