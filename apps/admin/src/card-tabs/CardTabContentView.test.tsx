import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { CustomerCardTabQuery } from '../gql/graphql';
import { refusal } from '../problems/testing';
import { COINS, scriptGraphql } from '../testing/graphql';
import { renderInAdmin } from '../testing/renderInAdmin';
import { CardTabContentView } from './CardTabContentView';
import { CardTabPanel } from './CardTabPanel';
import type { CardTabValue } from './cardTabValue';

type Content = CustomerCardTabQuery['customerCardTab'];

const FRIEND = '3f1e2d4c-5b6a-4978-8a9b-0c1d2e3f4a5b';
const none = {
  __typename: 'CardTabValue' as const,
  text: null,
  number: null,
  currency: null,
  date: null,
  at: null,
  url: null,
  customerId: null,
  tone: null,
} as Omit<CardTabValue, 'kind'>;
const words = (en: string, ru: string | null = null, fa: string | null = null) => ({
  __typename: 'LocalizedText' as const,
  en,
  ru,
  fa,
});
const field = (
  label: string,
  value: (Partial<typeof none> & { kind: string }) | null,
  fa: string | null = null,
) => ({
  __typename: 'CardTabField' as const,
  label: words(label, null, fa),
  value: value && ({ ...none, ...value } as CardTabValue),
});

const CONTENT = {
  __typename: 'CardTabContent',
  key: 'tickets',
  empty: null,
  sections: [
    {
      __typename: 'CardTabSection',
      title: words('Summary', 'Сводка', 'خلاصه'),
      table: null,
      fields: [
        field('Subject', { kind: 'TEXT', text: 'Card not accepted' }, 'موضوع'),
        field('Open', { kind: 'NUMBER', number: 1234.5 }, 'باز'),
        field('Owed', { kind: 'MONEY', number: 1250.5, currency: 'USD' }),
        field('Points', { kind: 'MONEY', number: 40, currency: 'Stars' }),
        field('Due', { kind: 'DATE', date: '2026-03-21' }, 'سررسید'),
        field('Opened', { kind: 'DATETIME', at: '2026-03-01T10:30:00.000Z' }),
        field('Portal', { kind: 'LINK', url: 'https://help.example.com/t/1', text: 'Help desk' }),
        field('State', { kind: 'STATUS', text: 'Waiting', tone: 'WARNING' }),
        field('Closed', null),
      ],
    },
    {
      __typename: 'CardTabSection',
      title: null,
      fields: null,
      table: {
        __typename: 'CardTabTable',
        empty: null,
        columns: [
          { __typename: 'CardTabColumn', label: words('Customer', 'Клиент', 'مشتری'), kind: 'LINK' },
          { __typename: 'CardTabColumn', label: words('Spent'), kind: 'NUMBER' },
          { __typename: 'CardTabColumn', label: words('Since'), kind: 'DATE' },
        ],
        rows: [
          {
            __typename: 'CardTabRow',
            cells: [
              { ...none, kind: 'LINK', customerId: FRIEND, text: 'Referred friend' },
              { ...none, kind: 'NUMBER', number: 12 },
              { ...none, kind: 'DATE', date: '2026-03-21' },
            ],
          },
          { __typename: 'CardTabRow', cells: [null, null, null] },
        ],
      },
    },
  ],
} as Content;

const shown = (label: string) => {
  const row = screen
    .getAllByTestId('card-tab-field')
    .find((r) => r.querySelector('dt')?.textContent === label);
  if (!row) throw new Error(`no field ${label}`);
  return row.querySelector('dd') as HTMLElement;
};

describe("a module's card tab", () => {
  it('draws fields as a definition list, every kind in English, links only where the server allowed them', async () => {
    await renderInAdmin(<CardTabContentView content={CONTENT} />);
    expect(screen.getByRole('heading', { name: 'Summary' })).toBeTruthy();
    expect(shown('Subject').textContent).toBe('Card not accepted');
    expect(shown('Open').textContent).toBe('1,234.5');
    expect(shown('Owed').textContent).toBe('US$1,250.50');
    expect(shown('Points').textContent).toBe('40 Stars');
    expect(shown('Due').textContent).toBe('21 March 2026');
    expect(shown('Opened').textContent).toMatch(/^1 March 2026/);
    const portal = within(shown('Portal')).getByRole('link');
    expect(portal.textContent).toBe('Help desk');
    expect(portal.getAttribute('href')).toBe('https://help.example.com/t/1');
    expect(portal.getAttribute('rel')).toBe('noopener noreferrer');
    expect(portal.getAttribute('target')).toBe('_blank');
    const state = shown('State').querySelector('[data-kind="status"]');
    expect(state?.textContent).toBe('Waiting');
    expect(state?.className).toContain('colorWarning');
    expect(shown('Closed').textContent).toBe('—');

    const table = screen.getByTestId('card-tab-table');
    expect(
      within(table)
        .getAllByRole('columnheader')
        .map((h) => h.textContent),
    ).toEqual(['Customer', 'Spent', 'Since']);
    const [first, second] = within(table).getAllByRole('row').slice(1);
    const friend = within(first as HTMLElement).getByRole('link');
    expect(friend.textContent).toBe('Referred friend');
    expect(friend.getAttribute('href')).toBe(`/customers/${FRIEND}/show`);
    expect(friend.getAttribute('target')).toBeNull();
    expect(
      within(first as HTMLElement)
        .getAllByRole('cell')
        .map((c) => c.textContent),
    ).toEqual(['Referred friend', '12', '21 March 2026']);
    expect(
      within(second as HTMLElement)
        .getAllByRole('cell')
        .map((c) => c.textContent),
    ).toEqual(['—', '—', '—']);
  });

  it('speaks Persian: its labels, Persian digits, the Jalali calendar, amounts the Persian way', async () => {
    await renderInAdmin(<CardTabContentView content={CONTENT} />, { locale: 'fa' });
    expect(screen.getByRole('heading', { name: 'خلاصه' })).toBeTruthy();
    // A label without Persian falls back to English.
    expect(shown('باز').textContent).toBe('۱٬۲۳۴٫۵');
    expect(shown('Owed').textContent).toBe('\u200e$۱٬۲۵۰٫۵۰');
    expect(shown('Points').textContent).toBe('۴۰ Stars');
    expect(shown('سررسید').textContent).toBe('۱ فروردین ۱۴۰۵');
    expect(shown('Opened').textContent).toMatch(/^۱۰ اسفند ۱۴۰۴/);
    expect(shown('Opened').textContent).not.toMatch(/[0-9]/);
    const table = screen.getByTestId('card-tab-table');
    expect(within(table).getAllByRole('columnheader')[0]?.textContent).toBe('مشتری');
    const cells = within(within(table).getAllByRole('row')[1] as HTMLElement).getAllByRole('cell');
    expect(cells.map((c) => c.textContent)).toEqual(['Referred friend', '۱۲', '۱ فروردین ۱۴۰۵']);
    // The name keeps its own direction inside the right-to-left row.
    expect(cells[0]?.querySelector('bdi')?.textContent).toBe('Referred friend');
  });

  it("shows the module's empty text, or the admin's own when it gives none", async () => {
    const empty = { ...CONTENT, sections: [], empty: words('No tickets yet', 'Обращений пока нет') };
    const view = await renderInAdmin(<CardTabContentView content={empty} />, { locale: 'ru' });
    expect(screen.getByTestId('card-tab-empty').textContent).toBe('Обращений пока нет');
    view.unmount();
    await renderInAdmin(<CardTabContentView content={{ ...empty, empty: null }} />, { locale: 'ru' });
    expect(screen.getByTestId('card-tab-empty').textContent).toBe('Здесь пока ничего нет');
  });

  it('asks for the content in the staff language, and says a failed module in it, with a retry', async () => {
    let calls = 0;
    // The module fails once, then answers.
    const failsFirst = () =>
      ++calls === 1
        ? { errors: [refusal('CONFLICT', 'CARD_TAB_FAILED', { tab: 'tickets' })] }
        : { data: { customerCardTab: CONTENT } };
    const api = await scriptGraphql({
      Currencies: { data: { currencies: [COINS] } },
      CustomerCardTab: failsFirst,
    });
    const { user } = await renderInAdmin(<CardTabPanel customerId="c-1" tabKey="tickets" />, {
      locale: 'ru',
    });
    const alert = await screen.findByTestId('card-tab-error');
    expect(alert.textContent).toContain('Не удалось загрузить вкладку; попробуйте позже');
    expect(api.sentAs('CustomerCardTab')[0]?.variables).toEqual({
      customerId: 'c-1',
      key: 'tickets',
      language: 'RU',
    });
    await user.click(within(alert).getByRole('button', { name: 'Повторить' }));
    expect((await screen.findByRole('heading', { name: 'Сводка' })).textContent).toBe('Сводка');
  });
});
