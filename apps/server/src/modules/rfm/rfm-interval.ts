const HOUR = 3_600_000;

/**
 * How often a workspace is recomputed: `PATRON_RFM_INTERVAL_HOURS` (default 24; 0 turns the job off,
 * `recomputeRfm` still works).
 */
export function rfmIntervalMs(env: NodeJS.ProcessEnv = process.env): number {
  const raw = env.PATRON_RFM_INTERVAL_HOURS?.trim();
  const hours = raw ? Number(raw) : 24;
  if (!Number.isFinite(hours) || hours < 0)
    throw new Error(`PATRON_RFM_INTERVAL_HOURS is not a number of hours: ${raw}`);
  return hours * HOUR;
}
