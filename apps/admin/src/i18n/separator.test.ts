import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { en } from './en';
import { fa } from './fa';
import { ru } from './ru';

const SRC = join(__dirname, '..');

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return name === 'gql' ? [] : sources(path);
    return /\.tsx?$/.test(name) && !/\.test\.tsx?$/.test(name) ? [path] : [];
  });
}

describe('separators in one-line summaries', () => {
  it('Persian separates with its comma: a middle dot beside Persian digits reads as zero (۲ جدید · ۱ → ۲ جدید ۰ ۱)', () => {
    expect(fa.patron.separator).toBe('، ');
    expect(fa.patron.comma).toBe('، ');
    expect([en.patron.separator, ru.patron.separator]).toEqual([' · ', ' · ']);
  });

  it('no Persian text and no screen writes a middle dot or a Latin comma of its own between parts', () => {
    const offenders = sources(SRC).filter((path) => {
      const text = readFileSync(path, 'utf8');
      if (/\.fa\.ts$|[/\\]fa\.ts$/.test(path)) return text.includes('·');
      return /join\('( · |, )'\)|\{' · '\}|'، '/.test(text);
    });
    expect(offenders.map((path) => path.slice(SRC.length + 1))).toEqual([]);
  });
});
