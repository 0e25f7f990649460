import type { EntityManager, MikroORM } from '@mikro-orm/postgresql';
import type { AttributeTypeName, ContributedAttribute, LocalizedText } from '@patron/sdk';
import { isUuid } from '../../common/ids.js';
import { ATTRIBUTE_KEY } from '../../common/keys.js';
import { isBlank } from '../../common/text.js';
import type { PreparedPool } from '../../db/prepared-pool.js';
import { workspaceEm } from '../../db/workspace-scope.js';
import { badField, badInput, type FieldProblem, fieldProblem, refusal } from '../../graphql/errors.js';
import { fieldsChanged } from '../customer-search/field-cache.js';
import { ensureFilterStatistics } from '../customer-search/filter-statistics.js';
import { ensureAnniversaryIndex, ensureSortIndex } from '../customer-search/sort-index.js';
import { type AttributeChoice, AttributeDefinition } from './attribute-definition.entity.js';
import type { OfferedFormat } from './attribute-formats.js';
import { AttributeGroup } from './attribute-group.entity.js';
import { type CheckOptions, checkStoredValues, type StoredValuesCheck } from './stored-values-check.js';
import { DEFAULT_GROUPS, SYSTEM_ATTRIBUTES } from './system-attributes.js';
import { ATTRIBUTE_TYPES, type FormatRegistry, normalizeValue, type ValueRule } from './values/index.js';

const CHOICE_TYPES = new Set<AttributeTypeName>(['SINGLE_CHOICE', 'MULTIPLE_CHOICE']);
const CHOICE_VALUE = /^[a-zA-Z0-9_-]{1,64}$/;

export interface AttributeDefinitionInput {
  key?: string;
  label?: LocalizedText;
  type?: AttributeTypeName;
  required?: boolean;
  unique?: boolean;
  defaultValue?: unknown;
  helpText?: LocalizedText | null;
  group?: string;
  shownInList?: boolean;
  filterable?: boolean;
  choices?: AttributeChoice[];
  /** A format's key; null or '' removes the format. */
  format?: string | null;
}

/** What checking an attribute's values needs to know of its definition. */
interface Draft {
  type: AttributeTypeName;
  choices: AttributeChoice[];
  format: string | null;
}

/** The registry of attribute definitions that drives forms, card, list, filters, import and export. */
export class AttributeService {
  constructor(
    private readonly orm: MikroORM,
    /** Reads of many customers (checking stored values) without the ORM's cost per row. */
    private readonly sql: PreparedPool,
    /** Attributes that enabled modules bring; every workspace gets them. */
    private readonly contributed: ContributedAttribute[] = [],
    /** Formats that enabled modules provide, offered for attributes of their base type. */
    readonly offered: readonly OfferedFormat[] = [],
  ) {
    this.formats = new Map(offered.map((o) => [o.format.key, o.format]));
  }

  /** The formats of enabled modules by key: every write of a customer's values checks through them. */
  readonly formats: FormatRegistry;

  /** True when the definition names a format no enabled module provides: its values are checked as the type alone. */
  formatMissing(def: Pick<AttributeDefinition, 'format'>): boolean {
    return def.format != null && !this.formats.has(def.format);
  }

  async list(workspaceId: string, includeRetired = false): Promise<AttributeDefinition[]> {
    const em = workspaceEm(this.orm, workspaceId);
    const [groups, definitions] = await Promise.all([
      em.find(AttributeGroup, {}),
      em.find(AttributeDefinition, includeRetired ? {} : { retiredAt: null }, {
        orderBy: { position: 'asc' },
      }),
    ]);
    const groupPosition = new Map(groups.map((g) => [g.key, g.position]));
    const rank = (d: AttributeDefinition) => groupPosition.get(d.groupKey) ?? Number.MAX_SAFE_INTEGER;
    return definitions.sort((a, b) => rank(a) - rank(b) || a.position - b.position);
  }

  /** Every definition, retired ones included, unordered: what validating a customer write needs. */
  async definitions(workspaceId: string): Promise<AttributeDefinition[]> {
    return workspaceEm(this.orm, workspaceId).find(AttributeDefinition, {});
  }

  async groups(workspaceId: string): Promise<AttributeGroup[]> {
    return workspaceEm(this.orm, workspaceId).find(AttributeGroup, {}, { orderBy: { position: 'asc' } });
  }

  async createGroup(workspaceId: string, key: string, label: LocalizedText): Promise<AttributeGroup> {
    const problems: FieldProblem[] = [];
    if (!ATTRIBUTE_KEY.test(key)) problems.push(fieldProblem(['key'], 'ATTRIBUTE_GROUP_KEY_FORMAT'));
    if (!hasAnyLabel(label)) problems.push(fieldProblem(['label'], 'LABEL_IN_ONE_LANGUAGE'));
    if (problems.length) throw badInput(problems);
    const em = workspaceEm(this.orm, workspaceId);
    if (await em.count(AttributeGroup, { key })) throw badField(['key'], 'ATTRIBUTE_GROUP_TAKEN', { key });
    const position = (await em.count(AttributeGroup, {})) + 1;
    const group = em.create(AttributeGroup, { workspaceId, key, label, position });
    await em.flush();
    fieldsChanged(workspaceId);
    return group;
  }

  async create(workspaceId: string, input: AttributeDefinitionInput): Promise<AttributeDefinition> {
    const em = workspaceEm(this.orm, workspaceId);
    const problems: FieldProblem[] = [];
    const key = input.key ?? '';
    if (!ATTRIBUTE_KEY.test(key)) {
      problems.push(fieldProblem(['input', 'key'], 'ATTRIBUTE_KEY_FORMAT'));
    } else if (await em.count(AttributeDefinition, { key })) {
      problems.push(fieldProblem(['input', 'key'], 'ATTRIBUTE_KEY_TAKEN', { key }));
    }
    if (!input.type || !(ATTRIBUTE_TYPES as readonly string[]).includes(input.type)) {
      problems.push(fieldProblem(['input', 'type'], 'ATTRIBUTE_TYPE_UNKNOWN'));
    }
    const draft = {
      key,
      type: input.type ?? 'TEXT',
      label: input.label ?? {},
      choices: input.choices ?? [],
      required: input.required ?? false,
      format: input.format || null,
    };
    problems.push(...(await this.checkCommon(em, draft, input, null)));
    if (problems.length) throw badInput(problems);

    const position = (await em.count(AttributeDefinition, { groupKey: input.group })) + 1;
    const def = em.create(AttributeDefinition, {
      workspaceId,
      key,
      label: draft.label,
      type: draft.type,
      system: false,
      required: draft.required,
      unique: input.unique ?? false,
      defaultValue: this.normalizedDefault(draft, input.defaultValue),
      helpText: input.helpText ?? null,
      groupKey: input.group ?? 'main',
      position,
      shownInList: input.shownInList ?? false,
      filterable: input.filterable ?? true,
      retiredAt: null,
      choices: draft.choices,
      format: draft.format,
    });
    await em.flush();
    fieldsChanged(workspaceId);
    if (!['MULTIPLE_CHOICE', 'LONG_TEXT', 'ADDRESS'].includes(def.type)) await ensureSortIndex(this.orm, key);
    if (def.type === 'DATE') await ensureAnniversaryIndex(this.orm, key);
    if (def.filterable) await ensureFilterStatistics(this.orm, [def]);
    return def;
  }

  async update(
    workspaceId: string,
    id: string,
    input: AttributeDefinitionInput,
  ): Promise<AttributeDefinition> {
    const em = workspaceEm(this.orm, workspaceId);
    const def = await this.find(em, id);
    const draft = {
      key: def.key,
      type: def.type,
      label: input.label ?? def.label,
      choices: input.choices ?? def.choices,
      required: input.required ?? def.required,
      format: input.format === undefined ? (def.format ?? null) : input.format || null,
    };
    const problems = await this.checkCommon(em, draft, input, def.format ?? null);
    if (def.system && input.choices && def.type !== 'SINGLE_CHOICE' && def.type !== 'MULTIPLE_CHOICE') {
      problems.push(fieldProblem(['input', 'choices'], 'CHOICES_NOT_ALLOWED'));
    }
    if (problems.length) throw badInput(problems);

    def.label = draft.label;
    def.choices = draft.choices;
    def.required = draft.required;
    // Values stored before a format changes stay as they are (rewriting them would write history for
    // every customer); each is checked by the new one when next written. checkValues says which fail.
    def.format = draft.format;
    if (input.unique !== undefined) def.unique = input.unique;
    if (input.defaultValue !== undefined)
      def.defaultValue = this.normalizedDefault(draft, input.defaultValue);
    if (input.helpText !== undefined) def.helpText = input.helpText;
    if (input.shownInList !== undefined) def.shownInList = input.shownInList;
    if (input.filterable !== undefined) def.filterable = input.filterable;
    if (input.group !== undefined && input.group !== def.groupKey) {
      def.groupKey = input.group;
      def.position = (await em.count(AttributeDefinition, { groupKey: input.group })) + 1;
    }
    await em.flush();
    fieldsChanged(workspaceId);
    if (input.filterable) await ensureFilterStatistics(this.orm, [def]);
    return def;
  }

  /**
   * What a format says of an attribute's stored values: how many fit, which do not and how many it
   * would write differently. `format`: the one about to be chosen; without it, the attribute's own.
   */
  async checkValues(
    workspaceId: string,
    id: string,
    format: string | null | undefined,
    options?: CheckOptions,
  ): Promise<StoredValuesCheck & { format: string }> {
    const { rule } = await this.valueRule(workspaceId, id, format);
    return {
      format: rule.format,
      ...(await checkStoredValues(this.sql, workspaceId, rule, this.formats, options)),
    };
  }

  /**
   * The rule an attribute's stored values are checked by, with `format` (or the attribute's own): the
   * check and the values report both start here, so both refuse alike.
   */
  async valueRule(
    workspaceId: string,
    id: string,
    format: string | null | undefined,
  ): Promise<{ rule: ValueRule & { format: string }; definition: AttributeDefinition }> {
    const def = await this.find(workspaceEm(this.orm, workspaceId), id);
    const key = format || def.format;
    if (!key) throw badField(['format'], 'ATTRIBUTE_FORMAT_NONE', { key: def.key });
    const chosen = this.formats.get(key);
    if (!chosen) throw badField(['format'], 'ATTRIBUTE_FORMAT_UNKNOWN', { format: key });
    if (chosen.base !== def.type)
      throw badField(['format'], 'ATTRIBUTE_FORMAT_TYPE', { format: key, base: chosen.base });
    return {
      rule: { key: def.key, type: def.type, required: false, choices: def.choices, format: key },
      definition: def,
    };
  }

  async reorder(workspaceId: string, ids: string[]): Promise<AttributeDefinition[]> {
    const em = workspaceEm(this.orm, workspaceId);
    if (new Set(ids).size !== ids.length) throw badField(['ids'], 'REORDER_REPEATED');
    if (!ids.every(isUuid)) throw refusal('ATTRIBUTE_NOT_FOUND');
    const defs = await em.find(AttributeDefinition, { id: { $in: ids } });
    if (defs.length !== ids.length) throw refusal('ATTRIBUTE_NOT_FOUND');
    if (new Set(defs.map((d) => d.groupKey)).size > 1) {
      throw badField(['ids'], 'REORDER_ONE_GROUP');
    }
    const byId = new Map(defs.map((d) => [d.id, d]));
    ids.forEach((id, index) => {
      const def = byId.get(id);
      if (def) def.position = index + 1;
    });
    await em.flush();
    fieldsChanged(workspaceId);
    return ids.map((id) => byId.get(id)).filter((d): d is AttributeDefinition => Boolean(d));
  }

  async setRetired(workspaceId: string, id: string, retired: boolean): Promise<AttributeDefinition> {
    const em = workspaceEm(this.orm, workspaceId);
    const def = await this.find(em, id);
    if (def.system && retired) throw badField(['id'], 'SYSTEM_ATTRIBUTE_RETIRE');
    def.retiredAt = retired ? (def.retiredAt ?? new Date()) : null;
    await em.flush();
    fieldsChanged(workspaceId);
    return def;
  }

  /** Creates the default groups and system attributes of a new workspace. */
  async seedWorkspace(em: EntityManager, workspaceId: string): Promise<void> {
    DEFAULT_GROUPS.forEach((g, i) => {
      em.create(AttributeGroup, { workspaceId, key: g.key, label: g.label, position: i + 1 });
    });
    this.addMissing(em, workspaceId, SYSTEM_ATTRIBUTES, new Set(), true);
    this.addMissing(em, workspaceId, this.contributed, new Set(SYSTEM_ATTRIBUTES.map((a) => a.key)), false);
  }

  /**
   * Makes sure every system attribute (a newer version may add some) and every attribute a module
   * contributes exists in every workspace.
   */
  async ensureContributed(): Promise<void> {
    const attributes = this.contributed;
    const wanted = [...SYSTEM_ATTRIBUTES, ...attributes].map((a) => a.key);
    // One query finds the workspaces that lack something; a start with nothing new writes nothing.
    const rows = await this.orm.em.getConnection().execute<{ id: string; keys: string[] }[]>(
      `select w.id, coalesce(array_agg(d.key) filter (where d.key is not null), '{}') as keys
         from workspace w left join attribute_definition d on d.workspace_id = w.id group by w.id`,
    );
    for (const { id, keys } of rows) {
      const existing = new Set(keys);
      if (wanted.every((key) => existing.has(key))) continue;
      const scoped = workspaceEm(this.orm, id);
      this.addMissing(scoped, id, SYSTEM_ATTRIBUTES, existing, true);
      this.addMissing(
        scoped,
        id,
        attributes,
        new Set([...existing, ...SYSTEM_ATTRIBUTES.map((a) => a.key)]),
        false,
      );
      await scoped.flush();
    }
  }

  /** Planner statistics for every filterable attribute of every workspace (see filter-statistics.ts). */
  async ensureStatistics(): Promise<number> {
    const defs = await this.orm.em
      .getConnection()
      .execute<{ key: string; type: AttributeTypeName }[]>(
        'select distinct key, type from attribute_definition where filterable and retired_at is null',
      );
    // Attributes defined before anniversaries had an index get theirs here (a no-op once it exists).
    for (const def of defs) if (def.type === 'DATE') await ensureAnniversaryIndex(this.orm, def.key);
    return ensureFilterStatistics(this.orm, defs);
  }

  private addMissing(
    em: EntityManager,
    workspaceId: string,
    attributes: (ContributedAttribute & { unique?: boolean; required?: boolean })[],
    existing: Set<string>,
    system: boolean,
  ): void {
    const positions = new Map<string, number>();
    for (const a of attributes) {
      if (existing.has(a.key)) continue;
      const position = (positions.get(a.group) ?? 100 * Number(!system)) + 1;
      positions.set(a.group, position);
      em.create(AttributeDefinition, {
        workspaceId,
        key: a.key,
        label: a.label,
        type: a.type,
        system,
        required: a.required ?? false,
        unique: a.unique ?? false,
        defaultValue: null,
        helpText: null,
        groupKey: a.group,
        position,
        shownInList: a.shownInList ?? false,
        filterable: true,
        retiredAt: null,
        choices: a.choices ?? [],
        format: null,
      });
    }
  }

  private async find(em: EntityManager, id: string): Promise<AttributeDefinition> {
    const def = isUuid(id) ? await em.findOne(AttributeDefinition, { id }) : null;
    if (!def) throw refusal('ATTRIBUTE_NOT_FOUND');
    return def;
  }

  /** `storedFormat`: the definition's format before this change, which may stay though its module is gone. */
  private async checkCommon(
    em: EntityManager,
    draft: Draft & { label: LocalizedText },
    input: AttributeDefinitionInput,
    storedFormat: string | null,
  ): Promise<FieldProblem[]> {
    const problems: FieldProblem[] = [];
    if (draft.format !== null && draft.format !== storedFormat) {
      const format = this.formats.get(draft.format);
      if (!format) {
        problems.push(
          fieldProblem(['input', 'format'], 'ATTRIBUTE_FORMAT_UNKNOWN', { format: draft.format }),
        );
      } else if (format.base !== draft.type) {
        problems.push(
          fieldProblem(['input', 'format'], 'ATTRIBUTE_FORMAT_TYPE', {
            format: draft.format,
            base: format.base,
          }),
        );
      }
    }
    if (!hasAnyLabel(draft.label)) {
      problems.push(fieldProblem(['input', 'label'], 'LABEL_IN_ONE_LANGUAGE'));
    }
    if (input.group !== undefined && !(await em.count(AttributeGroup, { key: input.group }))) {
      problems.push(fieldProblem(['input', 'group'], 'ATTRIBUTE_GROUP_UNKNOWN', { group: input.group }));
    }
    if (CHOICE_TYPES.has(draft.type)) {
      if (draft.choices.length === 0) problems.push(fieldProblem(['input', 'choices'], 'CHOICES_REQUIRED'));
      const seen = new Set<string>();
      draft.choices.forEach((c, i) => {
        if (!CHOICE_VALUE.test(c.value)) {
          problems.push(fieldProblem(['input', 'choices', i, 'value'], 'CHOICE_VALUE_FORMAT'));
        } else if (seen.has(c.value)) {
          problems.push(
            fieldProblem(['input', 'choices', i, 'value'], 'CHOICE_REPEATED', { value: c.value }),
          );
        }
        seen.add(c.value);
      });
    } else if (input.choices && input.choices.length > 0) {
      problems.push(fieldProblem(['input', 'choices'], 'CHOICES_NOT_ALLOWED'));
    }
    if (input.defaultValue !== undefined && input.defaultValue !== null) {
      const result = this.normalizeDefault(draft, input.defaultValue);
      if (!result.ok) problems.push({ ...result.problem, path: ['input', 'defaultValue'] });
    }
    return problems;
  }

  private normalizedDefault(draft: Draft, value: unknown): unknown {
    if (value === undefined || value === null) return null;
    const result = this.normalizeDefault(draft, value);
    return result.ok ? result.value : null;
  }

  private normalizeDefault(draft: Draft, value: unknown) {
    return normalizeValue(
      {
        key: 'defaultValue',
        type: draft.type,
        required: false,
        choices: draft.choices,
        format: draft.format,
      },
      value,
      { formats: this.formats },
    );
  }
}

function hasAnyLabel(label: LocalizedText): boolean {
  return [label.en, label.ru, label.fa].some((l) => typeof l === 'string' && !isBlank(l));
}
