import { ChangeSetType, type EventSubscriber, type FlushEventArgs, p } from '@mikro-orm/core';

/**
 * The one place workspace scoping happens: every business entity carries this filter, and each
 * request's EntityManager is given its workspace id. A query without the parameter fails loudly
 * instead of reading across workspaces.
 */
export const workspaceFilter = {
  workspace: {
    name: 'workspace',
    cond: (args: Record<string, unknown>) => ({ workspaceId: args.workspaceId as string }),
    default: true,
  },
};

/**
 * The workspace id of a business entity. Its table's primary key is (workspace_id, id) while the ORM
 * keys the entity by id alone, and filters do not reach the UPDATE a flush writes: MikroORM would
 * write `where id = ?`, which the key cannot serve. Marked as a concurrency check, the column joins
 * the WHERE of every flushed UPDATE (`where id = ? and workspace_id = ?`, or `(id, workspace_id) in
 * …` for several rows); WorkspaceKeySubscriber puts it in each update's payload, which MikroORM
 * requires of a concurrency-checked column (the value never changes).
 */
export const workspaceKey = () => p.uuid().concurrencyCheck();

/** See workspaceKey: every flushed update of a business entity names its workspace. */
export class WorkspaceKeySubscriber implements EventSubscriber {
  onFlush({ uow }: FlushEventArgs): void {
    for (const changeSet of uow.getChangeSets()) {
      if (changeSet.type !== ChangeSetType.UPDATE && changeSet.type !== ChangeSetType.UPDATE_EARLY) continue;
      if (!changeSet.meta.concurrencyCheckKeys.has('workspaceId')) continue;
      const payload = changeSet.payload as Record<string, unknown>;
      payload.workspaceId ??= (changeSet.entity as { workspaceId: string }).workspaceId;
    }
  }
}
