import type { MikroORM } from '@mikro-orm/postgresql';
import { badInput, type FieldProblem, fieldProblem } from '../../graphql/errors.js';

export const DOWNGRADE_POLICIES = ['NEVER', 'IMMEDIATE', 'PERIOD_END'] as const;
export type DowngradePolicy = (typeof DOWNGRADE_POLICIES)[number];

/** How tiers are measured and kept, per workspace. */
export interface TierPolicy {
  /** Purchases and XP count over the last N days; null: all time. */
  windowDays: number | null;
  /** NEVER: a tier once reached is kept; IMMEDIATE: follows the measures; PERIOD_END: kept at least periodMonths. */
  downgradePolicy: DowngradePolicy;
  periodMonths: number;
}

const DEFAULT_POLICY: TierPolicy = { windowDays: null, downgradePolicy: 'NEVER', periodMonths: 12 };

/** The workspace's tier policy: the window tiers are measured over, and how a tier is kept. */
export class TierPolicyService {
  constructor(private readonly orm: MikroORM) {}

  async get(workspaceId: string): Promise<TierPolicy> {
    const [row] = await this.orm.em
      .getConnection()
      .execute<{ window_days: number | null; downgrade_policy: DowngradePolicy; period_months: number }[]>(
        'select window_days, downgrade_policy, period_months from tier_policy where workspace_id = ?',
        [workspaceId],
      );
    return row
      ? {
          windowDays: row.window_days,
          downgradePolicy: row.downgrade_policy,
          periodMonths: row.period_months,
        }
      : { ...DEFAULT_POLICY };
  }

  /** Takes effect at each customer's next evaluation; run recomputeTiers to apply it to everyone now. */
  async update(workspaceId: string, input: Partial<TierPolicy>): Promise<TierPolicy> {
    const current = await this.get(workspaceId);
    const next: TierPolicy = {
      windowDays: input.windowDays === undefined ? current.windowDays : input.windowDays,
      downgradePolicy: input.downgradePolicy ?? current.downgradePolicy,
      periodMonths: input.periodMonths ?? current.periodMonths,
    };
    const problems: FieldProblem[] = [];
    if (
      next.windowDays != null &&
      (!Number.isInteger(next.windowDays) || next.windowDays < 1 || next.windowDays > 3660)
    )
      problems.push(fieldProblem(['input', 'windowDays'], 'TIER_WINDOW_DAYS', { max: 3660 }));
    if (!DOWNGRADE_POLICIES.includes(next.downgradePolicy))
      problems.push(fieldProblem(['input', 'downgradePolicy'], 'TIER_DOWNGRADE_POLICY'));
    if (!Number.isInteger(next.periodMonths) || next.periodMonths < 1 || next.periodMonths > 120)
      problems.push(fieldProblem(['input', 'periodMonths'], 'TIER_PERIOD_MONTHS', { min: 1, max: 120 }));
    if (problems.length) throw badInput(problems);
    await this.orm.em.getConnection().execute(
      `insert into tier_policy (workspace_id, window_days, downgrade_policy, period_months) values (?, ?, ?, ?)
       on conflict (workspace_id) do update set window_days = excluded.window_days,
         downgrade_policy = excluded.downgrade_policy, period_months = excluded.period_months, updated_at = now()`,
      [workspaceId, next.windowDays, next.downgradePolicy, next.periodMonths],
    );
    return next;
  }
}
