import { enumValues } from '../common/enums';
import {
  type ImportFieldsFragment,
  ImportKind,
  ImportMatchOn,
  ImportMode,
  type ImportRowOutcome,
  type ImportState,
} from '../gql/graphql';

/** Who may bring customers in: the import screens, the customers list's Import button. */
export const IMPORT_PERMISSION = 'customers.import';

export type Import = ImportFieldsFragment;
export type ImportColumn = Import['columns'][number];
export type ImportCounts = Import['counts'];
export type { ImportKind, ImportMatchOn, ImportMode, ImportRowOutcome, ImportState };

export const KINDS = enumValues(ImportKind, ['CUSTOMERS']);
/** Both first: the usual choice, and the one that changes nothing by surprise. */
export const MODES = enumValues(ImportMode, ['CREATE_OR_UPDATE', 'CREATE_ONLY']);
export const MATCH_ON = enumValues(ImportMatchOn, ['MOBILE', 'EMAIL']);
/** The encodings Excel writes CSV in, in Russia and Iran too; the server detects one, staff may choose another. */
export const ENCODINGS = ['utf-8', 'utf-16le', 'windows-1251', 'windows-1256'] as const;
/** The delimiters the server reads, by the name their words have in the catalogues. */
export const DELIMITERS: Record<string, string> = {
  ',': 'comma',
  ';': 'semicolon',
  '\t': 'tab',
  '|': 'pipe',
};
/** The counts a finished import reports, in the order they are shown. */
export const COUNT_NAMES = ['rows', 'created', 'updated', 'attached', 'skipped', 'invalid'] as const;

/** The counts an import of the kind can have: purchases and operations are only ever new or skipped. */
export const countNamesOf = (kind: ImportKind): readonly (typeof COUNT_NAMES)[number][] =>
  kind === 'CUSTOMERS' ? COUNT_NAMES : COUNT_NAMES.filter((n) => n !== 'updated' && n !== 'attached');

/**
 * A previewed cell as the staff member reads it: a stored date (YYYY-MM-DD) or date-time (ISO 8601)
 * in their calendar, anything else (an E.164 phone, an amount, a name) as stored.
 */
export function previewValue(value: string, format: (value: string, withTime?: boolean) => string): string {
  if (/^\d{4}-\d{2}-\d{2}$/.test(value)) return format(value);
  if (/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/.test(value) && !Number.isNaN(Date.parse(value)))
    return format(value, true);
  return value;
}

export type WizardStep = 'upload' | 'mapping' | 'preview' | 'progress' | 'report';
export const STEPS: readonly WizardStep[] = ['upload', 'mapping', 'preview', 'progress', 'report'];

export const isFinished = (imp: Pick<Import, 'state'>): boolean =>
  imp.state === 'DONE' || imp.state === 'FAILED' || imp.state === 'CANCELLED';

/** Where an import opened from the list resumes: its mapping while it is set up, its progress, or its report. */
export function stepOf(imp: Pick<Import, 'state'>): WizardStep {
  if (imp.state === 'MAPPING') return 'mapping';
  return isFinished(imp) ? 'report' : 'progress';
}

/** How far the import got, 0–100; unknown while the total is not yet counted. */
export function progressPercent(imp: Pick<Import, 'progress' | 'state'>): number | null {
  if (isFinished(imp)) return 100;
  const total = imp.progress.total;
  if (!total) return null;
  return Math.min(100, Math.round((imp.progress.done / total) * 100));
}

/** The column → target choice the mapping step edits: a column left out is not imported. */
export type Mapping = Record<number, string | null>;

export const mappingOf = (columns: readonly ImportColumn[]): Mapping =>
  Object.fromEntries(columns.map((c) => [c.index, c.target ?? null]));

/** The mapping as configureImport takes it: every column, null for the ones not imported. */
export const columnsInput = (columns: readonly ImportColumn[], mapping: Mapping) =>
  columns.map((c) => ({ index: c.index, target: mapping[c.index] ?? null }));

/** Targets another column already has: each target takes one column (the server refuses two). */
export function takenTargets(mapping: Mapping, exceptColumn: number): Set<string> {
  return new Set(
    Object.entries(mapping)
      .filter(([index, target]) => Number(index) !== exceptColumn && target)
      .map(([, target]) => target as string),
  );
}
