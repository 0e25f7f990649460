import { screen, waitFor } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { badInput } from '../problems/testing';
import { scriptGraphql } from '../testing/graphql';
import { renderInAdmin, textUnder } from '../testing/renderInAdmin';
import type { Import } from './importModel';
import { MappingStep } from './MappingStep';

const column = (index: number, header: string, samples: string[], target: string | null = null) => ({
  __typename: 'ImportColumn' as const,
  index,
  header,
  samples,
  target,
});

/** A customers file with Russian headers, as openImport answers: the phone column was recognised by its header. */
const IMPORT = {
  __typename: 'Import' as const,
  id: 'imp-1',
  kind: 'CUSTOMERS' as const,
  state: 'MAPPING' as const,
  fileName: 'клиенты.csv',
  format: 'CSV',
  encoding: 'windows-1251',
  delimiter: ';',
  sheets: [],
  sheet: null,
  columns: [
    column(0, 'Телефон', ['9161234567', '+7 916 765-43-21'], 'mobile'),
    column(1, 'Имя', ['Анна', 'Борис']),
    column(2, 'Заметка', ['VIP', '']),
  ],
  mode: 'CREATE_OR_UPDATE' as const,
  matchOn: 'MOBILE' as const,
  applyEarningRules: false,
  attachDuplicates: false,
  counts: {
    __typename: 'ImportCounts',
    rows: 0,
    created: 0,
    updated: 0,
    attached: 0,
    skipped: 0,
    invalid: 0,
  },
  progress: { __typename: 'ImportProgress', done: 0, total: null },
  problem: null,
  reportFileId: null,
  createdAt: '2026-12-05T10:00:00Z',
};

const target = (key: string, en: string, ru: string, group = 'profile') => ({
  __typename: 'ImportTarget' as const,
  key,
  label: { __typename: 'LocalizedText' as const, en, ru, fa: null },
  kind: 'text',
  group,
});
const TARGETS = [
  target('mobile', 'Mobile', 'Мобильный'),
  target('firstName', 'First name', 'Имя'),
  target('email', 'Email', 'Email'),
  target('tags', 'Tags', 'Метки', 'import'),
];
/** The attribute groups name the targets' groups, as the card's tabs. */
const REGISTRY = {
  data: {
    attributeDefinitions: [],
    attributeGroups: [
      {
        __typename: 'AttributeGroup',
        key: 'profile',
        position: 1,
        label: { __typename: 'LocalizedText', en: 'Profile', ru: 'Профиль', fa: 'نمایه' },
      },
    ],
  },
};
const TEMPLATES = [
  { __typename: 'ImportTemplate' as const, id: 'tpl-1', name: 'Старая касса' },
  { __typename: 'ImportTemplate' as const, id: 'tpl-2', name: 'Webshop' },
];

/** configureImport's answer: the import with each column's target (by index), and the mode or match given. */
const configured = (targets: (string | null)[], rest: Partial<typeof IMPORT> = {}) => ({
  data: {
    configureImport: {
      ...IMPORT,
      ...rest,
      columns: IMPORT.columns.map((c, i) => ({ ...c, target: targets[i] ?? null })),
    },
  },
});

/** configureImport answering with the mapping it was sent. */
const echoMapping = ({ input }: Record<string, unknown>) =>
  configured((input as { columns: { target: string | null }[] }).columns.map((c) => c.target));

async function open(locale: 'en' | 'ru' = 'en') {
  const onConfigured = vi.fn();
  const onChanged = vi.fn();
  const view = await renderInAdmin(
    <MappingStep
      imp={IMPORT as Import}
      onChanged={onChanged}
      onBack={() => {}}
      onConfigured={onConfigured}
    />,
    { locale, permissions: ['customers.import'] },
  );
  await screen.findByTestId('import-mapping');
  return { ...view, onConfigured, onChanged };
}

const targetOf = (index: number) => screen.getByTestId(`import-column-${index}`).dataset.target;

describe('the mapping step', () => {
  it('sends every column with the target chosen for it, the skipped ones as null', async () => {
    const api = await scriptGraphql({
      AttributeRegistry: REGISTRY,
      ImportTargets: { data: { importTargets: TARGETS } },
      ImportTemplates: { data: { importTemplates: TEMPLATES } },
      ConfigureImport: echoMapping,
    });
    const { user, onConfigured } = await open();

    // The column the server recognised comes chosen; the others are not imported until chosen.
    expect(targetOf(0)).toBe('mobile');
    expect(targetOf(1)).toBe('');
    await user.click(screen.getByTestId('import-target-1'));
    // A target another column has is shown but cannot be taken twice.
    expect(screen.getByTestId('import-target-option-mobile').getAttribute('aria-disabled')).toBe('true');
    await user.click(screen.getByTestId('import-target-option-firstName'));
    expect(targetOf(1)).toBe('firstName');
    await user.click(screen.getByTestId('import-match-on'));
    await user.click(screen.getByTestId('import-match-on-EMAIL'));
    await user.click(screen.getByTestId('import-attach-duplicates'));
    await user.click(screen.getByTestId('import-to-preview'));

    await waitFor(() => expect(onConfigured).toHaveBeenCalledTimes(1));
    expect(api.sentAs('ImportTargets')[0]?.variables).toEqual({ kind: 'CUSTOMERS' });
    expect(api.sentAs('ConfigureImport').map((s) => s.variables)).toEqual([
      {
        input: {
          id: 'imp-1',
          columns: [
            { index: 0, target: 'mobile' },
            { index: 1, target: 'firstName' },
            { index: 2, target: null },
          ],
          mode: 'CREATE_OR_UPDATE',
          matchOn: 'EMAIL',
          attachDuplicates: true,
        },
      },
    ]);
  });

  it('takes a column out of the import when "Do not import" is chosen, and needs one column at least', async () => {
    const api = await scriptGraphql({
      AttributeRegistry: REGISTRY,
      ImportTargets: { data: { importTargets: TARGETS } },
      ImportTemplates: { data: { importTemplates: [] } },
    });
    const { user } = await open();

    await user.click(screen.getByTestId('import-target-0'));
    await user.click(screen.getByTestId('import-target-option-skip'));

    expect(targetOf(0)).toBe('');
    expect(screen.getByTestId('import-mapping').textContent).toContain(
      'Choose where at least one column goes',
    );
    expect((screen.getByTestId('import-to-preview') as HTMLButtonElement).disabled).toBe(true);
    expect(api.sentAs('ConfigureImport')).toEqual([]);
  });

  it('applies a saved template: the server maps the columns and the screen shows its mapping', async () => {
    const api = await scriptGraphql({
      AttributeRegistry: REGISTRY,
      ImportTargets: { data: { importTargets: TARGETS } },
      ImportTemplates: { data: { importTemplates: TEMPLATES } },
      ConfigureImport: configured(['mobile', 'firstName', 'tags'], { mode: 'UPDATE_ONLY' as never }),
    });
    const { user, onChanged } = await open('ru');

    await user.click(screen.getByTestId('import-template'));
    await user.click(await screen.findByTestId('import-template-option-tpl-1'));

    await waitFor(() => expect(targetOf(2)).toBe('tags'));
    expect(api.sentAs('ConfigureImport').map((s) => s.variables)).toEqual([
      { input: { id: 'imp-1', templateId: 'tpl-1' } },
    ]);
    expect(targetOf(1)).toBe('firstName');
    // The template's labels read in the staff member's language, and its mode is the screen's.
    expect(screen.getByTestId('import-target-2').textContent).toBe('Метки');
    expect(screen.getByTestId('import-mode').textContent).toBe('Только обновлять существующих');
    expect(onChanged).toHaveBeenCalledTimes(1);
  });

  it('saves the mapping on screen as a named template', async () => {
    const api = await scriptGraphql({
      AttributeRegistry: REGISTRY,
      ImportTargets: { data: { importTargets: TARGETS } },
      ImportTemplates: { data: { importTemplates: [] } },
      ConfigureImport: echoMapping,
      SaveImportTemplate: {
        data: { saveImportTemplate: { __typename: 'ImportTemplate', id: 'tpl-3', name: 'Касса 2' } },
      },
    });
    const { user } = await open();

    await user.click(screen.getByTestId('import-target-2'));
    await user.click(screen.getByTestId('import-target-option-tags'));
    await user.type(screen.getByTestId('import-template-name'), 'Касса 2');
    await user.click(screen.getByTestId('import-template-save'));

    await waitFor(() => expect(api.sentAs('SaveImportTemplate')).toHaveLength(1));
    // The server saves the import's mapping, so the screen's is sent first.
    expect(api.sentAs('ConfigureImport')[0]?.variables).toMatchObject({
      input: { columns: [{ target: 'mobile' }, { target: null }, { target: 'tags' }] },
    });
    expect(api.sentAs('SaveImportTemplate')[0]?.variables).toEqual({
      input: { importId: 'imp-1', name: 'Касса 2' },
    });
  });

  it('shows the server’s refusal of the match under “find existing customers by”, in Russian', async () => {
    await scriptGraphql({
      AttributeRegistry: REGISTRY,
      ImportTargets: { data: { importTargets: TARGETS } },
      ImportTemplates: { data: { importTemplates: [] } },
      ConfigureImport: {
        errors: [badInput([['input', 'matchOn'], 'IMPORT_MATCH_COLUMN_MISSING', { target: 'email' }])],
      },
    });
    const { user, onConfigured } = await open('ru');

    await user.click(screen.getByTestId('import-match-on'));
    await user.click(screen.getByTestId('import-match-on-EMAIL'));
    await user.click(screen.getByTestId('import-to-preview'));

    const matchOn = screen.getByTestId('import-match-on');
    // The identifier by its Russian name, not its key.
    await waitFor(() => expect(textUnder(matchOn)).toMatch(/«Email»/));
    expect(textUnder(matchOn)).toMatch(/[\u0400-\u04FF]/);
    expect(onConfigured).not.toHaveBeenCalled();
  });
});
