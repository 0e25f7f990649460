import type { ChannelDefinition } from '@patron/sdk';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer, type TestWorkspace } from '../../testing/harness.js';

const CREATE = `mutation($input: CreateCustomerInput!) { createCustomer(input: $input) { id } }`;

let server: TestServer;
let ws: TestWorkspace;
beforeAll(async () => {
  server = await startTestServer();
  ws = await server.workspace();
});
afterAll(async () => server?.close());

function channelsOf(moduleName: string): ChannelDefinition[] {
  return server.app.modules.find((m) => m.name === moduleName)?.channels ?? [];
}

/** The address a channel's SQL gives for one customer row, as the sending side will read it. */
async function addressOf(channel: ChannelDefinition, customerId: string): Promise<string | null> {
  const rows = await server.app.services.sql.query<{ address: string | null }>(
    `select ${channel.addressSql} as address from customer c where c.workspace_id = $1 and c.id = $2`,
    [ws.id, customerId],
  );
  return rows[0]?.address ?? null;
}

describe('the SMS and Telegram channel modules in a running Patron', () => {
  it('are loaded with their providers, kinds and consents', () => {
    expect(channelsOf('channel-sms').map((c) => [c.provider, c.kind, c.consent])).toEqual([
      ['generic-http', 'SMS', 'SMS'],
      ['kavenegar', 'SMS', 'SMS'],
      ['sms-ru', 'SMS', 'SMS'],
    ]);
    expect(channelsOf('channel-telegram').map((c) => [c.provider, c.kind, c.consent])).toEqual([
      ['telegram-bot', 'TELEGRAM', 'TELEGRAM'],
    ]);
    const secrets = [...channelsOf('channel-sms'), ...channelsOf('channel-telegram')].map((c) =>
      c.settings.filter((s) => s.secret).map((s) => s.key),
    );
    expect(secrets).toEqual([['authHeaderValue'], ['apiKey'], ['apiId'], ['botToken']]);
  });

  it('gives every workspace the Telegram chat id attribute', async () => {
    const data = await ws.as.ANALYST.requestOk('{ attributeDefinitions { key type system group } }');
    expect(data.attributeDefinitions).toContainEqual({
      key: 'telegramChatId',
      type: 'TEXT',
      system: false,
      group: 'main',
    });
  });

  it("reads the customer's E.164 mobile and Telegram chat id through each channel's address SQL", async () => {
    const reachable = (
      await ws.as.MANAGER.requestOk(CREATE, {
        input: {
          attributes: { firstName: 'Maryam', mobile: '+98 912 123 4567', telegramChatId: '123456789' },
        },
      })
    ).createCustomer.id;
    const unreachable = (
      await ws.as.MANAGER.requestOk(CREATE, { input: { attributes: { firstName: 'Ivan' } } })
    ).createCustomer.id;
    const [kavenegar] = channelsOf('channel-sms').filter((c) => c.provider === 'kavenegar');
    const [telegram] = channelsOf('channel-telegram');
    if (!kavenegar || !telegram) throw new Error('channels missing');
    expect(await addressOf(kavenegar, reachable)).toBe('+989121234567');
    expect(await addressOf(telegram, reachable)).toBe('123456789');
    expect(await addressOf(kavenegar, unreachable)).toBeNull();
    expect(await addressOf(telegram, unreachable)).toBeNull();
  });
});
