import { type CustomerEvent, defineModule } from '@patron/sdk';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer, type TestWorkspace } from '../../testing/harness.js';

const seen: string[] = [];
let failuresLeft = 0;
let flakyAttempts = 0;
const recorder = defineModule({
  name: 'recorder',
  eventHandlers: [
    {
      name: 'recorder.flaky',
      events: ['customer.created'],
      async handle() {
        flakyAttempts++;
        if (failuresLeft > 0) {
          failuresLeft--;
          throw new Error('temporary outage');
        }
        seen.push('flaky:ok');
      },
    },
    {
      name: 'recorder.all',
      events: ['customer.created', 'customer.updated', 'customer.deleted'],
      async handle(event: CustomerEvent) {
        seen.push(`${event.type}:${event.changes.map((c) => c.key).join(',')}`);
      },
    },
  ],
});

let server: TestServer;
let ws: TestWorkspace;
beforeAll(async () => {
  server = await startTestServer({ plugins: [recorder] });
  ws = await server.workspace();
});
afterAll(async () => server?.close());

describe('events after commit (outbox)', () => {
  const ofRecorder = () => seen.filter((s) => s.startsWith('customer.'));

  it('delivers each committed change once per handler, in order', async () => {
    seen.length = 0;
    const { createCustomer } = await ws.as.MANAGER.requestOk(
      'mutation { createCustomer(input: { attributes: { firstName: "E" } }) { id } }',
    );
    await ws.as.MANAGER.requestOk(
      'mutation($id: ID!) { updateCustomer(id: $id, input: { attributes: { city: "Qom" } }) { id } }',
      {
        id: createCustomer.id,
      },
    );
    await server.app.outbox.drain();
    await server.app.outbox.drain();
    expect(ofRecorder()).toEqual(['customer.created:firstName', 'customer.updated:city']);
    expect(seen.filter((s) => s === 'flaky:ok')).toHaveLength(1);
  });

  it('a change that was refused produces no event', async () => {
    seen.length = 0;
    const refused = await ws.as.MANAGER.request(
      'mutation { createCustomer(input: { attributes: { mobile: "nope" } }) { id } }',
    );
    expect(refused.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    await server.app.outbox.drain();
    expect(seen).toEqual([]);
  });

  it('a failing handler is retried on a later round without holding back the others', async () => {
    seen.length = 0;
    flakyAttempts = 0;
    failuresLeft = 1;
    await ws.as.MANAGER.requestOk(
      'mutation { createCustomer(input: { attributes: { firstName: "F" } }) { id } }',
    );
    for (let round = 0; round < 3; round++) await server.app.outbox.drain();
    expect(ofRecorder()).toEqual(['customer.created:firstName']);
    expect(seen.filter((s) => s === 'flaky:ok')).toHaveLength(1);
    expect(flakyAttempts).toBe(2);
  });
});
