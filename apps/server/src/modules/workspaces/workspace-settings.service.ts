import type { Actor } from '@patron/sdk';
import { type CountryCode, isSupportedCountry } from 'libphonenumber-js/max';
import type { PreparedPool } from '../../db/prepared-pool.js';
import { badField } from '../../graphql/errors.js';
import type { AuditService } from '../audit/audit.service.js';

export interface WorkspaceSettings {
  name: string;
  /** ISO 3166 code: the country of a phone number written without its country code. */
  defaultPhoneCountry: CountryCode;
}

/** Another process's change is seen within this long. */
const CACHE_MS = 10_000;

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
    const [row] = await this.sql.query<{ name: string; default_phone_country: string }>(
      'select name, default_phone_country from workspace where id = ?',
      [workspaceId],
    );
    if (!row) throw new Error(`No workspace ${workspaceId}`);
    const settings = { name: row.name, defaultPhoneCountry: row.default_phone_country as CountryCode };
    this.cache.set(workspaceId, { settings, until: Date.now() + CACHE_MS });
    return settings;
  }

  async phoneCountry(workspaceId: string): Promise<CountryCode> {
    return (await this.get(workspaceId)).defaultPhoneCountry;
  }

  async update(
    workspaceId: string,
    actor: Actor,
    input: { defaultPhoneCountry?: string | null },
  ): Promise<WorkspaceSettings> {
    const before = await this.get(workspaceId);
    const country = input.defaultPhoneCountry?.trim().toUpperCase();
    if (country !== undefined && !isSupportedCountry(country))
      throw badField(['input', 'defaultPhoneCountry'], 'PHONE_COUNTRY_UNKNOWN', {
        country: input.defaultPhoneCountry ?? '',
      });
    if (country && country !== before.defaultPhoneCountry) {
      await this.sql.transaction(async (run) => {
        await run('update workspace set default_phone_country = ? where id = ?', [country, workspaceId]);
        await this.audit.record(
          { execute: (text, params) => run(text, params) as never },
          {
            workspaceId,
            type: 'WORKSPACE_SETTINGS_CHANGED',
            actor,
            details: { defaultPhoneCountry: { from: before.defaultPhoneCountry, to: country } },
          },
        );
      });
    }
    this.cache.delete(workspaceId);
    return this.get(workspaceId);
  }
}
