import type { EntityManager, MikroORM } from '@mikro-orm/postgresql';

/** An EntityManager that only ever sees one workspace's rows (see workspace-filter.ts). */
export function workspaceEm(orm: MikroORM, workspaceId: string): EntityManager {
  const em = orm.em.fork({ clear: true });
  em.setFilterParams('workspace', { workspaceId });
  return em;
}
