import { describe, expect, it } from 'vitest';
import type { ApiError } from '../dataProvider/errors';
import { placeErrors } from './placeErrors';
import { serverMessage } from './serverMessages';

const bad = (path: string[], message: string): ApiError => ({
  message: `Invalid input — ${path.at(-1)}: ${message}`,
  extensions: { code: 'BAD_USER_INPUT', path, fields: [{ path, message }] },
});

const INPUTS = ['currency', 'amount', 'reason', 'comment', 'expiresAt'];

describe('where a refusal is shown', () => {
  it('puts it under the input extensions.path names', () => {
    const placed = placeErrors(
      [bad(['input', 'amount'], 'The balance is too low: 15 coins available, 40 asked')],
      INPUTS,
    );
    expect(placed).toEqual({
      fields: {
        amount: {
          key: 'patron.loyalty.errors.tooLow',
          params: { available: 15, currency: 'coins', asked: 40 },
        },
      },
      general: [],
    });
  });

  it('puts every field the server lists under its input', () => {
    const path1 = ['input', 'amount'];
    const path2 = ['input', 'expiresAt'];
    const error: ApiError = {
      message: 'Invalid input',
      extensions: {
        code: 'BAD_USER_INPUT',
        path: path1,
        fields: [
          { path: path1, message: 'This currency takes whole amounts only' },
          { path: path2, message: 'The expiry must be in the future' },
        ],
      },
    };
    expect(Object.keys(placeErrors([error], INPUTS).fields)).toEqual(['amount', 'expiresAt']);
  });

  it('shows a refusal about something the form has no input for above its buttons', () => {
    const placed = placeErrors(
      [bad(['input', 'customerId'], 'This customer is inactive: inactive customers earn and spend nothing')],
      INPUTS,
    );
    expect(placed.fields).toEqual({});
    expect(placed.general).toEqual([{ key: 'patron.loyalty.errors.inactive' }]);
  });

  it('shows a reversal refused by operation above the buttons', () => {
    const placed = placeErrors(
      [bad(['input', 'operationId'], 'This operation has already been reversed')],
      ['reason'],
    );
    expect(placed.general).toEqual([{ key: 'patron.loyalty.errors.alreadyReversed' }]);
  });

  it('shows conflicts and other failures as general errors', () => {
    const conflict: ApiError = {
      message: 'This idempotency key was already used for a different operation',
      extensions: { code: 'CONFLICT' },
    };
    expect(placeErrors([conflict], INPUTS)).toEqual({
      fields: {},
      general: [{ key: 'patron.loyalty.errors.keyReused' }],
    });
    const notFound: ApiError = { message: 'Customer not found', extensions: { code: 'NOT_FOUND' } };
    expect(placeErrors([notFound], INPUTS).general).toEqual([{ key: 'ra.notification.item_doesnt_exist' }]);
  });
});

describe('server messages in the user’s language', () => {
  it.each([
    ['This currency takes whole amounts only', 'wholeOnly', undefined],
    ['At most 2 decimal places', 'maxDecimals', { count: 2 }],
    ['At most 100,000,000,000 at once', 'tooLarge', { max: 100_000_000_000 }],
    [
      'The balance is too low: 0.5 credit available, 12.25 asked',
      'tooLow',
      {
        available: 0.5,
        currency: 'credit',
        asked: 12.25,
      },
    ],
    ['Only an addition can expire', 'expiryOnlyAddition', undefined],
    ['At most 500 characters', 'maxChars', { count: 500 }],
    ['Another currency already has this key', 'keyTaken', undefined],
  ])('knows %j', (text, key, params) => {
    expect(serverMessage(text)).toEqual({
      key: `patron.loyalty.errors.${key}`,
      ...(params ? { params } : {}),
    });
  });

  it('leaves an unknown message as the server wrote it', () => {
    expect(serverMessage('Something new')).toEqual({ key: 'Something new' });
  });
});
