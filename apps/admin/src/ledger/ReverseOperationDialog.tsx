import { DialogContent, DialogContentText, TextField } from '@mui/material';
import { type FormEvent, useRef, useState } from 'react';
import { useLocale, useNotify, useTranslate } from 'react-admin';
import { apollo } from '../apollo';
import { formatSignedAmount } from '../common/amounts';
import { FormDialog, FormDialogActions, GeneralErrors } from '../common/FormDialog';
import { newIdempotencyKey } from '../common/idempotencyKey';
import { type PlacedErrors, placeFailure } from '../common/placeErrors';
import { useCurrencies } from '../currencies/useCurrencies';
import { useCalendar } from '../preferences/useCalendar';
import { useProblemText } from '../problems/useProblemText';
import { ReverseLedgerOperationMutation } from './documents';
import type { LedgerOperation } from './ledgerPages';

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
  const text = useProblemText();
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
        <GeneralErrors messages={errors.general} testId="reverse" />
      </DialogContent>
      <FormDialogActions
        testId="reverse"
        submitLabel="patron.loyalty.reverse"
        color="error"
        disabled={saving || !reason.trim()}
        onClose={onClose}
      />
    </form>
  );
}

/** Undo an operation: the ledger keeps both, and the balance returns to what it would have been. */
export function ReverseOperationDialog({ operation, onClose, onDone }: Props) {
  // While the dialog fades out it still shows the operation it was opened for.
  const shown = useRef(operation);
  if (operation) shown.current = operation;
  return (
    <FormDialog
      open={operation !== null}
      title="patron.loyalty.reverseTitle"
      testId="reverse"
      onClose={onClose}
    >
      {shown.current && <ReverseForm operation={shown.current} onClose={onClose} onDone={onDone} />}
    </FormDialog>
  );
}
