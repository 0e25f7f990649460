import { describe, expect, it } from 'vitest';
import { loadPlugins } from './plugins.js';

describe('plugins named in PATRON_PLUGINS', () => {
  it('load from @patron/plugin-<name> with their options', async () => {
    const [plugin] = await loadPlugins(['email-domain'], { 'email-domain': { attributeKey: 'domain' } });
    expect(plugin?.name).toBe('email-domain');
    expect(plugin?.attributes?.[0]?.key).toBe('domain');
    expect(plugin?.eventHandlers?.map((h) => h.name)).toEqual(['email-domain.fill']);
  });

  it('an unknown plugin stops the start with a message naming it', async () => {
    await expect(loadPlugins(['no-such-plugin'], {})).rejects.toThrow(
      /PATRON_PLUGINS: cannot load plugin "no-such-plugin"/,
    );
  });
});
