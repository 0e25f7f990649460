import { DialogContent, MenuItem, Stack, TextField } from '@mui/material';
import { useState } from 'react';
import { useTranslate } from 'react-admin';
import { apollo } from '../apollo';
import { FormDialog, FormDialogActions, GeneralErrors } from '../common/FormDialog';
import { placeFailure } from '../common/placeErrors';
import { ConsentCaptureChannel, type ConsentKind } from '../gql/graphql';
import type { ProblemMessage } from '../problems/problemText';
import { GrantConsentMutation, WithdrawConsentMutation } from './documents';

export interface ConsentAction {
  kind: ConsentKind;
  grant: boolean;
}

/** Grant or withdraw one consent: how the customer said it and where. */
export function ConsentDialog(props: {
  customerId: string;
  action: ConsentAction | null;
  onClose(): void;
  onDone(): void;
}) {
  const translate = useTranslate();
  const [capturedVia, setCapturedVia] = useState<ConsentCaptureChannel>(ConsentCaptureChannel.IN_STORE);
  const [source, setSource] = useState('');
  const [busy, setBusy] = useState(false);
  const [errors, setErrors] = useState<readonly ProblemMessage[]>([]);
  const action = props.action;
  const close = () => {
    setErrors([]);
    setSource('');
    props.onClose();
  };
  const submit = async (event: React.FormEvent) => {
    event.preventDefault();
    if (!action) return;
    setBusy(true);
    setErrors([]);
    try {
      const input = {
        customerId: props.customerId,
        kind: action.kind,
        capturedVia,
        source: source.trim() || null,
      };
      await apollo.mutate({
        mutation: action.grant ? GrantConsentMutation : WithdrawConsentMutation,
        variables: { input },
      });
      setSource('');
      props.onDone();
    } catch (error) {
      setErrors(placeFailure(error, []).general);
    } finally {
      setBusy(false);
    }
  };
  const kindLabel = action ? translate(`patron.consents.kinds.${action.kind}`) : '';
  return (
    <FormDialog
      open={Boolean(action)}
      onClose={close}
      testId="consent"
      title={translate(action?.grant ? 'patron.consents.grantTitle' : 'patron.consents.withdrawTitle', {
        kind: kindLabel,
      })}
    >
      <form onSubmit={submit}>
        <DialogContent>
          <Stack gap={2}>
            <TextField
              select
              label={translate('patron.consents.capturedVia')}
              value={capturedVia}
              onChange={(e) => setCapturedVia(e.target.value as ConsentCaptureChannel)}
              slotProps={{ htmlInput: { 'data-testid': 'consent-via' } }}
            >
              {Object.values(ConsentCaptureChannel)
                .filter((c) => c !== ConsentCaptureChannel.IMPORT && c !== ConsentCaptureChannel.API)
                .map((c) => (
                  <MenuItem key={c} value={c}>
                    {translate(`patron.consents.channels.${c}`)}
                  </MenuItem>
                ))}
            </TextField>
            <TextField
              label={translate('patron.consents.source')}
              helperText={translate('patron.consents.sourceHelp')}
              value={source}
              onChange={(e) => setSource(e.target.value)}
              slotProps={{ htmlInput: { maxLength: 200, 'data-testid': 'consent-source' } }}
            />
          </Stack>
          <GeneralErrors messages={errors} testId="consent" />
        </DialogContent>
        <FormDialogActions
          testId="consent"
          submitLabel={action?.grant ? 'patron.consents.grant' : 'patron.consents.withdraw'}
          color={action?.grant ? 'primary' : 'warning'}
          disabled={busy}
          onClose={close}
        />
      </form>
    </FormDialog>
  );
}
