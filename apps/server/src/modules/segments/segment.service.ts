import type { MikroORM } from '@mikro-orm/postgresql';
import type { Actor } from '@patron/sdk';
import { isUuid } from '../../common/ids.js';
import { visibleText } from '../../common/text.js';
import { emSql } from '../../db/em-sql.js';
import { workspaceEm } from '../../db/workspace-scope.js';
import { badField, refusal } from '../../graphql/errors.js';
import type { AuditService } from '../audit/audit.service.js';
import { Staff } from '../auth/staff.entity.js';
import type {
  CustomerSearchService,
  SavedQuery,
  Viewer,
} from '../customer-search/customer-search.service.js';
import type { FilterGroupInput } from '../customer-search/filter-input.js';
import type { RoleService } from '../roles/role.service.js';
import { ADMIN_ROLE } from '../roles/shipped-roles.js';
import { Segment } from './segment.entity.js';

export const SEGMENT_NAME_MAX = 120;

export interface SegmentInput {
  name: string;
  shared: boolean;
  sharedWithRoles?: string[] | null;
  filter?: FilterGroupInput | null;
  search?: string[] | null;
}

export type SegmentViewer = Viewer & { staffId: string; role: string; name: string };

type Sharing = Pick<Segment, 'ownerId' | 'shared' | 'sharedWithRoles'>;

/** Whether a staff member of `role` sees the segment: its owner, admins, and those it is shared with. */
function sees(staffId: string | null, role: string | null, segment: Sharing): boolean {
  if (segment.ownerId === staffId) return true;
  if (!segment.shared) return false;
  return (
    role === ADMIN_ROLE ||
    segment.sharedWithRoles.length === 0 ||
    segment.sharedWithRoles.includes(role ?? '')
  );
}

/**
 * Segments: a private one exists only for its owner (others get NOT_FOUND); a shared one is seen by
 * the whole workspace, or, shared with chosen roles, by staff holding one of them (and admins), and
 * changed only by its owner or an admin (others get FORBIDDEN). Sharing changes are audited.
 */
export class SegmentService {
  constructor(
    private readonly orm: MikroORM,
    /** Customer search uses segments too, so each reaches the other when called. */
    private readonly customerSearch: () => CustomerSearchService,
    private readonly roles: RoleService,
    private readonly audit: AuditService,
  ) {}

  async list(viewer: SegmentViewer): Promise<Segment[]> {
    const segments = await workspaceEm(this.orm, viewer.workspaceId).find(Segment, {
      $or: [{ shared: true }, { ownerId: viewer.staffId }],
    });
    return segments
      .filter((s) => sees(viewer.staffId, viewer.role, s))
      .sort((a, b) => a.name.localeCompare(b.name));
  }

  async get(viewer: Viewer, id: string): Promise<Segment> {
    const segment = isUuid(id)
      ? await workspaceEm(this.orm, viewer.workspaceId).findOne(Segment, { id })
      : null;
    if (!segment || !sees(viewer.staffId, await this.roleOf(viewer), segment))
      throw refusal('SEGMENT_NOT_FOUND');
    return segment;
  }

  async saved(viewer: Viewer, id: string): Promise<SavedQuery> {
    const segment = await this.get(viewer, id);
    return { search: segment.search, filter: segment.filter ?? null };
  }

  canEdit(viewer: SegmentViewer, segment: Pick<Segment, 'ownerId' | 'shared'>): boolean {
    return segment.ownerId === viewer.staffId || (segment.shared && viewer.role === ADMIN_ROLE);
  }

  async create(viewer: SegmentViewer, input: SegmentInput): Promise<Segment> {
    const value = await this.checked(viewer, input);
    const em = workspaceEm(this.orm, viewer.workspaceId);
    const now = new Date();
    return em.transactional(async (tx) => {
      const segment = tx.create(Segment, {
        workspaceId: viewer.workspaceId,
        ownerId: viewer.staffId,
        ...value,
        sharedWithRoles: value.sharedWithRoles ?? [],
        createdAt: now,
        updatedAt: now,
      });
      await tx.flush();
      if (segment.shared) await this.auditSharing(tx, viewer, segment, null);
      return segment;
    });
  }

  async update(viewer: SegmentViewer, id: string, input: SegmentInput): Promise<Segment> {
    const value = await this.checked(viewer, input);
    const em = workspaceEm(this.orm, viewer.workspaceId);
    return em.transactional(async (tx) => {
      const segment = await this.editable(viewer, id, tx);
      const before = { shared: segment.shared, sharedWithRoles: [...segment.sharedWithRoles] };
      const sharedWithRoles = value.shared ? (value.sharedWithRoles ?? segment.sharedWithRoles) : [];
      Object.assign(segment, value, { sharedWithRoles, updatedAt: new Date() });
      await tx.flush();
      if (
        before.shared !== segment.shared ||
        before.sharedWithRoles.join() !== segment.sharedWithRoles.join()
      )
        await this.auditSharing(tx, viewer, segment, before);
      return segment;
    });
  }

  async delete(viewer: SegmentViewer, id: string): Promise<string> {
    const em = workspaceEm(this.orm, viewer.workspaceId);
    em.remove(await this.editable(viewer, id, em));
    await em.flush();
    return id;
  }

  private async editable(viewer: SegmentViewer, id: string, em: ReturnType<typeof workspaceEm>) {
    const segment = isUuid(id) ? await em.findOne(Segment, { id }) : null;
    if (!segment || !sees(viewer.staffId, viewer.role, segment)) throw refusal('SEGMENT_NOT_FOUND');
    if (!this.canEdit(viewer, segment)) throw refusal('SEGMENT_SHARED_OWNER_ONLY');
    return segment;
  }

  /** A bulk job running later knows only who started it: their role is read then. */
  private async roleOf(viewer: Viewer): Promise<string | null> {
    if (viewer.role !== undefined || !viewer.staffId) return viewer.role ?? null;
    const staff = await this.orm.em
      .fork()
      .findOne(Staff, { id: viewer.staffId, workspaceId: viewer.workspaceId });
    return staff?.role ?? null;
  }

  private async auditSharing(
    em: ReturnType<typeof workspaceEm>,
    viewer: SegmentViewer,
    segment: Segment,
    before: { shared: boolean; sharedWithRoles: string[] } | null,
  ): Promise<void> {
    const actor: Actor = { kind: 'staff', id: viewer.staffId, name: viewer.name };
    await this.audit.record(emSql(em), {
      workspaceId: viewer.workspaceId,
      type: 'SEGMENT_SHARING_CHANGED',
      actor,
      subject: segment.id,
      details: {
        name: segment.name,
        from: before,
        to: { shared: segment.shared, sharedWithRoles: segment.sharedWithRoles },
      },
    });
  }

  private async checked(viewer: Viewer, input: SegmentInput) {
    const name = visibleText(input.name);
    if (name.length < 1 || name.length > SEGMENT_NAME_MAX)
      throw badField(['input', 'name'], 'SEGMENT_NAME_LENGTH', { max: SEGMENT_NAME_MAX });
    const saved = { search: input.search ?? [], filter: input.filter ?? null };
    await this.customerSearch().validate(viewer.workspaceId, saved, ['input']);
    // Left out (null), an update keeps the roles the segment is shared with.
    const given = input.sharedWithRoles ?? null;
    const sharedWithRoles = !input.shared ? [] : given && [...new Set(given)].sort();
    if (given?.length) {
      const known = await this.roles.list(viewer.workspaceId);
      given.forEach((role, i) => {
        if (!known.some((r) => r.key === role))
          throw badField(['input', 'sharedWithRoles', i], 'ROLE_UNKNOWN', { role: JSON.stringify(role) });
      });
    }
    return { name, shared: input.shared, sharedWithRoles, ...saved };
  }
}
