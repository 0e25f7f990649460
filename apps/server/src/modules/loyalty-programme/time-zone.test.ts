import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer, type TestWorkspace } from '../../testing/harness.js';

const PROGRAMME = 'query { loyaltyProgramme { timeZone } }';
const SET_PROGRAMME = `mutation($input: ProgrammeInput!) { updateLoyaltyProgramme(input: $input) { timeZone } }`;
const SETTINGS = 'query { workspaceSettings { timeZone } }';
const SET_SETTINGS = `mutation($input: WorkspaceSettingsInput!) { updateWorkspaceSettings(input: $input) { timeZone } }`;
const AUDIT = '{ auditEvents(first: 5, types: [WORKSPACE_SETTINGS_CHANGED]) { edges { node { details } } } }';

let server: TestServer;
let ws: TestWorkspace;
beforeAll(async () => {
  server = await startTestServer();
  ws = await server.workspace('One clock club');
});
afterAll(async () => server?.close());

describe("the programme's time zone is the workspace's", () => {
  it("follows the workspace settings, and a zone set on the programme is the workspace's, audited", async () => {
    await ws.as.ADMIN.requestOk(SET_SETTINGS, { input: { timeZone: 'Asia/Tehran' } });
    expect((await ws.as.ADMIN.requestOk(PROGRAMME)).loyaltyProgramme.timeZone).toBe('Asia/Tehran');

    const set = await ws.as.ADMIN.requestOk(SET_PROGRAMME, { input: { timeZone: 'Europe/Moscow' } });
    expect(set.updateLoyaltyProgramme.timeZone).toBe('Europe/Moscow');
    expect((await ws.as.ADMIN.requestOk(SETTINGS)).workspaceSettings.timeZone).toBe('Europe/Moscow');
    const audit = (await ws.as.ADMIN.requestOk(AUDIT)).auditEvents.edges.map(
      (e: { node: { details: unknown } }) => e.node.details,
    );
    expect(audit[0]).toMatchObject({
      clock: { from: { timeZone: 'Asia/Tehran' }, to: { timeZone: 'Europe/Moscow' } },
    });
  });

  it('refuses an unknown zone on the programme and leaves both the rules and the clock as they were', async () => {
    const before = (await ws.as.ADMIN.requestOk(SETTINGS)).workspaceSettings.timeZone;
    const refused = await ws.as.ADMIN.request(SET_PROGRAMME, {
      input: { rules: { cashbackPercent: 5 }, timeZone: 'Mars/Olympus' },
    });
    expect(refused.errors?.[0]?.extensions?.fields).toMatchObject([
      { path: ['input', 'timeZone'], problem: { code: 'TIME_ZONE_INVALID' } },
    ]);
    expect((await ws.as.ADMIN.requestOk(SETTINGS)).workspaceSettings.timeZone).toBe(before);
    const rules = await ws.as.ADMIN.requestOk('query { loyaltyProgramme { rules } }');
    expect(rules.loyaltyProgramme.rules.cashbackPercent).not.toBe(5);
  });
});
