import { parentPort, workerData } from 'node:worker_threads';
import { amountOf, runLoad } from './load.js';

/**
 * The HTTP clients of the GraphQL scenario, on their own thread: in real life the tills and web shops
 * are other machines, so they must not take the server's event loop. Receives the URL, the session
 * cookie and the account ids; posts back the throughput.
 */
export interface HttpLoad {
  url: string;
  cookie: string;
  ids: string[];
  clients: number;
  total: number;
  run: string;
}

const ADJUST = `mutation($input: AdjustBalanceInput!) { adjustBalance(input: $input) { id balanceAfter } }`;

async function main(load: HttpLoad) {
  const perClient = Math.floor(load.ids.length / load.clients);
  const account = (w: number, i: number) =>
    load.ids[w + load.clients * (Math.floor(i / load.clients) % perClient)];
  return runLoad(load.clients, load.total, async (w, i) => {
    const response = await fetch(load.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', cookie: load.cookie },
      body: JSON.stringify({
        query: ADJUST,
        variables: {
          input: {
            customerId: account(w, i),
            currency: 'coins',
            amount: amountOf(i),
            idempotencyKey: `http-${load.run}-${i}`,
          },
        },
      }),
    });
    const body = (await response.json()) as {
      errors?: { message: string; extensions?: { code?: string } }[];
    };
    if (body.errors?.length) {
      if (body.errors[0]?.extensions?.code === 'BAD_USER_INPUT') return false;
      throw new Error(JSON.stringify(body.errors));
    }
    return true;
  });
}

if (parentPort) {
  main(workerData as HttpLoad).then(
    (result) => parentPort?.postMessage({ result }),
    (error) => parentPort?.postMessage({ error: String(error) }),
  );
}
