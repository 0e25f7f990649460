import { describe, expect, it } from 'vitest';
import type { ApiError } from '../data-provider/errors';
import { problemText } from '../problems/problemText';
import { badInput, refusal, translatorFor } from '../problems/testing';
import { placeErrors, placeErrorsWhere, placeFailure } from './placeErrors';

const INPUTS = ['currency', 'amount', 'reason', 'comment', 'expiresAt'];

describe('where a refusal is shown', () => {
  it('puts it under the input its field names, with its code and parameters', () => {
    const placed = placeErrors(
      [badInput([['input', 'amount'], 'BALANCE_TOO_LOW', { available: 15, asked: 40, currency: 'coins' }])],
      INPUTS,
    );
    expect(placed).toEqual({
      fields: {
        amount: {
          code: 'BALANCE_TOO_LOW',
          params: { available: 15, asked: 40, currency: 'coins' },
          message: 'The balance is too low: 15 coins available, 40 asked',
        },
      },
      general: [],
    });
  });

  it('puts every field the server lists (extensions.fields[].problem) under its input', () => {
    const placed = placeErrors(
      [badInput([['input', 'amount'], 'AMOUNT_WHOLE_ONLY'], [['input', 'expiresAt'], 'EXPIRY_NOT_FUTURE'])],
      INPUTS,
    );
    expect(Object.keys(placed.fields)).toEqual(['amount', 'expiresAt']);
    expect(placed.fields.amount?.code).toBe('AMOUNT_WHOLE_ONLY');
    expect(placed.fields.expiresAt?.code).toBe('EXPIRY_NOT_FUTURE');
    expect(placed.general).toEqual([]);
  });

  it('keeps the first refusal of a field named twice', () => {
    const placed = placeErrors(
      [
        badInput(
          [['input', 'amount'], 'AMOUNT_ZERO'],
          [['input', 'amount'], 'AMOUNT_TOO_LARGE', { max: 10 }],
        ),
      ],
      INPUTS,
    );
    expect(placed.fields.amount?.code).toBe('AMOUNT_ZERO');
  });

  it('shows a refusal about something the form has no input for above its buttons', () => {
    const placed = placeErrors([badInput([['input', 'customerId'], 'CUSTOMER_INACTIVE'])], INPUTS);
    expect(placed.fields).toEqual({});
    expect(placed.general.map((p) => p.code)).toEqual(['CUSTOMER_INACTIVE']);
  });

  it('shows a reversal refused by operation above the buttons', () => {
    const placed = placeErrors(
      [badInput([['input', 'operationId'], 'OPERATION_ALREADY_REVERSED'])],
      ['reason'],
    );
    expect(placed.general.map((p) => p.code)).toEqual(['OPERATION_ALREADY_REVERSED']);
  });

  it('shows conflicts and other refusals as general errors, by their code', () => {
    const conflict = refusal('CONFLICT', 'IDEMPOTENCY_KEY_REUSED', { request: 'operation' });
    expect(placeErrors([conflict], INPUTS)).toEqual({
      fields: {},
      general: [
        {
          code: 'IDEMPOTENCY_KEY_REUSED',
          params: { request: 'operation' },
          message: 'IDEMPOTENCY_KEY_REUSED',
        },
      ],
    });
    const notFound = refusal('NOT_FOUND', 'CUSTOMER_NOT_FOUND', {}, 'Customer not found');
    expect(placeErrors([notFound], INPUTS).general.map((p) => p.code)).toEqual(['CUSTOMER_NOT_FOUND']);
  });

  it('calls anything but a GraphQL refusal a general HTTP error', () => {
    expect(placeFailure(new Error('offline'), INPUTS)).toEqual({
      fields: {},
      general: [{ message: 'ra.notification.http_error' }],
    });
  });

  it('reads a refusal of a newer server, whose code this SPA does not know, in its English', () => {
    const newer: ApiError = refusal(
      'BAD_USER_INPUT',
      'LOYALTY_PAUSED',
      {},
      'The loyalty programme is paused',
    );
    const [general] = placeErrors([newer], INPUTS).general;
    expect(general && problemText(general, { translate: translatorFor('fa'), locale: 'fa' })).toBe(
      'The loyalty programme is paused',
    );
  });
});

describe('refusals in a form named by path (the earning rules, a tier)', () => {
  it('are placed by code under the input of their path', () => {
    const placed = placeErrorsWhere(
      [
        badInput(
          [['input', 'rules', 'pointsPerAmount', 0, 'per'], 'NUMBER_RANGE', { min: 0.01, max: 1e12 }],
          [
            ['input', 'rules', 'productPoints', 1, 'currency'],
            'CURRENCY_UNKNOWN',
            { currency: 'gems', known: 'coins' },
          ],
          [['input', 'timeZone'], 'TIME_ZONE_INVALID'],
          [['input', 'name'], 'NAME_IN_ONE_LANGUAGE'],
        ),
      ],
      (name) => name.startsWith('rules.') || name === 'name.en',
    );
    expect(placed.fields).toEqual({
      'rules.pointsPerAmount.0.per': {
        code: 'NUMBER_RANGE',
        params: { min: 0.01, max: 1e12 },
        message: 'A number from 0.01 to 1000000000000',
      },
      'rules.productPoints.1.currency': {
        code: 'CURRENCY_UNKNOWN',
        params: { currency: 'gems', known: 'coins' },
        message: 'No currency "gems"; this workspace has coins',
      },
      // A tier with no name at all is told so under its English name.
      'name.en': {
        code: 'NAME_IN_ONE_LANGUAGE',
        params: {},
        message: 'Give a name in at least one language',
      },
    });
    expect(placed.general.map((p) => p.code)).toEqual(['TIME_ZONE_INVALID']);
  });
});
