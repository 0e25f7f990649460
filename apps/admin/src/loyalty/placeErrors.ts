import { CombinedGraphQLErrors } from '@apollo/client';
import { type ApiError, explain } from '../dataProvider/errors';
import { type Message, serverMessage } from './serverMessages';

export interface PlacedErrors {
  /** Under the input the server named (extensions.path), by input name. */
  fields: Record<string, Message>;
  /** Everything else: refusals about no input of this form, conflicts, lost connections. */
  general: Message[];
}

/**
 * Where each refusal goes in a form with the given inputs: ["input","amount"] under `amount`;
 * a path to something the form has no input for (["input","customerId"]) above the buttons.
 */
export function placeErrors(errors: readonly ApiError[], inputs: readonly string[]): PlacedErrors {
  const meaning = explain(errors);
  const fields: Record<string, Message> = {};
  const general: Message[] = [];
  for (const [name, text] of Object.entries(meaning.fieldErrors ?? {})) {
    if (inputs.includes(name)) fields[name] = serverMessage(text);
    else general.push(serverMessage(text));
  }
  if (Object.keys(fields).length === 0 && general.length === 0) general.push(serverMessage(meaning.message));
  return { fields, general };
}

/** The same for whatever a failed call threw: GraphQL refusals are placed, anything else is a general error. */
export function placeFailure(error: unknown, inputs: readonly string[]): PlacedErrors {
  if (CombinedGraphQLErrors.is(error)) return placeErrors(error.errors as readonly ApiError[], inputs);
  return { fields: {}, general: [{ key: 'ra.notification.http_error' }] };
}
