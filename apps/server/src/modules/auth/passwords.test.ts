import { describe, expect, it } from 'vitest';
import { Passwords } from './passwords.js';

describe('staff passwords', () => {
  it("are argon2id at OWASP's minimum cost unless the app chooses another, and verify whatever made them", async () => {
    const standard = new Passwords();
    const hash = await standard.hash('correct-horse-battery');
    expect(hash).toMatch(/^\$argon2id\$v=19\$m=19456,p=1,t=2\$/);
    const cheap = new Passwords({ memoryCost: 1024, timeCost: 1 });
    expect(await cheap.verify(hash, 'correct-horse-battery')).toBe(true);
    expect(await cheap.verify(hash, 'correct-horse-batterY')).toBe(false);
    expect(await cheap.verifyNobody('correct-horse-battery')).toBe(false);
    expect(cheap.isOutdated(hash)).toBe(true);
    expect(standard.isOutdated(hash)).toBe(false);
    expect(standard.isOutdated('$2b$10$not-argon2')).toBe(true);
  });
});
