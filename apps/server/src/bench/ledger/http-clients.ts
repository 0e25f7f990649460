import { Agent, request } from 'node:http';
import { parentPort, workerData } from 'node:worker_threads';
import { amountOf, runLoad } from './load.js';

/**
 * The HTTP clients of the GraphQL scenario, on their own thread: in real life the tills and web shops
 * are other machines, so they must not take the server's event loop. Receives the URL, the session
 * cookie and the account ids; posts back the throughput and the CPU time the clients took.
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

interface GraphQLAnswer {
  errors?: { message: string; extensions?: { code?: string } }[];
}

/**
 * node:http with one kept-alive socket per client: `fetch` took about as much CPU per request as the
 * server itself, and on a 2-core machine that CPU comes out of the server's share.
 */
function post(agent: Agent, url: URL, cookie: string, body: string): Promise<GraphQLAnswer> {
  return new Promise((resolve, reject) => {
    const req = request(
      url,
      {
        agent,
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          'content-length': Buffer.byteLength(body),
          cookie,
        },
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('end', () => {
          try {
            resolve(JSON.parse(Buffer.concat(chunks).toString('utf8')) as GraphQLAnswer);
          } catch (error) {
            reject(error);
          }
        });
        res.on('error', reject);
      },
    );
    req.on('error', reject);
    req.end(body);
  });
}

async function main(load: HttpLoad) {
  const agent = new Agent({ keepAlive: true, maxSockets: load.clients });
  const url = new URL(load.url);
  const perClient = Math.floor(load.ids.length / load.clients);
  const account = (w: number, i: number) =>
    load.ids[w + load.clients * (Math.floor(i / load.clients) % perClient)];
  const cpu = process.threadCpuUsage();
  const result = await runLoad(load.clients, load.total, async (w, i) => {
    const body = await post(
      agent,
      url,
      load.cookie,
      JSON.stringify({
        query: ADJUST,
        variables: {
          input: {
            customerId: account(w, i),
            currency: 'coins',
            amount: amountOf(i, perClient * load.clients),
            idempotencyKey: `http-${load.run}-${i}`,
          },
        },
      }),
    );
    if (body.errors?.length) {
      if (body.errors[0]?.extensions?.code === 'BAD_USER_INPUT') return false;
      throw new Error(JSON.stringify(body.errors));
    }
    return true;
  });
  const used = process.threadCpuUsage(cpu);
  agent.destroy();
  return { ...result, clientCpuSeconds: (used.user + used.system) / 1e6 };
}

if (parentPort) {
  main(workerData as HttpLoad).then(
    (result) => parentPort?.postMessage({ result }),
    (error) => parentPort?.postMessage({ error: String(error) }),
  );
}
