import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { COINS, CREDIT, scriptGraphql, XP } from '../testing/graphql';
import { renderInAdmin } from '../testing/renderInAdmin';
import { CurrencyList } from './CurrencyList';

// The default currencies' worth: XP nothing, a coin a cent, credit one for one.
const CURRENCIES = [
  { ...XP, unitValue: 0 },
  { ...COINS, unitValue: 0.01, position: 2 },
  { ...CREDIT, unitValue: 1, position: 3 },
];

describe('the currency list', () => {
  it.each([
    ['en', 'None', '0.01', '1.00'],
    ['ru', 'Нет', '0,01', '1,00'],
    ['fa', 'ندارد', '۰٫۰۱', '۱٫۰۰'],
  ] as const)('in %s shows what a unit is worth as money, and no bare 0 for XP', async (locale, ...worth) => {
    await scriptGraphql({ Currencies: { data: { currencies: CURRENCIES } } });
    await renderInAdmin(<CurrencyList />, { resource: 'currencies', locale });
    const xp = await screen.findByTestId('currency-value-xp', {}, { timeout: 5000 });
    const shown = [
      xp,
      screen.getByTestId('currency-value-coins'),
      screen.getByTestId('currency-value-credit'),
    ];
    expect(shown.map((cell) => cell.textContent)).toEqual(worth);
  });
});
