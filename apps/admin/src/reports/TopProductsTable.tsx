import { Table, TableBody, TableCell, TableHead, TableRow } from '@mui/material';
import { useLocale, useTranslate } from 'react-admin';
import { formatAmount, formatMoney } from '../common/amounts';
import type { DashboardQuery } from '../gql/graphql';
import { localized } from '../i18n/localized';

type TopProduct = NonNullable<DashboardQuery['dashboard']['topProducts']>[number];

/** The period's best-selling products and services: sold (in their unit) and the money they brought. */
export function TopProductsTable({ rows }: { rows: TopProduct[] }) {
  const translate = useTranslate();
  const locale = useLocale();
  const quantity = (q: number) => formatAmount(q, Number.isInteger(q) ? 0 : 3, locale);
  return (
    <Table size="small">
      <TableHead>
        <TableRow>
          <TableCell>{translate('patron.dashboard.product')}</TableCell>
          <TableCell align="right">{translate('patron.dashboard.sold')}</TableCell>
          <TableCell align="right">{translate('patron.dashboard.kpi.revenue')}</TableCell>
        </TableRow>
      </TableHead>
      <TableBody>
        {rows.map((r) => (
          <TableRow key={r.product.id} data-testid="dashboard-product-row">
            <TableCell dir="auto">{localized(r.product.name, locale, r.product.sku)}</TableCell>
            <TableCell align="right">
              {quantity(r.quantity)} {r.product.unit}
            </TableCell>
            <TableCell align="right">{formatMoney(r.revenue, locale)}</TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}
