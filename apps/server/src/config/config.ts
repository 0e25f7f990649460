import path from 'node:path';
import { isListenHost } from './listen-host.js';

export interface Config {
  port: number;
  /** The interface the HTTP server listens on: loopback unless PATRON_HOST opens it up. */
  host: string;
  /** An external PostgreSQL; when absent Patron runs its own embedded one in dataDir. */
  databaseUrl: string | null;
  dataDir: string;
  /** Plugin short names, e.g. "email-domain" for @patron/plugin-email-domain. */
  plugins: string[];
  pluginOptions: Record<string, Record<string, unknown>>;
  /** Serve the admin SPA from this folder when it exists. */
  adminDir: string;
  /** Create demo data on the first start of an empty embedded database. */
  demo: boolean;
  secureCookies: boolean;
}

export class ConfigError extends Error {
  constructor(public readonly problems: string[]) {
    super(`Patron cannot start; fix these settings:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
  }
}

const PLUGIN_NAME = /^[a-z][a-z0-9-]*$/;

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

  const databaseUrl = env.DATABASE_URL?.trim() || null;
  if (databaseUrl) {
    try {
      const url = new URL(databaseUrl);
      if (url.protocol !== 'postgres:' && url.protocol !== 'postgresql:') {
        problems.push(`DATABASE_URL must start with postgres:// or postgresql://, got "${url.protocol}//…"`);
      }
    } catch {
      problems.push('DATABASE_URL is not a valid URL (expected postgres://user:password@host:5432/database)');
    }
  }

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

  if (problems.length > 0) throw new ConfigError(problems);
  return {
    port,
    host,
    databaseUrl,
    dataDir,
    plugins,
    pluginOptions,
    adminDir: path.resolve(repoRoot, 'apps/admin/dist'),
    demo: demoText === 'true',
    secureCookies: env.PATRON_SECURE_COOKIES === 'true',
  };
}
