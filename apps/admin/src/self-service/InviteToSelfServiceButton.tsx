import ContentCopy from '@mui/icons-material/ContentCopy';
import {
  Alert,
  Button,
  Dialog,
  DialogActions,
  DialogContent,
  DialogContentText,
  DialogTitle,
  IconButton,
  TextField,
} from '@mui/material';
import { useState } from 'react';
import { useNotify, useRecordContext, useTranslate } from 'react-admin';
import { apollo } from '../apollo';
import { useNotifyRefusal } from '../common/useNotifyRefusal';
import { useCalendar } from '../preferences/useCalendar';
import { signInAddress } from '../self-service-pages/addresses';
import { InviteToSelfServiceMutation } from './documents';

/** Makes a self-service invitation for the customer on the card and shows its link to copy and hand over. */
export function InviteToSelfServiceButton() {
  const record = useRecordContext();
  const translate = useTranslate();
  const notify = useNotify();
  const refusal = useNotifyRefusal();
  const { format } = useCalendar();
  const [busy, setBusy] = useState(false);
  const [invitation, setInvitation] = useState<{ link: string; expiresAt: string; emailed: boolean } | null>(
    null,
  );
  if (!record) return null;
  const signIn = invitation && signInAddress(invitation.link);
  const invite = async () => {
    setBusy(true);
    try {
      const { data } = await apollo.mutate({
        mutation: InviteToSelfServiceMutation,
        variables: { customerId: String(record.id) },
      });
      if (data) setInvitation(data.inviteCustomerToSelfService);
    } catch (error) {
      refusal(error);
    } finally {
      setBusy(false);
    }
  };
  const copy = async () => {
    if (!invitation) return;
    await navigator.clipboard?.writeText(invitation.link);
    notify('patron.selfService.copied', { type: 'info' });
  };
  return (
    <>
      <Button size="small" disabled={busy} onClick={() => void invite()} data-testid="invite-self-service">
        {translate('patron.selfService.invite')}
      </Button>
      <Dialog
        open={Boolean(invitation)}
        onClose={() => setInvitation(null)}
        fullWidth
        maxWidth="sm"
        slotProps={{ paper: { 'data-testid': 'invitation-dialog' } as object }}
      >
        <DialogTitle>{translate('patron.selfService.invitationTitle')}</DialogTitle>
        <DialogContent>
          <DialogContentText sx={{ mb: 2 }}>
            {invitation &&
              translate('patron.selfService.invitationHelp', { until: format(invitation.expiresAt, true) })}
          </DialogContentText>
          <TextField
            fullWidth
            value={invitation?.link ?? ''}
            label={translate('patron.selfService.link')}
            slotProps={{
              htmlInput: { readOnly: true, dir: 'ltr', 'data-testid': 'invitation-link' },
              input: {
                endAdornment: (
                  <IconButton
                    aria-label={translate('patron.selfService.copy')}
                    onClick={() => void copy()}
                    data-testid="invitation-copy"
                  >
                    <ContentCopy fontSize="small" />
                  </IconButton>
                ),
              },
            }}
            onFocus={(e) => e.target.select()}
          />
          {signIn && (
            <TextField
              fullWidth
              sx={{ mt: 2 }}
              value={signIn}
              label={translate('patron.selfService.signInAddress')}
              helperText={translate('patron.selfService.signInAddressHelp')}
              slotProps={{
                htmlInput: { readOnly: true, dir: 'ltr', 'data-testid': 'invitation-sign-in-address' },
              }}
              onFocus={(e) => e.target.select()}
            />
          )}
          {invitation?.emailed && (
            <Alert severity="info" sx={{ mt: 2 }} data-testid="invitation-emailed">
              {translate('patron.selfService.emailed')}
            </Alert>
          )}
        </DialogContent>
        <DialogActions>
          <Button onClick={() => setInvitation(null)}>{translate('ra.action.close')}</Button>
        </DialogActions>
      </Dialog>
    </>
  );
}
