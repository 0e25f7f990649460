import type { Run } from '../../db/prepared-pool.js';
import { badField, badInput } from '../../graphql/errors.js';
import type { CurrencyService } from '../currencies/currency.service.js';
import { checkEarningRules, type EarningRules } from './earning-rules.js';

export interface Programme {
  /** The rules for customers without a tier. */
  rules: EarningRules;
  /** Weekdays, birthdays and daily caps are counted in this zone. */
  timeZone: string;
}

export function isTimeZone(zone: string): boolean {
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}

/** The workspace's loyalty programme settings: base earning and spending rules, and its clock. */
export class LoyaltyProgrammeService {
  constructor(
    private readonly run: Run,
    private readonly currencies: CurrencyService,
  ) {}

  async get(workspaceId: string, run: Run = this.run): Promise<Programme> {
    const [row] = await run<{ rules: unknown; time_zone: string }>(
      'select rules, time_zone from loyalty_programme where workspace_id = ?',
      [workspaceId],
    );
    const keys = (await this.currencies.list(workspaceId)).map((c) => c.key);
    // Stored rules were checked when saved. A rule whose currency has gone since stays here, and
    // earnings() skips it (it knows only the workspace's currencies).
    const { rules } = checkEarningRules(row?.rules ?? {}, keys, []);
    return { rules, timeZone: row?.time_zone ?? 'UTC' };
  }

  async update(
    workspaceId: string,
    input: { rules?: unknown; timeZone?: string | null },
    at = ['input'],
  ): Promise<Programme> {
    const current = await this.get(workspaceId);
    const keys = (await this.currencies.list(workspaceId)).map((c) => c.key);
    const { rules, problems } = checkEarningRules(input.rules ?? current.rules, keys, [...at, 'rules']);
    if (problems.length) throw badInput(problems);
    const timeZone = input.timeZone ?? current.timeZone;
    if (!isTimeZone(timeZone)) throw badField([...at, 'timeZone'], 'TIME_ZONE_INVALID');
    await this.run(
      `insert into loyalty_programme (workspace_id, rules, time_zone) values (?, ?::jsonb, ?)
       on conflict (workspace_id) do update set rules = excluded.rules, time_zone = excluded.time_zone, updated_at = now()`,
      [workspaceId, JSON.stringify(rules), timeZone],
    );
    return { rules, timeZone };
  }
}
