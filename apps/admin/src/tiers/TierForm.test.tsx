import { screen, waitFor, within } from '@testing-library/react';
import { RecordContextProvider } from 'react-admin';
import { describe, expect, it } from 'vitest';
import { badInput } from '../problems/testing';
import { COINS, CREDIT, scriptGraphql, XP } from '../testing/graphql';
import { renderInAdmin, textUnder } from '../testing/renderInAdmin';
import { TierCreate } from './TierCreate';
import { TierEdit } from './TierEdit';
import { TierForm } from './TierForm';

const CONFIGURER = ['loyalty.read', 'loyalty.configure'];
const STARS = { ...XP, name: { ...XP.name, en: 'Stars' } };
const created = (input: Record<string, unknown>) => ({
  data: {
    createTier: {
      __typename: 'Tier',
      id: 'tier-1',
      ...input,
      name: { __typename: 'LocalizedText', ...(input.name as object) },
    },
  },
});

/** The new-tier screen, as staff who configure the programme see it. */
async function openNewTier(locale: 'en' | 'ru' = 'en') {
  const view = await renderInAdmin(<TierCreate />, { resource: 'tiers', permissions: CONFIGURER, locale });
  // The screen shows once react-admin has checked the session.
  await screen.findByTestId('tier-save');
  return view;
}

const input = (label: RegExp | string) => screen.getByLabelText(label, { selector: 'input' });

describe('the tier form', () => {
  it('sends the key, the names, the thresholds set and the tier’s own earning rules', async () => {
    const api = await scriptGraphql({
      Currencies: { data: { currencies: [COINS, CREDIT] } },
      CreateTier: created,
      CustomerFieldList: { data: { customerFields: [] } },
    });
    const { user } = await openNewTier();

    await user.type(input(/^Key/), 'gold');
    await user.type(input('Name in English'), 'Gold');
    await user.type(input('Name in Russian'), 'Золото');
    await user.type(input('Position'), '2');
    await user.type(input('Purchases total at least'), '1000');
    const cashback = input('Cashback %');
    await user.clear(cashback);
    await user.type(cashback, '5');
    await user.click(screen.getByTestId('rules-add-pointsPerAmount'));
    const perAmount = within(screen.getByTestId('rules-section-pointsPerAmount'));
    await user.click(perAmount.getByRole('combobox', { name: 'Currency' }));
    await user.click(await screen.findByRole('option', { name: 'Coins' }));
    await user.type(perAmount.getByLabelText('Points', { selector: 'input' }), '1');
    await user.type(perAmount.getByLabelText('Per amount', { selector: 'input' }), '10');
    await user.click(screen.getByTestId('tier-save'));

    await waitFor(() => expect(api.sentAs('CreateTier')).toHaveLength(1));
    expect(api.sentAs('CreateTier')[0]?.variables).toEqual({
      input: {
        key: 'gold',
        name: { en: 'Gold', ru: 'Золото', fa: null },
        position: 2,
        minPurchaseTotal: 1000,
        // Thresholds left empty do not count.
        minPurchaseCount: null,
        minXp: null,
        rules: {
          cashbackPercent: 5,
          cashbackCurrency: 'credit',
          pointsPerAmount: [{ currency: 'coins', points: 1, per: 10 }],
          productPoints: [],
          weekdayMultipliers: [],
          firstPurchaseBonus: [],
          birthdayBonus: [],
          referralPercent: 0,
          referralJoinReward: [],
          maxSpendPercentPerInvoice: null,
          maxSpendPerDay: null,
        },
      },
    });
  });

  it('asks for a key in the key format, a name in some language and no negative threshold', async () => {
    const api = await scriptGraphql({ Currencies: { data: { currencies: [COINS, CREDIT] } } });
    const { user } = await openNewTier();

    await user.type(input('XP at least'), '-5');
    await user.click(screen.getByTestId('tier-save'));

    await waitFor(() => expect(textUnder(input(/^Key/))).toBe('Required'));
    expect(textUnder(input('Name in English'))).toBe('Give the tier a name in at least one language');
    expect(textUnder(input('XP at least'))).toBe('Must be at least 0');
    await user.type(input(/^Key/), 'Gold tier');
    await waitFor(() =>
      expect(textUnder(input(/^Key/))).toBe(
        'Use 1–31 lower-case Latin letters, digits or _, starting with a letter',
      ),
    );
    expect(api.sentAs('CreateTier')).toEqual([]);
  });

  it('shows the server’s refusals in Russian under the key and under the rule the server names', async () => {
    const api = await scriptGraphql({
      Currencies: { data: { currencies: [COINS, CREDIT] } },
      CreateTier: {
        errors: [
          badInput(
            [['input', 'key'], 'TIER_KEY_TAKEN'],
            [['input', 'rules', 'cashbackPercent'], 'NUMBER_RANGE', { min: 0, max: 100 }],
          ),
        ],
      },
    });
    const { user } = await openNewTier('ru');

    await user.type(input(/^Ключ/), 'gold');
    await user.type(input('Название на русском'), 'Золото');
    const cashback = input('Кешбэк, %');
    await user.clear(cashback);
    await user.type(cashback, '500');
    await user.click(screen.getByTestId('tier-save'));

    await waitFor(() => expect(textUnder(input(/^Ключ/))).toBe('Этот ключ уже есть у другого уровня'));
    expect(textUnder(cashback)).toBe('Число от 0 до 100');
    expect(api.sentAs('CreateTier')[0]?.variables).toMatchObject({
      input: { rules: { cashbackPercent: 500 } },
    });
  });

  it.each([
    ['ru', [COINS, XP], 'Опыт не меньше'],
    ['fa', [COINS, XP], 'دست‌کم امتیاز تجربه'],
    ['en', [COINS, STARS], 'Stars at least'],
  ] as const)(
    'in %s names the experience threshold by the xp currency’s own name',
    async (locale, currencies, label) => {
      await scriptGraphql({ Currencies: { data: { currencies: [...currencies] } } });
      await renderInAdmin(<TierCreate />, { resource: 'tiers', permissions: CONFIGURER, locale });
      expect(await screen.findByLabelText(label, { selector: 'input' })).toBeTruthy();
    },
  );

  it('asks before deleting a tier by its name in the language, not its key', async () => {
    await scriptGraphql({ Currencies: { data: { currencies: [COINS, XP] } } });
    const gold = { id: 'tier-gold', key: 'gold', name: { en: 'Gold', ru: 'Золото', fa: 'طلایی' }, rules: {} };
    const { user } = await renderInAdmin(
      <RecordContextProvider value={gold}>
        <TierForm creating={false} />
      </RecordContextProvider>,
      { resource: 'tiers', permissions: CONFIGURER, locale: 'ru' },
    );
    await user.click(await screen.findByTestId('tier-delete'));
    const dialog = await screen.findByRole('dialog');
    expect(within(dialog).getByRole('heading').textContent).toBe('Удалить уровень "Золото"');
  });

  it.each([
    ['en', 'Purchases total at least', 'XP at least', '1,500.00', '2,000', '۱۲۰٫۵', 120.5],
    ['ru', 'Сумма покупок не меньше', 'Опыт не меньше', '1 500,00', '2 000', '120,5', 120.5],
    ['fa', 'دست‌کم مجموع خرید', 'دست‌کم امتیاز تجربه', '۱٬۵۰۰٫۰۰', '۲٬۰۰۰', '۱۲۰٫۵', 120.5],
  ] as const)(
    'in %s shows saved thresholds as the tier list does and sends what is typed as a number',
    async (locale, totalLabel, xpLabel, total, xp, typed, sent) => {
      const gold = {
        __typename: 'Tier',
        id: 'tier-gold',
        key: 'gold',
        name: { __typename: 'LocalizedText', en: 'Gold', ru: 'Золото', fa: 'طلایی' },
        position: 1,
        minPurchaseTotal: 1500,
        minPurchaseCount: null,
        minXp: 2000,
        rules: {},
        customerCount: 0,
      };
      const api = await scriptGraphql({
        Currencies: { data: { currencies: [COINS, CREDIT, XP] } },
        Tiers: { data: { tiers: [gold] } },
        UpdateTier: { data: { updateTier: gold } },
        CustomerFieldList: { data: { customerFields: [] } },
      });
      const { user } = await renderInAdmin(<TierEdit id="tier-gold" />, {
        resource: 'tiers',
        permissions: CONFIGURER,
        locale,
      });
      const field = async (label: string) =>
        (await screen.findByLabelText(label, { selector: 'input' }, { timeout: 5000 })) as HTMLInputElement;
      const totalInput = await field(totalLabel);
      // Intl groups with no-break spaces in Russian.
      await waitFor(() => expect(totalInput.value.replace(/\s/g, ' ')).toBe(total));
      expect((await field(xpLabel)).value.replace(/\s/g, ' ')).toBe(xp);

      await user.clear(totalInput);
      await user.type(totalInput, typed);
      expect(totalInput.value).toBe(locale === 'en' ? typed : typed.replace(/\./g, ','));
      await user.click(screen.getByTestId('tier-save'));
      await waitFor(() => expect(api.sentAs('UpdateTier')).toHaveLength(1));
      expect(api.sentAs('UpdateTier')[0]?.variables).toMatchObject({
        input: { minPurchaseTotal: sent, minXp: 2000 },
      });
    },
  );

  it('refuses a purchases total with more than two decimals before the server', async () => {
    const api = await scriptGraphql({ Currencies: { data: { currencies: [COINS, CREDIT] } } });
    const { user } = await openNewTier();
    await user.type(input('Purchases total at least'), '10.555');
    await user.click(screen.getByTestId('tier-save'));
    await waitFor(() =>
      expect(textUnder(input('Purchases total at least'))).toBe('At most 2 decimal places'),
    );
    expect(api.sentAs('CreateTier')).toEqual([]);
  });
});
