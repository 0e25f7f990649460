import { useQuery } from '@apollo/client/react';
import AddBox from '@mui/icons-material/AddBox';
import Inventory from '@mui/icons-material/Inventory';
import {
  Button,
  Card,
  CardContent,
  Chip,
  Stack,
  Table,
  TableBody,
  TableCell,
  TableHead,
  TableRow,
  Typography,
} from '@mui/material';
import { useState } from 'react';
import { useLocale, usePermissions, useRecordContext, useRefresh, useTranslate } from 'react-admin';
import { formatAmount, formatSignedAmount } from '../common/amounts';
import type { ProductFieldsFragment } from '../gql/graphql';
import { useCalendar } from '../preferences/useCalendar';
import { ProductMovementsQuery } from './documents';
import { type StockAction, StockDialog } from './StockDialog';

const PAGE = 20;
const COLUMNS = ['date', 'kind', 'quantity', 'onHand', 'note', 'actor'] as const;

/** Below the product's form: its stock on hand, receiving and stocktake, and its movements newest first. */
export function StockPanel() {
  const product = useRecordContext<ProductFieldsFragment>();
  if (!product?.tracked) return null;
  return <TrackedStock product={product} />;
}

function TrackedStock({ product }: { product: ProductFieldsFragment }) {
  const translate = useTranslate();
  const locale = useLocale();
  const refresh = useRefresh();
  const { format } = useCalendar();
  const { permissions } = usePermissions<string[]>();
  const manage = Boolean(permissions?.includes('products.manage'));
  const [action, setAction] = useState<StockAction | null>(null);
  const { data, fetchMore, refetch } = useQuery(ProductMovementsQuery, {
    variables: { id: product.id, first: PAGE },
    fetchPolicy: 'cache-and-network',
  });
  const page = data?.product?.movements;
  const more = () =>
    fetchMore({
      variables: { after: page?.pageInfo.endCursor },
      updateQuery: (previous, { fetchMoreResult }) => {
        if (!previous.product || !fetchMoreResult.product) return previous;
        return {
          product: {
            ...fetchMoreResult.product,
            movements: {
              ...fetchMoreResult.product.movements,
              edges: [...previous.product.movements.edges, ...fetchMoreResult.product.movements.edges],
            },
          },
        };
      },
    });
  const done = () => {
    refresh();
    void refetch();
  };
  return (
    <Card variant="outlined" sx={{ m: 2 }} data-testid="stock-panel">
      <CardContent>
        <Stack direction="row" gap={2} alignItems="center" flexWrap="wrap">
          <Typography variant="h6">{translate('patron.products.stock')}</Typography>
          <Typography data-testid="stock-on-hand">
            {formatAmount(product.onHand, decimalsOf(product.onHand), locale)} {product.unit}
          </Typography>
          {product.lowStock && (
            <Chip size="small" color="warning" label={translate('patron.products.lowStock')} />
          )}
          {manage && (
            <>
              <Button startIcon={<AddBox />} onClick={() => setAction('receive')} data-testid="stock-receive">
                {translate('patron.products.receive')}
              </Button>
              <Button startIcon={<Inventory />} onClick={() => setAction('count')} data-testid="stock-count">
                {translate('patron.products.stocktake')}
              </Button>
            </>
          )}
        </Stack>
        <Table size="small" data-testid="stock-movements">
          <TableHead>
            <TableRow>
              {COLUMNS.map((c) => (
                <TableCell key={c}>{translate(`patron.products.movements.${c}`)}</TableCell>
              ))}
            </TableRow>
          </TableHead>
          <TableBody>
            {(page?.edges ?? []).map(({ node: m }) => (
              <TableRow key={m.id} data-testid="stock-movement" data-kind={m.kind}>
                <TableCell sx={{ whiteSpace: 'nowrap' }}>
                  <time dateTime={m.createdAt}>{format(m.createdAt, true)}</time>
                </TableCell>
                <TableCell>{translate(`patron.products.movementKind.${m.kind}`)}</TableCell>
                <TableCell>
                  <bdi>{formatSignedAmount(m.quantity, decimalsOf(m.quantity), locale)}</bdi>
                </TableCell>
                <TableCell>{formatAmount(m.onHand, decimalsOf(m.onHand), locale)}</TableCell>
                <TableCell dir="auto">{m.note || '—'}</TableCell>
                <TableCell dir="auto">{m.actor.name}</TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
        {page?.pageInfo.hasNextPage && (
          <Button onClick={() => void more()} data-testid="stock-movements-more">
            {translate('patron.products.more')}
          </Button>
        )}
      </CardContent>
      {action && (
        <StockDialog action={action} product={product} onClose={() => setAction(null)} onDone={done} />
      )}
    </Card>
  );
}

/** Whole quantities without decimals, weighed ones with their three. */
export const decimalsOf = (quantity: number): number => (Number.isInteger(quantity) ? 0 : 3);
