import { useEffect } from 'react';
import { TextInput, useLocale, useSourceContext } from 'react-admin';
import { useFormContext, useWatch } from 'react-hook-form';
import { formatAmount } from '../common/amounts';
import { localized } from '../i18n/localized';
import type { CatalogueProduct } from '../products/useProducts';

const LIST = 'purchase-catalogue-skus';

/** The catalogue's SKUs offered to every item's SKU field (one list for the dialog). */
export function CatalogueSkus({ products }: { products: readonly CatalogueProduct[] }) {
  const locale = useLocale();
  return (
    <datalist id={LIST}>
      {products.map((p) => (
        <option key={p.id} value={p.sku}>
          {localized(p.name, locale, p.sku)}
        </option>
      ))}
    </datalist>
  );
}

/**
 * An item's SKU, suggesting the catalogue's: once it names a product (in any case), the item's empty
 * name and price are filled from it. A SKU not in the catalogue stays a free item.
 */
export function CatalogueSkuInput({ products }: { products: readonly CatalogueProduct[] }) {
  const locale = useLocale();
  const source = useSourceContext();
  const { getValues, setValue } = useFormContext();
  const skuPath = source.getSource('sku');
  const sku = useWatch({ name: skuPath }) as string | undefined;
  useEffect(() => {
    const found = sku ? products.find((p) => p.sku.toLowerCase() === sku.trim().toLowerCase()) : undefined;
    if (!found) return;
    const namePath = source.getSource('name');
    const pricePath = source.getSource('price');
    if (!getValues(namePath))
      setValue(namePath, localized(found.name, locale, found.sku), { shouldDirty: true });
    if (!getValues(pricePath))
      setValue(pricePath, formatAmount(found.price, 2, locale), { shouldDirty: true });
  }, [sku, products, locale, source, getValues, setValue]);
  return (
    <TextInput
      source="sku"
      label="patron.purchases.sku"
      helperText={false}
      sx={{ width: 120, flexShrink: 0 }}
      slotProps={{ htmlInput: { dir: 'ltr', list: products.length ? LIST : undefined } }}
    />
  );
}
