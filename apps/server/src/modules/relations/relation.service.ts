import type { Actor, LocalizedText } from '@patron/sdk';
import { isUuid } from '../../common/ids.js';
import { CONFIG_KEY } from '../../common/keys.js';
import { cleanName, nameProblems } from '../../common/localized-name.js';
import { violates } from '../../db/pg-errors.js';
import type { PreparedPool, Run } from '../../db/prepared-pool.js';
import { badField, badInput, type FieldProblem, fieldProblem, refusal } from '../../graphql/errors.js';
import type { CustomerSnapshot } from '../customers/customer-snapshot.js';
import { displayName } from '../customers/customer-values.js';
import { recordHistory } from '../history/history.service.js';
import { RELATION_HISTORY } from './relation-history.js';
import { type RelationTypeDef, SHIPPED_RELATION_TYPES } from './shipped-types.js';

export interface RelationTypeInput {
  key?: string | null;
  name: LocalizedText;
  inverseName?: LocalizedText | null;
}

export interface AddRelationInput {
  customerId: string;
  relatedCustomerId: string;
  typeKey: string;
  /** The related customer is the type's inverse name to the customer (the other side of a two-sided type). */
  inverse?: boolean | null;
}

export interface RelatedCustomer extends CustomerSnapshot {
  tags: string[];
  number: number;
  mainCustomerId: string | null;
}

/** A relation as one of its two customers sees it. */
export interface CustomerRelation {
  id: string;
  type: RelationTypeDef;
  /** What the related customer is to this one. */
  label: LocalizedText;
  related: RelatedCustomer;
  createdAt: Date;
}

interface RelationRow {
  id: string;
  type_key: string;
  customer_id: string;
  related_id: string;
  created_at: Date;
}

const RELATED_COLUMNS = `o.id, o.workspace_id, o.status, o.attributes, o.tags, o.number, o.main_customer_id,
  o.created_at, o.updated_at`;

/**
 * Typed links between two customers of a workspace, shown from both sides. A row (customer, related,
 * type) says the related customer is the type's name to the customer, and the customer is its
 * inverse name (the same name for a symmetric type) to the related one. Adding or removing one
 * writes a history event on both customers in the same transaction.
 */
export class RelationService {
  constructor(
    private readonly sql: PreparedPool,
    private readonly afterCommit: () => void,
  ) {}

  /** The shipped types, then the workspace's own in the order they were added. */
  async types(workspaceId: string, run: Run = this.sql.query): Promise<RelationTypeDef[]> {
    const own = await run<{ key: string; name: LocalizedText; inverse_name: LocalizedText | null }>(
      'select key, name, inverse_name from relation_type where workspace_id = ? order by created_at, key',
      [workspaceId],
    );
    return [
      ...SHIPPED_RELATION_TYPES,
      ...own.map((t) => ({ key: t.key, name: t.name, inverseName: t.inverse_name, shipped: false })),
    ];
  }

  async relationCounts(workspaceId: string): Promise<Map<string, number>> {
    const rows = await this.sql.query<{ type_key: string; n: string }>(
      'select type_key, count(*) as n from customer_relation where workspace_id = ? group by type_key',
      [workspaceId],
    );
    return new Map(rows.map((r) => [r.type_key, Number(r.n)]));
  }

  async createType(workspaceId: string, input: RelationTypeInput): Promise<RelationTypeDef> {
    const key = input.key ?? '';
    const problems: FieldProblem[] = [];
    if (!CONFIG_KEY.test(key)) problems.push(fieldProblem(['input', 'key'], 'KEY_FORMAT'));
    else if (SHIPPED_RELATION_TYPES.some((t) => t.key === key))
      problems.push(fieldProblem(['input', 'key'], 'RELATION_TYPE_KEY_TAKEN'));
    const { name, inverseName } = checkedNames(input, problems);
    if (problems.length) throw badInput(problems);
    try {
      await this.sql.query(
        'insert into relation_type (workspace_id, key, name, inverse_name) values (?, ?, ?::jsonb, ?::jsonb)',
        [workspaceId, key, JSON.stringify(name), inverseName && JSON.stringify(inverseName)],
      );
    } catch (error) {
      if (violates(error, '23505', 'relation_type_workspace_id_key_key'))
        throw badField(['input', 'key'], 'RELATION_TYPE_KEY_TAKEN');
      throw error;
    }
    return { key, name, inverseName, shipped: false };
  }

  async updateType(workspaceId: string, key: string, input: RelationTypeInput): Promise<RelationTypeDef> {
    if (SHIPPED_RELATION_TYPES.some((t) => t.key === key)) throw badField(['key'], 'RELATION_TYPE_SHIPPED');
    const problems: FieldProblem[] = [];
    const { name, inverseName } = checkedNames(input, problems);
    if (problems.length) throw badInput(problems);
    const updated = await this.sql.query(
      'update relation_type set name = ?::jsonb, inverse_name = ?::jsonb where workspace_id = ? and key = ? returning key',
      [JSON.stringify(name), inverseName && JSON.stringify(inverseName), workspaceId, key],
    );
    if (!updated.length) throw refusal('RELATION_TYPE_NOT_FOUND');
    return { key, name, inverseName, shipped: false };
  }

  /** Deletes a type of the workspace's own that no relation uses. */
  async deleteType(workspaceId: string, key: string): Promise<string> {
    if (SHIPPED_RELATION_TYPES.some((t) => t.key === key)) throw badField(['key'], 'RELATION_TYPE_SHIPPED');
    await this.sql.transaction(async (run) => {
      const [type] = await run<{ id: string }>(
        'select id from relation_type where workspace_id = ? and key = ? for update',
        [workspaceId, key],
      );
      if (!type) throw refusal('RELATION_TYPE_NOT_FOUND');
      const [used] = await run<{ n: string }>(
        'select count(*) as n from customer_relation where workspace_id = ? and type_key = ?',
        [workspaceId, key],
      );
      if (Number(used?.n ?? 0) > 0) throw refusal('RELATION_TYPE_IN_USE', { count: Number(used?.n) });
      await run('delete from relation_type where workspace_id = ? and id = ?', [workspaceId, type.id]);
    });
    return key;
  }

  /** The relations of a customer with live customers, from its side, oldest first. */
  async ofCustomer(workspaceId: string, customerId: string): Promise<CustomerRelation[]> {
    if (!isUuid(customerId)) return [];
    const rows = await this.sql.query<RelationRow & Record<string, unknown>>(
      `select r.id as relation_id, r.type_key, r.customer_id, r.related_id, r.created_at as relation_created_at,
              ${RELATED_COLUMNS}
         from customer_relation r
         join customer o on o.workspace_id = r.workspace_id and o.deleted_at is null
          and o.id = case when r.customer_id = ? then r.related_id else r.customer_id end
        where r.workspace_id = ? and (r.customer_id = ? or r.related_id = ?)
        order by r.created_at, r.id`,
      [customerId, workspaceId, customerId, customerId],
    );
    const types = new Map((await this.types(workspaceId)).map((t) => [t.key, t]));
    return rows.flatMap((row) => {
      const type = types.get(row.type_key);
      if (!type) return [];
      const seenFromCustomerSide = row.customer_id === customerId;
      return [
        {
          id: row.relation_id as string,
          type,
          label: seenFromCustomerSide ? type.name : (type.inverseName ?? type.name),
          related: relatedCustomer(row),
          createdAt: row.relation_created_at as Date,
        },
      ];
    });
  }

  async add(workspaceId: string, actor: Actor, input: AddRelationInput): Promise<string> {
    const { customerId, relatedCustomerId, typeKey } = input;
    if (customerId === relatedCustomerId) throw badField(['input', 'relatedCustomerId'], 'RELATION_SELF');
    const id = await this.sql.transaction(async (run) => {
      const customers = await this.liveCustomers(run, workspaceId, [customerId, relatedCustomerId]);
      for (const [field, id] of [
        ['customerId', customerId],
        ['relatedCustomerId', relatedCustomerId],
      ] as const)
        if (!customers.has(id)) throw badField(['input', field], 'RELATION_CUSTOMER_UNKNOWN');
      const type = await this.lockedType(run, workspaceId, typeKey);
      // The row always says "related is the type's name to customer"; the other side is stored swapped.
      const [from, to] =
        input.inverse && type.inverseName ? [relatedCustomerId, customerId] : [customerId, relatedCustomerId];
      let inserted: { id: string } | undefined;
      try {
        [inserted] = await run<{ id: string }>(
          `insert into customer_relation (workspace_id, type_key, customer_id, related_id)
           values (?, ?, ?, ?) returning id`,
          [workspaceId, type.key, from, to],
        );
      } catch (error) {
        if (violates(error, '23505', 'customer_relation_pair'))
          throw badField(['input', 'relatedCustomerId'], 'RELATION_EXISTS');
        throw error;
      }
      await this.recordBoth(run, workspaceId, actor, 'added', type, from, to, customers);
      return inserted?.id as string;
    });
    this.afterCommit();
    return id;
  }

  async remove(workspaceId: string, actor: Actor, relationId: string): Promise<string> {
    await this.sql.transaction(async (run) => {
      const [row] = isUuid(relationId)
        ? await run<RelationRow>(
            'delete from customer_relation where workspace_id = ? and id = ? returning type_key, customer_id, related_id',
            [workspaceId, relationId],
          )
        : [];
      if (!row) throw refusal('RELATION_NOT_FOUND');
      const types = await this.types(workspaceId, run);
      const type = types.find((t) => t.key === row.type_key);
      const customers = await this.names(run, workspaceId, [row.customer_id, row.related_id]);
      if (type)
        await this.recordBoth(
          run,
          workspaceId,
          actor,
          'removed',
          type,
          row.customer_id,
          row.related_id,
          customers,
        );
    });
    this.afterCommit();
    return relationId;
  }

  /** One event on each customer, naming the other and what the other is to them. */
  private async recordBoth(
    run: Run,
    workspaceId: string,
    actor: Actor,
    what: 'added' | 'removed',
    type: RelationTypeDef,
    customerId: string,
    relatedId: string,
    names: Map<string, string>,
  ): Promise<void> {
    const sides = [
      { of: customerId, other: relatedId, label: type.name },
      { of: relatedId, other: customerId, label: type.inverseName ?? type.name },
    ];
    for (const side of sides) {
      const value = {
        type: type.key,
        label: side.label,
        customerId: side.other,
        name: names.get(side.other) ?? '',
      };
      await recordHistory(run, workspaceId, side.of, RELATION_HISTORY[what], actor, [
        {
          key: 'relation',
          oldValue: what === 'added' ? null : value,
          newValue: what === 'added' ? value : null,
        },
      ]);
    }
  }

  private async liveCustomers(run: Run, workspaceId: string, ids: string[]): Promise<Map<string, string>> {
    const valid = ids.filter(isUuid);
    if (!valid.length) return new Map();
    const rows = await run<{ id: string; attributes: Record<string, unknown> }>(
      `select id, attributes from customer where workspace_id = ? and id in (?, ?) and deleted_at is null
        order by id for share`,
      [workspaceId, valid[0], valid[1] ?? valid[0]],
    );
    return new Map(rows.map((r) => [r.id, displayName(r.attributes)]));
  }

  private async names(run: Run, workspaceId: string, ids: string[]): Promise<Map<string, string>> {
    const rows = await run<{ id: string; attributes: Record<string, unknown> }>(
      'select id, attributes from customer where workspace_id = ? and id in (?, ?)',
      [workspaceId, ids[0], ids[1]],
    );
    return new Map(rows.map((r) => [r.id, displayName(r.attributes)]));
  }

  /** The type by key; a workspace type stays locked until the transaction ends, so it cannot be deleted meanwhile. */
  private async lockedType(run: Run, workspaceId: string, key: string): Promise<RelationTypeDef> {
    const shipped = SHIPPED_RELATION_TYPES.find((t) => t.key === key);
    if (shipped) return shipped;
    const [own] = await run<{ key: string; name: LocalizedText; inverse_name: LocalizedText | null }>(
      'select key, name, inverse_name from relation_type where workspace_id = ? and key = ? for share',
      [workspaceId, key],
    );
    if (!own) throw badField(['input', 'typeKey'], 'RELATION_TYPE_UNKNOWN', { key: JSON.stringify(key) });
    return { key: own.key, name: own.name, inverseName: own.inverse_name, shipped: false };
  }
}

function checkedNames(
  input: RelationTypeInput,
  problems: FieldProblem[],
): { name: LocalizedText; inverseName: LocalizedText | null } {
  const name = cleanName(input.name ?? {});
  problems.push(...nameProblems(name, ['input', 'name']));
  const inverse = input.inverseName ? cleanName(input.inverseName) : null;
  const inverseName = inverse && (inverse.en || inverse.ru || inverse.fa) ? inverse : null;
  if (inverseName) problems.push(...nameProblems(inverseName, ['input', 'inverseName']));
  return { name, inverseName };
}

function relatedCustomer(row: Record<string, unknown>): RelatedCustomer {
  return {
    id: row.id as string,
    workspaceId: row.workspace_id as string,
    status: row.status as 'ACTIVE' | 'INACTIVE',
    attributes: row.attributes as Record<string, unknown>,
    tags: row.tags as string[],
    number: row.number as number,
    mainCustomerId: (row.main_customer_id as string | null) ?? null,
    createdAt: row.created_at as Date,
    updatedAt: row.updated_at as Date,
  };
}
