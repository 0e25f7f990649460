import type { Actor } from '@patron/sdk';
import { isUuid } from '../../common/ids.js';
import { visibleText } from '../../common/text.js';
import { violates } from '../../db/pg-errors.js';
import type { PreparedPool, Run } from '../../db/prepared-pool.js';
import { pgArray } from '../../db/sql-array.js';
import { badField, badInput, type FieldProblem, fieldProblem, refusal } from '../../graphql/errors.js';
import { fieldsChanged } from '../customer-search/field-cache.js';
import { recordHistory } from '../history/history.service.js';
import { CATEGORY_CHANGED } from './category-history.js';

export interface Category {
  id: string;
  name: string;
  color: string;
}

export interface CategoryInput {
  name: string;
  color: string;
}

const COLOR = /^#[0-9a-f]{6}$/;
export const CATEGORY_NAME_MAX = 60;

/**
 * Categories: a workspace's coloured classification, at most one per customer. Changing a customer's
 * category, or deleting a category its customers had, writes CATEGORY_CHANGED (names before and after)
 * in the same transaction.
 */
export class CategoryService {
  constructor(
    private readonly sql: PreparedPool,
    private readonly afterCommit: () => void,
  ) {}

  async list(workspaceId: string): Promise<Category[]> {
    return this.sql.query<Category>(
      'select id, name, color from category where workspace_id = ? order by lower(name), id',
      [workspaceId],
    );
  }

  async customerCounts(workspaceId: string): Promise<Map<string, number>> {
    const rows = await this.sql.query<{ category_id: string; n: string }>(
      `select cc.category_id, count(*) as n from customer_category cc
         join customer c on c.workspace_id = cc.workspace_id and c.id = cc.customer_id and c.deleted_at is null
        where cc.workspace_id = ? group by cc.category_id`,
      [workspaceId],
    );
    return new Map(rows.map((r) => [r.category_id, Number(r.n)]));
  }

  /** The category id of each of these customers that has one. */
  async ofCustomers(workspaceId: string, customerIds: string[]): Promise<Map<string, string>> {
    const rows = await this.sql.query<{ customer_id: string; category_id: string }>(
      'select customer_id, category_id from customer_category where workspace_id = ? and customer_id = any(?::uuid[])',
      [workspaceId, pgArray(customerIds.filter(isUuid))],
    );
    return new Map(rows.map((r) => [r.customer_id, r.category_id]));
  }

  async create(workspaceId: string, input: CategoryInput): Promise<Category> {
    const value = checked(input);
    const [row] = await this.saving(() =>
      this.sql.query<Category>(
        'insert into category (workspace_id, name, color) values (?, ?, ?) returning id, name, color',
        [workspaceId, value.name, value.color],
      ),
    );
    fieldsChanged(workspaceId);
    return row as Category;
  }

  async update(workspaceId: string, id: string, input: CategoryInput): Promise<Category> {
    const value = checked(input);
    const [row] = isUuid(id)
      ? await this.saving(() =>
          this.sql.query<Category>(
            'update category set name = ?, color = ? where workspace_id = ? and id = ? returning id, name, color',
            [value.name, value.color, workspaceId, id],
          ),
        )
      : [];
    if (!row) throw refusal('CATEGORY_NOT_FOUND');
    fieldsChanged(workspaceId);
    return row;
  }

  /** Deletes the category; each customer that had it gets a history event saying so. */
  async delete(workspaceId: string, actor: Actor, id: string): Promise<string> {
    await this.sql.transaction(async (run) => {
      const [category] = isUuid(id)
        ? await run<Category>(
            'select id, name, color from category where workspace_id = ? and id = ? for update',
            [workspaceId, id],
          )
        : [];
      if (!category) throw refusal('CATEGORY_NOT_FOUND');
      const holders = await run<{ customer_id: string }>(
        'delete from customer_category where workspace_id = ? and category_id = ? returning customer_id',
        [workspaceId, id],
      );
      for (const { customer_id } of holders)
        await recordHistory(run, workspaceId, customer_id, CATEGORY_CHANGED, actor, [
          { key: 'category', oldValue: category.name, newValue: null },
        ]);
      await run('delete from category where workspace_id = ? and id = ?', [workspaceId, id]);
    });
    fieldsChanged(workspaceId);
    this.afterCommit();
    return id;
  }

  /** Gives the customer this category (null: none); nothing is written when it already has it. */
  async setForCustomer(
    workspaceId: string,
    actor: Actor,
    customerId: string,
    categoryId: string | null,
  ): Promise<void> {
    const changed = await this.sql.transaction(async (run) => {
      const [customer] = isUuid(customerId)
        ? await run<{ id: string }>(
            'select id from customer where workspace_id = ? and id = ? and deleted_at is null for update',
            [workspaceId, customerId],
          )
        : [];
      if (!customer) throw refusal('CUSTOMER_NOT_FOUND');
      const next = categoryId === null ? null : await this.known(run, workspaceId, categoryId);
      const [before] = await run<Category>(
        `select k.id, k.name, k.color from customer_category cc
           join category k on k.workspace_id = cc.workspace_id and k.id = cc.category_id
          where cc.workspace_id = ? and cc.customer_id = ?`,
        [workspaceId, customerId],
      );
      if ((before?.id ?? null) === (next?.id ?? null)) return false;
      if (next)
        await run(
          `insert into customer_category (workspace_id, customer_id, category_id) values (?, ?, ?)
             on conflict (workspace_id, customer_id) do update set category_id = excluded.category_id`,
          [workspaceId, customerId, next.id],
        );
      else
        await run('delete from customer_category where workspace_id = ? and customer_id = ?', [
          workspaceId,
          customerId,
        ]);
      await recordHistory(run, workspaceId, customerId, CATEGORY_CHANGED, actor, [
        { key: 'category', oldValue: before?.name ?? null, newValue: next?.name ?? null },
      ]);
      return true;
    });
    if (changed) this.afterCommit();
  }

  private async known(run: Run, workspaceId: string, id: string): Promise<Category> {
    const [row] = isUuid(id)
      ? await run<Category>('select id, name, color from category where workspace_id = ? and id = ?', [
          workspaceId,
          id,
        ])
      : [];
    if (!row) throw badField(['categoryId'], 'CATEGORY_UNKNOWN');
    return row;
  }

  private async saving<T>(write: () => Promise<T>): Promise<T> {
    try {
      return await write();
    } catch (error) {
      if (violates(error, '23505', 'category_name_unique'))
        throw badField(['input', 'name'], 'CATEGORY_NAME_TAKEN');
      throw error;
    }
  }
}

function checked(input: CategoryInput): CategoryInput {
  const name = visibleText(input.name).replace(/\s+/g, ' ');
  const color = input.color.trim().toLowerCase();
  const problems: FieldProblem[] = [];
  if (name.length < 1 || name.length > CATEGORY_NAME_MAX)
    problems.push(fieldProblem(['input', 'name'], 'CATEGORY_NAME_LENGTH', { max: CATEGORY_NAME_MAX }));
  if (!COLOR.test(color)) problems.push(fieldProblem(['input', 'color'], 'CATEGORY_COLOR_FORMAT'));
  if (problems.length) throw badInput(problems);
  return { name, color };
}
