import { MenuItem, type SelectProps, Stack, TextField } from '@mui/material';
import { useLocale, useTranslate } from 'react-admin';
import type { Currency } from '../currencies/useCurrencies';
import { localized } from '../i18n/localized';
import { CalendarDatePicker } from '../preferences/CalendarDatePicker';

/** What the operations list shows: a currency ('' for all) and days picked in the user's calendar. */
export interface LedgerFilterValues {
  currency: string;
  fromDay: string | null;
  toDay: string | null;
}

interface Props {
  currencies: readonly Currency[];
  value: LedgerFilterValues;
  onChange(value: LedgerFilterValues): void;
}

export function LedgerFilters({ currencies, value, onChange }: Props) {
  const translate = useTranslate();
  const locale = useLocale();
  return (
    <Stack direction="row" gap={2} flexWrap="wrap" alignItems="flex-start">
      <TextField
        select
        size="small"
        label={translate('patron.loyalty.currency')}
        variant="outlined"
        value={value.currency}
        onChange={(e) => onChange({ ...value, currency: e.target.value })}
        sx={{ width: 200 }}
        slotProps={{
          // "All currencies" shows as the value, not as an empty field.
          inputLabel: { shrink: true },
          select: { displayEmpty: true, 'data-testid': 'ledger-currency-filter' } as Partial<SelectProps>,
        }}
      >
        <MenuItem value="" data-testid="ledger-currency-all">
          {translate('patron.loyalty.allCurrencies')}
        </MenuItem>
        {currencies.map((c) => (
          <MenuItem key={c.key} value={c.key} data-testid={`ledger-currency-${c.key}`}>
            {localized(c.name, locale, c.key)}
          </MenuItem>
        ))}
      </TextField>
      <Stack sx={{ width: 200 }}>
        <CalendarDatePicker
          label={translate('patron.loyalty.fromDay')}
          variant="outlined"
          value={value.fromDay}
          onChange={(fromDay) => onChange({ ...value, fromDay })}
          testId="ledger-from"
        />
      </Stack>
      <Stack sx={{ width: 200 }}>
        <CalendarDatePicker
          label={translate('patron.loyalty.toDay')}
          variant="outlined"
          value={value.toDay}
          onChange={(toDay) => onChange({ ...value, toDay })}
          testId="ledger-to"
        />
      </Stack>
    </Stack>
  );
}
