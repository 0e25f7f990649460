import { describe, expect, it } from 'vitest';
import { change, changeLabel } from './kpi';

describe('a KPI’s change', () => {
  it('is the ratio to the previous value, with its direction', () => {
    expect(change(150, 100)).toEqual({ ratio: 0.5, direction: 'up' });
    expect(change(75, 100)).toEqual({ ratio: -0.25, direction: 'down' });
    expect(change(100, 100)).toEqual({ ratio: 0, direction: 'flat' });
  });

  it('has no ratio from zero, and nothing without comparison', () => {
    expect(change(5, 0)).toEqual({ ratio: null, direction: 'up' });
    expect(change(0, 0)).toEqual({ ratio: 0, direction: 'flat' });
    expect(change(5, null)).toBeNull();
    expect(change(5, undefined)).toBeNull();
  });

  it('reads with its sign in the language’s digits', () => {
    expect(changeLabel(0.5, 'en')).toBe('+50%');
    expect(changeLabel(-0.25, 'en')).toBe('-25%');
    expect(changeLabel(0.034, 'en')).toBe('+3.4%');
    expect(changeLabel(0, 'en')).toBe('0%');
    expect(changeLabel(0.5, 'fa')).toMatch(/۵۰/);
    expect(changeLabel(-0.25, 'ru')).toMatch(/25\s?%/);
  });
});
