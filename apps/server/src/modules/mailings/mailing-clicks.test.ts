import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  type SmtpPeer,
  startSmtpPeer,
  startTestServer,
  type TestServer,
  type TestWorkspace,
} from '../../testing/harness.js';

const SECRET_KEY = 'test-only-key-mailing-clicks-0123456789';
const SAVE_ACCOUNT =
  'mutation($input: SaveChannelAccountInput!) { saveChannelAccount(input: $input) { id } }';
const CREATE_TEMPLATE =
  'mutation($input: MessageTemplateInput!) { createMessageTemplate(input: $input) { id } }';
const CREATE_CUSTOMER = 'mutation($input: CreateCustomerInput!) { createCustomer(input: $input) { id } }';
const GRANT = 'mutation($input: ConsentChangeInput!) { grantConsent(input: $input) { kind } }';
const CREATE_MAILING = 'mutation($input: MailingInput!) { createMailing(input: $input) { id trackClicks } }';
const UPDATE_MAILING =
  'mutation($id: ID!, $input: MailingInput!) { updateMailing(id: $id, input: $input) { trackClicks } }';
const START = 'mutation($id: ID!) { startMailing(id: $id) { id } }';
const REPORT = `query($id: ID!) { mailingReport(mailingId: $id) { clicked clickRate opened openRate } }`;
const COUNTS = 'query($id: ID!) { mailing(id: $id) { state counts { sent clicked opened } } }';
const HISTORY = `query($id: ID!) { customer(id: $id) { history(types: [MESSAGE_CLICKED, MESSAGE_OPENED]) {
  edges { node { type changes { key newValue } } } } } }`;
const ERASE = 'mutation($id: ID!) { eraseCustomer(id: $id) { customerId } }';

const SHOP = 'https://shop.example/spring?utm=mail&x=1';
const BLOG = 'https://blog.example/news';

let peer: SmtpPeer;
let server: TestServer;
let ws: TestWorkspace;
let templateId: string;
const c: Record<string, string> = {};

async function customer(name: string) {
  const { createCustomer } = await ws.as.OPERATOR.requestOk(CREATE_CUSTOMER, {
    input: { attributes: { firstName: name, email: `${name.toLowerCase()}@clicks.test`, language: 'en' } },
  });
  await ws.as.OPERATOR.requestOk(GRANT, {
    input: { customerId: createCustomer.id, kind: 'EMAIL', capturedVia: 'WEBSITE' },
  });
  c[name] = createCustomer.id;
}

/** Sends a mailing to these customers through the SMTP peer; its id and each one's received email. */
async function send(names: string[], trackClicks?: boolean, template = templateId) {
  const before = peer.received.length;
  const input = {
    name: `Spring ${names.join(' ')}`,
    channel: 'EMAIL',
    templateId: template,
    audience: { customerIds: names.map((n) => c[n]) },
    ...(trackClicks === undefined ? {} : { trackClicks }),
  };
  const { createMailing } = await ws.as.MANAGER.requestOk(CREATE_MAILING, { input });
  expect(createMailing.trackClicks).toBe(trackClicks ?? true);
  await ws.as.MANAGER.requestOk(START, { id: createMailing.id });
  for (let i = 0; i < 100; i++) {
    const { mailing } = await ws.as.MANAGER.requestOk(COUNTS, { id: createMailing.id });
    if (mailing.state === 'SENT') break;
    await server.app.services.jobs.kick('mailings.deliver');
    await new Promise((r) => setTimeout(r, 100));
  }
  const mails = Object.fromEntries(
    names.map((n) => {
      // Only what this mailing sent: a recipient it skipped has none.
      const got = peer.received
        .slice(before)
        .filter((m) => m.envelope.to.includes(`${n.toLowerCase()}@clicks.test`));
      expect(got, `${n}'s email`).toHaveLength(1);
      return [n, got[0]?.mail];
    }),
  );
  return { id: createMailing.id as string, mails };
}

const tracked = (html: string) =>
  [...html.matchAll(/href=(["'])(.*?)\1/g)].map((m) => m[2] as string).filter((u) => u.includes('/c/'));
/** The path of a link of ours: the test server's public URL is its configured one, not its port. */
const path = (url: string) => new URL(url).pathname;
const get = (p: string) => fetch(`${server.url}${p}`, { redirect: 'manual' });
const history = async (name: string) =>
  (await ws.as.MANAGER.requestOk(HISTORY, { id: c[name] })).customer.history.edges.map(
    (e: { node: { type: string; changes: { key: string; newValue: unknown }[] } }) => e.node,
  );

/** A server (with or without PATRON_SECRET_KEY), its workspace's mail account, template and customers. */
async function setUp(secretKey: string | null) {
  server = await startTestServer({ secretKey });
  ws = await server.workspace('Clicks club');
  await ws.as.ADMIN.requestOk(SAVE_ACCOUNT, {
    input: {
      provider: 'smtp',
      name: 'Mail',
      settings: Object.entries({
        host: '127.0.0.1',
        port: String(peer.port),
        security: 'none',
        fromAddress: 'news@club.example',
        fromName: 'Club',
      }).map(([key, value]) => ({ key, value })),
    },
  });
  ({
    createMessageTemplate: { id: templateId },
  } = await ws.as.MANAGER.requestOk(CREATE_TEMPLATE, {
    input: {
      name: 'Spring links',
      channel: 'EMAIL',
      contents: [
        {
          language: 'EN',
          subject: 'Spring, {{ customer.first_name }}',
          html: `<html><body><p>Hello {{ customer.first_name }}</p>
<p><a href="${SHOP.replace('&', '&amp;')}">Shop</a> or <a href='${BLOG}'>read</a>.</p>
<p><a href="{{ unsubscribe_url }}">Unsubscribe</a></p></body></html>`,
          text: 'Shop at https://shop.example/spring. Leave: {{ unsubscribe_url }}',
        },
      ],
    },
  }));
  for (const name of ['Ann', 'Ben', 'Cat', 'Dan']) await customer(name);
}

beforeAll(async () => {
  peer = await startSmtpPeer();
  await setUp(SECRET_KEY);
});
afterAll(async () => {
  await server?.close();
  await peer?.close();
});

describe('tracked links of a mailing', () => {
  it('rewrites the links but the unsubscribe link, redirects a click to the link and counts it once', async () => {
    const { id, mails } = await send(['Ann', 'Ben']);
    const ann = mails.Ann;
    const html = String(ann?.html || '');
    const links = tracked(html);
    expect(links).toHaveLength(2);
    expect(html).not.toContain('shop.example');
    expect(html).not.toContain('blog.example');
    // The unsubscribe link stays ours and direct, in the body and in the header.
    expect(html).toMatch(/href="http[^"]+\/unsubscribe\/[\w.-]+"/);
    expect(ann?.text).toMatch(/^Shop at http[^\s]+\/c\/[\w.-]+\. Leave: http[^\s]+\/unsubscribe\//);
    expect(ann?.headerLines.find((h) => h.key === 'list-unsubscribe')?.line).toMatch(/\/unsubscribe\//);
    expect(html).toMatch(/<img src="http[^"]+\/o\/[\w.-]+"[^>]*><\/body>/);

    const first = await get(path(links[0] as string));
    expect(first.status).toBe(302);
    expect(first.headers.get('location')).toBe(SHOP);
    const second = await get(path(links[1] as string));
    expect(second.headers.get('location')).toBe(BLOG);
    expect((await get(path(links[0] as string))).status).toBe(302);

    expect((await ws.as.ANALYST.requestOk(REPORT, { id })).mailingReport).toEqual({
      clicked: 1,
      clickRate: 0.5,
      opened: 0,
      openRate: 0,
    });
    expect((await ws.as.ANALYST.requestOk(COUNTS, { id })).mailing.counts).toEqual({
      sent: 2,
      clicked: 1,
      opened: 0,
    });
    const events = await history('Ann');
    expect(events).toEqual([
      {
        type: 'MESSAGE_CLICKED',
        changes: [
          { key: 'mailing', newValue: { id, name: 'Spring Ann Ben', channel: 'EMAIL' } },
          { key: 'url', newValue: SHOP },
        ],
      },
    ]);
    expect(await history('Ben')).toEqual([]);

    // The tracking image: its first load counts the message as opened, a second does not.
    const pixel = html.match(/<img src="([^"]+\/o\/[^"]+)"/)?.[1] as string;
    const image = await get(path(pixel));
    expect(image.status).toBe(200);
    expect(image.headers.get('content-type')).toBe('image/gif');
    await get(path(pixel));
    expect((await ws.as.ANALYST.requestOk(REPORT, { id })).mailingReport.opened).toBe(1);
    expect((await history('Ann')).map((e: { type: string }) => e.type).sort()).toEqual([
      'MESSAGE_CLICKED',
      'MESSAGE_OPENED',
    ]);
  });

  it('answers a token with one changed byte with a 404 page, never a redirect', async () => {
    const { id, mails } = await send(['Cat']);
    const link = path(tracked(String(mails.Cat?.html))[0] as string);
    const token = link.slice('/c/'.length);
    const [payload = '', signature = ''] = token.split('.');
    // The link's last byte changed: what a forger would do to send people elsewhere.
    const bytes = Buffer.from(payload, 'base64url');
    bytes[bytes.length - 1] = (bytes.at(-1) as number) ^ 1;
    const forged = await get(`/c/${bytes.toString('base64url')}.${signature}`);
    expect(forged.status).toBe(404);
    expect(forged.headers.get('location')).toBeNull();
    const page = await forged.text();
    expect(page).toContain('MAILING_LINK_INVALID');
    expect(page).toContain('<html lang="en"');
    const fa = await fetch(`${server.url}/c/garbage?lang=fa`, { redirect: 'manual' });
    expect(fa.status).toBe(404);
    expect(await fa.text()).toContain('dir="rtl"');
    // An unsubscribe token is no click token.
    const unsubscribe = String(mails.Cat?.html).match(/\/unsubscribe\/([\w.-]+)/)?.[1];
    expect((await get(`/c/${unsubscribe}`)).status).toBe(404);
    expect((await ws.as.ANALYST.requestOk(REPORT, { id })).mailingReport.clicked).toBe(0);
  });

  it('leaves the links as they are when the mailing does not track clicks', async () => {
    const { createMailing } = await ws.as.MANAGER.requestOk(CREATE_MAILING, {
      input: { name: 'Draft', channel: 'EMAIL', templateId, audience: { customerIds: [c.Dan] } },
    });
    const { updateMailing } = await ws.as.MANAGER.requestOk(UPDATE_MAILING, {
      id: createMailing.id,
      input: {
        name: 'Draft',
        channel: 'EMAIL',
        templateId,
        audience: { customerIds: [c.Dan] },
        trackClicks: false,
      },
    });
    expect(updateMailing.trackClicks).toBe(false);

    const { mails } = await send(['Dan'], false);
    const html = String(mails.Dan?.html);
    expect(tracked(html)).toEqual([]);
    expect(html).toContain(`href="${SHOP.replace('&', '&amp;')}"`);
    expect(html).toContain(`href='${BLOG}'`);
    expect(html).not.toContain('/o/');
    expect(mails.Dan?.text).toMatch(/^Shop at https:\/\/shop\.example\/spring\. /);
  });

  it("redirects a click on an erased customer's message but records nothing", async () => {
    const { id, mails } = await send(['Ben']);
    const link = path(tracked(String(mails.Ben?.html))[0] as string);
    await ws.as.ADMIN.requestOk(ERASE, { id: c.Ben });
    const res = await get(link);
    expect(res.status).toBe(302);
    expect(res.headers.get('location')).toBe(SHOP);
    expect((await ws.as.ANALYST.requestOk(REPORT, { id })).mailingReport.clicked).toBe(0);
    const [row] = await server.app.orm.em
      .getConnection()
      .execute<{ clicked_at: Date | null }[]>(
        'select clicked_at from mailing_message where mailing_id = ? and customer_id = ?',
        [id, c.Ben],
      );
    expect(row?.clicked_at).toBeNull();
  });
});

describe('without PATRON_SECRET_KEY', () => {
  it('sends the links as they are: nothing could be signed', async () => {
    await server.close();
    await setUp(null);
    // Without the key there is no unsubscribe link either: a template naming it would skip everyone.
    const { createMessageTemplate } = await ws.as.MANAGER.requestOk(CREATE_TEMPLATE, {
      input: {
        name: 'Links only',
        channel: 'EMAIL',
        contents: [{ language: 'EN', subject: 'Spring', html: `<p><a href='${BLOG}'>read</a></p>` }],
      },
    });
    const { mails } = await send(['Ann'], undefined, createMessageTemplate.id);
    const html = String(mails.Ann?.html);
    expect(tracked(html)).toEqual([]);
    expect(html).toContain(`href='${BLOG}'`);
    expect(html).not.toContain('/o/');
  });
});
