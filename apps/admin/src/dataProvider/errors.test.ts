import { describe, expect, it } from 'vitest';
import { explain, inputName } from './errors';

describe('API errors', () => {
  it('names the form input an error path points at', () => {
    expect(inputName(['input', 'attributes', 'mobile'])).toBe('mobile');
    expect(inputName(['input', 'attributes', 'address', 'lat'])).toBe('address.lat');
    expect(inputName(['input', 'label', 'en'])).toBe('label.en');
    expect(inputName(['input', 'key'])).toBe('key');
    expect(inputName(['input'])).toBeUndefined();
  });

  it('turns bad input into messages under the fields', () => {
    const meaning = explain([
      {
        message: 'Invalid input — mobile: not a phone number; email: not an email address',
        extensions: {
          code: 'BAD_USER_INPUT',
          path: ['input', 'attributes', 'mobile'],
          fields: [
            { path: ['input', 'attributes', 'mobile'], message: 'not a phone number' },
            { path: ['input', 'attributes', 'email'], message: 'not an email address' },
          ],
        },
      },
    ]);
    expect(meaning.status).toBe(400);
    expect(meaning.fieldErrors).toEqual({ mobile: 'not a phone number', email: 'not an email address' });
  });

  it('falls back to the error path and message', () => {
    const meaning = explain([
      {
        message: 'already taken',
        extensions: { code: 'BAD_USER_INPUT', path: ['input', 'attributes', 'mobile'] },
      },
    ]);
    expect(meaning.fieldErrors).toEqual({ mobile: 'already taken' });
  });

  it('keeps the meaning of the other codes', () => {
    expect(explain([{ message: 'Sign in first', extensions: { code: 'UNAUTHENTICATED' } }]).status).toBe(401);
    expect(explain([{ message: 'No', extensions: { code: 'FORBIDDEN' } }])).toEqual({
      status: 403,
      message: 'No',
    });
    expect(explain([{ message: 'Customer not found', extensions: { code: 'NOT_FOUND' } }]).status).toBe(404);
    expect(explain([{ message: 'Boom' }]).status).toBe(500);
  });
});
