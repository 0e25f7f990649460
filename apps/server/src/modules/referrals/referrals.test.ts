import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer, type TestWorkspace } from '../../testing/harness.js';

const CREATE = 'mutation($input: CreateCustomerInput!) { createCustomer(input: $input) { id } }';
const RECORD = `mutation($input: RecordReferralInput!) { recordReferral(input: $input) { referrerId rewards { id } } }`;
const CLEAR = 'mutation($id: ID!) { clearReferral(customerId: $id) { id referrer { id } } }';
const CARD = `query($id: ID!) { customer(id: $id) { referrer { id displayName number } referredCustomers { id displayName }
  history(types: [REFERRAL_RECORDED, REFERRAL_CLEARED]) { edges { node { type changes { key oldValue newValue } } } } } }`;

let server: TestServer;
let ws: TestWorkspace;
let ids: Record<'ivan' | 'maria' | 'nina', string>;

beforeAll(async () => {
  server = await startTestServer();
  ws = await server.workspace();
  const create = async (firstName: string) =>
    (await ws.as.OPERATOR.requestOk(CREATE, { input: { attributes: { firstName } } })).createCustomer
      .id as string;
  ids = { ivan: await create('Ivan'), maria: await create('Maria'), nina: await create('Nina') };
  // Referrers earn 50 coins when someone names them.
  await ws.as.ADMIN.requestOk(
    'mutation($input: ProgrammeInput!) { updateLoyaltyProgramme(input: $input) { timeZone } }',
    { input: { timeZone: 'UTC', rules: { referralJoinReward: [{ currency: 'coins', amount: 50 }] } } },
  );
});
afterAll(async () => server?.close());

const problemOf = (answer: { errors?: { extensions?: Record<string, unknown> }[] }) =>
  (answer.errors?.[0]?.extensions?.fields as { problem: { code: string } }[] | undefined)?.[0]?.problem.code;

describe('the referrer on the card', () => {
  it('shows who referred a customer and whom a customer referred', async () => {
    const first = await ws.as.OPERATOR.requestOk(RECORD, {
      input: { customerId: ids.maria, referrerId: ids.ivan },
    });
    expect(first.recordReferral.rewards).toHaveLength(1);
    const maria = (await ws.as.ANALYST.requestOk(CARD, { id: ids.maria })).customer;
    expect(maria.referrer).toEqual({ id: ids.ivan, displayName: 'Ivan', number: 1 });
    const ivan = (await ws.as.ANALYST.requestOk(CARD, { id: ids.ivan })).customer;
    expect(ivan.referredCustomers).toEqual([{ id: ids.maria, displayName: 'Maria' }]);
  });

  it('is cleared by staff, in the history; a second clear is refused', async () => {
    const cleared = await ws.as.MANAGER.requestOk(CLEAR, { id: ids.maria });
    expect(cleared.clearReferral).toEqual({ id: ids.maria, referrer: null });
    const maria = (await ws.as.ANALYST.requestOk(CARD, { id: ids.maria })).customer;
    expect(maria.history.edges[0].node).toEqual({
      type: 'REFERRAL_CLEARED',
      changes: [{ key: 'referrer', oldValue: ids.ivan, newValue: null }],
    });
    expect((await ws.as.ANALYST.requestOk(CARD, { id: ids.ivan })).customer.referredCustomers).toEqual([]);
    expect(problemOf(await ws.as.MANAGER.request(CLEAR, { id: ids.maria }))).toBe('REFERRER_NONE');
    const analyst = await ws.as.ANALYST.request(CLEAR, { id: ids.maria });
    expect(analyst.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });

  it('set again to someone else, no second join reward is paid for the same customer', async () => {
    const again = await ws.as.OPERATOR.requestOk(RECORD, {
      input: { customerId: ids.maria, referrerId: ids.nina },
    });
    expect(again.recordReferral).toEqual({ referrerId: ids.nina, rewards: [] });
    expect((await ws.as.ANALYST.requestOk(CARD, { id: ids.maria })).customer.referrer.id).toBe(ids.nina);
  });
});
