import type { ParamValue, ProblemCode } from '@patron/problems';
import type { Actor } from '@patron/sdk';
import type { ImportMode, MatchOn } from './import-classify.js';
import type { ImportKind } from './import-targets.js';
import type { Encoding, FileFormat } from './reading/detect.js';

export type ImportState = 'MAPPING' | 'QUEUED' | 'RUNNING' | 'DONE' | 'FAILED' | 'CANCELLED';

export interface StoredColumn {
  index: number;
  header: string;
  target: string | null;
  samples: string[];
}

export interface ImportCounts {
  rows: number;
  created: number;
  updated: number;
  attached: number;
  skipped: number;
  invalid: number;
}

export const NO_COUNTS: ImportCounts = {
  rows: 0,
  created: 0,
  updated: 0,
  attached: 0,
  skipped: 0,
  invalid: 0,
};

/** A row of the `import` table. */
export interface ImportRecord {
  workspace_id: string;
  id: string;
  kind: ImportKind;
  state: ImportState;
  file_id: string;
  file_name: string;
  content_hash: string;
  format: FileFormat;
  encoding: Encoding | null;
  delimiter: string | null;
  sheets: string[];
  sheet: string | null;
  columns: StoredColumn[];
  mode: ImportMode;
  match_on: MatchOn;
  apply_earning_rules: boolean;
  attach_duplicates: boolean;
  counts: ImportCounts;
  total: number | null;
  done: number;
  problem: { code: ProblemCode; params: Record<string, ParamValue> } | null;
  report_file_id: string | null;
  requested_by: string;
  requested_by_name: string;
  created_at: Date;
  started_at: Date | null;
  finished_at: Date | null;
}

/** Who an import's rows are written as (and previewed as): the staff member who opened it. */
export const importActor = (job: ImportRecord): Actor => ({
  kind: 'staff',
  id: job.requested_by,
  name: job.requested_by_name,
});
