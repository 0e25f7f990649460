import { useQuery } from '@apollo/client/react';
import {
  Card,
  CardContent,
  MenuItem,
  Stack,
  Table,
  TableBody,
  TableCell,
  TableHead,
  TableRow,
  TextField,
  Typography,
} from '@mui/material';
import { useMemo, useState } from 'react';
import { useLocale, useTranslate } from 'react-admin';
import { formatAmount, formatMoney } from '../common/amounts';
import { localized } from '../i18n/localized';
import { ProductSalesQuery } from './documents';
import { decimalsOf } from './StockPanel';

const PERIODS = [7, 30, 90, 365] as const;
const COLUMNS = ['product', 'sold', 'revenue', 'onHand'] as const;

/** Under the list: what each product sold over the last days, net of returns, and its stock now. */
export function ProductSalesPanel() {
  const translate = useTranslate();
  const locale = useLocale();
  const [days, setDays] = useState<number>(30);
  const period = useMemo(() => {
    const to = new Date(Date.now() + 60_000);
    return { from: new Date(to.getTime() - days * 86_400_000).toISOString(), to: to.toISOString() };
  }, [days]);
  const { data } = useQuery(ProductSalesQuery, { variables: period, fetchPolicy: 'cache-and-network' });
  const rows = data?.productSales ?? [];
  return (
    <Card sx={{ mt: 2 }} data-testid="product-sales">
      <CardContent>
        <Stack direction="row" gap={2} alignItems="center" flexWrap="wrap">
          <Typography variant="h6">{translate('patron.products.sales.title')}</Typography>
          <TextField
            select
            size="small"
            fullWidth={false}
            sx={{ width: 220 }}
            value={days}
            onChange={(e) => setDays(Number(e.target.value))}
            slotProps={{ select: { 'data-testid': 'product-sales-period' } as object }}
          >
            {PERIODS.map((d) => (
              <MenuItem key={d} value={d} data-testid={`product-sales-${d}`}>
                {translate('patron.products.sales.lastDays', { days: formatAmount(d, 0, locale) })}
              </MenuItem>
            ))}
          </TextField>
        </Stack>
        <Table size="small">
          <TableHead>
            <TableRow>
              {COLUMNS.map((c) => (
                <TableCell key={c}>{translate(`patron.products.sales.${c}`)}</TableCell>
              ))}
            </TableRow>
          </TableHead>
          <TableBody>
            {rows.map((r) => (
              <TableRow key={r.product.id} data-testid={`product-sales-row-${r.product.sku}`}>
                <TableCell>
                  <span dir="auto">{localized(r.product.name, locale, r.product.sku)}</span>{' '}
                  <Typography component="bdi" dir="ltr" variant="caption" color="text.secondary">
                    {r.product.sku}
                  </Typography>
                </TableCell>
                <TableCell>
                  {formatAmount(r.quantity, decimalsOf(r.quantity), locale)} {r.product.unit}
                </TableCell>
                <TableCell>{formatMoney(r.revenue, locale)}</TableCell>
                <TableCell>
                  {r.product.tracked
                    ? `${formatAmount(r.product.onHand, decimalsOf(r.product.onHand), locale)} ${r.product.unit}`
                    : '—'}
                </TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      </CardContent>
    </Card>
  );
}
