import { refusal, withHttp } from '../graphql/errors.js';

const WINDOW_MS = 60_000;

/**
 * Requests per minute an anonymous caller may make from one IP address, counted in this process
 * (fixed one-minute windows). Signed-in callers are not counted here: their sessions are the limit.
 */
export class AnonymousThrottle {
  private readonly windows = new Map<string, { start: number; count: number }>();

  constructor(
    private readonly perMinute: number,
    private readonly now: () => number = Date.now,
  ) {}

  /** Counts one request from ip; throws RATE_LIMITED (HTTP 429 with Retry-After) past the budget. */
  admit(ip: string): void {
    const now = this.now();
    if (this.windows.size > 10_000) this.prune(now);
    let window = this.windows.get(ip);
    if (!window || now - window.start >= WINDOW_MS) {
      window = { start: now, count: 0 };
      this.windows.set(ip, window);
    }
    window.count += 1;
    if (window.count <= this.perMinute) return;
    const seconds = Math.max(1, Math.ceil((window.start + WINDOW_MS - now) / 1000));
    const refused = refusal('REQUESTS_THROTTLED', { seconds });
    refused.extensions.retryAfterSeconds = seconds;
    throw withHttp(refused, 429, { 'retry-after': String(seconds) });
  }

  private prune(now: number): void {
    for (const [ip, window] of this.windows) if (now - window.start >= WINDOW_MS) this.windows.delete(ip);
  }
}
