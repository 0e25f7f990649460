import { describe, expect, it } from 'vitest';
import type { CalendarSystem, ReportGranularity } from '../gql/graphql';
import { bucketLabel, bucketTitle } from './bucketLabel';

const G = 'GREGORIAN' as CalendarSystem;
const J = 'JALALI' as CalendarSystem;
const translate = (key: string, options?: object) => `${key} ${JSON.stringify(options)}`;

describe('bucket labels', () => {
  it('name days and weeks by their first day, months by name and year', () => {
    expect(bucketLabel('2026-12-05', false, 'DAY' as ReportGranularity, 'en', G)).toBe('5 Dec');
    expect(bucketLabel('2026-01-01', false, 'MONTH' as ReportGranularity, 'en', G)).toBe('Jan 2026');
    expect(bucketLabel('2026-01-01', true, 'MONTH' as ReportGranularity, 'en', G)).toBe('Jan 2026*');
  });

  it('are Jalali with Persian digits in Persian', () => {
    // 2026-12-06 is 15 Azar 1405.
    expect(bucketLabel('2026-12-06', false, 'DAY' as ReportGranularity, 'fa', J)).toBe('۱۵ آذر');
    expect(bucketLabel('2026-11-22', true, 'MONTH' as ReportGranularity, 'fa', J)).toBe('آذر ۱۴۰۵*');
    expect(bucketTitle('2026-12-06', 'DAY' as ReportGranularity, 'fa', J, translate)).toBe('۱۵ آذر ۱۴۰۵');
  });

  it('title a week by its first day with the year', () => {
    expect(bucketTitle('2026-12-07', 'WEEK' as ReportGranularity, 'en', G, translate)).toBe(
      'patron.dashboard.weekOf {"day":"7 December 2026"}',
    );
  });
});
