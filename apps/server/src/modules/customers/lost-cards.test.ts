import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { refusalText } from '../../common/refusal-text.js';
import { fieldOf, problemOf } from '../../testing/answers.js';
import { startTestServer, type TestServer, type TestWorkspace } from '../../testing/harness.js';

const CREATE = 'mutation($input: CreateCustomerInput!) { createCustomer(input: $input) { id cardNumber } }';
const UPDATE =
  'mutation($id: ID!, $input: UpdateCustomerInput!) { updateCustomer(id: $id, input: $input) { id cardNumber } }';
const REPORT = `mutation($id: ID!, $card: String!, $reason: String) {
  reportLostCard(customerId: $id, newCardNumber: $card, reason: $reason) {
    id cardNumber lostCards { cardNumber reason reportedAt reportedBy } } }`;
const BY_CARD = 'query($card: String!) { customerByCard(cardNumber: $card) { id cardNumber } }';
const CARD = `query($id: ID!) { customer(id: $id) { cardNumber lostCards { cardNumber reason reportedBy }
  history(first: 5) { edges { node { type actor { name } changes { key oldValue newValue } } } } } }`;

let server: TestServer;
let ws: TestWorkspace;
let other: TestWorkspace;
let n = 0;
const card = () => `${Date.now() % 1_000_000}${++n}`;

async function customer(w: TestWorkspace, attributes: Record<string, unknown>): Promise<string> {
  return (
    await w.as.OPERATOR.requestOk(CREATE, { input: { attributes: { firstName: `C${++n}`, ...attributes } } })
  ).createCustomer.id;
}

beforeAll(async () => {
  server = await startTestServer();
  ws = await server.workspace();
  other = await server.workspace('Other club');
});
afterAll(async () => server?.close());

describe('a lost card', () => {
  it('is recorded, the customer gets the new number and the history says old → new and why', async () => {
    const old = card();
    const fresh = card();
    const id = await customer(ws, { cardNumber: old });
    const done = (
      await ws.as.OPERATOR.requestOk(REPORT, { id, card: ` ${fresh} `, reason: 'Lost at the gym' })
    ).reportLostCard;
    expect(done.cardNumber).toBe(fresh);
    expect(done.lostCards).toMatchObject([
      { cardNumber: old, reason: 'Lost at the gym', reportedBy: 'OPERATOR person' },
    ]);

    const shown = (await ws.as.ANALYST.requestOk(CARD, { id })).customer;
    expect(shown.lostCards).toEqual([
      { cardNumber: old, reason: 'Lost at the gym', reportedBy: 'OPERATOR person' },
    ]);
    const reissued = shown.history.edges.filter(
      (e: { node: { type: string } }) => e.node.type === 'CARD_REISSUED',
    );
    expect(reissued).toHaveLength(1);
    expect(reissued[0].node).toEqual({
      type: 'CARD_REISSUED',
      actor: { name: 'OPERATOR person' },
      changes: [
        { key: 'cardNumber', oldValue: old, newValue: fresh },
        { key: 'reason', oldValue: null, newValue: 'Lost at the gym' },
      ],
    });
    // The new card finds the customer; the lost one says when it was lost and never the new number.
    expect((await ws.as.OPERATOR.requestOk(BY_CARD, { card: fresh })).customerByCard).toEqual({
      id,
      cardNumber: fresh,
    });
    const lost = await ws.as.OPERATOR.request(BY_CARD, { card: old });
    expect(problemOf(lost)).toBe('CARD_LOST');
    expect(lost.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    const problem = lost.errors?.[0]?.extensions?.problem as { params: { reportedAt: string } } | undefined;
    const params = { reportedAt: '', ...problem?.params };
    expect(Date.now() - Date.parse(params.reportedAt)).toBeLessThan(60_000);
    expect(JSON.stringify(lost)).not.toContain(fresh);
    expect(problemOf(await ws.as.OPERATOR.request(BY_CARD, { card: card() }))).toBe('CUSTOMER_NOT_FOUND');
  });

  it('is never given again: create, edit, reissue and unmerge are refused naming the card number', async () => {
    const old = card();
    const owner = await customer(ws, { cardNumber: old });
    await ws.as.OPERATOR.requestOk(REPORT, { id: owner, card: card() });

    const created = await ws.as.OPERATOR.request(CREATE, {
      input: { attributes: { firstName: 'X', cardNumber: old } },
    });
    expect(problemOf(created)).toBe('CARD_NUMBER_LOST');
    expect(fieldOf(created)).toEqual(['input', 'attributes', 'cardNumber']);
    const attached = await ws.as.OPERATOR.request(
      'mutation($input: CreateCustomerInput!) { createCustomer(input: $input) { id } }',
      { input: { attributes: { cardNumber: old }, onDuplicate: 'ATTACH_AS_CHILD' } },
    );
    expect(problemOf(attached)).toBe('CARD_NUMBER_LOST');

    const someone = await customer(ws, {});
    const edited = await ws.as.OPERATOR.request(UPDATE, {
      id: someone,
      input: { attributes: { cardNumber: old } },
    });
    expect(problemOf(edited)).toBe('CARD_NUMBER_LOST');
    expect(fieldOf(edited)).toEqual(['input', 'attributes', 'cardNumber']);

    const holder = await customer(ws, { cardNumber: card() });
    const reissued = await ws.as.OPERATOR.request(REPORT, { id: holder, card: old });
    expect(problemOf(reissued)).toBe('CARD_NUMBER_LOST');
    expect(fieldOf(reissued)).toEqual(['newCardNumber']);
    // The same number again is the lost one too; nothing was recorded by the refusals.
    const same = await ws.as.OPERATOR.request(REPORT, {
      id: owner,
      card: (await ws.as.OPERATOR.requestOk(CARD, { id: owner })).customer.cardNumber,
    });
    expect(problemOf(same)).toBe('CARD_NUMBER_LOST');
    expect((await ws.as.OPERATOR.requestOk(CARD, { id: holder })).customer.lostCards).toEqual([]);
    expect((await ws.as.OPERATOR.requestOk(CARD, { id: owner })).customer.lostCards).toHaveLength(1);

    // A merged-away profile keeps its card; its main takes that number and loses it: unmerging is refused.
    const mergedCard = card();
    const main = await customer(ws, { cardNumber: card() });
    const merged = await customer(ws, { cardNumber: mergedCard });
    await ws.as.MANAGER.requestOk(
      'mutation($a: ID!, $b: ID!) { mergeCustomers(mainCustomerId: $a, mergedCustomerId: $b) { mergedAt } }',
      { a: main, b: merged },
    );
    await ws.as.OPERATOR.requestOk(UPDATE, { id: main, input: { attributes: { cardNumber: mergedCard } } });
    await ws.as.OPERATOR.requestOk(REPORT, { id: main, card: card() });
    const unmerged = await ws.as.MANAGER.request(
      'mutation($id: ID!) { unmergeCustomer(customerId: $id) { mergedAt } }',
      { id: merged },
    );
    expect(problemOf(unmerged)).toBe('CARD_NUMBER_LOST');
    expect(fieldOf(unmerged)).toEqual(['cardNumber']);
  });

  it('refuses a taken new number, a blank one and a customer with no card', async () => {
    const taken = card();
    await customer(ws, { cardNumber: taken });
    const id = await customer(ws, { cardNumber: card() });
    const clash = await ws.as.OPERATOR.request(REPORT, { id, card: taken });
    expect(problemOf(clash)).toBe('VALUE_TAKEN');
    expect(fieldOf(clash)).toEqual(['newCardNumber']);
    const blank = await ws.as.OPERATOR.request(REPORT, { id, card: '   ' });
    expect(problemOf(blank)).toBe('REQUIRED');
    expect(fieldOf(blank)).toEqual(['newCardNumber']);
    const long = await ws.as.OPERATOR.request(REPORT, { id, card: card(), reason: 'x'.repeat(301) });
    expect(problemOf(long)).toBe('TOO_LONG');
    expect(fieldOf(long)).toEqual(['reason']);
    const none = await customer(ws, {});
    const nothing = await ws.as.OPERATOR.request(REPORT, { id: none, card: card() });
    expect(problemOf(nothing)).toBe('CARD_NONE_TO_REPORT');
    expect(fieldOf(nothing)).toEqual(['customerId']);
    expect((await ws.as.OPERATOR.requestOk(CARD, { id })).customer.lostCards).toEqual([]);
  });

  it('is reported by whoever edits customers; an analyst may not', async () => {
    const id = await customer(ws, { cardNumber: card() });
    expect(problemOf(await ws.as.ANALYST.request(REPORT, { id, card: card() }))).toBe('FORBIDDEN');
    expect((await ws.as.MANAGER.request(REPORT, { id, card: card() })).errors).toBeUndefined();
    expect((await ws.as.ANALYST.request(BY_CARD, { card: card() })).errors?.[0]?.extensions?.code).toBe(
      'NOT_FOUND',
    );
  });

  it('is lost in its workspace only', async () => {
    const old = card();
    const id = await customer(ws, { cardNumber: old });
    await ws.as.OPERATOR.requestOk(REPORT, { id, card: card() });
    expect(problemOf(await other.as.OPERATOR.request(BY_CARD, { card: old }))).toBe('CUSTOMER_NOT_FOUND');
    const there = await customer(other, { cardNumber: old });
    expect((await other.as.OPERATOR.requestOk(BY_CARD, { card: old })).customerByCard.id).toBe(there);
    // Another workspace can neither report this one's customer's card nor see its lost cards.
    expect(problemOf(await other.as.OPERATOR.request(REPORT, { id, card: card() }))).toBe(
      'CUSTOMER_NOT_FOUND',
    );
    expect((await other.as.OPERATOR.requestOk(CARD, { id: there })).customer.lostCards).toEqual([]);
  });

  it('makes an import row carrying it invalid, with the reason in the report', async () => {
    const old = card();
    const id = await customer(ws, { cardNumber: old, mobile: '+989121110000' });
    await ws.as.OPERATOR.requestOk(REPORT, { id, card: card() });
    const cookie = [...ws.as.MANAGER.cookies].map(([k, v]) => `${k}=${v}`).join('; ');
    const body = [
      'First name,Card number,Mobile',
      `Lost,${old},`,
      `Fresh,${card()},+989121110001`,
      `Again,${old},+989121110000`,
    ].join('\r\n');
    const res = await fetch(`${server.url}/files`, {
      method: 'POST',
      headers: { cookie, 'x-patron-csrf': '1', 'x-file-name': 'cards.csv' },
      body,
    });
    const { fileId } = (await res.json()) as { fileId: string };
    const fields = 'id state counts { created updated invalid } reportFileId';
    const opened = (
      await ws.as.MANAGER.requestOk(
        `mutation($input: OpenImportInput!) { openImport(input: $input) { ${fields} } }`,
        { input: { fileId, kind: 'CUSTOMERS' } },
      )
    ).openImport;
    await ws.as.MANAGER.requestOk(
      `mutation($input: ConfigureImportInput!) { configureImport(input: $input) { id } }`,
      { input: { id: opened.id, matchOn: 'MOBILE', mode: 'CREATE_OR_UPDATE' } },
    );
    const preview = (
      await ws.as.MANAGER.requestOk(
        'query($id: ID!) { importPreview(id: $id) { rows { line outcome problem { code } } } }',
        { id: opened.id },
      )
    ).importPreview.rows;
    expect(
      preview.map((r: { outcome: string; problem: { code: string } | null }) => [
        r.outcome,
        r.problem?.code ?? null,
      ]),
    ).toEqual([
      ['INVALID', 'CARD_NUMBER_LOST'],
      ['NEW', null],
      ['INVALID', 'CARD_NUMBER_LOST'],
    ]);
    await ws.as.MANAGER.requestOk(`mutation($id: ID!) { startImport(id: $id) { id } }`, { id: opened.id });
    let job = opened;
    for (let i = 0; i < 300 && !['DONE', 'FAILED', 'CANCELLED'].includes(job.state); i++) {
      await new Promise((r) => setTimeout(r, 100));
      job = (
        await ws.as.MANAGER.requestOk(`query($id: ID!) { import(id: $id) { ${fields} } }`, { id: opened.id })
      ).import;
    }
    expect(job.state).toBe('DONE');
    expect(job.counts).toEqual({ created: 1, updated: 0, invalid: 2 });
    const report = await fetch(`${server.url}/files/${job.reportFileId}`, { headers: { cookie } });
    expect(await report.text()).toContain('This card number was reported lost and is never given again');
    expect(refusalText('CARD_NUMBER_LOST', {}, 'fa')).toBe(
      'این کارت مفقود اعلام شده و شماره‌اش دیگر به کسی داده نمی‌شود',
    );
    expect(refusalText('CARD_NUMBER_LOST', {}, 'ru')).toContain('утерянной');
  });
});
