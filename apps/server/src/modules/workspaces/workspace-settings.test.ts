import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer, type TestWorkspace } from '../../testing/harness.js';

const SETTINGS = 'query { workspaceSettings { name defaultPhoneCountry } }';
const UPDATE = `mutation($input: WorkspaceSettingsInput!) {
  updateWorkspaceSettings(input: $input) { defaultPhoneCountry }
}`;
const CREATE = `mutation($input: CreateCustomerInput!) { createCustomer(input: $input) { mobile } }`;
const BATCH = `mutation($input: BalanceBatchInput!) { previewBalanceBatch(input: $input) { matched unmatched invalid } }`;

let server: TestServer;
let russian: TestWorkspace;
let iranian: TestWorkspace;
beforeAll(async () => {
  server = await startTestServer();
  russian = await server.workspace('Moscow club');
  iranian = await server.workspace('Tehran club');
});
afterAll(async () => server?.close());

describe('workspace settings: the default phone country', () => {
  it('is Iran until an admin changes it, and only an admin may', async () => {
    const { workspaceSettings } = await russian.as.OPERATOR.requestOk(SETTINGS);
    expect(workspaceSettings).toEqual({ name: 'Moscow club', defaultPhoneCountry: 'IR' });
    const refused = await russian.as.MANAGER.request(UPDATE, { input: { defaultPhoneCountry: 'RU' } });
    expect(refused.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const changed = await russian.as.ADMIN.requestOk(UPDATE, { input: { defaultPhoneCountry: 'ru' } });
    expect(changed.updateWorkspaceSettings).toEqual({ defaultPhoneCountry: 'RU' });
    const [audit] = await server.app.orm.em
      .getConnection()
      .execute(
        "select details from audit_event where workspace_id = ? and type = 'WORKSPACE_SETTINGS_CHANGED'",
        [russian.id],
      );
    expect(audit?.details).toEqual({ defaultPhoneCountry: { from: 'IR', to: 'RU' } });
  });

  it('refuses a code that is no country, naming the field, and keeps the old one', async () => {
    for (const bad of ['XX', 'Russia', '']) {
      const answer = await iranian.as.ADMIN.request(UPDATE, { input: { defaultPhoneCountry: bad } });
      expect(answer.errors?.[0]?.extensions?.fields).toMatchObject([
        {
          path: ['input', 'defaultPhoneCountry'],
          problem: { code: 'PHONE_COUNTRY_UNKNOWN', params: { country: bad } },
        },
      ]);
    }
    expect((await iranian.as.ADMIN.requestOk(SETTINGS)).workspaceSettings.defaultPhoneCountry).toBe('IR');
  });

  it("reads a national number in the workspace's country, in forms and in balance files", async () => {
    const inRussia = await russian.as.MANAGER.requestOk(CREATE, {
      input: { attributes: { firstName: 'Анна', mobile: '9161234567' } },
    });
    expect(inRussia.createCustomer.mobile).toBe('+79161234567');
    const inIran = await iranian.as.MANAGER.requestOk(CREATE, {
      input: { attributes: { firstName: 'Sara', mobile: '9161234567' } },
    });
    expect(inIran.createCustomer.mobile).toBe('+989161234567');
    // Numbers with their country code are read the same everywhere.
    const international = await russian.as.MANAGER.requestOk(CREATE, {
      input: { attributes: { firstName: 'Reza', mobile: '+98 912 123 4567' } },
    });
    expect(international.createCustomer.mobile).toBe('+989121234567');

    const file = 'mobile,amount\n8 (916) 123-45-67,10\n9161234567,5\n';
    const batch = await russian.as.MANAGER.requestOk(BATCH, {
      input: { currency: 'coins', identifier: 'MOBILE', csv: file, reason: 'Welcome' },
    });
    expect(batch.previewBalanceBatch).toMatchObject({ matched: 2, unmatched: 0 });
  });
});

describe("workspace settings: the workspace's clock", () => {
  const CLOCK = 'query { workspaceSettings { timeZone quietHours { start end } } }';
  const SET_CLOCK = `mutation($input: WorkspaceSettingsInput!) {
    updateWorkspaceSettings(input: $input) { timeZone quietHours { start end } }
  }`;

  it('takes a time zone and quiet hours spanning midnight, and can drop the quiet hours', async () => {
    expect((await iranian.as.ANALYST.requestOk(CLOCK)).workspaceSettings).toEqual({
      timeZone: 'UTC',
      quietHours: null,
    });
    const set = await iranian.as.ADMIN.requestOk(SET_CLOCK, {
      input: { timeZone: 'Asia/Tehran', quietHours: { start: '22:00', end: '9:00' } },
    });
    expect(set.updateWorkspaceSettings).toEqual({
      timeZone: 'Asia/Tehran',
      quietHours: { start: '22:00', end: '09:00' },
    });
    const cleared = await iranian.as.ADMIN.requestOk(SET_CLOCK, { input: { quietHours: null } });
    expect(cleared.updateWorkspaceSettings).toEqual({ timeZone: 'Asia/Tehran', quietHours: null });
  });

  it('refuses an unknown zone and times that are not times, naming each field, and changes nothing', async () => {
    const answer = await russian.as.ADMIN.request(SET_CLOCK, {
      input: { timeZone: 'Mars/Olympus', quietHours: { start: '24:00', end: '7' } },
    });
    expect(answer.errors?.[0]?.extensions?.fields).toMatchObject([
      {
        path: ['input', 'timeZone'],
        problem: { code: 'TIME_ZONE_UNKNOWN', params: { zone: 'Mars/Olympus' } },
      },
      {
        path: ['input', 'quietHours', 'start'],
        problem: { code: 'QUIET_HOURS_INVALID', params: { got: '24:00' } },
      },
      {
        path: ['input', 'quietHours', 'end'],
        problem: { code: 'QUIET_HOURS_INVALID', params: { got: '7' } },
      },
    ]);
    const empty = await russian.as.ADMIN.request(SET_CLOCK, {
      input: { quietHours: { start: '08:00', end: '08:00' } },
    });
    expect(empty.errors?.[0]?.extensions?.fields).toMatchObject([{ problem: { code: 'QUIET_HOURS_EMPTY' } }]);
    expect((await russian.as.ADMIN.requestOk(CLOCK)).workspaceSettings).toEqual({
      timeZone: 'UTC',
      quietHours: null,
    });
  });
});

describe('workspace settings: one change, whole or not at all', () => {
  const ALL = `mutation($input: WorkspaceSettingsInput!) {
    updateWorkspaceSettings(input: $input) { defaultPhoneCountry timeZone quietHours { start end } }
  }`;
  const READ = 'query { workspaceSettings { defaultPhoneCountry timeZone quietHours { start end } } }';
  const audits = async (id: string) =>
    (
      await server.app.services.sql.query<{ n: string }>(
        "select count(*) as n from audit_event where workspace_id = ? and type = 'WORKSPACE_SETTINGS_CHANGED'",
        [id],
      )
    )[0]?.n;

  it('a good country with bad quiet hours saves neither, and names every bad field', async () => {
    const ws = await server.workspace('Kazan club');
    const answer = await ws.as.ADMIN.request(ALL, {
      input: {
        defaultPhoneCountry: 'RU',
        timeZone: 'Europe/Moscow',
        lifecycle: { newDays: 30, atRiskDays: 60, lostDays: 10 },
        quietHours: { start: '25:00', end: '07:00' },
      },
    });
    expect(answer.errors?.[0]?.extensions?.fields).toMatchObject([
      { path: ['input', 'lifecycle', 'lostDays'], problem: { code: 'LIFECYCLE_LOST_NOT_AFTER_AT_RISK' } },
      { path: ['input', 'quietHours', 'start'], problem: { code: 'QUIET_HOURS_INVALID' } },
    ]);
    expect((await ws.as.ADMIN.requestOk(READ)).workspaceSettings).toEqual({
      defaultPhoneCountry: 'IR',
      timeZone: 'UTC',
      quietHours: null,
    });
    expect(await audits(ws.id)).toBe('0');
    // The same change made right is saved whole, one audit event per part.
    const saved = await ws.as.ADMIN.requestOk(ALL, {
      input: {
        defaultPhoneCountry: 'RU',
        timeZone: 'Europe/Moscow',
        quietHours: { start: '23:00', end: '07:00' },
      },
    });
    expect(saved.updateWorkspaceSettings).toEqual({
      defaultPhoneCountry: 'RU',
      timeZone: 'Europe/Moscow',
      quietHours: { start: '23:00', end: '07:00' },
    });
    expect(await audits(ws.id)).toBe('2');
  });
});
