import type { MikroORM } from '@mikro-orm/postgresql';
import type { AttributeService } from '../attributes/attribute.service.js';
import type { AuthService } from '../auth/auth.service.js';
import type { Staff } from '../auth/staff.entity.js';
import type { CurrencyService } from '../ledger/currency.service.js';
import { Workspace } from './workspace.entity.js';

export class WorkspaceService {
  constructor(
    private readonly orm: MikroORM,
    private readonly attributes: AttributeService,
    private readonly currencies: CurrencyService,
    private readonly auth: AuthService,
  ) {}

  /** A new business: its workspace, default attribute groups and system attributes, and its first admin. */
  async create(
    name: string,
    admin: { email: string; name: string; password: string },
  ): Promise<{ workspace: Workspace; admin: Staff }> {
    const workspace = await this.orm.em.fork().transactional(async (em) => {
      const ws = em.create(Workspace, { name });
      await em.flush();
      await this.attributes.seedWorkspace(em, ws.id);
      this.currencies.seedWorkspace(em, ws.id);
      return ws;
    });
    const staff = await this.auth.createStaff(workspace.id, { ...admin, role: 'ADMIN' });
    return { workspace, admin: staff };
  }

  async count(): Promise<number> {
    return this.orm.em.fork().count(Workspace, {});
  }
}
