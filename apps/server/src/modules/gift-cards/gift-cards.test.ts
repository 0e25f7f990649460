import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fieldOf, paramsOf, problemOf } from '../../testing/answers.js';
import { startTestServer, type TestServer, type TestWorkspace } from '../../testing/harness.js';

const CARD_FIELDS = `id code status value currency redeemBy note batchId batchNumber blocked redeemedAt
  redeemedCustomerId redeemedByName`;
const ISSUE = `mutation($input: IssueGiftCardsInput!) { issueGiftCards(input: $input) {
  id number currency value redeemBy note cardCount redeemedCount createdByName codes } }`;
const CHECK = `query($code: String!) { giftCard(code: $code) { ${CARD_FIELDS} } }`;
const REDEEM = `mutation($customerId: ID!, $code: String!) { redeemGiftCard(customerId: $customerId, code: $code) {
  ${CARD_FIELDS} } }`;
const BLOCK = `mutation($id: ID!, $blocked: Boolean!) { setGiftCardBlocked(id: $id, blocked: $blocked) { id status blocked } }`;
const LIST = `query($status: GiftCardStatus, $batchId: ID, $code: String, $offset: Int, $first: Int) {
  giftCards(status: $status, batchId: $batchId, code: $code, offset: $offset, first: $first) {
    totalCount nodes { id code status batchNumber } } }`;
const BATCHES = '{ giftCardBatches { id number cardCount redeemedCount } }';
const CREATE_CUSTOMER = 'mutation($input: CreateCustomerInput!) { createCustomer(input: $input) { id } }';
const BALANCES = 'query($id: ID!) { customer(id: $id) { balances { currency { key } amount } } }';
const LEDGER = `query($id: ID!) { customer(id: $id) { ledger(currency: "credit") {
  edges { node { kind amount reason reasonCode comment expiresAt idempotencyKey } } } } }`;
const HISTORY = `query($id: ID!) { customer(id: $id) { history(types: [GIFT_CARD_REDEEMED, BALANCE_CHANGED]) {
  edges { node { type changes { key newValue } } } } } }`;
const AUDIT = `query($types: [AuditEventType!]) { auditEvents(types: $types, first: 50) {
  edges { node { type subject details actor { name } } } } }`;

const GROUPED = /^[2-9A-HJ-NP-Z]{4}-[2-9A-HJ-NP-Z]{4}-[2-9A-HJ-NP-Z]{4}$/;

let server: TestServer;
let ws: TestWorkspace;
let other: TestWorkspace;
let n = 0;

async function customer(w: TestWorkspace): Promise<string> {
  return (
    await w.as.OPERATOR.requestOk(CREATE_CUSTOMER, { input: { attributes: { firstName: `Holder ${++n}` } } })
  ).createCustomer.id;
}

async function credit(w: TestWorkspace, id: string): Promise<number> {
  const { customer: c } = await w.as.OPERATOR.requestOk(BALANCES, { id });
  return c.balances.find((b: { currency: { key: string } }) => b.currency.key === 'credit')?.amount ?? 0;
}

async function issue(w: TestWorkspace, input: Record<string, unknown>) {
  return (await w.as.MANAGER.requestOk(ISSUE, { input: { currency: 'credit', value: 25.5, ...input } }))
    .issueGiftCards as { id: string; number: number; codes: string[]; cardCount: number };
}

async function sql(text: string, params: unknown[] = []): Promise<void> {
  await server.app.orm.em.getConnection().execute(text, params);
}

beforeAll(async () => {
  server = await startTestServer();
  ws = await server.workspace();
  other = await server.workspace();
});
afterAll(async () => server?.close());

describe('issuing gift cards', () => {
  it('issues one card with a grouped code from the unambiguous alphabet', async () => {
    const batch = await issue(ws, { note: '  Nowruz   1405 ' });
    expect(batch).toMatchObject({ cardCount: 1, note: 'Nowruz 1405', value: 25.5, currency: 'credit' });
    expect(batch.codes).toHaveLength(1);
    expect(batch.codes[0]).toMatch(GROUPED);
    const { giftCard } = await ws.as.OPERATOR.requestOk(CHECK, { code: batch.codes[0] });
    expect(giftCard).toMatchObject({ status: 'ACTIVE', value: 25.5, currency: 'credit', redeemBy: null });
  });

  it('issues a batch of 10,000 in one call, every code unique, numbered after the last batch', async () => {
    const before = (await ws.as.MANAGER.requestOk(BATCHES)).giftCardBatches[0].number;
    const batch = await issue(ws, { count: 10_000, value: 5 });
    expect(batch.number).toBe(before + 1);
    expect(batch.codes).toHaveLength(10_000);
    expect(new Set(batch.codes).size).toBe(10_000);
    expect(batch.codes.every((c) => GROUPED.test(c))).toBe(true);
    const { giftCards } = await ws.as.MANAGER.requestOk(LIST, { batchId: batch.id, first: 10 });
    expect(giftCards.totalCount).toBe(10_000);
    expect(giftCards.nodes).toHaveLength(10);
  });

  it('refuses bad input, each at its field; nothing of a refused batch is written', async () => {
    const cases: [Record<string, unknown>, string, string[]][] = [
      [{ count: 10_001 }, 'NUMBER_RANGE', ['input', 'count']],
      [{ count: 0 }, 'NUMBER_RANGE', ['input', 'count']],
      [{ value: 0 }, 'GIFT_CARD_VALUE_POSITIVE', ['input', 'value']],
      [{ value: -3 }, 'GIFT_CARD_VALUE_POSITIVE', ['input', 'value']],
      [{ value: 1.234 }, 'AMOUNT_DECIMALS', ['input', 'value']],
      [{ currency: 'coins', value: 1.5 }, 'AMOUNT_WHOLE_ONLY', ['input', 'value']],
      [{ currency: 'xp' }, 'CURRENCY_EARN_ONLY', ['input', 'currency']],
      [{ currency: 'gold' }, 'CURRENCY_UNKNOWN', ['input', 'currency']],
      [{ redeemBy: new Date(Date.now() - 1000).toISOString() }, 'EXPIRY_NOT_FUTURE', ['input', 'redeemBy']],
      [{ note: 'x'.repeat(201) }, 'TOO_LONG', ['input', 'note']],
    ];
    const batchesBefore = (await ws.as.MANAGER.requestOk(BATCHES)).giftCardBatches.length;
    for (const [input, code, path] of cases) {
      const answer = await ws.as.MANAGER.request(ISSUE, {
        input: { currency: 'credit', value: 10, ...input },
      });
      expect([problemOf(answer), fieldOf(answer)], JSON.stringify(input)).toEqual([code, path]);
    }
    expect((await ws.as.MANAGER.requestOk(BATCHES)).giftCardBatches).toHaveLength(batchesBefore);
  });

  it('admins and managers issue; operators and analysts do not', async () => {
    expect((await issue(ws, {})).cardCount).toBe(1);
    expect(
      (await ws.as.ADMIN.requestOk(ISSUE, { input: { currency: 'coins', value: 100 } })).issueGiftCards
        .cardCount,
    ).toBe(1);
    for (const role of ['OPERATOR', 'ANALYST'] as const) {
      const answer = await ws.as[role].request(ISSUE, { input: { currency: 'credit', value: 1 } });
      expect(problemOf(answer), role).toBe('FORBIDDEN');
      expect(problemOf(await ws.as[role].request(LIST, {})), role).toBe('FORBIDDEN');
    }
  });

  it('writes GIFT_CARDS_ISSUED, GIFT_CARD_BLOCKED and GIFT_CARD_UNBLOCKED to the audit log', async () => {
    const batch = await issue(ws, { count: 3, note: 'Audit' });
    const card = (await ws.as.MANAGER.requestOk(CHECK, { code: batch.codes[0] })).giftCard;
    await ws.as.MANAGER.requestOk(BLOCK, { id: card.id, blocked: true });
    await ws.as.MANAGER.requestOk(BLOCK, { id: card.id, blocked: true });
    await ws.as.MANAGER.requestOk(BLOCK, { id: card.id, blocked: false });
    const { auditEvents } = await ws.as.ADMIN.requestOk(AUDIT, {
      types: ['GIFT_CARDS_ISSUED', 'GIFT_CARD_BLOCKED', 'GIFT_CARD_UNBLOCKED'],
    });
    const events = auditEvents.edges.map((e: { node: { type: string; subject: string } }) => e.node);
    expect(
      events
        .filter((e: { subject: string }) => e.subject === batch.codes[0])
        .map((e: { type: string }) => e.type),
    ).toEqual(['GIFT_CARD_UNBLOCKED', 'GIFT_CARD_BLOCKED']);
    expect(events.find((e: { subject: string }) => e.subject === `#${batch.number}`)).toMatchObject({
      type: 'GIFT_CARDS_ISSUED',
      details: { count: 3, currency: 'credit', value: 25.5, note: 'Audit' },
    });
  });
});

describe('checking and redeeming', () => {
  it('credits the value through the ledger once, expiring at the redeem-by date, and writes the history', async () => {
    const redeemBy = new Date(Date.now() + 30 * 86_400_000).toISOString();
    const [code] = (await issue(ws, { value: 40, redeemBy })).codes as [string];
    const holder = await customer(ws);
    const card = (await ws.as.OPERATOR.requestOk(REDEEM, { customerId: holder, code: code.toLowerCase() }))
      .redeemGiftCard;
    expect(card).toMatchObject({
      code,
      status: 'REDEEMED',
      redeemedCustomerId: holder,
      redeemedByName: expect.any(String),
    });
    expect(card.redeemedAt).toBeTruthy();
    expect(await credit(ws, holder)).toBe(40);
    const ledger = (await ws.as.OPERATOR.requestOk(LEDGER, { id: holder })).customer.ledger.edges;
    expect(ledger).toHaveLength(1);
    expect(ledger[0].node).toMatchObject({
      kind: 'GRANT',
      amount: 40,
      reason: 'Gift card',
      reasonCode: 'GIFT_CARD',
      comment: code,
      expiresAt: redeemBy,
      idempotencyKey: `gift-card:${card.id}`,
    });
    const history = (await ws.as.OPERATOR.requestOk(HISTORY, { id: holder })).customer.history.edges.map(
      (e: { node: { type: string; changes: unknown } }) => e.node,
    );
    expect(history.map((h: { type: string }) => h.type).sort()).toEqual([
      'BALANCE_CHANGED',
      'GIFT_CARD_REDEEMED',
    ]);
    expect(history.find((h: { type: string }) => h.type === 'GIFT_CARD_REDEEMED').changes).toEqual([
      { key: 'giftCard', newValue: { code, value: 40, currency: 'credit' } },
    ]);

    const again = await ws.as.OPERATOR.request(REDEEM, { customerId: await customer(ws), code });
    expect([problemOf(again), fieldOf(again)]).toEqual(['GIFT_CARD_REDEEMED', ['code']]);
    expect(paramsOf(again)).toEqual({ date: card.redeemedAt.slice(0, 10) });
    expect(await credit(ws, holder)).toBe(40);
    const blockRedeemed = await ws.as.MANAGER.request(BLOCK, { id: card.id, blocked: true });
    expect([problemOf(blockRedeemed), fieldOf(blockRedeemed)]).toEqual(['GIFT_CARD_REDEEMED', ['id']]);
  });

  it('of two tills redeeming one card at the same moment, exactly one credits it', async () => {
    const codes = (await issue(ws, { count: 5, value: 10 })).codes;
    for (const code of codes) {
      const [a, b] = [await customer(ws), await customer(ws)];
      const answers = await Promise.all([
        ws.as.OPERATOR.request(REDEEM, { customerId: a, code }),
        ws.as.MANAGER.request(REDEEM, { customerId: b, code }),
      ]);
      const ok = answers.filter((x) => !x.errors);
      const refused = answers.filter((x) => x.errors);
      expect(ok).toHaveLength(1);
      expect(refused.map(problemOf)).toEqual(['GIFT_CARD_REDEEMED']);
      expect((await credit(ws, a)) + (await credit(ws, b))).toBe(10);
    }
  });

  it('refuses a blocked card until it is unblocked, and an expired one', async () => {
    const [blockedCode, expiredCode] = (await issue(ws, { count: 2, value: 7 })).codes as [string, string];
    const holder = await customer(ws);
    const card = (await ws.as.MANAGER.requestOk(CHECK, { code: blockedCode })).giftCard;
    expect(
      (await ws.as.MANAGER.requestOk(BLOCK, { id: card.id, blocked: true })).setGiftCardBlocked,
    ).toMatchObject({
      status: 'BLOCKED',
    });
    const blocked = await ws.as.OPERATOR.request(REDEEM, { customerId: holder, code: blockedCode });
    expect([problemOf(blocked), fieldOf(blocked)]).toEqual(['GIFT_CARD_BLOCKED', ['code']]);
    await ws.as.MANAGER.requestOk(BLOCK, { id: card.id, blocked: false });
    await ws.as.OPERATOR.requestOk(REDEEM, { customerId: holder, code: blockedCode });

    const expired = (await ws.as.MANAGER.requestOk(CHECK, { code: expiredCode })).giftCard;
    await sql(`update gift_card_batch set redeem_by = '2026-01-15T10:00:00Z' where id = ?`, [
      expired.batchId,
    ]);
    expect((await ws.as.OPERATOR.requestOk(CHECK, { code: expiredCode })).giftCard.status).toBe('EXPIRED');
    const late = await ws.as.OPERATOR.request(REDEEM, { customerId: holder, code: expiredCode });
    expect([problemOf(late), fieldOf(late), paramsOf(late)]).toEqual([
      'GIFT_CARD_EXPIRED',
      ['code'],
      { date: '2026-01-15' },
    ]);
    // The day is the workspace's: 21:00 UTC is already the next day in Tehran.
    await sql(`update workspace set time_zone = 'Asia/Tehran' where id = ?`, [ws.id]);
    await sql(`update gift_card_batch set redeem_by = '2026-01-15T21:00:00Z' where id = ?`, [
      expired.batchId,
    ]);
    const lateInTehran = await ws.as.OPERATOR.request(REDEEM, { customerId: holder, code: expiredCode });
    await sql(`update workspace set time_zone = 'UTC' where id = ?`, [ws.id]);
    expect(paramsOf(lateInTehran)).toEqual({ date: '2026-01-16' });
    expect(await credit(ws, holder)).toBe(7);
  });

  it('refuses an unknown code, a malformed one and an inactive customer', async () => {
    const holder = await customer(ws);
    for (const code of ['2345-6789-ABCD', 'not a code', '']) {
      const answer = await ws.as.OPERATOR.request(REDEEM, { customerId: holder, code });
      expect([problemOf(answer), fieldOf(answer)], code).toEqual(['GIFT_CARD_NOT_FOUND', ['code']]);
      expect((await ws.as.OPERATOR.requestOk(CHECK, { code })).giftCard).toBeNull();
    }
    const [code] = (await issue(ws, {})).codes as [string];
    await sql(`update customer set status = 'INACTIVE' where id = ?`, [holder]);
    const inactive = await ws.as.OPERATOR.request(REDEEM, { customerId: holder, code });
    expect([problemOf(inactive), fieldOf(inactive)]).toEqual(['CUSTOMER_INACTIVE', ['customerId']]);
    expect((await ws.as.OPERATOR.requestOk(CHECK, { code })).giftCard.status).toBe('ACTIVE');
  });

  it('operators and managers redeem and check; analysts do neither', async () => {
    const [code] = (await issue(ws, {})).codes as [string];
    const holder = await customer(ws);
    expect(problemOf(await ws.as.ANALYST.request(REDEEM, { customerId: holder, code }))).toBe('FORBIDDEN');
    expect(problemOf(await ws.as.ANALYST.request(CHECK, { code }))).toBe('FORBIDDEN');
    expect((await ws.as.MANAGER.requestOk(REDEEM, { customerId: holder, code })).redeemGiftCard.status).toBe(
      'REDEEMED',
    );
  });
});

describe('workspaces', () => {
  it("another workspace's code is not found, not redeemed, not listed, not blocked", async () => {
    const batch = await issue(ws, { count: 2 });
    const [code] = batch.codes as [string];
    const card = (await ws.as.MANAGER.requestOk(CHECK, { code })).giftCard;
    const stranger = await customer(other);
    expect((await other.as.OPERATOR.requestOk(CHECK, { code })).giftCard).toBeNull();
    const redeem = await other.as.OPERATOR.request(REDEEM, { customerId: stranger, code });
    expect([problemOf(redeem), fieldOf(redeem)]).toEqual(['GIFT_CARD_NOT_FOUND', ['code']]);
    const block = await other.as.MANAGER.request(BLOCK, { id: card.id, blocked: true });
    expect([problemOf(block), fieldOf(block)]).toEqual(['GIFT_CARD_NOT_FOUND', ['id']]);
    expect((await other.as.MANAGER.requestOk(LIST, { batchId: batch.id })).giftCards.totalCount).toBe(0);
    expect((await other.as.MANAGER.requestOk(BATCHES)).giftCardBatches).toEqual([]);
    // A customer of another workspace cannot receive this workspace's card either.
    expect(problemOf(await ws.as.OPERATOR.request(REDEEM, { customerId: stranger, code }))).toBe(
      'CUSTOMER_NOT_FOUND',
    );
    expect((await ws.as.MANAGER.requestOk(CHECK, { code })).giftCard.status).toBe('ACTIVE');
  });
});

describe('listing', () => {
  it('filters by status, batch and part of a code typed in any way', async () => {
    const batch = await issue(ws, { count: 4, value: 3 });
    const [first, second] = batch.codes as [string, string];
    const holder = await customer(ws);
    await ws.as.OPERATOR.requestOk(REDEEM, { customerId: holder, code: first });
    const page = async (vars: Record<string, unknown>) =>
      (await ws.as.MANAGER.requestOk(LIST, { batchId: batch.id, ...vars })).giftCards;
    expect((await page({ status: 'REDEEMED' })).nodes.map((c: { code: string }) => c.code)).toEqual([first]);
    expect((await page({ status: 'ACTIVE' })).totalCount).toBe(3);
    const part = second.slice(3, 8).toLowerCase();
    expect((await page({ code: part })).nodes.map((c: { code: string }) => c.code)).toContain(second);
    expect((await page({ offset: 2, first: 1 })).nodes).toHaveLength(1);
    const batches = (await ws.as.MANAGER.requestOk(BATCHES)).giftCardBatches;
    expect(batches[0]).toMatchObject({ id: batch.id, cardCount: 4, redeemedCount: 1 });
  });
});
