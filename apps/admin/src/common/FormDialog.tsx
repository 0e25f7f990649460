import { Alert, Button, Dialog, DialogActions, DialogTitle } from '@mui/material';
import type { ReactNode } from 'react';
import { useTranslate } from 'react-admin';
import type { ProblemMessage } from '../problems/problemText';
import { useProblemText } from '../problems/useProblemText';

/** A dialog holding one form: its title, and `data-testid="<testId>-dialog"` for tests. */
export function FormDialog(props: {
  open: boolean;
  title: string;
  testId: string;
  maxWidth?: 'xs' | 'sm';
  onClose(): void;
  children: ReactNode;
}) {
  const translate = useTranslate();
  return (
    <Dialog
      open={props.open}
      onClose={props.onClose}
      fullWidth
      maxWidth={props.maxWidth ?? 'xs'}
      slotProps={{ paper: { 'data-testid': `${props.testId}-dialog` } as object }}
    >
      <DialogTitle>{translate(props.title)}</DialogTitle>
      {/* Mounted on every opening (the dialog drops its content once closed): a fresh key each time. */}
      {props.children}
    </Dialog>
  );
}

/** Refusals that belong to no input of the form, in the user's language. */
export function GeneralErrors({ messages, testId }: { messages: readonly ProblemMessage[]; testId: string }) {
  const text = useProblemText();
  return messages.map((m, i) => (
    // biome-ignore lint/suspicious/noArrayIndexKey: a fixed list, replaced as a whole; one refusal may repeat.
    <Alert key={i} severity="error" data-testid={`${testId}-error`} sx={{ mt: 1 }}>
      {text(m)}
    </Alert>
  ));
}

/** Cancel, and the submit button named for what it does (`<testId>-submit`). */
export function FormDialogActions(props: {
  testId: string;
  submitLabel: string;
  disabled: boolean;
  color?: 'primary' | 'error' | 'warning';
  onClose(): void;
}) {
  const translate = useTranslate();
  return (
    <DialogActions>
      <Button onClick={props.onClose}>{translate('ra.action.cancel')}</Button>
      <Button
        type="submit"
        variant="contained"
        color={props.color ?? 'primary'}
        disabled={props.disabled}
        data-testid={`${props.testId}-submit`}
      >
        {translate(props.submitLabel)}
      </Button>
    </DialogActions>
  );
}
