import type { FieldKind } from '@patron/filter';
import type { AttributeTypeName, CustomerFieldContribution, LocalizedText } from '@patron/sdk';
import { ATTRIBUTE_KEY } from '../../common/keys.js';
import type { AttributeDefinition } from '../attributes/attribute-definition.entity.js';
import { TEXT_TYPES } from './search-document.js';

/** How a field's value is read in SQL (customer row aliased `c`) — the compiler's only input. */
export type FieldSql =
  /**
   * Folded text (see searchColumns), null when empty. `latinDigits`: the stored values are written in
   * Latin digits (phones, values of a format), so a value typed in Persian or Arabic-Indic digits is
   * compared in Latin ones.
   */
  | { form: 'text'; expr: string; latinDigits?: boolean }
  /** Exact text (choice values, status). */
  | { form: 'exact'; expr: string }
  /** A value compared after casting the parameter, e.g. numeric, boolean, timestamptz. */
  | { form: 'cast'; expr: string; cast: 'numeric' | 'boolean' | 'timestamptz' }
  /** An ISO date or date-time as text: normalised values compare correctly as text. */
  | { form: 'isoText'; expr: string }
  /** A JSON array of strings. */
  | { form: 'jsonArray'; expr: string }
  /** A uuid[] column. */
  | { form: 'uuidArray'; expr: string };

/** How the list sorts by a field; `jsonb` sorts numbers numerically and ISO dates in time order. */
export interface FieldSort {
  expr: string;
  type: 'text' | 'numeric' | 'timestamptz' | 'jsonb';
}

export interface CustomerField {
  key: string;
  kind: FieldKind;
  label: LocalizedText;
  /** attribute, system, or the module that registered it. */
  source: string;
  attributeType: AttributeTypeName | null;
  choices: { value: string; label: LocalizedText }[];
  /** Digits shown after the point (a balance's currency); absent: as the number comes. */
  decimals?: number;
  sql: FieldSql;
  sort: FieldSort | null;
}

/** Attribute keys are checked by the database too; only such keys are ever put into SQL text. */
export function keyLiteral(key: string): string {
  if (!ATTRIBUTE_KEY.test(key)) throw new Error(`Not an attribute key: ${key}`);
  return `'${key}'`;
}

const KIND_BY_TYPE: Record<AttributeTypeName, FieldKind> = {
  TEXT: 'text',
  LONG_TEXT: 'text',
  PHONE: 'text',
  EMAIL: 'text',
  URL: 'text',
  ADDRESS: 'text',
  NUMBER: 'number',
  MONEY: 'number',
  DATE: 'date',
  DATETIME: 'datetime',
  BOOLEAN: 'boolean',
  SINGLE_CHOICE: 'choice',
  MULTIPLE_CHOICE: 'multi',
};

/** System attributes with a generated column and a sort index of their own (the baseline migration). */
const COLUMN_SORT: Record<string, string> = {
  firstName: "coalesce(c.first_name, '')",
  lastName: "coalesce(c.last_name, '')",
  mobile: "coalesce(c.mobile, '')",
  email: "coalesce(c.email, '')",
};

/** The expression a custom attribute's sort index is built on (see sort-index.ts). */
export function attributeSortExpr(key: string, alias = 'c.'): string {
  return `coalesce(${alias}attributes->${keyLiteral(key)}, 'null'::jsonb)`;
}

function typed(key: string, jsonType: string, cast: string, alias: string): string {
  const k = keyLiteral(key);
  return `(case when jsonb_typeof(${alias}attributes->${k}) = '${jsonType}' then (${alias}attributes->>${k})${cast} end)`;
}

/** `alias` is the customer row's alias with its dot; '' where SQL names the table itself (statistics). */
export function attributeSql(
  def: Pick<AttributeDefinition, 'key' | 'type'> & { format?: string | null },
  alias = 'c.',
): FieldSql {
  const k = keyLiteral(def.key);
  switch (KIND_BY_TYPE[def.type]) {
    case 'text':
      return {
        form: 'text',
        expr: `(${alias}folded->>${k})`,
        ...((def.type === 'PHONE' || def.format) && { latinDigits: true }),
      };
    case 'number':
      return { form: 'cast', expr: typed(def.key, 'number', '::numeric', alias), cast: 'numeric' };
    case 'boolean':
      return { form: 'cast', expr: typed(def.key, 'boolean', '::boolean', alias), cast: 'boolean' };
    // ->> never fails, so text forms need no type guard (only casts do); values are typed per workspace.
    case 'date':
    case 'datetime':
      return { form: 'isoText', expr: `(${alias}attributes->>${k})` };
    case 'choice':
      return { form: 'exact', expr: `(${alias}attributes->>${k})` };
    default:
      return { form: 'jsonArray', expr: `(${alias}attributes->${k})` };
  }
}

export function attributeField(def: AttributeDefinition): CustomerField {
  const kind = KIND_BY_TYPE[def.type];
  const column = COLUMN_SORT[def.key];
  return {
    key: def.key,
    kind,
    label: def.label,
    source: 'attribute',
    attributeType: def.type,
    choices: def.choices ?? [],
    sql: attributeSql(def),
    sort:
      kind === 'multi' || def.type === 'LONG_TEXT' || def.type === 'ADDRESS'
        ? null
        : column
          ? { expr: column, type: 'text' }
          : { expr: attributeSortExpr(def.key), type: 'jsonb' },
  };
}

const STATUS_LABELS = {
  ACTIVE: { en: 'Active', ru: 'Активен', fa: 'فعال' },
  INACTIVE: { en: 'Inactive', ru: 'Неактивен', fa: 'غیرفعال' },
  ERASED: { en: 'Data erased', ru: 'Данные удалены', fa: 'اطلاعات پاک‌شده' },
};

/** Fields every customer has outside the attribute registry. */
export function systemFields(tags: { id: string; name: string }[]): CustomerField[] {
  return [
    {
      key: 'customerNumber',
      kind: 'number',
      label: { en: 'No.', ru: '№', fa: 'شماره' },
      source: 'system',
      attributeType: null,
      choices: [],
      sql: { form: 'cast', expr: 'c.number', cast: 'numeric' },
      sort: { expr: 'c.number', type: 'numeric' },
    },
    {
      key: 'status',
      kind: 'choice',
      label: { en: 'Status', ru: 'Статус', fa: 'وضعیت' },
      source: 'system',
      attributeType: null,
      choices: Object.entries(STATUS_LABELS).map(([value, label]) => ({ value, label })),
      sql: { form: 'exact', expr: 'c.status' },
      sort: { expr: 'c.status', type: 'text' },
    },
    {
      key: 'tags',
      kind: 'multi',
      label: { en: 'Tags', ru: 'Теги', fa: 'برچسب‌ها' },
      source: 'system',
      attributeType: null,
      choices: tags.map((t) => ({ value: t.id, label: { en: t.name, ru: t.name, fa: t.name } })),
      sql: { form: 'uuidArray', expr: 'c.tags' },
      sort: null,
    },
    {
      key: 'createdAt',
      kind: 'datetime',
      label: { en: 'Created', ru: 'Создан', fa: 'تاریخ ایجاد' },
      source: 'system',
      attributeType: null,
      choices: [],
      sql: { form: 'cast', expr: 'c.created_at', cast: 'timestamptz' },
      sort: { expr: 'c.created_at', type: 'timestamptz' },
    },
    {
      key: 'updatedAt',
      kind: 'datetime',
      label: { en: 'Updated', ru: 'Изменён', fa: 'تاریخ ویرایش' },
      source: 'system',
      attributeType: null,
      choices: [],
      sql: { form: 'cast', expr: 'c.updated_at', cast: 'timestamptz' },
      sort: { expr: 'c.updated_at', type: 'timestamptz' },
    },
  ];
}

const CAST_BY_KIND: Partial<Record<FieldKind, 'numeric' | 'boolean' | 'timestamptz'>> = {
  number: 'numeric',
  boolean: 'boolean',
  datetime: 'timestamptz',
};

const SORT_TYPE: Partial<Record<FieldKind, FieldSort['type']>> = {
  number: 'numeric',
  datetime: 'timestamptz',
};

/** A field another module (loyalty, purchases, a plugin) registers with its own SQL expression. */
export function contributedField(module: string, f: CustomerFieldContribution): CustomerField {
  const cast = CAST_BY_KIND[f.kind];
  const sql: FieldSql =
    f.kind === 'text'
      ? { form: 'text', expr: `(${f.sql})` }
      : cast
        ? { form: 'cast', expr: `(${f.sql})`, cast }
        : f.kind === 'multi'
          ? { form: 'jsonArray', expr: `(${f.sql})` }
          : f.kind === 'date'
            ? { form: 'isoText', expr: `(${f.sql})` }
            : { form: 'exact', expr: `(${f.sql})` };
  return {
    key: f.key,
    kind: f.kind,
    label: f.label,
    source: module,
    attributeType: null,
    choices: f.choices ?? [],
    decimals: f.decimals,
    sql,
    sort:
      f.sortable && f.kind !== 'multi'
        ? f.rankSql
          ? { expr: `(${f.rankSql})`, type: 'numeric' }
          : { expr: `(${f.sql})`, type: SORT_TYPE[f.kind] ?? 'text' }
        : null,
  };
}

export function isFilterableAttribute(def: AttributeDefinition): boolean {
  return def.filterable && !def.retiredAt && (TEXT_TYPES.has(def.type) || def.type in KIND_BY_TYPE);
}
