import type { FilterGroupInput } from '../customer-search/filter-input.js';

export const BULK_ACTION_KINDS = [
  'SET_FIELDS',
  'ADD_TAGS',
  'REMOVE_TAGS',
  'REPLACE_TAGS',
  'ACTIVATE',
  'DEACTIVATE',
  'DELETE',
] as const;
export type BulkActionKind = (typeof BULK_ACTION_KINDS)[number];

export interface BulkAction {
  kind: BulkActionKind;
  attributes?: Record<string, unknown> | null;
  tagIds?: string[] | null;
}

/** Which customers: listed ids, or a question (search, filter, segment), or everyone. */
export interface CustomerSelection {
  ids?: string[] | null;
  filter?: FilterGroupInput | null;
  search?: string[] | null;
  segmentId?: string | null;
  all?: boolean | null;
}

export type BulkJobStatus = 'QUEUED' | 'RUNNING' | 'DONE' | 'FAILED' | 'CANCELLED';

export interface BulkJobRow {
  id: string;
  workspace_id: string;
  staff_id: string | null;
  started_by: string;
  kind: BulkActionKind;
  selection: CustomerSelection;
  action: BulkAction;
  status: BulkJobStatus;
  total: number | null;
  processed: number;
  failed: number;
  problems: { customerId: string | null; message: string }[];
  last_id: string | null;
  created_at: Date;
  finished_at: Date | null;
  heartbeat_at: Date | null;
}

export const MAX_LISTED_IDS = 10_000;
export const MAX_PROBLEMS = 50;
