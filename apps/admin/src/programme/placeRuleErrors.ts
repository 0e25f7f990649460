import { CombinedGraphQLErrors } from '@apollo/client';
import { type ApiError, type PlacedProblems, placeProblems } from '../dataProvider/errors';

export type PlacedRuleErrors = PlacedProblems;

/** A tier or currency with no name at all is told so under its English name. */
export const nameInEnglish = (name: string): string => (name === 'name' ? 'name.en' : name);

/**
 * Where each refusal of a rules form goes: every path the server names (extensions.fields) under the
 * input of that path when the form has it (`accepts`), anything else above the buttons. By form
 * input name: `rules.pointsPerAmount.0.per`, `timeZone`, `name.en`.
 */
export function placeRuleErrors(
  errors: readonly ApiError[],
  accepts: (name: string) => boolean,
): PlacedRuleErrors {
  return placeProblems(errors, accepts, nameInEnglish);
}

/** The same for whatever a failed call threw. */
export function placeRuleFailure(error: unknown, accepts: (name: string) => boolean): PlacedRuleErrors {
  if (CombinedGraphQLErrors.is(error)) return placeRuleErrors(error.errors as readonly ApiError[], accepts);
  return { fields: {}, general: [{ message: 'ra.notification.http_error' }] };
}

/** Inputs of the rules editor under `rules`, by the server's path. */
export const isRulesInput = (name: string): boolean => name.startsWith('rules.');
