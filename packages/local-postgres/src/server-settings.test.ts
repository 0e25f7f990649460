import { describe, expect, it } from 'vitest';
import { serverSettings } from './server-settings.js';

const GB = 1024 ** 3;

describe('server settings', () => {
  it('sizes memory to the machine, capped, and keeps commits durable', () => {
    expect(serverSettings(24 * GB)).toMatchObject({
      shared_buffers: '2048MB',
      effective_cache_size: '12288MB',
      maintenance_work_mem: '1024MB',
    });
    expect(serverSettings(4 * GB)).toMatchObject({ shared_buffers: '1024MB', maintenance_work_mem: '256MB' });
    for (const memory of [2 * GB, 24 * GB]) {
      const settings = serverSettings(memory);
      expect(settings).not.toHaveProperty('synchronous_commit');
      expect(settings).not.toHaveProperty('fsync');
    }
  });
});
