import { Box, FormHelperText, Stack, TextField, Typography } from '@mui/material';
import { useId, useMemo } from 'react';
import { CalendarSystem } from '../gql/graphql';
import { latinDigits, persianDigits } from '../i18n/digits';
import { formatDate, toIsoDate } from '../preferences/dates';
import { type BirthDateReading, calendarOf, monthNames, readBirthDate, type TypedDay } from './birthDate';
import { useWords } from './WordsContext';
import type { Words } from './words';

/** Today in the customer's own time zone, the last day a birth date may be. */
export const today = () => toIsoDate(new Date());

/** Why a birth date was not sent, naming the field, in the customer's language and digits. */
export function birthDateRefusal(words: Words, reading: Exclude<BirthDateReading, { ok: true }>): string {
  const digits = (n: number) => (words.locale === 'fa' ? persianDigits(String(n)) : String(n));
  switch (reading.why) {
    case 'incomplete':
      return words.t('details.birthDateIncomplete');
    case 'year':
      return words.t('details.birthDateYear', { example: digits(reading.example) });
    case 'future':
      return words.t('details.birthDateFuture');
    case 'noSuchDay':
      return words.t('details.birthDateNoSuchDay', {
        month: monthNames(words.locale, calendarOf(words.locale))[reading.month - 1],
        year: digits(reading.year),
        day: digits(reading.day),
      });
  }
}

/**
 * The birth date as three inputs in the language's calendar: the day and the year typed (a phone's
 * number pad, digits of any script), the month picked by name from the phone's own list. Under them,
 * the day as read, and in Persian its Gregorian date too, so the customer sees what the club will see.
 */
export function BirthDateInput({
  value,
  onChange,
  error,
}: {
  value: TypedDay;
  onChange(next: TypedDay): void;
  error?: string;
}) {
  const words = useWords();
  const label = useId();
  const calendar = calendarOf(words.locale);
  const months = useMemo(() => monthNames(words.locale, calendar), [words.locale, calendar]);
  const reading = readBirthDate(calendar, value, today());
  const iso = reading.ok ? reading.iso : null;
  const shown =
    iso &&
    (calendar === 'jalali'
      ? `${words.date(iso)} · ${words.t('details.birthDateGregorian', {
          date: formatDate(iso, words.locale, CalendarSystem.GREGORIAN),
        })}`
      : words.date(iso));
  // In Persian the digits stay Persian whatever the keyboard gives; elsewhere Latin.
  const typed = (key: 'day' | 'year') => (e: React.ChangeEvent<HTMLInputElement>) => {
    const text = e.target.value;
    onChange({ ...value, [key]: words.locale === 'fa' ? persianDigits(text) : latinDigits(text) });
  };
  // A browser's saved birthday is Gregorian: offered only where the inputs are.
  const autofill = (part: string) => (calendar === 'gregorian' ? `bday-${part}` : 'off');
  const number = (key: 'day' | 'year', width: string) => ({
    value: value[key],
    onChange: typed(key),
    error: Boolean(error),
    autoComplete: autofill(key),
    sx: { flex: `0 0 ${width}` },
    slotProps: {
      inputLabel: { shrink: true },
      htmlInput: {
        inputMode: 'numeric' as const,
        maxLength: key === 'day' ? 2 : 4,
        'data-testid': `ss-details-birth-${key}`,
      },
    },
  });
  return (
    <Box role="group" aria-labelledby={label}>
      <Typography id={label} variant="body2" color="text.secondary" sx={{ mb: 1.5 }}>
        {words.t('details.birthDate')}
      </Typography>
      <Stack direction="row" gap={1}>
        <TextField label={words.t('details.birthDay')} {...number('day', '4.5rem')} />
        <TextField
          select
          label={words.t('details.birthMonth')}
          value={value.month}
          onChange={(e) => onChange({ ...value, month: e.target.value })}
          error={Boolean(error)}
          autoComplete={autofill('month')}
          sx={{ flex: 1, minWidth: 0 }}
          slotProps={{
            select: { native: true },
            inputLabel: { shrink: true },
            htmlInput: { 'data-testid': 'ss-details-birth-month' },
          }}
        >
          <option value="" />
          {months.map((name, i) => (
            <option key={name} value={String(i + 1)}>
              {name}
            </option>
          ))}
        </TextField>
        <TextField label={words.t('details.birthYear')} {...number('year', '5.5rem')} />
      </Stack>
      <FormHelperText error={Boolean(error)} sx={{ mx: 1.75 }} data-testid="ss-details-birth-shown">
        {error ?? shown ?? ' '}
      </FormHelperText>
    </Box>
  );
}
