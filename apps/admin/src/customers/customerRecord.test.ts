import { describe, expect, it } from 'vitest';
import { attributesForCreate, changedAttributes, toCustomerRecord } from './customerRecord';

const KEYS = ['firstName', 'lastName', 'mobile', 'vip', 'tags', 'address'];

describe('customer records', () => {
  it('flattens attributes beside the record’s own fields', () => {
    const record = toCustomerRecord({
      id: 'c1',
      status: 'ACTIVE',
      displayName: 'Zahra Ahmadi',
      createdAt: '2026-01-01T00:00:00Z',
      updatedAt: '2026-01-02T00:00:00Z',
      attributes: { firstName: 'Zahra', mobile: '+989123456789', status: 'forged' },
      tags: [{ __typename: 'Tag', id: 't1', name: 'VIP', color: '#aa0000' } as never],
      number: 7,
      category: { __typename: 'Category', id: 'k1', name: 'Retail', color: '#00aa00' } as never,
    });
    expect(record).toEqual({
      id: 'c1',
      status: 'ACTIVE',
      displayName: 'Zahra Ahmadi',
      createdAt: '2026-01-01T00:00:00Z',
      updatedAt: '2026-01-02T00:00:00Z',
      firstName: 'Zahra',
      mobile: '+989123456789',
      tags: [{ id: 't1', name: 'VIP', color: '#aa0000' }],
      customerNumber: 7,
      category: { id: 'k1', name: 'Retail', color: '#00aa00' },
    });
  });

  it('puts computed values (asked for computed columns) under their field keys', () => {
    const record = toCustomerRecord({
      id: 'c1',
      status: 'ACTIVE',
      displayName: 'Zahra',
      createdAt: '2026-01-01T00:00:00Z',
      updatedAt: '2026-01-01T00:00:00Z',
      attributes: {},
      fieldValues: { balance_coins: 100, balance_credit: 12.5, personalEmail: true },
    });
    expect(record.balance_coins).toBe(100);
    expect(record.balance_credit).toBe(12.5);
    expect(record.personalEmail).toBe(true);
  });

  it('sends only attribute keys with a value on create', () => {
    const data = {
      id: 'x',
      status: 'ACTIVE',
      firstName: 'Zahra',
      lastName: '',
      tags: [],
      address: { text: 'Tehran', lat: null, lng: undefined },
      unknown: 'ignored',
    };
    expect(attributesForCreate(data, KEYS)).toEqual({ firstName: 'Zahra', address: { text: 'Tehran' } });
  });

  it('sends only changed keys on update, null for cleared ones', () => {
    const previous = {
      id: 'c1',
      firstName: 'Zahra',
      lastName: 'Ahmadi',
      mobile: '+989123456789',
      tags: ['a'],
    };
    const data = {
      ...previous,
      firstName: 'Zahra',
      lastName: '',
      mobile: '+989120000000',
      tags: ['a'],
      updatedAt: 'x',
    };
    expect(changedAttributes(data, previous, KEYS)).toEqual({ lastName: null, mobile: '+989120000000' });
  });

  it('does not count an untouched switch as a change, but does count switching it off', () => {
    expect(changedAttributes({ vip: false }, {}, KEYS)).toEqual({});
    expect(changedAttributes({ vip: false }, { vip: true }, KEYS)).toEqual({ vip: false });
  });

  it('compares addresses by value and clears an emptied one', () => {
    const previous = { address: { text: 'Tehran', lat: 35.7, lng: 51.4 } };
    expect(changedAttributes({ address: { text: 'Tehran', lat: 35.7, lng: 51.4 } }, previous, KEYS)).toEqual(
      {},
    );
    expect(changedAttributes({ address: { text: '', lat: null, lng: null } }, previous, KEYS)).toEqual({
      address: null,
    });
  });
});
