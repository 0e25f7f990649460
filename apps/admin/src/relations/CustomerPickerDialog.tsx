import { Button, Dialog, DialogActions, DialogContent, DialogTitle, Stack } from '@mui/material';
import { type ReactNode, useState } from 'react';
import { useTranslate } from 'react-admin';
import { GeneralErrors } from '../common/FormDialog';
import { placeFailure } from '../common/placeErrors';
import type { ProblemMessage } from '../problems/problemText';
import { CustomerAutocomplete, type CustomerOption } from './CustomerAutocomplete';

/**
 * A dialog that picks another customer (and whatever `children` add above it) and hands it to
 * `onSubmit`; a refusal stays in the dialog, in the user's language.
 */
export function CustomerPickerDialog(props: {
  open: boolean;
  title: string;
  submitLabel: string;
  customerLabel: string;
  testId: string;
  exclude: string;
  ready?: boolean;
  children?: ReactNode;
  onClose(): void;
  onSubmit(customer: CustomerOption): Promise<void>;
}) {
  const translate = useTranslate();
  const [customer, setCustomer] = useState<CustomerOption | null>(null);
  const [errors, setErrors] = useState<readonly ProblemMessage[]>([]);
  const [busy, setBusy] = useState(false);
  const close = () => {
    setCustomer(null);
    setErrors([]);
    props.onClose();
  };
  const submit = async () => {
    if (!customer) return;
    setBusy(true);
    setErrors([]);
    try {
      await props.onSubmit(customer);
      close();
    } catch (error) {
      setErrors(placeFailure(error, []).general);
    } finally {
      setBusy(false);
    }
  };
  return (
    <Dialog
      open={props.open}
      onClose={close}
      fullWidth
      maxWidth="sm"
      slotProps={{ paper: { 'data-testid': `${props.testId}-dialog` } as object }}
    >
      <DialogTitle>{translate(props.title)}</DialogTitle>
      <DialogContent>
        <Stack spacing={2} sx={{ pt: 1 }}>
          {props.children}
          <CustomerAutocomplete
            value={customer}
            onChange={setCustomer}
            exclude={props.exclude}
            label={translate(props.customerLabel)}
            testId={`${props.testId}-customer`}
          />
        </Stack>
        <GeneralErrors messages={errors} testId={props.testId} />
      </DialogContent>
      <DialogActions>
        <Button onClick={close} data-testid={`${props.testId}-cancel`}>
          {translate('ra.action.cancel')}
        </Button>
        <Button
          variant="contained"
          disabled={busy || !customer || props.ready === false}
          onClick={() => void submit()}
          data-testid={`${props.testId}-submit`}
        >
          {translate(props.submitLabel)}
        </Button>
      </DialogActions>
    </Dialog>
  );
}
