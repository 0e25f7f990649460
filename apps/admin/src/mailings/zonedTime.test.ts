import { describe, expect, it } from 'vitest';
import { audienceOf, NEW_MAILING, toMailingInput } from './mailingForm';
import { formatInZone, pickerToWallClock, wallClockToPicker } from './zonedTime';

describe('schedule times', () => {
  it('carries the wall-clock time picked across the browser zone unchanged', () => {
    expect(pickerToWallClock(wallClockToPicker('2026-12-06T09:30'))).toBe('2026-12-06T09:30');
    expect(wallClockToPicker('tomorrow')).toBeNull();
  });

  it("shows a moment in the workspace's zone, in Jalali for Persian", () => {
    const at = '2026-12-06T05:30:00.000Z';
    expect(formatInZone(at, 'en', 'GREGORIAN', 'Asia/Tehran')).toMatch(/09:00/);
    expect(formatInZone(at, 'fa', 'JALALI', 'Asia/Tehran')).toContain('۱۴۰۵');
  });
});

describe('mailing input', () => {
  it('sends only the audience way chosen and no time when sent on start', () => {
    const values = {
      ...NEW_MAILING,
      name: ' Sale ',
      audienceWay: 'groupId' as const,
      groupId: 'g',
      segmentId: 's',
    };
    expect(audienceOf(values)).toEqual({ groupId: 'g' });
    expect(toMailingInput({ ...values, sendAt: '2026-12-06T09:00' })).toMatchObject({
      name: 'Sale',
      sendAt: null,
      throttlePerMinute: null,
      templateId: null,
    });
    expect(toMailingInput({ ...values, scheduleWay: 'later', sendAt: '2026-12-06T09:00' }).sendAt).toBe(
      '2026-12-06T09:00',
    );
  });
});
