import AddBox from '@mui/icons-material/AddBox';
import Inventory from '@mui/icons-material/Inventory';
import { Chip, IconButton, Stack, Tooltip } from '@mui/material';
import { useState } from 'react';
import {
  CreateButton,
  Datagrid,
  DeleteWithConfirmButton,
  FunctionField,
  List,
  TopToolbar,
  useLocale,
  usePermissions,
  useRefresh,
  useTranslate,
} from 'react-admin';
import { formatAmount, formatMoney } from '../common/amounts';
import type { AllProductsQuery } from '../gql/graphql';
import { localized } from '../i18n/localized';
import { ProductSalesPanel } from './ProductSalesPanel';
import { type StockAction, StockDialog } from './StockDialog';
import { decimalsOf } from './StockPanel';

type Row = AllProductsQuery['products'][number];

/** Every product and service by SKU: name in the UI's language, kind, price, stock with a low-stock mark, active. */
export function ProductList() {
  const locale = useLocale();
  const translate = useTranslate();
  const { permissions } = usePermissions<string[]>();
  const manage = Boolean(permissions?.includes('products.manage'));
  return (
    <>
      <List
        pagination={false}
        perPage={1000}
        exporter={false}
        actions={<TopToolbar>{manage && <CreateButton data-testid="product-create" />}</TopToolbar>}
        empty={false}
      >
        <Datagrid rowClick={manage ? 'edit' : false} bulkActionButtons={false} data-testid="product-list">
          <FunctionField
            label="patron.products.sku"
            sortable={false}
            render={(p: Row) => (
              <bdi dir="ltr" data-testid={`product-${p.sku}`}>
                {p.sku}
              </bdi>
            )}
          />
          <FunctionField
            label="patron.products.name"
            sortable={false}
            render={(p: Row) => <span dir="auto">{localized(p.name, locale, p.sku)}</span>}
          />
          <FunctionField
            label="patron.products.kindLabel"
            sortable={false}
            render={(p: Row) => translate(`patron.products.kind.${p.kind}`)}
          />
          <FunctionField
            label="patron.products.price"
            sortable={false}
            render={(p: Row) => formatMoney(p.price, locale)}
          />
          <FunctionField
            label="patron.products.stock"
            sortable={false}
            render={(p: Row) =>
              p.tracked ? (
                <Stack direction="row" gap={1} alignItems="center" data-testid={`product-stock-${p.sku}`}>
                  <span>
                    {formatAmount(p.onHand, decimalsOf(p.onHand), locale)} {p.unit}
                  </span>
                  {p.lowStock && (
                    <Chip
                      size="small"
                      color="warning"
                      label={translate('patron.products.lowStock')}
                      data-testid={`product-low-${p.sku}`}
                    />
                  )}
                </Stack>
              ) : (
                '—'
              )
            }
          />
          <FunctionField
            label="patron.products.status"
            sortable={false}
            render={(p: Row) => (
              <Chip
                size="small"
                color={p.active ? 'success' : 'default'}
                variant={p.active ? 'filled' : 'outlined'}
                label={translate(p.active ? 'patron.products.on' : 'patron.products.off')}
              />
            )}
          />
          {manage && <FunctionField label={false} render={(p: Row) => <RowActions product={p} />} />}
        </Datagrid>
      </List>
      <ProductSalesPanel />
    </>
  );
}

/** Receive stock and take stock for a tracked product, and delete (refused while purchases or movements name it). */
function RowActions({ product }: { product: Row }) {
  const translate = useTranslate();
  const locale = useLocale();
  const refresh = useRefresh();
  const [action, setAction] = useState<StockAction | null>(null);
  const stop = (e: { stopPropagation(): void }) => e.stopPropagation();
  return (
    // biome-ignore lint/a11y/noStaticElementInteractions: only keeps the row's click from firing.
    <span onClick={stop} onKeyDown={stop} style={{ whiteSpace: 'nowrap' }}>
      {product.tracked && (
        <>
          <Tooltip title={translate('patron.products.receive')}>
            <IconButton
              size="small"
              onClick={() => setAction('receive')}
              data-testid={`product-receive-${product.sku}`}
            >
              <AddBox fontSize="small" />
            </IconButton>
          </Tooltip>
          <Tooltip title={translate('patron.products.stocktake')}>
            <IconButton
              size="small"
              onClick={() => setAction('count')}
              data-testid={`product-count-${product.sku}`}
            >
              <Inventory fontSize="small" />
            </IconButton>
          </Tooltip>
        </>
      )}
      <DeleteWithConfirmButton
        record={product}
        mutationMode="pessimistic"
        confirmTitle="patron.products.deleteTitle"
        confirmContent="patron.products.deleteContent"
        translateOptions={{ name: localized(product.name, locale, product.sku) }}
        data-testid={`product-delete-${product.sku}`}
      />
      {action && (
        <StockDialog action={action} product={product} onClose={() => setAction(null)} onDone={refresh} />
      )}
    </span>
  );
}
