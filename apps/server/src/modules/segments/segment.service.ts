import type { MikroORM } from '@mikro-orm/postgresql';
import { isUuid } from '../../common/ids.js';
import { visibleText } from '../../common/text.js';
import { workspaceEm } from '../../db/workspace-scope.js';
import { badField, refusal } from '../../graphql/errors.js';
import type { Staff } from '../auth/staff.entity.js';
import type {
  CustomerSearchService,
  SavedQuery,
  Viewer,
} from '../customer-search/customer-search.service.js';
import type { FilterGroupInput } from '../customer-search/filter-input.js';
import { Segment } from './segment.entity.js';

export const SEGMENT_NAME_MAX = 120;

export interface SegmentInput {
  name: string;
  shared: boolean;
  filter?: FilterGroupInput | null;
  search?: string[] | null;
}

export type SegmentViewer = Viewer & { staffId: string; role: Staff['role'] };

/**
 * Segments: a private one exists only for its owner (others get NOT_FOUND); a shared one is seen by
 * everyone and changed only by its owner or an admin (others get FORBIDDEN).
 */
export class SegmentService {
  constructor(
    private readonly orm: MikroORM,
    /** Customer search uses segments too, so each reaches the other when called. */
    private readonly customerSearch: () => CustomerSearchService,
  ) {}

  async list(viewer: SegmentViewer): Promise<Segment[]> {
    const segments = await workspaceEm(this.orm, viewer.workspaceId).find(Segment, {
      $or: [{ shared: true }, { ownerId: viewer.staffId }],
    });
    return segments.sort((a, b) => a.name.localeCompare(b.name));
  }

  async get(viewer: Viewer, id: string): Promise<Segment> {
    const segment = isUuid(id)
      ? await workspaceEm(this.orm, viewer.workspaceId).findOne(Segment, { id })
      : null;
    if (!segment || (!segment.shared && segment.ownerId !== viewer.staffId))
      throw refusal('SEGMENT_NOT_FOUND');
    return segment;
  }

  async saved(viewer: Viewer, id: string): Promise<SavedQuery> {
    const segment = await this.get(viewer, id);
    return { search: segment.search, filter: segment.filter ?? null };
  }

  canEdit(viewer: SegmentViewer, segment: Pick<Segment, 'ownerId' | 'shared'>): boolean {
    return segment.ownerId === viewer.staffId || (segment.shared && viewer.role === 'ADMIN');
  }

  async create(viewer: SegmentViewer, input: SegmentInput): Promise<Segment> {
    const value = await this.checked(viewer, input);
    const em = workspaceEm(this.orm, viewer.workspaceId);
    const now = new Date();
    const segment = em.create(Segment, {
      workspaceId: viewer.workspaceId,
      ownerId: viewer.staffId,
      ...value,
      createdAt: now,
      updatedAt: now,
    });
    await em.flush();
    return segment;
  }

  async update(viewer: SegmentViewer, id: string, input: SegmentInput): Promise<Segment> {
    const value = await this.checked(viewer, input);
    const em = workspaceEm(this.orm, viewer.workspaceId);
    const segment = await this.editable(viewer, id, em);
    Object.assign(segment, value, { updatedAt: new Date() });
    await em.flush();
    return segment;
  }

  async delete(viewer: SegmentViewer, id: string): Promise<string> {
    const em = workspaceEm(this.orm, viewer.workspaceId);
    em.remove(await this.editable(viewer, id, em));
    await em.flush();
    return id;
  }

  private async editable(viewer: SegmentViewer, id: string, em: ReturnType<typeof workspaceEm>) {
    const segment = isUuid(id) ? await em.findOne(Segment, { id }) : null;
    if (!segment || (!segment.shared && segment.ownerId !== viewer.staffId))
      throw refusal('SEGMENT_NOT_FOUND');
    if (!this.canEdit(viewer, segment)) throw refusal('SEGMENT_SHARED_OWNER_ONLY');
    return segment;
  }

  private async checked(viewer: Viewer, input: SegmentInput) {
    const name = visibleText(input.name);
    if (name.length < 1 || name.length > SEGMENT_NAME_MAX)
      throw badField(['input', 'name'], 'SEGMENT_NAME_LENGTH', { max: SEGMENT_NAME_MAX });
    const saved = { search: input.search ?? [], filter: input.filter ?? null };
    await this.customerSearch().validate(viewer.workspaceId, saved, ['input']);
    return { name, shared: input.shared, ...saved };
  }
}
