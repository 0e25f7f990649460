import type { MailingAudienceInput, MailingFieldsFragment, MailingInput } from '../gql/graphql';

export const CHANNELS = ['EMAIL', 'SMS', 'TELEGRAM', 'PUSH'] as const;
export const AUDIENCE_WAYS = ['segmentId', 'groupId', 'filter', 'customerIds'] as const;
export type AudienceWay = (typeof AUDIENCE_WAYS)[number];

/** The form's record: the mailing with its audience and schedule spread into inputs. */
export interface MailingFormValues {
  id?: string;
  name: string;
  channel: string;
  templateId: string;
  audienceWay: AudienceWay;
  segmentId: string;
  groupId: string;
  filter: unknown;
  customerIds: string[];
  scheduleWay: 'now' | 'later';
  /** Local wall-clock time in the workspace's zone, YYYY-MM-DDTHH:MM. */
  sendAt: string;
  throttlePerMinute: number | null;
  attributionDays: number;
  trackClicks: boolean;
}

export const NEW_MAILING: MailingFormValues = {
  name: '',
  channel: 'EMAIL',
  templateId: '',
  audienceWay: 'segmentId',
  segmentId: '',
  groupId: '',
  filter: null,
  customerIds: [],
  scheduleWay: 'now',
  sendAt: '',
  throttlePerMinute: null,
  attributionDays: 7,
  trackClicks: true,
};

export function toFormValues(m: MailingFieldsFragment): MailingFormValues & MailingFieldsFragment {
  const a = m.audience;
  const way: AudienceWay = a.segmentId
    ? 'segmentId'
    : a.groupId
      ? 'groupId'
      : a.customerIds
        ? 'customerIds'
        : 'filter';
  return {
    ...m,
    templateId: m.templateId ?? '',
    audienceWay: way,
    segmentId: a.segmentId ?? '',
    groupId: a.groupId ?? '',
    filter: a.filter ?? null,
    customerIds: a.customerIds ?? [],
    scheduleWay: m.sendAt ? 'later' : 'now',
    sendAt: m.sendAt ?? '',
    throttlePerMinute: m.throttlePerMinute ?? null,
  };
}

/** Only the audience way chosen goes to the API (it refuses two at once). */
export function audienceOf(v: Pick<MailingFormValues, AudienceWay | 'audienceWay'>): MailingAudienceInput {
  switch (v.audienceWay) {
    case 'segmentId':
      return { segmentId: v.segmentId || null };
    case 'groupId':
      return { groupId: v.groupId || null };
    case 'customerIds':
      return { customerIds: v.customerIds };
    default:
      return { filter: (v.filter ?? { op: 'AND', conditions: [] }) as MailingAudienceInput['filter'] };
  }
}

export function toMailingInput(v: MailingFormValues): MailingInput {
  const throttle =
    v.throttlePerMinute == null || String(v.throttlePerMinute) === '' ? null : Number(v.throttlePerMinute);
  return {
    name: String(v.name ?? '').trim(),
    channel: v.channel,
    templateId: v.templateId?.trim() || null,
    audience: audienceOf(v),
    sendAt: v.scheduleWay === 'later' && v.sendAt ? v.sendAt : null,
    throttlePerMinute: throttle,
    attributionDays: Number(v.attributionDays) || 7,
    trackClicks: v.trackClicks !== false,
  };
}

/** The API's field names under the form's inputs: the audience's parts are inputs of their own. */
export function inputOf(name: string): string {
  return name.startsWith('audience.') ? name.slice('audience.'.length) : name;
}
