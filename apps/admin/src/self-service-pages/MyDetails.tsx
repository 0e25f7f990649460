import { Alert, Button, MenuItem, Paper, Stack, TextField, Typography } from '@mui/material';
import { useState } from 'react';
import { latinDigits } from '../i18n/digits';
import type { AccountFields } from './account';
import { call } from './api';
import { UpdateMyProfileMutation } from './profileDocuments';
import { useForm } from './useForm';
import { useWords } from './WordsContext';

const INPUTS = ['firstName', 'lastName', 'email', 'birthDate', 'gender'] as const;
type Input = (typeof INPUTS)[number];
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** A typed birth date as the API reads it: Persian or Arabic-Indic digits and "/" are accepted. */
const typedDate = (text: string) => latinDigits(text).trim().replace(/\//g, '-');

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
  const initial = (): Record<Input, string> => ({
    firstName: account.firstName,
    lastName: account.lastName,
    email: account.email ?? '',
    birthDate: account.birthDate ?? '',
    gender: account.gender ?? '',
  });
  const [values, setValues] = useState(initial);
  const [done, setDone] = useState(false);
  const form = useForm(INPUTS);
  const set = (key: Input) => (e: React.ChangeEvent<HTMLInputElement>) => {
    setDone(false);
    setValues((v) => ({ ...v, [key]: e.target.value }));
  };
  const birthDate = typedDate(values.birthDate);
  const save = async (event: React.FormEvent) => {
    event.preventDefault();
    setDone(false);
    const saved = await form.submit(async () => {
      const { updateMyProfile } = await call(UpdateMyProfileMutation, {
        input: {
          firstName: values.firstName.trim() || null,
          lastName: values.lastName.trim() || null,
          email: values.email.trim() || null,
          birthDate: birthDate || null,
          gender: values.gender || null,
        },
      });
      onSaved(updateMyProfile);
      // As stored: the email in lower case, the birth date in Latin digits.
      setValues({
        firstName: updateMyProfile.firstName,
        lastName: updateMyProfile.lastName,
        email: updateMyProfile.email ?? '',
        birthDate: updateMyProfile.birthDate ?? '',
        gender: updateMyProfile.gender ?? '',
      });
    });
    setDone(saved);
  };
  const field = (key: Input) => ({
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
        <TextField
          label={words.t('details.birthDate')}
          placeholder="YYYY-MM-DD"
          {...field('birthDate')}
          helperText={
            form.fieldError('birthDate') ??
            (ISO_DATE.test(birthDate) ? words.date(birthDate) : words.t('details.birthDateHelp'))
          }
          slotProps={{
            htmlInput: { 'data-testid': 'ss-details-birthDate', dir: 'ltr', inputMode: 'numeric' },
          }}
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
