import { describe, expect, it } from 'vitest';
import { customerSort, isSortableCustomerField } from './sortFields';

describe('customer sort', () => {
  it('maps react-admin field names to the API’s sort fields', () => {
    expect(customerSort({ field: 'lastName', order: 'ASC' })).toEqual({
      field: 'LAST_NAME',
      direction: 'ASC',
    });
    expect(customerSort({ field: 'createdAt', order: 'DESC' })).toEqual({
      field: 'CREATED_AT',
      direction: 'DESC',
    });
  });

  it('falls back to newest first for anything else', () => {
    expect(customerSort({ field: 'city', order: 'ASC' })).toEqual({ field: 'CREATED_AT', direction: 'ASC' });
    expect(customerSort(undefined)).toEqual({ field: 'CREATED_AT', direction: 'DESC' });
    expect(isSortableCustomerField('email')).toBe(true);
    expect(isSortableCustomerField('city')).toBe(false);
  });
});
