import { readFileSync } from 'node:fs';
import path from 'node:path';
import { runInNewContext } from 'node:vm';
import { describe, expect, it } from 'vitest';

/**
 * The service worker's notification click, run on a stand-in for the browser's `clients`: headless
 * Chromium cannot click a notification, and a click made up by a script may not focus a window. The
 * e2e test (self-service-push) runs the same link opening in a real worker and tab.
 */

const WORKER = readFileSync(
  path.resolve(import.meta.dirname, '../../public/self-service/push-worker.js'),
  'utf8',
);
const SCOPE = 'https://club.example/self-service/';
const LINK = 'https://club.example/c/signed-token';

type Step = string;

/** A tab the worker controls; `navigate` fails for one that has left the pages. */
function tab(name: string, steps: Step[], options: { left?: boolean; unfocusable?: boolean } = {}) {
  return {
    url: `${SCOPE}#/${name}`,
    focus: async () => {
      if (options.unfocusable) throw new Error('Not allowed to focus a window.');
      steps.push(`focus ${name}`);
    },
    navigate: async (url: string) => {
      if (options.left) throw new TypeError('This service worker is not the client’s active one.');
      steps.push(`navigate ${name} ${url}`);
    },
  };
}

/** Loads the worker with the given tabs and clicks a notification carrying `data`. */
async function click(tabs: (steps: Step[]) => ReturnType<typeof tab>[], data: { url?: string } | null) {
  const steps: Step[] = [];
  const asked: unknown[] = [];
  const listeners: Record<string, (event: unknown) => void> = {};
  const self = {
    registration: { scope: SCOPE },
    clients: {
      matchAll: async (query: unknown) => {
        asked.push(query);
        return tabs(steps);
      },
      openWindow: async (url: string) => {
        steps.push(`open ${url}`);
      },
      claim: async () => {
        steps.push('claim');
      },
    },
    addEventListener: (type: string, listener: (event: unknown) => void) => {
      listeners[type] = listener;
    },
  };
  runInNewContext(WORKER, { self });
  let done: Promise<unknown> = Promise.resolve();
  listeners.notificationclick?.({
    notification: { data, close: () => steps.push('close') },
    waitUntil: (promise: Promise<unknown>) => {
      done = promise;
    },
  });
  await done;
  return { steps, asked, listeners };
}

describe('a click on a push notification', () => {
  it('opens the tracked link in a new window when none of the pages is open', async () => {
    const { steps, asked } = await click(() => [], { url: LINK });
    expect(steps).toEqual(['close', `open ${LINK}`]);
    // Only the tabs this worker controls: those it is allowed to navigate.
    expect(asked).toEqual([{ type: 'window' }]);
  });

  it('brings the open tab forward and sends it to the link, before anything else', async () => {
    const { steps } = await click((s) => [tab('account', s), tab('join', s)], { url: LINK });
    expect(steps).toEqual(['close', 'focus account', `navigate account ${LINK}`]);
  });

  it('still sends the tab to the link when the browser will not bring it forward', async () => {
    const { steps } = await click((s) => [tab('account', s, { unfocusable: true })], { url: LINK });
    expect(steps).toEqual(['close', `navigate account ${LINK}`]);
  });

  it('opens the link on its own when the tab cannot be sent there', async () => {
    const { steps } = await click((s) => [tab('account', s, { left: true })], { url: LINK });
    expect(steps).toEqual(['close', 'focus account', `open ${LINK}`]);
  });

  it('opens the pages themselves for a notification without a link', async () => {
    expect((await click(() => [], null)).steps).toEqual(['close', `open ${SCOPE}`]);
    expect((await click((s) => [tab('account', s)], {})).steps).toEqual([
      'close',
      'focus account',
      `navigate account ${SCOPE}`,
    ]);
  });

  it('takes charge of the pages already open when it starts', async () => {
    const { listeners, steps } = await click(() => [], null);
    const waited: Promise<unknown>[] = [];
    listeners.activate?.({ waitUntil: (promise: Promise<unknown>) => waited.push(promise) });
    await Promise.all(waited);
    expect(steps.at(-1)).toBe('claim');
  });
});
