import {
  Alert,
  Button,
  Dialog,
  DialogActions,
  DialogContent,
  DialogContentText,
  DialogTitle,
  TextField,
} from '@mui/material';
import { type FormEvent, useRef, useState } from 'react';
import { useLocale, useNotify, useTranslate } from 'react-admin';
import { apollo } from '../apollo';
import { useCalendar } from '../preferences/useCalendar';
import { formatSignedAmount } from './amounts';
import { ReverseLedgerOperationMutation } from './documents';
import { newIdempotencyKey } from './idempotencyKey';
import type { LedgerOperation } from './ledgerPages';
import { type PlacedErrors, placeFailure } from './placeErrors';
import { useCurrencies } from './useCurrencies';
import { useMessageText } from './useMessageText';

interface Props {
  operation: LedgerOperation | null;
  onClose(): void;
  onDone(): void;
}

const NO_ERRORS: PlacedErrors = { fields: {}, general: [] };

/** Asks why, then writes the operation's mirror image; mounted per opening, so each has its own key. */
function ReverseForm({ operation, onClose, onDone }: Props & { operation: LedgerOperation }) {
  const translate = useTranslate();
  const locale = useLocale();
  const notify = useNotify();
  const text = useMessageText();
  const { format } = useCalendar();
  const { byKey, name } = useCurrencies();
  const key = useRef(newIdempotencyKey());
  const [reason, setReason] = useState('');
  const [errors, setErrors] = useState<PlacedErrors>(NO_ERRORS);
  const [saving, setSaving] = useState(false);
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (!reason.trim()) return;
    setSaving(true);
    setErrors(NO_ERRORS);
    try {
      await apollo.mutate({
        mutation: ReverseLedgerOperationMutation,
        variables: {
          input: { operationId: operation.id, reason: reason.trim(), idempotencyKey: key.current },
        },
      });
      notify('patron.loyalty.reversedDone', { type: 'info' });
      onDone();
      onClose();
    } catch (error) {
      setErrors(placeFailure(error, ['reason']));
    } finally {
      setSaving(false);
    }
  };
  const reasonError = errors.fields.reason;
  return (
    <form onSubmit={submit} noValidate>
      <DialogContent sx={{ pt: 0 }}>
        <DialogContentText sx={{ mb: 2 }}>
          {translate('patron.loyalty.reverseConfirm', {
            kind: translate(`patron.loyalty.kinds.${operation.kind}`),
            amount: formatSignedAmount(
              operation.amount,
              byKey.get(operation.currency)?.decimals ?? 0,
              locale,
            ),
            currency: name(operation.currency),
            date: format(operation.createdAt, true),
          })}
        </DialogContentText>
        <TextField
          autoFocus
          fullWidth
          required
          label={translate('patron.loyalty.reason')}
          value={reason}
          onChange={(e) => setReason(e.target.value)}
          error={Boolean(reasonError)}
          helperText={reasonError ? text(reasonError) : translate('patron.loyalty.reasonHelp')}
          slotProps={{ htmlInput: { dir: 'auto', maxLength: 500, 'data-testid': 'reverse-reason' } }}
        />
        {errors.general.map((m) => (
          <Alert key={m.key} severity="error" data-testid="reverse-error" sx={{ mt: 2 }}>
            {text(m)}
          </Alert>
        ))}
      </DialogContent>
      <DialogActions>
        <Button onClick={onClose}>{translate('ra.action.cancel')}</Button>
        <Button
          type="submit"
          variant="contained"
          color="error"
          disabled={saving || !reason.trim()}
          data-testid="reverse-submit"
        >
          {translate('patron.loyalty.reverse')}
        </Button>
      </DialogActions>
    </form>
  );
}

/** Undo an operation: the ledger keeps both, and the balance returns to what it would have been. */
export function ReverseOperationDialog({ operation, onClose, onDone }: Props) {
  const translate = useTranslate();
  // While the dialog fades out it still shows the operation it was opened for.
  const shown = useRef(operation);
  if (operation) shown.current = operation;
  return (
    <Dialog
      open={operation !== null}
      onClose={onClose}
      fullWidth
      maxWidth="xs"
      slotProps={{ paper: { 'data-testid': 'reverse-dialog' } as object }}
    >
      <DialogTitle>{translate('patron.loyalty.reverseTitle')}</DialogTitle>
      {/* Mounted on every opening (the dialog drops its content once closed): a fresh key each time. */}
      {shown.current && <ReverseForm operation={shown.current} onClose={onClose} onDone={onDone} />}
    </Dialog>
  );
}
