import { Button, DialogActions, DialogContent, TextField } from '@mui/material';
import { type FormEvent, useState } from 'react';
import { useNotify, useTranslate } from 'react-admin';
import { apollo } from '../apollo';
import { FormDialog, FormDialogActions, GeneralErrors } from '../common/FormDialog';
import { type PlacedErrors, placeFailure } from '../common/placeErrors';
import { useProblemText } from '../problems/useProblemText';
import { ChangeMyPasswordMutation } from './documents';

const NO_ERRORS: PlacedErrors = { fields: {}, general: [] };
const MIN = 10;

/**
 * One's own password: the current one, then the new one twice. Shown too right after signing in with a
 * temporary password (`forced`): then it cannot be dismissed, only left by signing out (`onClose`).
 */
export function ChangePasswordDialog(props: {
  open: boolean;
  forced?: boolean;
  onClose(): void;
  onChanged(): void;
}) {
  const translate = useTranslate();
  const notify = useNotify();
  const text = useProblemText();
  const [current, setCurrent] = useState('');
  const [next, setNext] = useState('');
  const [again, setAgain] = useState('');
  const [saving, setSaving] = useState(false);
  const [errors, setErrors] = useState<PlacedErrors>(NO_ERRORS);
  const mismatch = again.length > 0 && again !== next;
  const blocked = saving || mismatch || next.length < MIN || !current || again !== next;
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (mismatch || next.length < MIN) return;
    setSaving(true);
    setErrors(NO_ERRORS);
    try {
      await apollo.mutate({
        mutation: ChangeMyPasswordMutation,
        variables: { input: { currentPassword: current, newPassword: next } },
      });
      notify('patron.password.changed', { type: 'info' });
      setCurrent('');
      setNext('');
      setAgain('');
      props.onChanged();
    } catch (error) {
      setErrors(placeFailure(error, ['currentPassword', 'newPassword']));
    } finally {
      setSaving(false);
    }
  };
  const field = (name: 'currentPassword' | 'newPassword') =>
    errors.fields[name] ? { error: true, helperText: text(errors.fields[name]) } : {};
  return (
    <FormDialog
      open={props.open}
      title={props.forced ? 'patron.password.forcedTitle' : 'patron.password.title'}
      testId="change-password"
      onClose={props.forced ? () => undefined : props.onClose}
    >
      <form onSubmit={submit} noValidate>
        <DialogContent>
          {props.forced && (
            <p data-testid="change-password-forced">{translate('patron.password.forcedHelp')}</p>
          )}
          <TextField
            type="password"
            fullWidth
            margin="dense"
            autoFocus
            autoComplete="current-password"
            label={translate(props.forced ? 'patron.password.temporary' : 'patron.password.current')}
            value={current}
            onChange={(e) => setCurrent(e.target.value)}
            slotProps={{ htmlInput: { 'data-testid': 'password-current' } }}
            {...field('currentPassword')}
          />
          <TextField
            type="password"
            fullWidth
            margin="dense"
            autoComplete="new-password"
            label={translate('patron.password.new')}
            value={next}
            onChange={(e) => setNext(e.target.value)}
            slotProps={{ htmlInput: { 'data-testid': 'password-new' } }}
            helperText={translate('patron.password.rule', { min: MIN })}
            {...field('newPassword')}
          />
          <TextField
            type="password"
            fullWidth
            margin="dense"
            autoComplete="new-password"
            label={translate('patron.password.again')}
            value={again}
            onChange={(e) => setAgain(e.target.value)}
            error={mismatch}
            helperText={mismatch ? translate('patron.password.mismatch') : undefined}
            slotProps={{ htmlInput: { 'data-testid': 'password-again' } }}
          />
          <GeneralErrors messages={errors.general} testId="change-password" />
        </DialogContent>
        {props.forced ? (
          <DialogActions>
            <Button onClick={props.onClose} data-testid="change-password-logout">
              {translate('ra.auth.logout')}
            </Button>
            <Button type="submit" variant="contained" disabled={blocked} data-testid="change-password-submit">
              {translate('patron.password.submit')}
            </Button>
          </DialogActions>
        ) : (
          <FormDialogActions
            testId="change-password"
            submitLabel="patron.password.submit"
            disabled={blocked}
            onClose={props.onClose}
          />
        )}
      </form>
    </FormDialog>
  );
}
