import { screen, waitFor } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { type CustomerFilter, FilterGroupOp, FilterOperator } from '../gql/graphql';
import { scriptGraphql } from '../testing/graphql';
import { renderInAdmin } from '../testing/renderInAdmin';
import { ExportDialog } from './ExportDialog';

const field = (key: string, en: string, ru: string, source = 'attribute') => ({
  __typename: 'CustomerField' as const,
  key,
  label: { __typename: 'LocalizedText' as const, en, ru, fa: en },
  kind: 'text',
  operators: ['EQ'],
  choices: [],
  sortable: true,
  source,
  attributeType: 'TEXT',
});

const FIELDS = [
  field('firstName', 'First name', 'Имя'),
  field('mobile', 'Mobile', 'Мобильный телефон'),
  field('city', 'City', 'Город'),
  field('balance_coins', 'Balance: Coins', 'Баланс: Монеты', 'ledger'),
];

const exportRow = (state: string, done: number, downloadPath: string | null = null) => ({
  __typename: 'CustomerExport' as const,
  id: 'e-1',
  state,
  format: 'CSV',
  total: 3,
  done,
  fileName: downloadPath ? 'customers.csv' : null,
  downloadPath,
  expiresAt: null,
  problem: null,
});

const checked = (testId: string) => (screen.getByTestId(testId) as HTMLInputElement).checked;

const MOSCOW: CustomerFilter = {
  op: FilterGroupOp.AND,
  conditions: [{ field: 'city', operator: FilterOperator.EQ, value: 'Moscow' }],
};

async function open(options: Parameters<typeof renderInAdmin>[1] & { selected?: string[] } = {}) {
  const onClose = vi.fn();
  const view = await renderInAdmin(
    <ExportDialog
      open
      onClose={onClose}
      query={{ filter: MOSCOW, search: null, segmentId: null }}
      selectedIds={options.selected ?? []}
      listColumns={['firstName', 'balance_coins', 'mobile']}
      initialSource={options.selected?.length ? 'selection' : 'list'}
    />,
    options,
  );
  return { ...view, onClose };
}

describe('exporting customers', () => {
  it("starts with the list's filter and readable columns, sends the choices, then follows the job to its link", async () => {
    let polls = 0;
    const api = await scriptGraphql({
      CustomerFieldList: { data: { customerFields: FIELDS } },
      Segments: { data: { segments: [] } },
      StartCustomerExport: { data: { startCustomerExport: exportRow('QUEUED', 0) } },
      // Quoted: a capitalised key holding a function reads to the linter as a component.
      ['CustomerExport']: () => {
        polls += 1;
        return {
          data: {
            customerExport:
              polls < 2 ? exportRow('RUNNING', 1) : exportRow('DONE', 3, '/exports/e-1/download'),
          },
        };
      },
    });
    const { user } = await open({
      locale: 'ru',
      permissions: ['customers.read', 'customers.export', 'loyalty.read'],
    });

    await waitFor(() => expect(checked('export-column-firstName')).toBe(true));
    expect(checked('export-column-balance_coins')).toBe(true);
    expect(checked('export-column-city')).toBe(false);
    expect(screen.getByText('Город')).toBeTruthy();
    await user.click(screen.getByTestId('export-column-city'));
    await user.click(screen.getByLabelText('XLSX'));
    await user.click(screen.getByLabelText('ISO (2025-01-31)'));
    await user.click(screen.getByTestId('export-run'));

    await waitFor(() => expect(api.sentAs('StartCustomerExport')).toHaveLength(1));
    expect(api.sentAs('StartCustomerExport')[0]?.variables).toEqual({
      input: {
        selection: { filter: MOSCOW },
        format: 'XLSX',
        delimiter: 'COMMA',
        dateStyle: 'ISO',
        // The list's order first, then the added column.
        columns: ['firstName', 'balance_coins', 'mobile', 'city'],
      },
    });
    expect(
      await screen.findByText('Выгрузка идёт в фоне; вы получите уведомление, когда файл будет готов.'),
    ).toBeTruthy();
    const link = await screen.findByTestId('export-download', {}, { timeout: 5000 });
    expect(link.getAttribute('href')).toBe('/exports/e-1/download');
    expect(screen.getByTestId('export-progress').getAttribute('data-state')).toBe('DONE');
  });

  it('offers no column the role cannot read, and exports the ticked rows with the chosen delimiter', async () => {
    const api = await scriptGraphql({
      CustomerFieldList: { data: { customerFields: FIELDS } },
      Segments: { data: { segments: [] } },
      StartCustomerExport: { data: { startCustomerExport: exportRow('QUEUED', 0) } },
      CustomerExport: { data: { customerExport: exportRow('RUNNING', 0) } },
    });
    const { user } = await open({
      selected: ['c-1', 'c-2'],
      permissions: ['customers.read', 'customers.export'],
    });

    await waitFor(() => expect(checked('export-column-firstName')).toBe(true));
    expect(screen.queryByTestId('export-column-balance_coins')).toBeNull();
    await user.click(screen.getByRole('combobox', { name: 'Delimiter' }));
    await user.click(await screen.findByRole('option', { name: 'Semicolon ;' }));
    await user.click(screen.getByTestId('export-run'));

    await waitFor(() => expect(api.sentAs('StartCustomerExport')).toHaveLength(1));
    expect(api.sentAs('StartCustomerExport')[0]?.variables).toMatchObject({
      input: {
        selection: { ids: ['c-1', 'c-2'] },
        format: 'CSV',
        delimiter: 'SEMICOLON',
        columns: ['firstName', 'mobile'],
      },
    });
  });
});
