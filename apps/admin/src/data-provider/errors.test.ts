import { describe, expect, it } from 'vitest';
import { badInput, refusal } from '../problems/testing';
import { explain, formRefusal, inputName, placeProblems } from './errors';

describe('API errors', () => {
  it('names the form input an error path points at', () => {
    expect(inputName(['input', 'attributes', 'mobile'])).toBe('mobile');
    expect(inputName(['input', 'attributes', 'address', 'lat'])).toBe('address.lat');
    expect(inputName(['input', 'label', 'en'])).toBe('label.en');
    expect(inputName(['input', 'key'])).toBe('key');
    expect(inputName(['input'])).toBeUndefined();
  });

  it('reads every offending field from extensions.fields, by code and parameters', () => {
    const meaning = explain([
      badInput(
        [['input', 'attributes', 'mobile'], 'VALUE_NOT_PHONE', { got: '"12"' }],
        [['input', 'attributes', 'email'], 'VALUE_NOT_EMAIL', { got: '"a@"' }],
      ),
    ]);
    expect(meaning.status).toBe(400);
    expect(meaning.fields).toEqual({
      mobile: { code: 'VALUE_NOT_PHONE', params: { got: '"12"' }, message: 'Not a valid phone number: "12"' },
      email: { code: 'VALUE_NOT_EMAIL', params: { got: '"a@"' }, message: 'Not a valid email address: "a@"' },
    });
  });

  it('falls back to extensions.path and extensions.problem when no fields are listed', () => {
    const meaning = explain([
      {
        message: 'Another customer already has this value',
        extensions: {
          code: 'BAD_USER_INPUT',
          path: ['input', 'attributes', 'mobile'],
          problem: { code: 'VALUE_TAKEN', params: {} },
        },
      },
    ]);
    expect(meaning.fields).toEqual({
      mobile: { code: 'VALUE_TAKEN', params: {}, message: 'Another customer already has this value' },
    });
  });

  it('keeps only parameters that are numbers or strings', () => {
    const meaning = explain([
      {
        message: 'At most 40 characters',
        extensions: {
          code: 'BAD_USER_INPUT',
          fields: [
            {
              path: ['input', 'name'],
              message: 'At most 40 characters',
              problem: { code: 'TOO_LONG', params: { max: 40, junk: { a: 1 } } },
            },
          ],
        },
      },
    ]);
    expect(meaning.fields?.name?.params).toEqual({ max: 40 });
  });

  it('keeps the status of the other categories, with their problem', () => {
    expect(explain([refusal('UNAUTHENTICATED', 'UNAUTHENTICATED')]).status).toBe(401);
    expect(explain([refusal('FORBIDDEN', 'FORBIDDEN', { permissions: 'loyalty.write' }, 'No')])).toEqual({
      status: 403,
      problem: { code: 'FORBIDDEN', params: { permissions: 'loyalty.write' }, message: 'No' },
    });
    const notFound = explain([refusal('NOT_FOUND', 'CUSTOMER_NOT_FOUND', {}, 'Customer not found')]);
    expect(notFound).toMatchObject({ status: 404, problem: { code: 'CUSTOMER_NOT_FOUND' } });
    expect(explain([{ message: 'Gone', extensions: { code: 'NOT_FOUND' } }]).problem).toEqual({
      message: 'ra.notification.item_doesnt_exist',
    });
    expect(explain([{ message: 'Boom' }])).toEqual({ status: 500, problem: { message: 'Boom' } });
  });

  it('places fields the form has under their inputs and the rest above the buttons', () => {
    const placed = placeProblems(
      [
        badInput(
          [['input', 'amount'], 'AMOUNT_ZERO'],
          [['input', 'customerId'], 'CUSTOMER_INACTIVE'],
          [['input'], 'REQUIRED'],
        ),
      ],
      (name) => name === 'amount',
    );
    expect(Object.keys(placed.fields)).toEqual(['amount']);
    expect(placed.general.map((p) => p.code)).toEqual(['REQUIRED', 'CUSTOMER_INACTIVE']);
  });

  it('gives react-admin translated texts under the inputs, and the general refusal as the message', () => {
    const text = (p: { code?: string; message: string }) => `<${p.code ?? p.message}>`;
    expect(formRefusal([badInput([['input', 'key'], 'CURRENCY_KEY_TAKEN'])], text)).toEqual({
      status: 400,
      message: 'ra.message.invalid_form',
      errors: { key: '<CURRENCY_KEY_TAKEN>' },
    });
    const renamed = formRefusal(
      [badInput([['input', 'name'], 'NAME_IN_ONE_LANGUAGE'], [['input', 'position'], 'POSITION_FROM_ONE'])],
      text,
      (name) => name === 'name.en',
      (name) => (name === 'name' ? 'name.en' : name),
    );
    expect(renamed).toEqual({
      status: 400,
      message: '<POSITION_FROM_ONE>',
      errors: { 'name.en': '<NAME_IN_ONE_LANGUAGE>' },
    });
    expect(
      formRefusal([refusal('CONFLICT', 'IDEMPOTENCY_KEY_REUSED', { request: 'operation' })], text),
    ).toEqual({
      status: 409,
      message: '<IDEMPOTENCY_KEY_REUSED>',
    });
  });
});
