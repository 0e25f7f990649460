import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { scriptGraphql } from '../testing/graphql';
import { renderInAdmin, textUnder } from '../testing/renderInAdmin';
import { AttributeDefinitionCreate } from './AttributeDefinitionCreate';
import { AttributeDefinitionEdit } from './AttributeDefinitionEdit';

const MANAGER = ['attributes.read', 'attributes.manage'];
const text = (en: string, ru: string, fa: string) => ({ __typename: 'LocalizedText' as const, en, ru, fa });
const format = (key: string, label: ReturnType<typeof text>, base = 'TEXT') => ({
  __typename: 'AttributeFormat' as const,
  key,
  base,
  module: 'national-ids',
  label,
});
const FORMATS = [
  format('ir-national-code', text('Iranian national code', 'Национальный код Ирана', 'کد ملی')),
  format('ru-inn', text('Russian INN', 'ИНН', 'شناسه مالیاتی روسیه (INN)')),
];
const MAIN = {
  __typename: 'AttributeGroup' as const,
  key: 'main',
  position: 1,
  label: text('Main', 'Основное', 'اصلی'),
};
const definition = (over: Record<string, unknown>) => ({
  __typename: 'AttributeDefinition' as const,
  id: 'def-1',
  key: 'legacyCode',
  type: 'TEXT',
  system: false,
  required: false,
  unique: false,
  defaultValue: null,
  group: 'main',
  position: 1,
  shownInList: false,
  filterable: true,
  retired: false,
  format: null,
  formatMissing: false,
  formatHint: null,
  label: text('Legacy code', 'Старый код', 'کد قدیمی'),
  helpText: null,
  choices: [],
  ...over,
});

const finding = (customerId: string, customerNumber: number, value: string, over: object = {}) => ({
  __typename: 'StoredValueFinding' as const,
  customerId,
  customerNumber,
  value,
  problem: null,
  storedAs: null,
  ...over,
});
const CHECK = {
  __typename: 'AttributeValuesCheck' as const,
  format: 'ir-national-code',
  checked: 12345,
  fit: 12300,
  rewritten: 120,
  refused: 45,
  firstRefused: [
    finding('c-7', 7, '0499370898', {
      problem: { __typename: 'Problem', code: 'NATIONAL_CODE_INVALID', params: { got: '"0499370898"' } },
    }),
  ],
  firstRewritten: [finding('c-9', 9, '049-937-0899', { storedAs: '0499370899' })],
};

async function script(definitions: ReturnType<typeof definition>[] = [], check: object = CHECK) {
  return scriptGraphql({
    AttributeValuesCheck: { data: { attributeValuesCheck: check } },
    AttributeRegistry: { data: { attributeDefinitions: definitions, attributeGroups: [MAIN] } },
    AttributeFormats: { data: { attributeFormats: FORMATS } },
    CustomerFieldList: { data: { customerFields: [] } },
    CreateAttributeDefinition: {
      data: { createAttributeDefinition: { __typename: 'AttributeDefinition', id: 'def-2' } },
    },
    UpdateAttributeDefinition: {
      data: { updateAttributeDefinition: { __typename: 'AttributeDefinition', id: 'def-1' } },
    },
    StartAttributeValuesReport: { data: { startAttributeValuesReport: 'run-1' } },
  });
}

const input = (label: RegExp | string) => screen.getByLabelText(label, { selector: 'input' });

describe('the attribute definition form', () => {
  it('offers the formats of text attributes and sends the one chosen', async () => {
    const api = await script();
    const { user } = await renderInAdmin(<AttributeDefinitionCreate />, {
      resource: 'attributeDefinitions',
      permissions: MANAGER,
    });
    const choice = await screen.findByRole('combobox', { name: 'Format' });
    expect(textUnder(choice)).toMatch(/A check a plugin adds/);
    await user.click(choice);
    const options = (await screen.findAllByRole('option')).map((o) => o.textContent);
    expect(options).toEqual(['No format', 'Iranian national code', 'Russian INN']);
    await user.click(screen.getByRole('option', { name: 'Iranian national code' }));

    await user.type(input(/^Key/), 'nationalCode');
    await user.type(input(/^Label \(English\)/), 'National code');
    await user.click(screen.getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(api.sentAs('CreateAttributeDefinition')).toHaveLength(1));
    expect(api.sentAs('CreateAttributeDefinition')[0]?.variables).toMatchObject({
      input: { key: 'nationalCode', type: 'TEXT', format: 'ir-national-code' },
    });
  });

  it('offers no format for a type none is for, and drops the one chosen when the type changes', async () => {
    const api = await script();
    const { user } = await renderInAdmin(<AttributeDefinitionCreate />, {
      resource: 'attributeDefinitions',
      permissions: MANAGER,
    });
    await user.click(await screen.findByRole('combobox', { name: 'Format' }));
    await user.click(await screen.findByRole('option', { name: 'Russian INN' }));
    await user.click(screen.getByRole('combobox', { name: 'Type' }));
    await user.click(await screen.findByRole('option', { name: 'Number' }));
    await waitFor(() => expect(screen.queryByRole('combobox', { name: 'Format' })).toBeNull());

    await user.type(input(/^Key/), 'seats');
    await user.type(input(/^Label \(English\)/), 'Seats');
    await user.click(screen.getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(api.sentAs('CreateAttributeDefinition')).toHaveLength(1));
    expect(api.sentAs('CreateAttributeDefinition')[0]?.variables).toMatchObject({
      input: { type: 'NUMBER', format: null },
    });
  });

  it('names the formats in Russian and Persian', async () => {
    for (const [locale, label, names] of [
      ['ru', 'Формат', ['Без формата', 'Национальный код Ирана', 'ИНН']],
      ['fa', 'قالب', ['بدون قالب', 'کد ملی', 'شناسه مالیاتی روسیه (INN)']],
    ] as const) {
      await script();
      const { user, unmount } = await renderInAdmin(<AttributeDefinitionCreate />, {
        resource: 'attributeDefinitions',
        permissions: MANAGER,
        locale,
      });
      await user.click(await screen.findByRole('combobox', { name: label }));
      expect((await screen.findAllByRole('option')).map((o) => o.textContent)).toEqual(names);
      unmount();
    }
  });

  it('says when no enabled module provides the format any more, and saving keeps it', async () => {
    const api = await script([definition({ format: 'gone-code', formatMissing: true })]);
    const { user } = await renderInAdmin(<AttributeDefinitionEdit id="def-1" />, {
      resource: 'attributeDefinitions',
      permissions: MANAGER,
    });
    expect((await screen.findByTestId('attribute-format-missing')).textContent).toBe(
      'No enabled module provides the format “gone-code” any more: values are kept and checked only as Text.',
    );
    await user.type(input(/^Label \(English\)/), ' (old)');
    await user.click(screen.getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(api.sentAs('UpdateAttributeDefinition')).toHaveLength(1));
    expect(api.sentAs('UpdateAttributeDefinition')[0]?.variables).toMatchObject({
      id: 'def-1',
      input: { format: 'gone-code', label: { en: 'Legacy code (old)' } },
    });
  });

  it('checks the stored values by a format picked for an attribute, and saving stays possible', async () => {
    const api = await script([definition({})]);
    const { user } = await renderInAdmin(<AttributeDefinitionEdit id="def-1" />, {
      resource: 'attributeDefinitions',
      permissions: MANAGER,
    });
    await user.click(await screen.findByRole('combobox', { name: 'Format' }));
    await user.click(await screen.findByRole('option', { name: 'Iranian national code' }));
    expect((await screen.findByTestId('attribute-values-check-counts')).textContent).toBe(
      '12,345 stored values: 12,300 fit the format, 45 do not',
    );
    expect(api.sentAs('AttributeValuesCheck')[0]?.variables).toEqual({
      id: 'def-1',
      format: 'ir-national-code',
    });
    const refused = screen.getByTestId('attribute-values-check-refused');
    const link = within(refused).getByRole('link', { name: '#7' });
    expect(link.getAttribute('href')).toBe('#/customers/c-7/show');
    expect(refused.textContent).toContain(
      'Expected an Iranian national code: 10 digits whose last is the check digit, got "0499370898"',
    );
    expect(screen.getByTestId('attribute-values-check-rewritten').textContent).toMatch(
      /^120 values that fit are written differently/,
    );
    expect(screen.getByTestId('attribute-values-check').textContent).toContain('049-937-0899 → 0499370899');

    await user.click(screen.getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(api.sentAs('UpdateAttributeDefinition')).toHaveLength(1));
    expect(api.sentAs('UpdateAttributeDefinition')[0]?.variables).toMatchObject({
      input: { format: 'ir-national-code' },
    });
  });

  it('starts the report of every refused and rewritten value, and says where the file will be', async () => {
    const api = await script([definition({})]);
    const { user } = await renderInAdmin(<AttributeDefinitionEdit id="def-1" />, {
      resource: 'attributeDefinitions',
      permissions: MANAGER,
    });
    await user.click(await screen.findByRole('combobox', { name: 'Format' }));
    await user.click(await screen.findByRole('option', { name: 'Iranian national code' }));
    // 45 refused and 120 written differently: the check lists only the first of them.
    await user.click(await screen.findByRole('button', { name: 'Download all (165)' }));
    expect((await screen.findByTestId('attribute-values-report-started')).textContent).toBe(
      'You will find the file in the notifications',
    );
    expect(api.sentAs('StartAttributeValuesReport').map((r) => r.variables)).toEqual([
      { id: 'def-1', format: 'ir-national-code' },
    ]);
    expect(screen.queryByTestId('attribute-values-report')).toBeNull();
  });

  it('offers no report when every stored value fits as written', async () => {
    const fits = { ...CHECK, fit: 12345, refused: 0, rewritten: 0, firstRefused: [], firstRewritten: [] };
    await script([definition({})], fits);
    const { user } = await renderInAdmin(<AttributeDefinitionEdit id="def-1" />, {
      resource: 'attributeDefinitions',
      permissions: MANAGER,
    });
    await user.click(await screen.findByRole('combobox', { name: 'Format' }));
    await user.click(await screen.findByRole('option', { name: 'Iranian national code' }));
    await screen.findByTestId('attribute-values-check-counts');
    expect(screen.queryByTestId('attribute-values-report')).toBeNull();
  });

  it('checks the attribute’s own format only when asked, in Russian and Persian', async () => {
    for (const [locale, run, counts, why, download, started] of [
      [
        'ru',
        'Проверить сохранённые значения',
        'Сохранённых значений: 12 345; подходят под формат: 12 300, не подходят: 45',
        'Некорректный национальный код Ирана: 10 цифр, последняя — контрольная',
        'Скачать все (165)',
        'Файл появится в уведомлениях',
      ],
      [
        'fa',
        'بررسی مقدارهای ذخیره‌شده',
        '۱۲٬۳۴۵ مقدار ذخیره‌شده: ۱۲٬۳۰۰ با قالب جور است و ۴۵ جور نیست',
        'کد ملی معتبر نیست: ۱۰ رقم که رقم آخرش رقم کنترل است',
        'دریافت همه (۱۶۵)',
        'فایل را در اعلان‌ها خواهید یافت',
      ],
    ] as const) {
      const api = await script([definition({ format: 'ir-national-code' })]);
      const { user, unmount } = await renderInAdmin(<AttributeDefinitionEdit id="def-1" />, {
        resource: 'attributeDefinitions',
        permissions: MANAGER,
        locale,
      });
      await user.click(await screen.findByRole('button', { name: run }));
      const shown = (await screen.findByTestId('attribute-values-check-counts')).textContent ?? '';
      expect(shown.replace(/[\u00a0\u202f]/g, ' ')).toBe(counts);
      expect(api.sentAs('AttributeValuesCheck')).toHaveLength(1);
      const refused = screen.getByTestId('attribute-values-check-refused');
      expect(refused.textContent).toContain(why);
      expect(within(refused).getByRole('link').textContent).toBe(locale === 'fa' ? '#۷' : '#7');
      await user.click(screen.getByRole('button', { name: download }));
      expect((await screen.findByTestId('attribute-values-report-started')).textContent).toBe(started);
      expect(api.sentAs('StartAttributeValuesReport')).toHaveLength(1);
      unmount();
    }
  });
});
