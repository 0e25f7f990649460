import { Link, Typography } from '@mui/material';
import { useState } from 'react';
import { useLocale, useTranslate } from 'react-admin';
import { formatAmount } from '../common/amounts';
import type { Purchase } from './usePurchases';

const SHOWN = 3;

/** What a purchase's lines were, under its invoice: name × quantity, and what came back of each. */
export function PurchaseItemsList({ items }: { items: Purchase['items'] }) {
  const translate = useTranslate();
  const locale = useLocale();
  const [all, setAll] = useState(false);
  if (!items.length) return null;
  const quantity = (q: number) => formatAmount(q, Number.isInteger(q) ? 0 : 3, locale);
  const shown = all ? items : items.slice(0, SHOWN);
  return (
    <>
      {shown.map((item, i) => (
        <Typography
          // biome-ignore lint/suspicious/noArrayIndexKey: a purchase's lines never move
          key={i}
          variant="caption"
          color="text.secondary"
          display="block"
          data-testid="purchase-item"
        >
          <bdi>{item.name || item.sku}</bdi> × {quantity(item.quantity)}
          {item.returnedQuantity > 0 && (
            <Typography component="span" variant="caption" color="error.main">
              {' '}
              {translate('patron.purchases.itemReturned', { quantity: quantity(item.returnedQuantity) })}
            </Typography>
          )}
        </Typography>
      ))}
      {items.length > SHOWN && (
        <Link
          component="button"
          variant="caption"
          onClick={() => setAll(!all)}
          data-testid="purchase-items-more"
        >
          {all
            ? translate('patron.purchases.itemsFewer')
            : translate('patron.purchases.itemsMore', { count: items.length - SHOWN })}
        </Link>
      )}
    </>
  );
}
