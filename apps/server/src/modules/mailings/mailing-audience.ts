import type { ChannelDefinition } from '@patron/sdk';
import { isUuid } from '../../common/ids.js';
import { badField, badInput, fieldProblem, type Path } from '../../graphql/errors.js';
import { MAX_LISTED_IDS } from '../bulk-actions/bulk-action.js';
import type { ConsentService } from '../consents/consent.service.js';
import type { ConsentKind } from '../consents/consent-kinds.js';
import type { SqlFragment } from '../customer-search/compile-filter.js';
import type { CustomerSearchService, Viewer } from '../customer-search/customer-search.service.js';
import type { FilterGroupInput } from '../customer-search/filter-input.js';
import type { GroupService } from '../groups/group.service.js';

/** Who a mailing goes to: exactly one of a segment, a filter, a group or listed customers. */
export interface MailingAudience {
  segmentId?: string | null;
  filter?: FilterGroupInput | null;
  groupId?: string | null;
  customerIds?: string[] | null;
}

/**
 * Why a customer of the audience gets no message, in the order checked (the first that applies is
 * counted): a child profile merged into another, a deleted or erased profile, an inactive one, no
 * consent for the channel now, no address for it.
 */
export const EXCLUSION_REASONS = [
  'MERGED',
  'DELETED',
  'ERASED',
  'INACTIVE',
  'NO_CONSENT',
  'NO_ADDRESS',
] as const;
export type ExclusionReason = (typeof EXCLUSION_REASONS)[number];

export interface AudienceCount {
  total: number;
  reachable: number;
  excluded: { reason: ExclusionReason; count: number }[];
}

/** The one audience as stored: only the way chosen, so the JSON says which it is. */
export function checkedAudience(audience: MailingAudience, at: Path): MailingAudience {
  const ways = [
    audience.segmentId != null,
    audience.filter != null,
    audience.groupId != null,
    audience.customerIds != null,
  ].filter(Boolean).length;
  if (ways !== 1) throw badField(at, 'MAILING_AUDIENCE_ONE_WAY');
  if (audience.segmentId != null) return { segmentId: audience.segmentId };
  if (audience.groupId != null) return { groupId: audience.groupId };
  if (audience.filter != null) return { filter: audience.filter };
  const ids = audience.customerIds ?? [];
  if (ids.length === 0) throw badField([...at, 'customerIds'], 'SELECTION_IDS_EMPTY');
  if (ids.length > MAX_LISTED_IDS)
    throw badField([...at, 'customerIds'], 'SELECTION_IDS_TOO_MANY', { max: MAX_LISTED_IDS });
  const bad = ids.flatMap((id, i) =>
    isUuid(id) ? [] : [fieldProblem([...at, 'customerIds', i], 'CUSTOMER_ID_INVALID')],
  );
  if (bad.length) throw badInput(bad);
  return { customerIds: [...new Set(ids)] };
}

/**
 * Resolves the audience to a WHERE over customer `c`, through the same search, segments and groups
 * the customer list and bulk actions use (no filter compiler of our own). Listed customers keep
 * deleted and merged profiles in, so they are counted as excluded rather than silently dropped.
 */
export async function audienceWhere(
  deps: { customerSearch: CustomerSearchService; groups: GroupService },
  viewer: Viewer,
  audience: MailingAudience,
  at: Path,
): Promise<SqlFragment> {
  if (audience.customerIds)
    return {
      sql: 'c.workspace_id = ? and c.id in (select jsonb_array_elements_text(?::jsonb)::uuid)',
      params: [viewer.workspaceId, JSON.stringify(audience.customerIds)],
    };
  if (audience.groupId)
    return deps.groups.membersWhere(viewer.workspaceId, audience.groupId, [...at, 'groupId']);
  const query = audience.segmentId ? { segmentId: audience.segmentId } : { filter: audience.filter ?? null };
  return deps.customerSearch.where(viewer, query, new Date(), at.map(String));
}

/** The address of customer `c` (column `address`) and why it is excluded (null: it is reached). */
export function recipientColumns(consents: ConsentService, channel: ChannelDefinition): string {
  const address = channel.addressSql;
  return `${address} as address,
    case
      when c.main_customer_id is not null then 'MERGED'
      when c.deleted_at is not null then 'DELETED'
      when c.status = 'ERASED' then 'ERASED'
      when c.status = 'INACTIVE' then 'INACTIVE'
      when not ${consents.consentedSql(channel.consent as ConsentKind, 'c')} then 'NO_CONSENT'
      when ${address} is null then 'NO_ADDRESS'
    end as excluded`;
}

export function toAudienceCount(
  rows: { excluded: ExclusionReason | null; n: number | string }[],
): AudienceCount {
  const by = new Map(rows.map((r) => [r.excluded, Number(r.n)]));
  const total = rows.reduce((sum, r) => sum + Number(r.n), 0);
  return {
    total,
    reachable: by.get(null) ?? 0,
    excluded: EXCLUSION_REASONS.map((reason) => ({ reason, count: by.get(reason) ?? 0 })),
  };
}
