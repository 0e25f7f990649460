import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from './config.js';
import { listenUrl } from './listen-host.js';

describe('configuration', () => {
  it('has working defaults', () => {
    const config = loadConfig({}, '/srv/patron');
    expect(config).toMatchObject({
      port: 4000,
      host: '127.0.0.1',
      databaseUrl: null,
      dataDir: '/srv/patron/data',
      plugins: [],
      demo: true,
      trustProxy: false,
      sessionPolicy: { idleHours: 12, maxDays: 30 },
      role: 'all',
      jobRetryLimit: 5,
      passwordHashCost: { memoryCost: 19_456, timeCost: 2 },
    });
  });

  it('reads every setting', () => {
    const config = loadConfig(
      {
        PORT: '8080',
        PATRON_HOST: '0.0.0.0',
        DATABASE_URL: 'postgres://u:p@db:5432/patron',
        PATRON_DATA_DIR: '/var/lib/patron',
        PATRON_PLUGINS: 'email-domain, other-one',
        PATRON_PLUGIN_OPTIONS: '{"email-domain":{"attributeKey":"d"}}',
        PATRON_DEMO: 'false',
        PATRON_TRUST_PROXY: 'loopback, 10.0.0.0/8, fd00::1',
        PATRON_SESSION_IDLE_HOURS: '0.5',
        PATRON_SESSION_MAX_DAYS: '7',
        PATRON_ROLE: 'worker',
        PATRON_JOB_RETRY_LIMIT: '3',
        PATRON_PASSWORD_MEMORY_KIB: '65536',
        PATRON_PASSWORD_PASSES: '3',
      },
      '/srv/patron',
    );
    expect(config).toMatchObject({
      port: 8080,
      host: '0.0.0.0',
      databaseUrl: 'postgres://u:p@db:5432/patron',
      dataDir: '/var/lib/patron',
      plugins: ['email-domain', 'other-one'],
      pluginOptions: { 'email-domain': { attributeKey: 'd' } },
      demo: false,
      trustProxy: ['loopback', '10.0.0.0/8', 'fd00::1'],
      sessionPolicy: { idleHours: 0.5, maxDays: 7 },
      role: 'worker',
      jobRetryLimit: 3,
      passwordHashCost: { memoryCost: 65_536, timeCost: 3 },
    });
  });

  it("takes the push services customers may subscribe at, the browsers' own by default", () => {
    expect(loadConfig({}, '/').pushServiceHosts).toContain('fcm.googleapis.com');
    expect(
      loadConfig({ PATRON_PUSH_SERVICE_HOSTS: 'push.example.com, *.Push.Example.org' }, '/').pushServiceHosts,
    ).toEqual(['push.example.com', '*.push.example.org']);
    expect(() => loadConfig({ PATRON_PUSH_SERVICE_HOSTS: 'push.example.com, http://x/' }, '/')).toThrow(
      'PATRON_PUSH_SERVICE_HOSTS must be host names',
    );
  });

  it('reads analytics from a replica only when PATRON_ANALYTICS_DATABASE_URL names one', () => {
    expect(loadConfig({}, '/').analyticsDatabaseUrl).toBeNull();
    expect(loadConfig({ PATRON_ANALYTICS_DATABASE_URL: ' ' }, '/').analyticsDatabaseUrl).toBeNull();
    expect(
      loadConfig({ PATRON_ANALYTICS_DATABASE_URL: 'postgresql://ro:p@replica:5432/patron' }, '/')
        .analyticsDatabaseUrl,
    ).toBe('postgresql://ro:p@replica:5432/patron');
    expect(() => loadConfig({ PATRON_ANALYTICS_DATABASE_URL: 'mysql://replica/patron' }, '/')).toThrow(
      'PATRON_ANALYTICS_DATABASE_URL must start with postgres:// or postgresql://, got "mysql://…"',
    );
    expect(() => loadConfig({ PATRON_ANALYTICS_DATABASE_URL: 'replica.internal' }, '/')).toThrow(
      'PATRON_ANALYTICS_DATABASE_URL is not a valid URL',
    );
  });

  it('lets webhooks reach private hosts only when PATRON_WEBHOOK_ALLOW_PRIVATE is 1', () => {
    expect(loadConfig({}, '/').webhookAllowPrivate).toBe(false);
    expect(loadConfig({ PATRON_WEBHOOK_ALLOW_PRIVATE: '1' }, '/').webhookAllowPrivate).toBe(true);
    expect(() => loadConfig({ PATRON_WEBHOOK_ALLOW_PRIVATE: 'yes' }, '/')).toThrow(
      'PATRON_WEBHOOK_ALLOW_PRIVATE must be 0 or 1',
    );
  });

  it('keeps 7 nightly backups unless PATRON_BACKUP_KEEP says how many (0: none)', () => {
    expect(loadConfig({}, '/').backupKeep).toBe(7);
    expect(loadConfig({ PATRON_BACKUP_KEEP: '0' }, '/').backupKeep).toBe(0);
    expect(loadConfig({ PATRON_BACKUP_KEEP: '30' }, '/').backupKeep).toBe(30);
    expect(() => loadConfig({ PATRON_BACKUP_KEEP: '-1' }, '/')).toThrow(
      'PATRON_BACKUP_KEEP must be a whole number from 0 to 1000, got "-1"',
    );
  });

  it("refuses a password cost below OWASP's argon2id minimum", () => {
    expect(() => loadConfig({ PATRON_PASSWORD_MEMORY_KIB: '4096' }, '/')).toThrow(
      /PATRON_PASSWORD_MEMORY_KIB/,
    );
    expect(() => loadConfig({ PATRON_PASSWORD_PASSES: '1' }, '/')).toThrow(/PATRON_PASSWORD_PASSES/);
  });

  it('trusts X-Forwarded-For from nobody unless told, and takes a hop count', () => {
    expect(loadConfig({ PATRON_TRUST_PROXY: '' }, '/').trustProxy).toBe(false);
    expect(loadConfig({ PATRON_TRUST_PROXY: 'false' }, '/').trustProxy).toBe(false);
    expect(loadConfig({ PATRON_TRUST_PROXY: '2' }, '/').trustProxy).toBe(2);
    expect(loadConfig({ PATRON_TRUST_PROXY: '192.168.1.7' }, '/').trustProxy).toEqual(['192.168.1.7']);
  });

  it('refuses trusting every peer and addresses that are not addresses', () => {
    for (const value of [
      'true',
      '*',
      '0',
      '11',
      '10.0.0.0/33',
      '300.1.1.1',
      'loopback,evil.example',
      '1.2.3.4/8/9',
    ]) {
      expect(() => loadConfig({ PATRON_TRUST_PROXY: value }, '/'), value).toThrow(/PATRON_TRUST_PROXY/);
    }
  });

  it('names every wrong value at once', () => {
    let error: ConfigError | undefined;
    try {
      loadConfig(
        {
          PORT: '99999',
          PATRON_HOST: 'every interface',
          DATABASE_URL: 'mysql://x',
          PATRON_PLUGINS: 'Bad Name',
          PATRON_DEMO: 'yes',
          PATRON_PLUGIN_OPTIONS: '[1]',
          PATRON_TRUST_PROXY: 'true',
          PATRON_SESSION_IDLE_HOURS: '0',
          PATRON_SESSION_MAX_DAYS: 'forever',
          PATRON_ROLE: 'web',
          PATRON_JOB_RETRY_LIMIT: '-1',
        },
        '/',
      );
    } catch (e) {
      error = e as ConfigError;
    }
    expect(error).toBeInstanceOf(ConfigError);
    expect(error?.problems).toHaveLength(11);
    for (const name of [
      'PORT',
      'PATRON_HOST',
      'DATABASE_URL',
      'PATRON_PLUGINS',
      'PATRON_DEMO',
      'PATRON_PLUGIN_OPTIONS',
      'PATRON_TRUST_PROXY',
      'PATRON_SESSION_IDLE_HOURS',
      'PATRON_SESSION_MAX_DAYS',
      'PATRON_ROLE',
      'PATRON_JOB_RETRY_LIMIT',
    ]) {
      expect(error?.message).toContain(name);
    }
  });

  it('listens on loopback unless told otherwise, and prints a URL that reaches it', () => {
    expect(loadConfig({ PATRON_HOST: '::' }, '/').host).toBe('::');
    expect(loadConfig({ PATRON_HOST: ' 192.168.1.20 ' }, '/').host).toBe('192.168.1.20');
    expect(() => loadConfig({ PATRON_HOST: 'example.com' }, '/')).toThrow(/PATRON_HOST/);
    expect(listenUrl('127.0.0.1', 4000)).toBe('http://localhost:4000');
    expect(listenUrl('0.0.0.0', 4000)).toBe('http://localhost:4000');
    expect(listenUrl('192.168.1.20', 4000)).toBe('http://192.168.1.20:4000');
    expect(listenUrl('fe80::1', 4000)).toBe('http://[fe80::1]:4000');
  });
});

describe('API limit settings', () => {
  it('default to a 30 s timeout and 60 anonymous requests a minute, and read both', () => {
    expect(loadConfig({}, '/')).toMatchObject({ requestTimeoutSeconds: 30, anonymousRequestsPerMinute: 60 });
    const config = loadConfig(
      { PATRON_REQUEST_TIMEOUT_SECONDS: '45', PATRON_ANONYMOUS_REQUESTS_PER_MINUTE: '600' },
      '/',
    );
    expect(config).toMatchObject({ requestTimeoutSeconds: 45, anonymousRequestsPerMinute: 600 });
  });

  it('refuse values that are not whole numbers in range', () => {
    expect(() =>
      loadConfig({ PATRON_REQUEST_TIMEOUT_SECONDS: '0', PATRON_ANONYMOUS_REQUESTS_PER_MINUTE: '1e3' }, '/'),
    ).toThrow(/PATRON_REQUEST_TIMEOUT_SECONDS[\s\S]*PATRON_ANONYMOUS_REQUESTS_PER_MINUTE/);
  });

  it('reads the secret key and the public URL, and refuses a short key or a URL that is not http(s)', () => {
    expect(loadConfig({ PORT: '4100' }, '/')).toMatchObject({
      secretKey: null,
      publicUrl: 'http://localhost:4100',
    });
    const key = 'k'.repeat(32);
    expect(
      loadConfig({ PATRON_SECRET_KEY: key, PATRON_PUBLIC_URL: 'https://crm.example.com/' }, '/'),
    ).toMatchObject({ secretKey: key, publicUrl: 'https://crm.example.com' });
    expect(() =>
      loadConfig({ PATRON_SECRET_KEY: 'short', PATRON_PUBLIC_URL: 'ftp://crm.example.com' }, '/'),
    ).toThrow(/PATRON_SECRET_KEY must be at least 32[\s\S]*PATRON_PUBLIC_URL/);
  });
});
