import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { COINS, scriptGraphql, XP } from '../testing/graphql';
import { renderInAdmin } from '../testing/renderInAdmin';
import { TierList } from './TierList';

const GOLD = {
  __typename: 'Tier' as const,
  id: 'tier-gold',
  key: 'gold',
  name: { __typename: 'LocalizedText' as const, en: 'Gold', ru: 'Золото', fa: 'طلایی' },
  position: 1,
  minPurchaseTotal: null,
  minPurchaseCount: null,
  minXp: 1000,
  rules: {},
  customerCount: 0,
};
const POLICY = { __typename: 'TierPolicy', windowDays: null, downgradePolicy: 'NEVER', periodMonths: 12 };

describe('the tier list', () => {
  it.each([
    ['ru', 'Опыт ≥ 1 000', 'Как считаются покупки и начисления в валюте «Опыт»'],
    ['fa', 'دست‌کم ۱٬۰۰۰ امتیاز تجربه', 'خرید و «امتیاز تجربه» چگونه'],
  ] as const)(
    'in %s names the experience threshold and policy by the xp currency',
    async (locale, chip, intro) => {
      await scriptGraphql({
        Currencies: { data: { currencies: [COINS, XP] } },
        Tiers: { data: { tiers: [GOLD] } },
        TierPolicy: { data: { tierPolicy: POLICY } },
      });
      await renderInAdmin(<TierList />, {
        resource: 'tiers',
        permissions: ['loyalty.read', 'loyalty.configure'],
        locale,
      });
      expect(await screen.findByText(chip, {}, { timeout: 5000 })).toBeTruthy();
      expect(await screen.findByText(new RegExp(intro))).toBeTruthy();
    },
  );
});
