import { CombinedGraphQLErrors } from '@apollo/client';
import { type ApiError, type PlacedProblems, placeProblems } from '../data-provider/errors';

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

/** A tier or currency with no name at all is told so under its English name. */
export const nameInEnglish = (name: string): string => (name === 'name' ? 'name.en' : name);

/**
 * Where each refusal goes in a form whose inputs are named by path (`rules.pointsPerAmount.0.per`,
 * `timeZone`, `name.en`): every path the server names (extensions.fields) under the input of that
 * path when the form has it (`accepts`), anything else above the buttons.
 */
export function placeErrorsWhere(
  errors: readonly ApiError[],
  accepts: (name: string) => boolean,
): PlacedErrors {
  return placeProblems(errors, accepts, nameInEnglish);
}

/** The same for whatever a failed call threw. */
export function placeFailureWhere(error: unknown, accepts: (name: string) => boolean): PlacedErrors {
  if (CombinedGraphQLErrors.is(error)) return placeErrorsWhere(error.errors as readonly ApiError[], accepts);
  return { fields: {}, general: [{ message: 'ra.notification.http_error' }] };
}
