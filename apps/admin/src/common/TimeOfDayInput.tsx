import { useCallback } from 'react';
import { TextInput, type TextInputProps, useLocale } from 'react-admin';
import { shownTimeOfDay, typedTimeOfDay } from './timeOfDay';

/**
 * A time of day (HH:MM, 24 hours) in the language's digits. A browser's `type="time"` input draws
 * its own digits and AM/PM from the browser's language, not the page's (Latin "10:00 PM" on a Persian
 * screen, its fields in left-to-right order), so this is a text input: shown in Persian digits in fa,
 * typed in any digits, stored as the API's Latin HH:MM.
 */
export function TimeOfDayInput(props: Omit<TextInputProps, 'format' | 'parse' | 'type'>) {
  const locale = useLocale();
  const format = useCallback((value: unknown) => shownTimeOfDay(String(value ?? ''), locale), [locale]);
  const parse = useCallback((value: unknown) => typedTimeOfDay(String(value ?? '')), []);
  return (
    <TextInput
      {...props}
      format={format}
      parse={parse}
      slotProps={{ ...props.slotProps, htmlInput: { maxLength: 5, ...props.slotProps?.htmlInput } }}
    />
  );
}
