import { CombinedGraphQLErrors } from '@apollo/client';
import { type ApiError, type PlacedProblems, placeProblems } from '../dataProvider/errors';

export type PlacedErrors = PlacedProblems;

/**
 * Where each refusal goes in a form with the given inputs: ["input","amount"] under `amount`;
 * a path to something the form has no input for (["input","customerId"]) above the buttons.
 */
export function placeErrors(errors: readonly ApiError[], inputs: readonly string[]): PlacedErrors {
  return placeProblems(errors, (name) => inputs.includes(name));
}

/** The same for whatever a failed call threw: GraphQL refusals are placed, anything else is a general error. */
export function placeFailure(error: unknown, inputs: readonly string[]): PlacedErrors {
  if (CombinedGraphQLErrors.is(error)) return placeErrors(error.errors as readonly ApiError[], inputs);
  return { fields: {}, general: [{ message: 'ra.notification.http_error' }] };
}
