import { Alert, Button, MenuItem, Paper, Stack, TextField, Typography } from '@mui/material';
import { useState } from 'react';
import type { AccountFields } from './account';
import { call } from './api';
import { BirthDateInput, birthDateRefusal, today } from './BirthDateInput';
import { type BirthDateReading, calendarOf, readBirthDate, typedDayOf } from './birthDate';
import { UpdateMyProfileMutation } from './profileDocuments';
import { useForm } from './useForm';
import { useWords } from './WordsContext';

const INPUTS = ['firstName', 'lastName', 'email', 'birthDate', 'gender'] as const;
type Input = (typeof INPUTS)[number];
type TextInput = Exclude<Input, 'birthDate'>;
/** A day no birth date comes after: a language switch re-reads what is typed, whatever it is. */
const ANY_DAY = '9999-12-31';

/**
 * "My details": the customer corrects their name, email, birth date and gender. The mobile (their
 * sign-in) and the card are the club's to change, so they are not here.
 */
export function MyDetails({
  account,
  onSaved,
}: {
  account: AccountFields;
  onSaved(next: AccountFields): void;
}) {
  const words = useWords();
  const initial = (): Record<TextInput, string> => ({
    firstName: account.firstName,
    lastName: account.lastName,
    email: account.email ?? '',
    gender: account.gender ?? '',
  });
  const [values, setValues] = useState(initial);
  // The birth date as typed, in the calendar of the language it was typed in.
  const [birth, setBirth] = useState(() => ({
    locale: words.locale,
    typed: typedDayOf(words.locale, account.birthDate),
  }));
  if (birth.locale !== words.locale) {
    // Another language, another calendar: the same day in its day, month and year.
    const read = readBirthDate(calendarOf(birth.locale), birth.typed, ANY_DAY);
    setBirth({
      locale: words.locale,
      typed: typedDayOf(words.locale, read.ok ? read.iso : account.birthDate),
    });
  }
  // Why the typed birth date was not sent; gone as soon as the customer changes it.
  const [birthRefused, setBirthRefused] = useState<Exclude<BirthDateReading, { ok: true }> | null>(null);
  const [done, setDone] = useState(false);
  const form = useForm(INPUTS);
  const set = (key: TextInput) => (e: React.ChangeEvent<HTMLInputElement>) => {
    setDone(false);
    setValues((v) => ({ ...v, [key]: e.target.value }));
  };
  const save = async (event: React.FormEvent) => {
    event.preventDefault();
    setDone(false);
    const birthDate = readBirthDate(calendarOf(words.locale), birth.typed, today());
    setBirthRefused(birthDate.ok ? null : birthDate);
    if (!birthDate.ok) return;
    const saved = await form.submit(async () => {
      const { updateMyProfile } = await call(UpdateMyProfileMutation, {
        input: {
          firstName: values.firstName.trim() || null,
          lastName: values.lastName.trim() || null,
          email: values.email.trim() || null,
          birthDate: birthDate.iso,
          gender: values.gender || null,
        },
      });
      onSaved(updateMyProfile);
      // As stored: the email in lower case.
      setValues({
        firstName: updateMyProfile.firstName,
        lastName: updateMyProfile.lastName,
        email: updateMyProfile.email ?? '',
        gender: updateMyProfile.gender ?? '',
      });
      setBirth({ locale: words.locale, typed: typedDayOf(words.locale, updateMyProfile.birthDate) });
    });
    setDone(saved);
  };
  const field = (key: TextInput) => ({
    value: values[key],
    onChange: set(key),
    error: Boolean(form.fieldError(key)),
    helperText: form.fieldError(key),
    fullWidth: true,
    slotProps: { htmlInput: { 'data-testid': `ss-details-${key}` } },
  });
  return (
    // noValidate: the server's refusals say what is wrong in the page's language, the browser's would not.
    <Paper component="form" noValidate onSubmit={save} sx={{ p: { xs: 2, sm: 3 } }} data-testid="ss-details">
      <Stack spacing={2}>
        <Typography component="h2" variant="h6">
          {words.t('details.title')}
        </Typography>
        <Typography variant="body2" color="text.secondary">
          {words.t('details.help')}
        </Typography>
        {form.general && <Alert severity="error">{form.general}</Alert>}
        {done && (
          <Alert severity="success" data-testid="ss-details-saved">
            {words.t('details.saved')}
          </Alert>
        )}
        <TextField label={words.t('details.firstName')} autoComplete="given-name" {...field('firstName')} />
        <TextField label={words.t('details.lastName')} autoComplete="family-name" {...field('lastName')} />
        <TextField
          label={words.t('details.email')}
          type="email"
          autoComplete="email"
          {...field('email')}
          slotProps={{ htmlInput: { 'data-testid': 'ss-details-email', dir: 'ltr' } }}
        />
        <BirthDateInput
          value={birth.typed}
          onChange={(typed) => {
            setDone(false);
            setBirthRefused(null);
            setBirth({ locale: words.locale, typed });
          }}
          error={birthRefused ? birthDateRefusal(words, birthRefused) : form.fieldError('birthDate')}
        />
        <TextField select label={words.t('details.gender')} {...field('gender')}>
          <MenuItem value="">{words.t('details.genderNone')}</MenuItem>
          <MenuItem value="female">{words.t('details.female')}</MenuItem>
          <MenuItem value="male">{words.t('details.male')}</MenuItem>
        </TextField>
        <Button type="submit" variant="outlined" disabled={form.busy} data-testid="ss-details-save">
          {words.t('details.save')}
        </Button>
      </Stack>
    </Paper>
  );
}
