import type { LocalizedText } from '@patron/sdk';

export interface CurrencyDefaults {
  key: string;
  name: LocalizedText;
  decimals: number;
  unitValue: number;
  spendable: boolean;
}

/** What every new workspace starts with: XP drives tiers, Coins are points, Credit is money. */
export const DEFAULT_CURRENCIES: CurrencyDefaults[] = [
  {
    key: 'xp',
    name: { en: 'XP', ru: 'Опыт', fa: 'امتیاز تجربه' },
    decimals: 0,
    unitValue: 0,
    spendable: false,
  },
  {
    key: 'coins',
    name: { en: 'Coins', ru: 'Баллы', fa: 'سکه' },
    decimals: 0,
    unitValue: 0.01,
    spendable: true,
  },
  {
    key: 'credit',
    name: { en: 'Credit', ru: 'Кредит', fa: 'اعتبار' },
    decimals: 2,
    unitValue: 1,
    spendable: true,
  },
];
