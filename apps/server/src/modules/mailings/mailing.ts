import type { MailingAudience } from './mailing-audience.js';

export const MAILING_STATES = ['DRAFT', 'SCHEDULED', 'SENDING', 'SENT', 'CANCELLED'] as const;
export type MailingState = (typeof MAILING_STATES)[number];

export const MESSAGE_STATES = ['QUEUED', 'SENT', 'DELIVERED', 'FAILED', 'SKIPPED', 'UNSUBSCRIBED'] as const;
export type MessageState = (typeof MESSAGE_STATES)[number];

export interface MessageCounts {
  recipients: number;
  queued: number;
  sent: number;
  delivered: number;
  failed: number;
  skipped: number;
  unsubscribed: number;
  /** Messages clicked (a link followed at least once) and opened (the tracking image loaded). */
  clicked: number;
  opened: number;
}

export interface Mailing {
  id: string;
  name: string;
  channel: string;
  templateId: string | null;
  audience: MailingAudience;
  scheduledAt: Date | null;
  throttlePerMinute: number | null;
  attributionDays: number;
  /** Links go through the click route and the HTML body carries the tracking image. */
  trackClicks: boolean;
  state: MailingState;
  createdBy: string | null;
  createdByName: string;
  createdAt: Date;
  updatedAt: Date;
  startedAt: Date | null;
  materializedAt: Date | null;
  finishedAt: Date | null;
  counts: MessageCounts;
}

export interface MailingInput {
  name: string;
  channel: string;
  templateId?: string | null;
  audience: MailingAudience;
  /** Local wall-clock time in the workspace's zone, 'YYYY-MM-DDTHH:MM'; null: as soon as started. */
  sendAt?: string | null;
  throttlePerMinute?: number | null;
  attributionDays?: number | null;
  /** Default true on create; null on update keeps what the draft has. */
  trackClicks?: boolean | null;
}

export interface MailingRow {
  id: string;
  name: string;
  channel: string;
  template_id: string | null;
  audience: MailingAudience;
  scheduled_at: Date | null;
  throttle_per_minute: number | null;
  attribution_days: number;
  track_clicks: boolean;
  state: MailingState;
  created_by: string | null;
  created_by_name: string;
  created_at: Date;
  updated_at: Date;
  started_at: Date | null;
  materialized_at: Date | null;
  finished_at: Date | null;
  recipients: number;
  queued: number;
  sent: number;
  delivered: number;
  failed: number;
  skipped: number;
  unsubscribed: number;
  clicked: number;
  opened: number;
}

export const MAILING_COLUMNS = `id, name, channel, template_id, audience, scheduled_at, throttle_per_minute,
  attribution_days, track_clicks, state, created_by, created_by_name, created_at, updated_at, started_at, materialized_at,
  finished_at, recipients, queued, sent, delivered, failed, skipped, unsubscribed, clicked, opened`;

const date = (v: Date | string | null) => (v == null ? null : new Date(v));

export function toMailing(r: MailingRow): Mailing {
  return {
    id: r.id,
    name: r.name,
    channel: r.channel,
    templateId: r.template_id,
    audience: r.audience,
    scheduledAt: date(r.scheduled_at),
    throttlePerMinute: r.throttle_per_minute,
    attributionDays: r.attribution_days,
    trackClicks: r.track_clicks,
    state: r.state,
    createdBy: r.created_by,
    createdByName: r.created_by_name,
    createdAt: new Date(r.created_at),
    updatedAt: new Date(r.updated_at),
    startedAt: date(r.started_at),
    materializedAt: date(r.materialized_at),
    finishedAt: date(r.finished_at),
    counts: {
      recipients: r.recipients,
      queued: r.queued,
      sent: r.sent,
      delivered: r.delivered,
      failed: r.failed,
      skipped: r.skipped,
      unsubscribed: r.unsubscribed,
      clicked: r.clicked,
      opened: r.opened,
    },
  };
}
