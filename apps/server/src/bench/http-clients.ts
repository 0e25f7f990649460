import { Agent, request } from 'node:http';
import { parentPort, workerData } from 'node:worker_threads';
import { runLoad } from './load.js';

/**
 * The HTTP clients of a GraphQL scenario, on their own thread: in real life the tills and web shops
 * are other machines, so they must not take the server's event loop. Receives the URL, the session
 * cookie and the request bodies, built beforehand (operation i sends `bodies[i]`); posts back the
 * throughput and the CPU time the clients took. `http-load.ts` starts it.
 */
export interface HttpLoad {
  url: string;
  cookie: string;
  clients: number;
  bodies: string[];
  /** Error codes that are a clean refusal (counted), not a failure of the run. */
  refusedCodes: string[];
}

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
  const cpu = process.threadCpuUsage();
  const result = await runLoad(load.clients, load.bodies.length, async (_w, i) => {
    const body = await post(agent, url, load.cookie, load.bodies[i] as string);
    if (body.errors?.length) {
      if (load.refusedCodes.includes(body.errors[0]?.extensions?.code ?? '')) return false;
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
