import type { MikroORM } from '@mikro-orm/postgresql';
import { emSql } from '../../db/em-sql.js';
import type { AttributeService } from '../attributes/attribute.service.js';
import type { AuthService } from '../auth/auth.service.js';
import type { Staff } from '../auth/staff.entity.js';
import type { CurrencyService } from '../currencies/currency.service.js';
import type { RoleService } from '../roles/role.service.js';
import { Workspace } from './workspace.entity.js';

export class WorkspaceService {
  constructor(
    private readonly orm: MikroORM,
    private readonly attributes: AttributeService,
    private readonly currencies: CurrencyService,
    private readonly auth: AuthService,
    private readonly roles: RoleService,
  ) {}

  /**
   * A new business: its workspace, default attribute groups and system attributes, the shipped roles
   * and its first admin,
   * in one transaction, so an admin the rules refuse (or whose email is taken) leaves no workspace behind.
   */
  async create(
    name: string,
    admin: { email: string; name: string; password: string },
  ): Promise<{ workspace: Workspace; admin: Staff }> {
    return this.orm.em.fork().transactional(async (em) => {
      const workspace = em.create(Workspace, { name });
      await em.flush();
      await this.attributes.seedWorkspace(em, workspace.id);
      this.currencies.seedWorkspace(em, workspace.id);
      await this.roles.seedWorkspace(emSql(em), workspace.id);
      const staff = await this.auth.createStaff(workspace.id, { ...admin, role: 'ADMIN' }, em);
      return { workspace, admin: staff };
    });
  }

  async count(): Promise<number> {
    return this.orm.em.fork().count(Workspace, {});
  }
}
