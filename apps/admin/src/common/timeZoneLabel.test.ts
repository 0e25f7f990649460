import { describe, expect, it } from 'vitest';
import { timeZoneLabel } from './timeZoneLabel';

describe('a time zone’s label', () => {
  it('names the zone in the language, with its IANA name', () => {
    expect(timeZoneLabel('Asia/Tehran', 'fa')).toMatch(/ایران \(Asia\/Tehran\)$/);
    expect(timeZoneLabel('Europe/Moscow', 'ru')).toMatch(/^Москва.*\(Europe\/Moscow\)$/);
    expect(timeZoneLabel('America/New_York', 'en')).toBe('Eastern Time (America/New York)');
  });

  it('keeps UTC and an unknown zone as they are', () => {
    expect(timeZoneLabel('UTC', 'fa')).toBe('UTC');
    expect(timeZoneLabel('Mars/Olympus', 'en')).toBe('Mars/Olympus');
  });
});
