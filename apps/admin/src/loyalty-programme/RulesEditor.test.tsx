import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { badInput } from '../problems/testing';
import { COINS, CREDIT, scriptGraphql } from '../testing/graphql';
import { renderInAdmin, textUnder } from '../testing/renderInAdmin';
import { ProgrammePage } from './ProgrammePage';

/** The programme as stored: some rules set, the rest absent. */
const PROGRAMME = {
  data: {
    loyaltyProgramme: {
      __typename: 'LoyaltyProgramme',
      rules: {
        cashbackPercent: 2,
        cashbackCurrency: 'credit',
        pointsPerAmount: [{ currency: 'coins', points: 1, per: 10 }],
      },
      timeZone: 'Asia/Tehran',
    },
  },
};
const SCRIPT = {
  LoyaltyProgramme: PROGRAMME,
  Currencies: { data: { currencies: [COINS, CREDIT] } },
  RfmSegments: { data: { rfmSegments: [] } },
};
const saved = ({ input }: Record<string, unknown>) => ({
  data: { updateLoyaltyProgramme: { __typename: 'LoyaltyProgramme', ...(input as object) } },
});

/** The programme page, where the editor holds the programme's own rules. */
async function openProgramme(locale: 'en' | 'fa' = 'en') {
  const view = await renderInAdmin(<ProgrammePage />, {
    resource: 'loyaltyProgramme',
    permissions: ['loyalty.read', 'loyalty.configure'],
    locale,
  });
  await screen.findByTestId('rules-editor');
  return view;
}

const section = (name: string) => within(screen.getByTestId(`rules-section-${name}`));
const field = (scope: ReturnType<typeof section>, label: string) =>
  scope.getByLabelText(label, { selector: 'input' });

describe('the earning rules editor', () => {
  it('sends the rules in the server’s shape: rows in place, SKUs trimmed, an empty cap as no cap', async () => {
    const api = await scriptGraphql({ ...SCRIPT, UpdateLoyaltyProgramme: saved });
    const { user } = await openProgramme();

    // What the server stored is shown.
    expect(field(section('pointsPerAmount'), 'Per amount')).toHaveProperty('value', '10');
    await user.click(screen.getByTestId('rules-add-productPoints'));
    const products = section('productPoints');
    await user.type(field(products, 'SKU'), ' SKU-1 ');
    await user.click(products.getByRole('combobox', { name: 'Currency' }));
    await user.click(await screen.findByRole('option', { name: 'Coins' }));
    await user.type(field(products, 'Points'), '5');
    await user.click(screen.getByTestId('rules-add-weekdayMultipliers'));
    const weekdays = section('weekdayMultipliers');
    await user.click(weekdays.getByRole('combobox', { name: 'Weekday' }));
    await user.click(await screen.findByRole('option', { name: 'Saturday' }));
    await user.type(field(weekdays, 'Multiplier'), '2');
    // A row left empty is sent as it is, for the server to say what it lacks.
    await user.click(screen.getByTestId('rules-add-firstPurchaseBonus'));
    await user.click(screen.getByTestId('programme-save'));

    await waitFor(() => expect(api.sentAs('UpdateLoyaltyProgramme')).toHaveLength(1));
    expect(api.sentAs('UpdateLoyaltyProgramme')[0]?.variables).toEqual({
      input: {
        timeZone: 'Asia/Tehran',
        rules: {
          cashbackPercent: 2,
          cashbackCurrency: 'credit',
          pointsPerAmount: [{ currency: 'coins', points: 1, per: 10 }],
          productPoints: [{ sku: 'SKU-1', currency: 'coins', points: 5 }],
          weekdayMultipliers: [{ weekday: 6, multiplier: 2 }],
          firstPurchaseBonus: [{ currency: '', amount: null }],
          birthdayBonus: [],
          referralPercent: 0,
          referralJoinReward: [],
          maxSpendPercentPerInvoice: null,
          maxSpendPerDay: null,
        },
      },
    });
  });

  it('starts the week on Saturday in Persian and shows a refused rule under its very input, in Persian', async () => {
    const api = await scriptGraphql({
      ...SCRIPT,
      UpdateLoyaltyProgramme: {
        errors: [
          badInput([
            ['input', 'rules', 'pointsPerAmount', 0, 'per'],
            'NUMBER_RANGE',
            { min: 0.01, max: 1e12 },
          ]),
        ],
      },
    });
    const { user } = await openProgramme('fa');

    await user.click(screen.getByTestId('rules-add-weekdayMultipliers'));
    await user.click(section('weekdayMultipliers').getByRole('combobox', { name: 'روز هفته' }));
    const days = within(await screen.findByRole('listbox')).getAllByRole('option');
    // After the empty choice, the week as Iran counts it.
    expect(days.map((d) => d.textContent?.trim()).filter(Boolean)).toEqual([
      'شنبه',
      'یکشنبه',
      'دوشنبه',
      'سه‌شنبه',
      'چهارشنبه',
      'پنجشنبه',
      'جمعه',
    ]);
    await user.click(screen.getByRole('option', { name: 'شنبه' }));

    const per = field(section('pointsPerAmount'), 'به ازای مبلغ');
    await user.clear(per);
    await user.type(per, '0');
    await user.click(screen.getByTestId('programme-save'));

    await waitFor(() => expect(textUnder(per)).toBe('عددی از ۰٫۰۱ تا ۱٬۰۰۰٬۰۰۰٬۰۰۰٬۰۰۰'));
    // The other rows keep no error.
    expect(textUnder(field(section('pointsPerAmount'), 'امتیاز'))).toBe('');
    expect(api.sentAs('UpdateLoyaltyProgramme')[0]?.variables).toMatchObject({
      input: {
        rules: {
          pointsPerAmount: [{ currency: 'coins', points: 1, per: 0 }],
          weekdayMultipliers: [{ weekday: 6 }],
        },
      },
    });
  });
});
