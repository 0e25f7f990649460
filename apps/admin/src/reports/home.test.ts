import { describe, expect, it } from 'vitest';
import { homeOf } from './home';

describe('the home page after sign-in', () => {
  it('is the dashboard for those who hold reports.read, the customer list for others', () => {
    expect(homeOf(['customers.read', 'reports.read'])).toBe('/dashboard');
    expect(homeOf(['customers.read'])).toBe('/customers');
    expect(homeOf([])).toBe('/customers');
  });
});
