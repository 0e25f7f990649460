import type { ChannelDefinition } from '@patron/sdk';
import { type FieldProblem, fieldProblem } from '../../graphql/errors.js';

/** One setting as the form sends it; a secret left null keeps what is stored, '' clears it. */
export interface SettingInput {
  key: string;
  value: string | null;
}

const VALUE_MAX = 2000;

export interface CheckedSettings {
  /** Public settings: exactly what was sent (a public setting not sent is removed). */
  settings: Record<string, string>;
  /** Secrets to store or clear; the ones not named are kept. */
  secretChanges: Record<string, string | null>;
  problems: FieldProblem[];
}

/** Reads the form's settings against the provider's fields; problems name `input.settings.<key>`. */
export function checkSettings(definition: ChannelDefinition, input: SettingInput[]): CheckedSettings {
  const fields = new Map(definition.settings.map((f) => [f.key, f]));
  const settings: Record<string, string> = {};
  const secretChanges: Record<string, string | null> = {};
  const problems: FieldProblem[] = [];
  for (const { key, value } of input) {
    const path = ['input', 'settings', key];
    const field = fields.get(key);
    if (!field) {
      problems.push(fieldProblem(path, 'CHANNEL_SETTING_UNKNOWN', { key }));
      continue;
    }
    const text = value?.trim() ?? null;
    if (text && text.length > VALUE_MAX) problems.push(fieldProblem(path, 'TOO_LONG', { max: VALUE_MAX }));
    else if (text && field.choices && !field.choices.includes(text))
      problems.push(fieldProblem(path, 'CHANNEL_SETTING_CHOICE', { choices: field.choices.join(', ') }));
    else if (field.secret) {
      if (value !== null) secretChanges[key] = text || null;
    } else if (text) settings[key] = text;
  }
  return { settings, secretChanges, problems };
}

/** Every required field the account would still lack; `storedSecrets` are the secret keys it keeps. */
export function missingRequired(
  definition: ChannelDefinition,
  settings: Record<string, string>,
  secretKeys: string[],
): FieldProblem[] {
  return definition.settings
    .filter((f) => f.required && !(f.secret ? secretKeys.includes(f.key) : settings[f.key]))
    .map((f) => fieldProblem(['input', 'settings', f.key], 'REQUIRED'));
}
