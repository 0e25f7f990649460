import { readFileSync } from 'node:fs';
import { setTimeout as sleep } from 'node:timers/promises';

export interface ProcessInfo {
  ppid: number;
  /** Arguments joined with spaces. */
  cmdline: string;
}

/** Live (non-zombie) process details from /proc; undefined when the process is gone or unreadable. */
export function processInfo(pid: number): ProcessInfo | undefined {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    // Fields after the parenthesised command name: state ppid ...
    const [state, ppid] = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    if (state === 'Z' || state === 'X') return undefined;
    const cmdline = readFileSync(`/proc/${pid}/cmdline`, 'utf8').split('\0').join(' ').trim();
    return { ppid: Number(ppid), cmdline };
  } catch {
    return undefined;
  }
}

/** Whether pid is alive; zombies count as gone (their parent may never reap them). */
export function isAlive(pid: number): boolean {
  if (process.platform === 'linux') return processInfo(pid) !== undefined;
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
}

function signal(pid: number, sig: NodeJS.Signals): void {
  try {
    process.kill(pid, sig);
  } catch {
    // Already gone.
  }
}

async function waitGone(pid: number, ms: number): Promise<boolean> {
  for (const end = Date.now() + ms; Date.now() < end; await sleep(50)) {
    if (!isAlive(pid)) return true;
  }
  return !isAlive(pid);
}

/** Stops a postmaster that is not our child: fast shutdown, then immediate shutdown, then SIGKILL. */
export async function terminatePostmaster(pid: number): Promise<void> {
  for (const [sig, ms] of [
    ['SIGINT', 30_000],
    ['SIGQUIT', 5_000],
    ['SIGKILL', 5_000],
  ] as const) {
    signal(pid, sig);
    if (await waitGone(pid, ms)) return;
  }
  throw new Error(`Could not stop PostgreSQL process ${pid}`);
}

/** Synchronous wait, for use in a process 'exit' handler where nothing async runs any more. */
export function waitGoneSync(pid: number, ms: number): void {
  const cell = new Int32Array(new SharedArrayBuffer(4));
  for (const end = Date.now() + ms; Date.now() < end && isAlive(pid); ) Atomics.wait(cell, 0, 0, 25);
}
