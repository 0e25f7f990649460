import { isIP } from 'node:net';
import path from 'node:path';
import type { PatronRole } from '../jobs/job-queue.js';
import type { SessionPolicy } from '../modules/auth/session-policy.js';
import { PUSH_SERVICE_HOSTS } from '../modules/channel-push/push-service-hosts.js';
import { isListenHost, listenUrl } from './listen-host.js';

export interface Config {
  port: number;
  /** The interface the HTTP server listens on: loopback unless PATRON_HOST opens it up. */
  host: string;
  /** An external PostgreSQL; when absent Patron runs its own embedded one in dataDir. */
  databaseUrl: string | null;
  /**
   * PATRON_ANALYTICS_DATABASE_URL: a read-only replica of the main database the dashboard and the
   * card's analytics read from; null reads them from the main database.
   */
  analyticsDatabaseUrl: string | null;
  dataDir: string;
  /** Plugin short names, e.g. "email-domain" for @patron/plugin-email-domain. */
  plugins: string[];
  pluginOptions: Record<string, Record<string, unknown>>;
  /** Serve the admin SPA from this folder when it exists. */
  adminDir: string;
  /** Create demo data on the first start of an empty embedded database. */
  demo: boolean;
  secureCookies: boolean;
  /**
   * Express's 'trust proxy': which peers may tell the client's address in X-Forwarded-For (a hop
   * count, or addresses, CIDR ranges and loopback/linklocal/uniquelocal); false trusts nobody.
   */
  trustProxy: TrustProxy;
  sessionPolicy: SessionPolicy;
  /** A request not answered by then gets REQUEST_TIMED_OUT (PATRON_REQUEST_TIMEOUT_SECONDS). */
  requestTimeoutSeconds: number;
  /** Requests per minute and IP address from callers not signed in (PATRON_ANONYMOUS_REQUESTS_PER_MINUTE). */
  anonymousRequestsPerMinute: number;
  /** PATRON_ROLE: `api` serves HTTP and only enqueues jobs, `worker` runs jobs without HTTP, `all` both. */
  role: PatronRole;
  /** Retries of a failed job run (PATRON_JOB_RETRY_LIMIT). */
  jobRetryLimit: number;
  /** argon2id cost of staff passwords (PATRON_PASSWORD_MEMORY_KIB, PATRON_PASSWORD_PASSES). */
  passwordHashCost: { memoryCost: number; timeCost: number };
  /** The largest file POST /files takes, in megabytes (PATRON_UPLOAD_MAX_MB). */
  uploadMaxMegabytes: number;
  /**
   * PATRON_SECRET_KEY: encrypts channel accounts' secret settings (passwords, API tokens) and signs
   * unsubscribe links. Without it secrets cannot be saved and messages carry no unsubscribe link.
   */
  secretKey: string | null;
  /** PATRON_PUBLIC_URL: the base of links in messages (unsubscribe, delivery webhooks); default from host and port. */
  publicUrl: string;
  /**
   * PATRON_PUSH_SERVICE_HOSTS: the hosts customers' browsers may name as their push service (comma
   * separated, `*.` for subdomains); default the browsers' own (`PUSH_SERVICE_HOSTS`).
   */
  pushServiceHosts: readonly string[];
  /** PATRON_WEBHOOK_ALLOW_PRIVATE: webhooks may go to http:// and private hosts (a local receiver). */
  webhookAllowPrivate: boolean;
  /** PATRON_BACKUP_KEEP: nightly backups of the embedded database kept in PATRON_DATA_DIR/backups (0: none). */
  backupKeep: number;
}

const ROLES: readonly PatronRole[] = ['api', 'worker', 'all'];

export type TrustProxy = false | number | string[];

export class ConfigError extends Error {
  constructor(public readonly problems: string[]) {
    super(`Patron cannot start; fix these settings:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
  }
}

const PLUGIN_NAME = /^[a-z][a-z0-9-]*$/;
const PROXY_NAMES = new Set(['loopback', 'linklocal', 'uniquelocal']);

function isAddressOrRange(item: string): boolean {
  if (PROXY_NAMES.has(item)) return true;
  const [address = '', prefix, extra] = item.split('/');
  const family = isIP(address);
  if (!family || extra !== undefined) return false;
  if (prefix === undefined) return true;
  return /^\d+$/.test(prefix) && Number(prefix) <= (family === 4 ? 32 : 128);
}

/** PATRON_TRUST_PROXY: unset trusts no peer's X-Forwarded-For (a stranger could claim any address). */
function trustProxySetting(text: string | undefined, problems: string[]): TrustProxy {
  const value = text?.trim() ?? '';
  if (value === '' || value === 'false') return false;
  if (/^\d+$/.test(value)) {
    const hops = Number(value);
    if (hops >= 1 && hops <= 10) return hops;
  }
  const items = value.split(',').map((s) => s.trim());
  if (!/^\d+$/.test(value) && items.every(isAddressOrRange)) return items;
  problems.push(
    `PATRON_TRUST_PROXY must be the number of proxies in front (1–10) or a comma-separated list of ` +
      `proxy addresses, CIDR ranges, loopback, linklocal or uniquelocal, got "${value}"`,
  );
  return false;
}

function positiveSetting(
  name: string,
  text: string | undefined,
  fallback: number,
  max: number,
  problems: string[],
): number {
  if (text === undefined || text.trim() === '') return fallback;
  const value = Number(text);
  if (!/^\d+(\.\d+)?$/.test(text.trim()) || value <= 0 || value > max) {
    problems.push(`${name} must be a number above 0 and at most ${max}, got "${text}"`);
    return fallback;
  }
  return value;
}

/** Reads and checks every setting at once so that one start reports all wrong values. */
export function loadConfig(env: NodeJS.ProcessEnv, repoRoot: string): Config {
  const problems: string[] = [];

  const portText = env.PORT ?? '4000';
  const port = Number(portText);
  if (!/^\d+$/.test(portText) || port < 1 || port > 65535) {
    problems.push(`PORT must be a whole number from 1 to 65535, got "${portText}"`);
  }

  const host = env.PATRON_HOST?.trim() || '127.0.0.1';
  if (!isListenHost(host)) {
    problems.push(
      `PATRON_HOST must be an IP address to listen on (127.0.0.1, 0.0.0.0, ::) or localhost, got "${host}"`,
    );
  }

  const databaseUrl = postgresUrlSetting('DATABASE_URL', env.DATABASE_URL, problems);
  const analyticsDatabaseUrl = postgresUrlSetting(
    'PATRON_ANALYTICS_DATABASE_URL',
    env.PATRON_ANALYTICS_DATABASE_URL,
    problems,
  );

  const dataDir = path.resolve(repoRoot, env.PATRON_DATA_DIR?.trim() || 'data');

  const plugins = (env.PATRON_PLUGINS ?? '')
    .split(',')
    .map((p) => p.trim())
    .filter(Boolean);
  for (const p of plugins) {
    if (!PLUGIN_NAME.test(p))
      problems.push(`PATRON_PLUGINS: "${p}" is not a plugin name (like email-domain)`);
  }

  let pluginOptions: Record<string, Record<string, unknown>> = {};
  if (env.PATRON_PLUGIN_OPTIONS) {
    try {
      const parsed: unknown = JSON.parse(env.PATRON_PLUGIN_OPTIONS);
      if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed))
        throw new Error('not an object');
      pluginOptions = parsed as Record<string, Record<string, unknown>>;
    } catch {
      problems.push('PATRON_PLUGIN_OPTIONS must be a JSON object keyed by plugin name');
    }
  }

  const demoText = env.PATRON_DEMO ?? 'true';
  if (demoText !== 'true' && demoText !== 'false') {
    problems.push(`PATRON_DEMO must be true or false, got "${demoText}"`);
  }

  const trustProxy = trustProxySetting(env.PATRON_TRUST_PROXY, problems);
  const sessionPolicy = {
    idleHours: positiveSetting(
      'PATRON_SESSION_IDLE_HOURS',
      env.PATRON_SESSION_IDLE_HOURS,
      12,
      8760,
      problems,
    ),
    maxDays: positiveSetting('PATRON_SESSION_MAX_DAYS', env.PATRON_SESSION_MAX_DAYS, 30, 3650, problems),
  };
  const requestTimeoutSeconds = wholeNumber(env, 'PATRON_REQUEST_TIMEOUT_SECONDS', 30, 1, 3600, problems);
  const anonymousRequestsPerMinute = wholeNumber(
    env,
    'PATRON_ANONYMOUS_REQUESTS_PER_MINUTE',
    60,
    1,
    1_000_000,
    problems,
  );

  const role = (env.PATRON_ROLE?.trim() || 'all') as PatronRole;
  if (!ROLES.includes(role))
    problems.push(`PATRON_ROLE must be api, worker or all, got "${env.PATRON_ROLE}"`);
  const jobRetryLimit = wholeNumber(env, 'PATRON_JOB_RETRY_LIMIT', 5, 0, 100, problems);
  const uploadMaxMegabytes = wholeNumber(env, 'PATRON_UPLOAD_MAX_MB', 512, 1, 4096, problems);
  const backupKeep = wholeNumber(env, 'PATRON_BACKUP_KEEP', 7, 0, 1000, problems);
  // Never below OWASP's argon2id minimum (19 MiB, 2 passes); at most 1 GiB and 10 passes.
  const passwordHashCost = {
    memoryCost: wholeNumber(env, 'PATRON_PASSWORD_MEMORY_KIB', 19_456, 19_456, 1_048_576, problems),
    timeCost: wholeNumber(env, 'PATRON_PASSWORD_PASSES', 2, 2, 10, problems),
  };

  const secretKey = env.PATRON_SECRET_KEY?.trim() || null;
  if (secretKey && secretKey.length < SECRET_KEY_MIN)
    problems.push(
      `PATRON_SECRET_KEY must be at least ${SECRET_KEY_MIN} characters (e.g. the output of openssl rand -base64 32)`,
    );
  const publicUrl = publicUrlSetting(env.PATRON_PUBLIC_URL, host, port, problems);
  const pushServiceHosts = pushServiceHostsSetting(env.PATRON_PUSH_SERVICE_HOSTS, problems);
  const webhookAllowPrivateText = env.PATRON_WEBHOOK_ALLOW_PRIVATE?.trim() || '0';
  if (!['0', '1'].includes(webhookAllowPrivateText))
    problems.push(`PATRON_WEBHOOK_ALLOW_PRIVATE must be 0 or 1, got "${env.PATRON_WEBHOOK_ALLOW_PRIVATE}"`);

  if (problems.length > 0) throw new ConfigError(problems);
  return {
    port,
    host,
    databaseUrl,
    analyticsDatabaseUrl,
    dataDir,
    plugins,
    pluginOptions,
    adminDir: path.resolve(repoRoot, 'apps/admin/dist'),
    demo: demoText === 'true',
    secureCookies: env.PATRON_SECURE_COOKIES === 'true',
    trustProxy,
    sessionPolicy,
    requestTimeoutSeconds,
    anonymousRequestsPerMinute,
    role,
    jobRetryLimit,
    uploadMaxMegabytes,
    passwordHashCost,
    secretKey,
    publicUrl,
    pushServiceHosts,
    webhookAllowPrivate: webhookAllowPrivateText === '1',
    backupKeep,
  };
}

/** A postgres:// URL, or null when unset. */
function postgresUrlSetting(name: string, text: string | undefined, problems: string[]): string | null {
  const value = text?.trim() || null;
  if (!value) return null;
  try {
    const url = new URL(value);
    if (url.protocol !== 'postgres:' && url.protocol !== 'postgresql:')
      problems.push(`${name} must start with postgres:// or postgresql://, got "${url.protocol}//…"`);
  } catch {
    problems.push(`${name} is not a valid URL (expected postgres://user:password@host:5432/database)`);
  }
  return value;
}

const HOST_PATTERN = /^(\*\.)?[a-z0-9]([a-z0-9-]*[a-z0-9])?(\.[a-z0-9]([a-z0-9-]*[a-z0-9])?)*$/;

function pushServiceHostsSetting(text: string | undefined, problems: string[]): readonly string[] {
  const value = text?.trim() ?? '';
  if (!value) return PUSH_SERVICE_HOSTS;
  const hosts = value.split(',').map((h) => h.trim().toLowerCase());
  const bad = hosts.filter((h) => !HOST_PATTERN.test(h));
  if (bad.length)
    problems.push(
      `PATRON_PUSH_SERVICE_HOSTS must be host names separated by commas (*.example.com for subdomains), got "${bad.join(', ')}"`,
    );
  return hosts;
}

const SECRET_KEY_MIN = 32;

/** An http(s) URL without a trailing slash; unset, the address the server listens on. */
function publicUrlSetting(text: string | undefined, host: string, port: number, problems: string[]): string {
  const value = text?.trim();
  if (!value) return listenUrl(host, port);
  try {
    const url = new URL(value);
    if (url.protocol === 'http:' || url.protocol === 'https:') return value.replace(/\/+$/, '');
  } catch {}
  problems.push(`PATRON_PUBLIC_URL must be an http:// or https:// address, got "${value}"`);
  return listenUrl(host, port);
}

function wholeNumber(
  env: NodeJS.ProcessEnv,
  name: string,
  fallback: number,
  min: number,
  max: number,
  problems: string[],
): number {
  const text = env[name]?.trim();
  if (!text) return fallback;
  const value = Number(text);
  if (!/^\d+$/.test(text) || value < min || value > max) {
    problems.push(`${name} must be a whole number from ${min} to ${max}, got "${text}"`);
    return fallback;
  }
  return value;
}
