import { describe, expect, it } from 'vitest';
import {
  columnsInput,
  countNamesOf,
  mappingOf,
  previewValue,
  progressPercent,
  stepOf,
  takenTargets,
} from './importModel';

const progress = (done: number, total: number | null) => ({ done, total });

describe('an import in the wizard', () => {
  it('resumes at its mapping while set up, its progress while it runs, its report once ended', () => {
    expect(stepOf({ state: 'MAPPING' })).toBe('mapping');
    expect(stepOf({ state: 'QUEUED' })).toBe('progress');
    expect(stepOf({ state: 'RUNNING' })).toBe('progress');
    expect(['DONE', 'FAILED', 'CANCELLED'].map((state) => stepOf({ state: state as 'DONE' }))).toEqual([
      'report',
      'report',
      'report',
    ]);
  });

  it('has no percentage until its rows are counted, and is full once ended', () => {
    expect(progressPercent({ state: 'QUEUED', progress: progress(0, null) })).toBeNull();
    expect(progressPercent({ state: 'RUNNING', progress: progress(1000, 3000) })).toBe(33);
    expect(progressPercent({ state: 'CANCELLED', progress: progress(1000, 3000) })).toBe(100);
  });

  it('sends every column, a column not chosen as null, and keeps a target to one column', () => {
    const columns = [
      { index: 0, header: 'Телефон', samples: [], target: 'mobile' },
      { index: 1, header: 'Имя', samples: [], target: null },
    ];
    const mapping = { ...mappingOf(columns), 1: 'firstName' };
    expect(columnsInput(columns, mapping)).toEqual([
      { index: 0, target: 'mobile' },
      { index: 1, target: 'firstName' },
    ]);
    expect([...takenTargets(mapping, 1)]).toEqual(['mobile']);
    expect([...takenTargets({ ...mapping, 1: null }, 0)]).toEqual([]);
  });
});

describe('countNamesOf', () => {
  it('shows updated and attached for customers only: purchases and operations are new or skipped', () => {
    expect(countNamesOf('CUSTOMERS')).toEqual([
      'rows',
      'created',
      'updated',
      'attached',
      'skipped',
      'invalid',
    ]);
    for (const kind of ['PURCHASES', 'OPERATIONS'] as const)
      expect(countNamesOf(kind)).toEqual(['rows', 'created', 'skipped', 'invalid']);
  });
});

describe('previewValue', () => {
  const format = (value: string, withTime = false) => `[${value}${withTime ? ' with time' : ''}]`;
  it('shows stored dates and date-times in the calendar, and anything else as stored', () => {
    expect(previewValue('2024-02-10', format)).toBe('[2024-02-10]');
    expect(previewValue('2024-02-10T12:00:00.000Z', format)).toBe('[2024-02-10T12:00:00.000Z with time]');
    for (const raw of ['+989121116001', '-30', '2024', 'Coffee', '2024-02-10 extra', '2024-13-99T99:99'])
      expect(previewValue(raw, format)).toBe(raw);
  });
});
