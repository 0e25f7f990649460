import { describe, expect, it } from 'vitest';
import { permissionGroups } from './permissionGroups';

describe('permission groups', () => {
  it('groups by the part before the dot, keeping the order', () => {
    const p = (name: string) => ({ name, description: name });
    expect(
      permissionGroups([p('customers.read'), p('loyalty.read'), p('customers.write'), p('plain')]),
    ).toEqual([
      { name: 'customers', permissions: [p('customers.read'), p('customers.write')] },
      { name: 'loyalty', permissions: [p('loyalty.read')] },
      { name: 'plain', permissions: [p('plain')] },
    ]);
  });
});
