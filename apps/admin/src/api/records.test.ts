import { describe, expect, it } from 'vitest';
import { attributesOf, changedAttributes, toCustomerRecord, withoutTypename } from './records';

const KEYS = ['firstName', 'city', 'interests', 'address', 'vip'];

describe('customer records', () => {
  it('flattens attributes beside the record fields', () => {
    const record = toCustomerRecord({
      id: 'c1',
      status: 'ACTIVE',
      displayName: 'Ali',
      createdAt: '2026-01-01T00:00:00Z',
      updatedAt: '2026-01-02T00:00:00Z',
      attributes: { firstName: 'Ali', city: 'Qom' },
    });
    expect(record).toMatchObject({ id: 'c1', status: 'ACTIVE', firstName: 'Ali', city: 'Qom' });
  });

  it('sends only filled attributes on create', () => {
    expect(attributesOf({ id: 'x', firstName: 'Ali', city: '', interests: [], address: { text: '', lat: null }, vip: false }, KEYS)).toEqual({
      firstName: 'Ali',
      vip: false,
    });
  });

  it('sends only changed attributes on update, null for cleared ones', () => {
    const before = { firstName: 'Ali', city: 'Qom', interests: ['tea'], vip: true };
    const after = { firstName: 'Ali', city: '', interests: ['tea', 'books'], vip: true };
    expect(changedAttributes(after, before, KEYS)).toEqual({ city: null, interests: ['tea', 'books'] });
    expect(changedAttributes(before, before, KEYS)).toEqual({});
  });

  it('drops __typename at any depth', () => {
    expect(withoutTypename({ __typename: 'A', label: { __typename: 'L', en: 'x' }, list: [{ __typename: 'C', v: 1 }] })).toEqual({
      label: { en: 'x' },
      list: [{ v: 1 }],
    });
  });
});
