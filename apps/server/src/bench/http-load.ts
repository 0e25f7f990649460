import { Worker } from 'node:worker_threads';
import type { PatronApp } from '../app.js';
import { startHttpServer } from '../http/http-server.js';
import type { HttpLoad } from './http-clients.js';
import type { Throughput } from './load.js';

/** The server's own HTTP stack on a free port of 127.0.0.1; returns the GraphQL endpoint's URL. */
export async function startBenchHttp(app: PatronApp): Promise<{ url: string; close: () => Promise<void> }> {
  const http = await startHttpServer(app, {
    port: 0,
    host: '127.0.0.1',
    adminDir: '/nonexistent-admin-dir',
    secureCookies: false,
    log: () => {},
  });
  return { url: `${http.url.replace('localhost', '127.0.0.1')}/graphql`, close: () => http.close() };
}

/** Signs a staff member in through the `login` mutation; returns their session cookie. */
export async function signIn(url: string, email: string, password: string): Promise<string> {
  const login = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({
      query: 'mutation($e: String!, $p: String!) { login(email: $e, password: $p) { id } }',
      variables: { e: email, p: password },
    }),
  });
  const cookie = login.headers
    .getSetCookie()
    .find((c) => c.startsWith('patron_session='))
    ?.split(';')[0];
  if (!cookie) throw new Error(`Sign-in failed: ${await login.text()}`);
  return cookie;
}

/** Sends the load from the clients' worker thread (`http-clients.ts`) and waits for its figures. */
export function runHttpClients(load: HttpLoad): Promise<Throughput & { clientCpuSeconds: number }> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(new URL('./http-clients.js', import.meta.url), { workerData: load });
    worker.once('message', (m: { result?: Throughput & { clientCpuSeconds: number }; error?: string }) => {
      // Keep-alive sockets would keep the clients' thread (and its heap) alive after the run.
      void worker.terminate();
      if (!m.result) return reject(new Error(m.error));
      resolve(m.result);
    });
    worker.once('error', reject);
  });
}
