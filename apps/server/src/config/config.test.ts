import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from './config.js';

describe('configuration', () => {
  it('has working defaults', () => {
    const config = loadConfig({}, '/srv/patron');
    expect(config).toMatchObject({
      port: 4000,
      databaseUrl: null,
      dataDir: '/srv/patron/data',
      plugins: [],
      demo: true,
    });
  });

  it('reads every setting', () => {
    const config = loadConfig(
      {
        PORT: '8080',
        DATABASE_URL: 'postgres://u:p@db:5432/patron',
        PATRON_DATA_DIR: '/var/lib/patron',
        PATRON_PLUGINS: 'email-domain, other-one',
        PATRON_PLUGIN_OPTIONS: '{"email-domain":{"attributeKey":"d"}}',
        PATRON_DEMO: 'false',
      },
      '/srv/patron',
    );
    expect(config).toMatchObject({
      port: 8080,
      databaseUrl: 'postgres://u:p@db:5432/patron',
      dataDir: '/var/lib/patron',
      plugins: ['email-domain', 'other-one'],
      pluginOptions: { 'email-domain': { attributeKey: 'd' } },
      demo: false,
    });
  });

  it('names every wrong value at once', () => {
    let error: ConfigError | undefined;
    try {
      loadConfig(
        {
          PORT: '99999',
          DATABASE_URL: 'mysql://x',
          PATRON_PLUGINS: 'Bad Name',
          PATRON_DEMO: 'yes',
          PATRON_PLUGIN_OPTIONS: '[1]',
        },
        '/',
      );
    } catch (e) {
      error = e as ConfigError;
    }
    expect(error).toBeInstanceOf(ConfigError);
    expect(error?.problems).toHaveLength(5);
    for (const name of ['PORT', 'DATABASE_URL', 'PATRON_PLUGINS', 'PATRON_DEMO', 'PATRON_PLUGIN_OPTIONS']) {
      expect(error?.message).toContain(name);
    }
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
});
