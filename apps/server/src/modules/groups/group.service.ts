import { UniqueConstraintViolationException } from '@mikro-orm/core';
import type { EntityManager, MikroORM } from '@mikro-orm/postgresql';
import type { Actor } from '@patron/sdk';
import { isUuid } from '../../common/ids.js';
import { visibleText } from '../../common/text.js';
import { workspaceEm } from '../../db/workspace-scope.js';
import { badField, badInput, type FieldProblem, fieldProblem, refusal } from '../../graphql/errors.js';
import type { SqlFragment } from '../customer-search/compile-filter.js';
import type {
  CustomerQuery,
  CustomerSearchService,
  Viewer,
} from '../customer-search/customer-search.service.js';
import { fieldsChanged } from '../customer-search/field-cache.js';
import { CustomerGroup } from './group.entity.js';
import { GROUPS_CHANGED } from './group-history.js';

export interface GroupInput {
  name: string;
  description?: string | null;
}

/** Exactly one of: customer ids (at most MAX_LISTED_IDS), or a question (filter, search, segment). */
export interface MemberSelection extends CustomerQuery {
  ids?: string[] | null;
}

export const MAX_LISTED_IDS = 1000;
export const GROUP_NAME_MAX = 80;

/** The names of the customer's groups as the statement found them (before its own change), by name. */
const NAMES_BEFORE = `cross join lateral (select array(
    select g.name from customer_group_member m
      join customer_group g on g.workspace_id = m.workspace_id and g.id = m.group_id
     where m.workspace_id = a.workspace_id and m.customer_id = a.customer_id order by lower(g.name)) as names) b`;

/**
 * Manual groups. Membership changes are set-based: one statement adds or removes every selected
 * customer and writes each one's GROUPS_CHANGED history row (and outbox event) with history_record,
 * so a change and its history commit together.
 */
export class GroupService {
  constructor(
    private readonly orm: MikroORM,
    private readonly customerSearch: CustomerSearchService,
    private readonly afterCommit: () => void,
  ) {}

  async list(workspaceId: string): Promise<CustomerGroup[]> {
    const groups = await workspaceEm(this.orm, workspaceId).find(CustomerGroup, {});
    return groups.sort((a, b) => a.name.localeCompare(b.name));
  }

  async get(
    workspaceId: string,
    id: string,
    path: (string | number)[] | null = null,
  ): Promise<CustomerGroup> {
    const group = isUuid(id) ? await workspaceEm(this.orm, workspaceId).findOne(CustomerGroup, { id }) : null;
    if (!group) throw path ? badField(path, 'GROUP_UNKNOWN') : refusal('GROUP_NOT_FOUND');
    return group;
  }

  /** Live members per group. */
  async memberCounts(workspaceId: string): Promise<Map<string, number>> {
    const rows = await this.orm.em.getConnection().execute<{ group_id: string; n: string }[]>(
      `select m.group_id, count(*) as n from customer_group_member m
         join customer c on c.workspace_id = m.workspace_id and c.id = m.customer_id and c.deleted_at is null
        where m.workspace_id = ? group by m.group_id`,
      [workspaceId],
    );
    return new Map(rows.map((r) => [r.group_id, Number(r.n)]));
  }

  /** The groups of each customer, by name. */
  async ofCustomers(workspaceId: string, customerIds: string[]): Promise<Map<string, CustomerGroup[]>> {
    const groups = new Map((await this.list(workspaceId)).map((g) => [g.id, g]));
    const rows = await this.orm.em.getConnection().execute<{ customer_id: string; group_id: string }[]>(
      `select customer_id, group_id from customer_group_member
        where workspace_id = ? and customer_id in (select jsonb_array_elements_text(?::jsonb)::uuid)`,
      [workspaceId, JSON.stringify(customerIds.filter(isUuid))],
    );
    const out = new Map<string, CustomerGroup[]>(customerIds.map((id) => [id, []]));
    for (const r of rows) {
      const group = groups.get(r.group_id);
      if (group) out.get(r.customer_id)?.push(group);
    }
    for (const list of out.values()) list.sort((a, b) => a.name.localeCompare(b.name));
    return out;
  }

  async create(workspaceId: string, input: GroupInput): Promise<CustomerGroup> {
    const value = checked(input);
    return this.save(workspaceId, async (em) =>
      em.create(CustomerGroup, { workspaceId, ...value, createdAt: new Date() }),
    );
  }

  /** Renaming shows in history from then on; past events keep the old name. */
  async update(workspaceId: string, id: string, input: GroupInput): Promise<CustomerGroup> {
    const value = checked(input);
    return this.save(workspaceId, async (em) => {
      const group = isUuid(id) ? await em.findOne(CustomerGroup, { id }) : null;
      if (!group) throw refusal('GROUP_NOT_FOUND');
      Object.assign(group, value);
      return group;
    });
  }

  /** Takes every member out (each in their history), then deletes the group; one transaction. */
  async delete(workspaceId: string, actor: Actor, id: string): Promise<string> {
    let changed = 0;
    await workspaceEm(this.orm, workspaceId).transactional(async (em) => {
      const group = isUuid(id) ? await em.findOne(CustomerGroup, { id }) : null;
      if (!group) throw refusal('GROUP_NOT_FOUND');
      changed = await this.removeWhere(em, workspaceId, actor, group, {
        sql: 'c.workspace_id = ?',
        params: [workspaceId],
      });
      em.remove(group);
    });
    fieldsChanged(workspaceId);
    if (changed) this.afterCommit();
    return id;
  }

  /** Adds the selected live customers; those already in the group are left as they are. */
  async add(viewer: Viewer, actor: Actor, groupId: string, selection: MemberSelection): Promise<number> {
    const group = await this.get(viewer.workspaceId, groupId, ['groupId']);
    const where = await this.selectionWhere(viewer, selection);
    const rows = await workspaceEm(this.orm, viewer.workspaceId).transactional(async (em) =>
      execute<unknown[]>(
        em,
        `with added as (
           insert into customer_group_member (group_id, customer_id, workspace_id)
           select ?::uuid, c.id, c.workspace_id from customer c where ${where.sql}
           on conflict do nothing returning workspace_id, customer_id)
         select history_record(?::uuid, a.customer_id, '${GROUPS_CHANGED.type}', ?, ?, ?, ?,
             jsonb_build_array(jsonb_build_object('key', 'groups', 'oldValue', to_jsonb(b.names),
               'newValue', to_jsonb(array(select n from unnest(b.names || ?::text) n order by lower(n))))),
             now())
           from added a ${NAMES_BEFORE}`,
        [
          group.id,
          ...where.params,
          viewer.workspaceId,
          GROUPS_CHANGED.event,
          actor.kind,
          actor.id,
          actor.name,
          group.name,
        ],
      ),
    );
    if (rows.length) this.afterCommit();
    return rows.length;
  }

  /** Takes the selected customers out of the group; those not in it are left as they are. */
  async remove(viewer: Viewer, actor: Actor, groupId: string, selection: MemberSelection): Promise<number> {
    const group = await this.get(viewer.workspaceId, groupId, ['groupId']);
    const where = await this.selectionWhere(viewer, selection);
    const n = await workspaceEm(this.orm, viewer.workspaceId).transactional((em) =>
      this.removeWhere(em, viewer.workspaceId, actor, group, where),
    );
    if (n) this.afterCommit();
    return n;
  }

  /** The members' WHERE for a balance batch: the group's live customers, row `c`. */
  async membersWhere(workspaceId: string, groupId: string, path: (string | number)[]): Promise<SqlFragment> {
    const group = await this.get(workspaceId, groupId, path);
    return {
      sql:
        'c.workspace_id = ? and c.deleted_at is null and c.id in ' +
        '(select m.customer_id from customer_group_member m where m.workspace_id = ? and m.group_id = ?)',
      params: [workspaceId, workspaceId, group.id],
    };
  }

  private async removeWhere(
    em: EntityManager,
    workspaceId: string,
    actor: Actor,
    group: CustomerGroup,
    where: SqlFragment,
  ): Promise<number> {
    const rows = await execute<unknown[]>(
      em,
      `with removed as (
         delete from customer_group_member m where m.workspace_id = ?::uuid and m.group_id = ?::uuid
            and m.customer_id in (select c.id from customer c where ${where.sql})
         returning m.workspace_id, m.customer_id)
       select history_record(?::uuid, a.customer_id, '${GROUPS_CHANGED.type}', ?, ?, ?, ?,
           jsonb_build_array(jsonb_build_object('key', 'groups', 'oldValue', to_jsonb(b.names),
             'newValue', to_jsonb(array(select n from unnest(b.names) n where n <> ?::text order by lower(n))))),
           now())
         from removed a ${NAMES_BEFORE}`,
      [
        workspaceId,
        group.id,
        ...where.params,
        workspaceId,
        GROUPS_CHANGED.event,
        actor.kind,
        actor.id,
        actor.name,
        group.name,
      ],
    );
    return rows.length;
  }

  private async selectionWhere(viewer: Viewer, selection: MemberSelection): Promise<SqlFragment> {
    const asQuery = Boolean(selection.filter || selection.search?.length || selection.segmentId);
    if ((selection.ids != null) === asQuery) throw badField(['selection'], 'SELECTION_ONE_WAY');
    if (selection.ids != null) {
      const ids = selection.ids;
      if (ids.length === 0) throw badField(['selection', 'ids'], 'SELECTION_IDS_EMPTY');
      if (ids.length > MAX_LISTED_IDS)
        throw badField(['selection', 'ids'], 'SELECTION_IDS_TOO_MANY', { max: MAX_LISTED_IDS });
      const problems: FieldProblem[] = [];
      ids.forEach((id, i) => {
        if (!isUuid(id)) problems.push(fieldProblem(['selection', 'ids', i], 'CUSTOMER_ID_INVALID'));
      });
      if (problems.length) throw badInput(problems);
      return {
        sql: 'c.workspace_id = ? and c.deleted_at is null and c.id in (select jsonb_array_elements_text(?::jsonb)::uuid)',
        params: [viewer.workspaceId, JSON.stringify(ids)],
      };
    }
    return this.customerSearch.where(viewer, selection, new Date(), ['selection']);
  }

  private async save(
    workspaceId: string,
    work: (em: EntityManager) => Promise<CustomerGroup>,
  ): Promise<CustomerGroup> {
    try {
      const group = await workspaceEm(this.orm, workspaceId).transactional(work);
      fieldsChanged(workspaceId);
      return group;
    } catch (error) {
      if (error instanceof UniqueConstraintViolationException)
        throw badField(['input', 'name'], 'GROUP_NAME_TAKEN');
      throw error;
    }
  }
}

function execute<T>(em: EntityManager, sql: string, params: unknown[]): Promise<T> {
  return em.getConnection().execute(sql, params, 'all', em.getTransactionContext()) as unknown as Promise<T>;
}

function checked(input: GroupInput): { name: string; description: string } {
  const name = visibleText(input.name).replace(/\s+/g, ' ');
  const description = (input.description ?? '').trim();
  const problems: FieldProblem[] = [];
  if (name.length < 1 || name.length > GROUP_NAME_MAX)
    problems.push(fieldProblem(['input', 'name'], 'GROUP_NAME_LENGTH', { max: GROUP_NAME_MAX }));
  if (description.length > 1000)
    problems.push(fieldProblem(['input', 'description'], 'TOO_LONG', { max: 1000 }));
  if (problems.length) throw badInput(problems);
  return { name, description };
}
