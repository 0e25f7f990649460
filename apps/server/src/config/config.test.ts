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
    });
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
        },
        '/',
      );
    } catch (e) {
      error = e as ConfigError;
    }
    expect(error).toBeInstanceOf(ConfigError);
    expect(error?.problems).toHaveLength(6);
    for (const name of [
      'PORT',
      'PATRON_HOST',
      'DATABASE_URL',
      'PATRON_PLUGINS',
      'PATRON_DEMO',
      'PATRON_PLUGIN_OPTIONS',
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
