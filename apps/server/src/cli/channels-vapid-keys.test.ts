import { afterEach, describe, expect, it, vi } from 'vitest';
import webpush from 'web-push';
import command from './channels-vapid-keys.js';
import { UsageError } from './command.js';

afterEach(() => vi.restoreAllMocks());

describe('pnpm patron channels:vapid-keys', () => {
  it('prints a fresh pair that web-push accepts for signing, a new one each time', async () => {
    const printed: string[] = [];
    vi.spyOn(console, 'log').mockImplementation((line: string) => void printed.push(line));
    await command.run([]);
    await command.run([]);
    const values = printed.map((line) => line.split(/:\s+/)[1] ?? '');
    expect(printed[0]).toMatch(/^VAPID public key: {2}[\w-]{87}$/);
    expect(printed[1]).toMatch(/^VAPID private key: [\w-]{43}$/);
    const [publicKey = '', privateKey = '', secondPublic] = values;
    expect(secondPublic).not.toBe(publicKey);
    const headers = webpush.getVapidHeaders(
      'https://push.example',
      'mailto:a@b.example',
      publicKey,
      privateKey,
      'aes128gcm',
    );
    expect(headers.Authorization).toMatch(new RegExp(`^vapid t=.+, k=${publicKey}$`));
  });

  it('refuses options it does not know', async () => {
    await expect(command.run(['--bits', '4096'])).rejects.toBeInstanceOf(UsageError);
  });
});
