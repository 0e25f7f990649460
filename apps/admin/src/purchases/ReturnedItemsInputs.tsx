import { Box, Stack, Typography } from '@mui/material';
import { useLocale, useTranslate, type Validator } from 'react-admin';
import { useWatch } from 'react-hook-form';
import { AmountInput } from '../common/AmountInput';
import { amountProblem, formatAmount, formatMoney, parseAmount } from '../common/amounts';
import type { Purchase } from './usePurchases';

type Item = Purchase['items'][number];

/** What is left of a line to bring back, in thousandths (quantities have three decimals at most). */
export const leftOfLine = (item: Item): number =>
  Math.round(item.quantity * 1000) - Math.round(item.returnedQuantity * 1000);

const quantityText = (q: number, locale: string) => formatAmount(q, Number.isInteger(q) ? 0 : 3, locale);

/** The quantities typed per line (`lines.<index>`), as the return's items: line numbers from 1. */
export function typedLines(values: unknown, locale: string): { line: number; quantity: number }[] {
  const typed = Array.isArray(values) ? values : [];
  return typed.flatMap((text, i) => {
    const value = text ? parseAmount(String(text), locale)?.value : undefined;
    return value ? [{ line: i + 1, quantity: value }] : [];
  });
}

/**
 * A quantity to bring back per line of the purchase, with what was bought and what has come back;
 * below them, what the named lines are worth (the refund when no amount is typed).
 */
export function ReturnedItemsInputs({ items }: { items: Item[] }) {
  const translate = useTranslate();
  const locale = useLocale();
  const typed = useWatch({ name: 'lines' });
  const worth = typedLines(typed, locale).reduce(
    (sum, { line, quantity }) => sum + Math.round(quantity * Math.round((items[line - 1]?.price ?? 0) * 100)),
    0,
  );
  const quantity =
    (item: Item): Validator =>
    (value) => {
      if (!value) return undefined;
      const problem = amountProblem(String(value), 3, locale);
      if (problem) return problem;
      const asked = parseAmount(String(value), locale)?.value ?? 0;
      return Math.round(asked * 1000) > leftOfLine(item)
        ? {
            message: 'patron.purchases.returnLineLeft',
            args: { left: quantityText(leftOfLine(item) / 1000, locale) },
          }
        : undefined;
    };
  return (
    <Stack data-testid="return-lines" sx={{ mb: 1 }}>
      <Typography variant="subtitle2" sx={{ mb: 1 }}>
        {translate('patron.purchases.returnLines')}
      </Typography>
      {items.map((item, i) => {
        const left = leftOfLine(item);
        return (
          <Box
            // biome-ignore lint/suspicious/noArrayIndexKey: a purchase's lines never move
            key={i}
            sx={{ display: 'flex', gap: 2, alignItems: 'baseline', flexWrap: 'wrap' }}
          >
            <Box sx={{ flex: '1 1 200px', minWidth: 0 }}>
              <Typography variant="body2" noWrap dir="auto">
                {item.name || item.sku}
              </Typography>
              <Typography variant="caption" color="text.secondary">
                {translate('patron.purchases.returnLineBought', {
                  bought: quantityText(item.quantity, locale),
                  price: formatMoney(item.price, locale),
                  back: quantityText(item.returnedQuantity, locale),
                })}
              </Typography>
            </Box>
            <AmountInput
              source={`lines.${i}`}
              label="patron.purchases.returnLineQuantity"
              disabled={left === 0}
              validate={quantity(item)}
              sx={{ width: 140 }}
              slotProps={{ htmlInput: { 'data-testid': `return-line-${i + 1}` } }}
            />
          </Box>
        );
      })}
      {worth > 0 && (
        <Typography variant="body2" data-testid="return-lines-worth" sx={{ mt: 1 }}>
          {translate('patron.purchases.returnLinesWorth', { worth: formatMoney(worth / 100, locale) })}
        </Typography>
      )}
    </Stack>
  );
}
