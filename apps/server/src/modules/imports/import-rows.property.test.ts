import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { AttributeDefinition } from '../attributes/attribute-definition.entity.js';
import { normalizeValue } from '../attributes/values/index.js';
import { mapRow, splitTags } from './import-rows.js';

const def = (key: string, type: string, choices: string[] = []) =>
  ({
    key,
    type,
    required: false,
    unique: false,
    choices: choices.map((value) => ({ value, label: { en: value } })),
  }) as unknown as AttributeDefinition;

const DEFINITIONS = [
  def('firstName', 'TEXT'),
  def('mobile', 'PHONE'),
  def('email', 'EMAIL'),
  def('birthDate', 'DATE'),
  def('score', 'NUMBER'),
  def('vip', 'BOOLEAN'),
  def('gender', 'SINGLE_CHOICE', ['male', 'female']),
];
const TARGETS = [...DEFINITIONS.map((d) => d.key), 'tags', 'balance:coins', null];

const cell = fc.oneof(
  fc.string({ maxLength: 20 }),
  fc.stringMatching(/^(\+98|0)?9\d{9}$/),
  fc.stringMatching(/^[a-z]{1,6}@[a-z]{1,6}\.(com|ru|ir)$/),
  fc
    .date({ min: new Date('1900-01-01'), max: new Date('2100-01-01'), noInvalidDate: true })
    .map((d) => d.toISOString().slice(0, 10)),
  fc.constantFrom('male', 'female', 'true', 'no', 'N', 'Да', 'خیر', '12.5', '-3', 'gold, silver;bronze'),
);

const mapping = fc
  .shuffledSubarray(TARGETS, { minLength: 1 })
  .chain((targets) =>
    fc.tuple(fc.constant(targets), fc.array(cell, { minLength: targets.length, maxLength: targets.length })),
  );

describe('mapping a row', () => {
  it('every mapped cell is stored as the registry normalises it, or carries the registry’s problem', () => {
    fc.assert(
      fc.property(mapping, ([targets, cells]) => {
        const columns = targets.map((target, index) => ({ index, header: `h${index}`, target }));
        const row = mapRow(
          { line: 2, cells },
          { columns, definitions: new Map(DEFINITIONS.map((d) => [d.key, d])) },
        );
        for (const out of row.cells) {
          expect(out.value === null || out.problem === null).toBe(true);
          const target = targets[out.index] as string;
          const d = DEFINITIONS.find((x) => x.key === target);
          if (!d) continue;
          const raw = cells[out.index] ?? '';
          const words: Record<string, string> = Object.fromEntries([
            ...['yes', 'y', '1', 'да', 'بله', 'آری'].map((w) => [w, 'true']),
            ...['no', 'n', '0', 'нет', 'خیر', 'نه'].map((w) => [w, 'false']),
          ]);
          const expected = normalizeValue(
            d,
            d.type === 'BOOLEAN' ? (words[raw.trim().toLowerCase()] ?? raw.trim()) : raw,
          );
          if (expected.ok) expect(row.values[target] ?? null).toEqual(expected.value);
          else expect(out.problem?.code).toBe(expected.problem.code);
        }
        if (row.problem === null) expect(row.cells.every((c) => c.problem === null)).toBe(true);
      }),
    );
  });

  it('mapping the stored values again changes nothing (a re-import finds nothing to update)', () => {
    fc.assert(
      fc.property(mapping, ([targets, cells]) => {
        const columns = targets.map((target, index) => ({ index, header: `h${index}`, target }));
        const ctx = { columns, definitions: new Map(DEFINITIONS.map((d) => [d.key, d])) };
        const first = mapRow({ line: 2, cells }, ctx);
        const stored = targets.map((_, i) => first.cells.find((c) => c.index === i)?.value ?? '');
        const again = mapRow({ line: 2, cells: stored }, ctx);
        expect(again.values).toEqual(first.values);
        expect(again.tags).toEqual(first.tags);
      }),
    );
  });

  it('tags: no blanks, no duplicates whatever the case, order kept', () => {
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom('Gold', 'gold', ' ', 'VIP', '', 'new'), { maxLength: 8 }),
        fc.constantFrom(',', ';', '|'),
        (names, sep) => {
          const tags = splitTags(names.join(sep));
          expect(tags.every((t) => t.trim() === t && t !== '')).toBe(true);
          expect(new Set(tags.map((t) => t.toLowerCase())).size).toBe(tags.length);
        },
      ),
    );
  });
});
