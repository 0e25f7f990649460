import type { Actor } from '@patron/sdk';
import type { PreparedPool, Run } from '../../db/prepared-pool.js';
import { badField, badInput } from '../../graphql/errors.js';
import type { CurrencyService } from '../currencies/currency.service.js';
import { isTimeZone, type WorkspaceSettingsService } from '../workspaces/workspace-settings.service.js';
import { checkEarningRules, type EarningRules } from './earning-rules.js';

export interface Programme {
  /** The rules for customers without a tier. */
  rules: EarningRules;
  /** The workspace's time zone: weekdays, birthdays and daily caps are counted in it. */
  timeZone: string;
}

/**
 * The workspace's loyalty programme settings: base earning and spending rules. Its clock is the
 * workspace's (one zone for rules, lists, the dashboard, mailings and automations alike).
 */
export class LoyaltyProgrammeService {
  constructor(
    private readonly sql: PreparedPool,
    private readonly currencies: CurrencyService,
    private readonly settings: WorkspaceSettingsService,
  ) {}

  async get(workspaceId: string, run: Run = this.sql.query): Promise<Programme> {
    const [row] = await run<{ rules: unknown; time_zone: string }>(
      `select p.rules, w.time_zone
         from workspace w left join loyalty_programme p on p.workspace_id = w.id
        where w.id = ?`,
      [workspaceId],
    );
    const keys = (await this.currencies.list(workspaceId)).map((c) => c.key);
    // Stored rules were checked when saved. A rule whose currency has gone since stays here, and
    // earnings() skips it (it knows only the workspace's currencies).
    const { rules } = checkEarningRules(row?.rules ?? {}, keys, []);
    return { rules, timeZone: row?.time_zone ?? 'UTC' };
  }

  /** The rules; a time zone given here is the workspace's, changed (and audited) as in its settings. */
  async update(
    workspaceId: string,
    actor: Actor,
    input: { rules?: unknown; timeZone?: string | null },
    at = ['input'],
  ): Promise<Programme> {
    const current = await this.get(workspaceId);
    const keys = (await this.currencies.list(workspaceId)).map((c) => c.key);
    const { rules, problems } = checkEarningRules(input.rules ?? current.rules, keys, [...at, 'rules']);
    if (problems.length) throw badInput(problems);
    const timeZone = input.timeZone ?? current.timeZone;
    if (!isTimeZone(timeZone)) throw badField([...at, 'timeZone'], 'TIME_ZONE_INVALID');
    // The rules and the workspace's zone are saved together or not at all.
    const zoneChanges =
      timeZone === current.timeZone ? [] : await this.settings.check(workspaceId, { timeZone });
    await this.sql.transaction(async (run) => {
      await run(
        `insert into loyalty_programme (workspace_id, rules) values (?, ?::jsonb)
         on conflict (workspace_id) do update set rules = excluded.rules, updated_at = now()`,
        [workspaceId, JSON.stringify(rules)],
      );
      await this.settings.write(run, workspaceId, actor, zoneChanges);
    });
    this.settings.forget(workspaceId);
    return { rules, timeZone };
  }
}
