import { describe, expect, it } from 'vitest';
import { customerSort } from './sortFields';

describe('customer sort', () => {
  it('passes react-admin field names through as the API’s field keys', () => {
    expect(customerSort({ field: 'lastName', order: 'ASC' })).toEqual({
      field: 'lastName',
      direction: 'ASC',
    });
    expect(customerSort({ field: 'favouriteDrink', order: 'DESC' })).toEqual({
      field: 'favouriteDrink',
      direction: 'DESC',
    });
  });

  it('falls back to newest first', () => {
    expect(customerSort(undefined)).toEqual({ field: 'createdAt', direction: 'DESC' });
    expect(customerSort({ field: 'id', order: 'ASC' })).toEqual({ field: 'createdAt', direction: 'ASC' });
  });
});
