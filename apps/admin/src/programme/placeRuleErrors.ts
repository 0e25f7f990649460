import { CombinedGraphQLErrors } from '@apollo/client';
import { type ApiError, explain } from '../dataProvider/errors';
import type { Message } from '../loyalty/serverMessages';
import { programmeMessage } from './serverTexts';

export interface PlacedRuleErrors {
  /** By form input name: `rules.pointsPerAmount.0.per`, `timeZone`, `name.en`. */
  fields: Record<string, Message>;
  general: Message[];
}

/**
 * Where each refusal of a rules form goes: every path the server names (extensions.fields) under the
 * input of that path when the form has it (`accepts`), anything else above the buttons. A tier with no
 * name at all is told so under its English name.
 */
export function placeRuleErrors(
  errors: readonly ApiError[],
  accepts: (name: string) => boolean,
): PlacedRuleErrors {
  const meaning = explain(errors);
  const fields: Record<string, Message> = {};
  const general: Message[] = [];
  for (const [raw, text] of Object.entries(meaning.fieldErrors ?? {})) {
    const name = raw === 'name' ? 'name.en' : raw;
    if (accepts(name)) fields[name] = programmeMessage(text);
    else general.push(programmeMessage(text));
  }
  if (Object.keys(fields).length === 0 && general.length === 0)
    general.push(programmeMessage(meaning.message));
  return { fields, general };
}

/** The same for whatever a failed call threw. */
export function placeRuleFailure(error: unknown, accepts: (name: string) => boolean): PlacedRuleErrors {
  if (CombinedGraphQLErrors.is(error)) return placeRuleErrors(error.errors as readonly ApiError[], accepts);
  return { fields: {}, general: [{ key: 'ra.notification.http_error' }] };
}

/** Inputs of the rules editor under `rules`, by the server's path. */
export const isRulesInput = (name: string): boolean => name.startsWith('rules.');
