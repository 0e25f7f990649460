import { UniqueConstraintViolationException } from '@mikro-orm/core';
import type { MikroORM } from '@mikro-orm/postgresql';
import type { Actor } from '@patron/sdk';
import { isUuid } from '../../common/ids.js';
import { visibleText } from '../../common/text.js';
import { workspaceEm } from '../../db/workspace-scope.js';
import { badField, badInput, type FieldProblem, fieldProblem, refusal } from '../../graphql/errors.js';
import { fieldsChanged } from '../customer-search/field-cache.js';
import { CUSTOMER_HISTORY } from '../customers/customer-history.js';
import type { HistoryService } from '../history/history.service.js';
import { Tag } from './tag.entity.js';

const COLOR = /^#[0-9a-f]{6}$/;
export const TAG_NAME_MAX = 60;

export interface TagInput {
  name: string;
  color: string;
}

/** Tags of a workspace; which customers carry them is changed through CustomerService. */
export class TagService {
  constructor(
    private readonly orm: MikroORM,
    private readonly history: HistoryService,
    private readonly afterCommit: () => void,
  ) {}

  async list(workspaceId: string): Promise<Tag[]> {
    const tags = await workspaceEm(this.orm, workspaceId).find(Tag, {});
    return tags.sort((a, b) => a.name.localeCompare(b.name));
  }

  /** The tags with these ids, in the order given; an unknown id is named by its index. */
  async byIds(workspaceId: string, ids: readonly string[], path: (string | number)[]): Promise<Tag[]> {
    const known = new Map((await this.list(workspaceId)).map((t) => [t.id, t]));
    const problems: FieldProblem[] = [];
    const tags: Tag[] = [];
    ids.forEach((id, i) => {
      const tag = isUuid(id) ? known.get(id) : undefined;
      if (tag) tags.push(tag);
      else problems.push(fieldProblem([...path, i], 'TAG_UNKNOWN', { id: JSON.stringify(id) }));
    });
    if (problems.length) throw badInput(problems);
    return [...new Map(tags.map((t) => [t.id, t])).values()];
  }

  async customerCounts(workspaceId: string): Promise<Map<string, number>> {
    const rows = await this.orm.em.getConnection().execute<{ tag: string; count: string }[]>(
      `select unnest(tags) as tag, count(*) as count from customer
        where workspace_id = ? and deleted_at is null and cardinality(tags) > 0 group by 1`,
      [workspaceId],
    );
    return new Map(rows.map((r) => [r.tag, Number(r.count)]));
  }

  async create(workspaceId: string, input: TagInput): Promise<Tag> {
    const value = checked(input);
    return this.save(workspaceId, async (em) =>
      em.create(Tag, { workspaceId, ...value, createdAt: new Date() }),
    );
  }

  async update(workspaceId: string, id: string, input: TagInput): Promise<Tag> {
    const value = checked(input);
    return this.save(workspaceId, async (em) => {
      const tag = isUuid(id) ? await em.findOne(Tag, { id }) : null;
      if (!tag) throw refusal('TAG_NOT_FOUND');
      Object.assign(tag, value);
      return tag;
    });
  }

  /** Removes the tag from every customer, each removal in that customer's history, then the tag. */
  async delete(workspaceId: string, actor: Actor, id: string): Promise<string> {
    await workspaceEm(this.orm, workspaceId).transactional(async (em) => {
      const tag = isUuid(id) ? await em.findOne(Tag, { id }) : null;
      if (!tag) throw refusal('TAG_NOT_FOUND');
      const names = new Map((await em.find(Tag, {})).map((t) => [t.id, t.name]));
      const conn = em.getConnection();
      const ctx = em.getTransactionContext();
      const changed = await conn.execute<{ id: string; old_tags: string[] }[]>(
        `with target as (
           select workspace_id, id, tags from customer where workspace_id = ? and tags @> array[?]::uuid[] for update
         )
         update customer c set tags = array_remove(c.tags, ?::uuid), updated_at = now()
           from target where c.workspace_id = target.workspace_id and c.id = target.id
         returning c.id, target.tags as old_tags`,
        [workspaceId, id, id],
        'all',
        ctx,
      );
      for (const row of changed) {
        const before = row.old_tags.map((t) => names.get(t) ?? t);
        this.history.record(em, {
          workspaceId,
          customerId: row.id,
          type: CUSTOMER_HISTORY.tagged,
          actor,
          changes: [{ key: 'tags', oldValue: before, newValue: before.filter((n) => n !== tag.name) }],
        });
      }
      em.remove(tag);
    });
    fieldsChanged(workspaceId);
    this.afterCommit();
    return id;
  }

  private async save(workspaceId: string, work: (em: ReturnType<typeof workspaceEm>) => Promise<Tag>) {
    try {
      const tag = await workspaceEm(this.orm, workspaceId).transactional(work);
      fieldsChanged(workspaceId);
      return tag;
    } catch (error) {
      if (error instanceof UniqueConstraintViolationException)
        throw badField(['input', 'name'], 'TAG_NAME_TAKEN');
      throw error;
    }
  }
}

function checked(input: TagInput): TagInput {
  const name = visibleText(input.name).replace(/\s+/g, ' ');
  const color = input.color.trim().toLowerCase();
  const problems: FieldProblem[] = [];
  if (name.length < 1 || name.length > TAG_NAME_MAX)
    problems.push(fieldProblem(['input', 'name'], 'TAG_NAME_LENGTH', { max: TAG_NAME_MAX }));
  if (!COLOR.test(color)) problems.push(fieldProblem(['input', 'color'], 'TAG_COLOR_FORMAT'));
  if (problems.length) throw badInput(problems);
  return { name, color };
}
