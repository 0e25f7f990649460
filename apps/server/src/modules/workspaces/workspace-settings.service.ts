import type { Actor } from '@patron/sdk';
import { type CountryCode, isSupportedCountry } from 'libphonenumber-js/max';
import type { PreparedPool, Run } from '../../db/prepared-pool.js';
import { pgArray } from '../../db/sql-array.js';
import { badInput, type FieldProblem, fieldProblem } from '../../graphql/errors.js';
import type { AuditService } from '../audit/audit.service.js';
import { twoFactorRolesChange } from './two-factor-roles.js';

export interface WorkspaceSettings {
  name: string;
  /** ISO 3166 code: the country of a phone number written without its country code. */
  defaultPhoneCountry: CountryCode;
  /** Days that make a customer new, at risk and lost (see modules/customer-analytics). */
  lifecycle: LifecycleRules;
  /** Attribute keys profile completeness counts; null: every attribute not retired. */
  completenessAttributes: string[] | null;
  /** IANA zone: the workspace's days (birthdays, schedules, automations) are local to it. */
  timeZone: string;
  /** No message leaves between these local times ('HH:MM'; start after end spans midnight); null: none. */
  quietHours: QuietHours | null;
  /** Whether people may join the club by themselves on the customers' pages (modules/self-service). */
  selfSignUp: boolean;
  /** Role keys whose holders may do nothing but set up two-factor sign-in until it is on. */
  twoFactorRequiredRoles: string[];
}

export interface QuietHours {
  start: string;
  end: string;
}

export interface LifecycleRules {
  newDays: number;
  atRiskDays: number;
  lostDays: number;
}

export const LIFECYCLE_MAX_DAYS = 3650;

/** Another process's change is seen within this long. */
const CACHE_MS = 10_000;

/** True for a zone this runtime knows (the IANA names PostgreSQL knows too). */
export function isTimeZone(zone: string): boolean {
  if (!/^[A-Za-z_]+(\/[A-Za-z0-9_+-]+)*$/.test(zone)) return false;
  try {
    new Intl.DateTimeFormat('en', { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}

/** 'HH:MM' as minutes after midnight, or null when it is not a time of day. */
export function clockMinutes(text: string): number | null {
  const m = /^([01]?\d|2[0-3]):([0-5]\d)$/.exec(text.trim());
  return m ? Number(m[1]) * 60 + Number(m[2]) : null;
}

export function clockText(minutes: number): string {
  return `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;
}

/**
 * A workspace's own settings. Read on every customer write (the phone country), so kept a few
 * seconds per process; a change here is seen at once in this process.
 */
export class WorkspaceSettingsService {
  private readonly cache = new Map<string, { settings: WorkspaceSettings; until: number }>();

  constructor(
    private readonly sql: PreparedPool,
    private readonly audit: AuditService,
  ) {}

  async get(workspaceId: string): Promise<WorkspaceSettings> {
    const cached = this.cache.get(workspaceId);
    if (cached && cached.until > Date.now()) return cached.settings;
    const [row] = await this.sql.query<{
      name: string;
      default_phone_country: string;
      lifecycle_new_days: number;
      lifecycle_at_risk_days: number;
      lifecycle_lost_days: number;
      completeness_attributes: string[] | null;
      time_zone: string;
      quiet_hours_start: number | null;
      quiet_hours_end: number | null;
      self_sign_up: boolean;
      two_factor_required_roles: string[];
    }>(
      `select name, default_phone_country, lifecycle_new_days, lifecycle_at_risk_days, lifecycle_lost_days,
              completeness_attributes, time_zone, quiet_hours_start, quiet_hours_end, self_sign_up,
              two_factor_required_roles
         from workspace where id = ?`,
      [workspaceId],
    );
    if (!row) throw new Error(`No workspace ${workspaceId}`);
    const settings = {
      name: row.name,
      defaultPhoneCountry: row.default_phone_country as CountryCode,
      lifecycle: {
        newDays: row.lifecycle_new_days,
        atRiskDays: row.lifecycle_at_risk_days,
        lostDays: row.lifecycle_lost_days,
      },
      completenessAttributes: row.completeness_attributes,
      timeZone: row.time_zone,
      quietHours:
        row.quiet_hours_start === null || row.quiet_hours_end === null
          ? null
          : { start: clockText(row.quiet_hours_start), end: clockText(row.quiet_hours_end) },
      selfSignUp: row.self_sign_up,
      twoFactorRequiredRoles: row.two_factor_required_roles,
    };
    this.cache.set(workspaceId, { settings, until: Date.now() + CACHE_MS });
    return settings;
  }

  async phoneCountry(workspaceId: string): Promise<CountryCode> {
    return (await this.get(workspaceId)).defaultPhoneCountry;
  }

  /** Whether holders of `role` must have two-factor sign-in on (read on every request of those without it). */
  async requiresTwoFactor(workspaceId: string, role: string): Promise<boolean> {
    return (await this.get(workspaceId)).twoFactorRequiredRoles.includes(role);
  }

  /**
   * Every part of `input` is checked before anything is written, and all of it is written in one
   * transaction with its audit events: a refused part leaves the others unchanged too.
   */
  async update(workspaceId: string, actor: Actor, input: SettingsInput): Promise<WorkspaceSettings> {
    const changes = await this.check(workspaceId, input);
    if (changes.length) await this.sql.transaction((run) => this.write(run, workspaceId, actor, changes));
    this.forget(workspaceId);
    return this.get(workspaceId);
  }

  /** What `input` changes, checked (a refusal names every bad field); nothing is written. */
  async check(workspaceId: string, input: SettingsInput): Promise<SettingsChange[]> {
    const before = await this.get(workspaceId);
    const parts: Checked[] = [countryChange(before, input.defaultPhoneCountry)];
    if (input.lifecycle) parts.push(lifecycleChange(before.lifecycle, input.lifecycle));
    if (input.completenessAttributes !== undefined)
      parts.push(await this.completenessChange(workspaceId, before, input.completenessAttributes));
    if (input.timeZone || input.quietHours !== undefined) parts.push(clockChange(before, input));
    if (typeof input.selfSignUp === 'boolean' && input.selfSignUp !== before.selfSignUp)
      parts.push({
        problems: [],
        change: {
          set: 'self_sign_up = ?',
          params: [input.selfSignUp],
          details: { selfSignUp: { from: before.selfSignUp, to: input.selfSignUp } },
        },
      });
    if (input.twoFactorRequiredRoles)
      parts.push(await twoFactorRolesChange(this.sql, workspaceId, before, input.twoFactorRequiredRoles));
    const problems = parts.flatMap((p) => p.problems);
    if (problems.length) throw badInput(problems);
    return parts.flatMap((p) => (p.change ? [p.change] : []));
  }

  /** Writes checked changes and their audit events in the caller's transaction; `forget` after it commits. */
  async write(run: Run, workspaceId: string, actor: Actor, changes: SettingsChange[]): Promise<void> {
    for (const change of changes) {
      await run(`update workspace set ${change.set} where id = ?`, [...change.params, workspaceId]);
      await this.audit.record(run, {
        workspaceId,
        type: 'WORKSPACE_SETTINGS_CHANGED',
        actor,
        details: change.details,
      });
    }
  }

  /** Drops this process's copy, so the next read sees what was just committed. */
  forget(workspaceId: string): void {
    this.cache.delete(workspaceId);
  }

  private async completenessChange(
    workspaceId: string,
    before: WorkspaceSettings,
    keys: string[] | null,
  ): Promise<Checked> {
    const wanted = keys ? [...new Set(keys)] : null;
    if (wanted) {
      const known = new Set(
        (
          await this.sql.query<{ key: string }>(
            'select key from attribute_definition where workspace_id = ? and retired_at is null',
            [workspaceId],
          )
        ).map((r) => r.key),
      );
      const problems = wanted.flatMap((key, i) =>
        known.has(key)
          ? []
          : [fieldProblem(['input', 'completenessAttributes', i], 'COMPLETENESS_ATTRIBUTE_UNKNOWN', { key })],
      );
      if (problems.length) return { problems };
    }
    if (JSON.stringify(wanted) === JSON.stringify(before.completenessAttributes)) return { problems: [] };
    return {
      problems: [],
      change: {
        set: 'completeness_attributes = ?::text[]',
        params: [wanted ? pgArray(wanted) : null],
        details: { completenessAttributes: { from: before.completenessAttributes, to: wanted } },
      },
    };
  }
}

export interface SettingsInput {
  defaultPhoneCountry?: string | null;
  lifecycle?: LifecycleRules | null;
  /** Omitted: unchanged; null: back to every attribute. */
  completenessAttributes?: string[] | null;
  timeZone?: string | null;
  /** Omitted: unchanged; null: no quiet hours. */
  quietHours?: QuietHours | null;
  selfSignUp?: boolean | null;
  /** Omitted or null: unchanged; [] none. */
  twoFactorRequiredRoles?: string[] | null;
}

/** One checked part of a settings change: the columns it sets and what its audit event says. */
export interface SettingsChange {
  set: string;
  params: unknown[];
  details: Record<string, unknown>;
}

/** A part's problems, or its change (none when it changes nothing). */
export interface Checked {
  problems: FieldProblem[];
  change?: SettingsChange;
}

function countryChange(before: WorkspaceSettings, input: string | null | undefined): Checked {
  const country = input?.trim().toUpperCase();
  if (country !== undefined && !isSupportedCountry(country))
    return {
      problems: [
        fieldProblem(['input', 'defaultPhoneCountry'], 'PHONE_COUNTRY_UNKNOWN', { country: input ?? '' }),
      ],
    };
  if (!country || country === before.defaultPhoneCountry) return { problems: [] };
  return {
    problems: [],
    change: {
      set: 'default_phone_country = ?',
      params: [country],
      details: { defaultPhoneCountry: { from: before.defaultPhoneCountry, to: country } },
    },
  };
}

function lifecycleChange(before: LifecycleRules, rules: LifecycleRules): Checked {
  const problems = (['newDays', 'atRiskDays', 'lostDays'] as const)
    .filter((key) => !Number.isInteger(rules[key]) || rules[key] < 1 || rules[key] > LIFECYCLE_MAX_DAYS)
    .map((key) => fieldProblem(['input', 'lifecycle', key], 'LIFECYCLE_DAYS', { max: LIFECYCLE_MAX_DAYS }));
  if (problems.length === 0 && rules.lostDays <= rules.atRiskDays)
    problems.push(
      fieldProblem(['input', 'lifecycle', 'lostDays'], 'LIFECYCLE_LOST_NOT_AFTER_AT_RISK', {
        atRiskDays: rules.atRiskDays,
      }),
    );
  if (problems.length) return { problems };
  if (JSON.stringify(rules) === JSON.stringify(before)) return { problems: [] };
  return {
    problems: [],
    change: {
      set: 'lifecycle_new_days = ?, lifecycle_at_risk_days = ?, lifecycle_lost_days = ?',
      params: [rules.newDays, rules.atRiskDays, rules.lostDays],
      details: { lifecycle: { from: before, to: rules } },
    },
  };
}

function clockChange(
  before: WorkspaceSettings,
  input: { timeZone?: string | null; quietHours?: QuietHours | null },
): Checked {
  const zone = input.timeZone?.trim() || before.timeZone;
  const problems: FieldProblem[] = [];
  if (!isTimeZone(zone)) problems.push(fieldProblem(['input', 'timeZone'], 'TIME_ZONE_UNKNOWN', { zone }));
  const quiet = input.quietHours === undefined ? before.quietHours : input.quietHours;
  let minutes: [number, number] | null = null;
  if (quiet) {
    const start = clockMinutes(quiet.start);
    const end = clockMinutes(quiet.end);
    if (start === null)
      problems.push(
        fieldProblem(['input', 'quietHours', 'start'], 'QUIET_HOURS_INVALID', { got: quiet.start }),
      );
    if (end === null)
      problems.push(fieldProblem(['input', 'quietHours', 'end'], 'QUIET_HOURS_INVALID', { got: quiet.end }));
    if (start !== null && end !== null && start === end)
      problems.push(fieldProblem(['input', 'quietHours', 'end'], 'QUIET_HOURS_EMPTY'));
    if (start !== null && end !== null) minutes = [start, end];
  }
  if (problems.length) return { problems };
  const after = {
    timeZone: zone,
    quietHours: minutes && { start: clockText(minutes[0]), end: clockText(minutes[1]) },
  };
  const was = { timeZone: before.timeZone, quietHours: before.quietHours };
  if (JSON.stringify(after) === JSON.stringify(was)) return { problems: [] };
  return {
    problems: [],
    change: {
      set: 'time_zone = ?, quiet_hours_start = ?, quiet_hours_end = ?',
      params: [zone, minutes?.[0] ?? null, minutes?.[1] ?? null],
      details: { clock: { from: was, to: after } },
    },
  };
}
