import VerifiedUser from '@mui/icons-material/VerifiedUser';
import {
  Button,
  Card,
  CardContent,
  Dialog,
  DialogActions,
  DialogContent,
  DialogTitle,
  FormControlLabel,
  Stack,
  Switch,
  Typography,
} from '@mui/material';
import { useState } from 'react';
import { usePermissions, useTranslate } from 'react-admin';
import { apollo } from '../apollo';
import { useNotifyRefusal } from '../common/useNotifyRefusal';
import { VerifiableContact } from '../gql/graphql';
import { useCalendar } from '../preferences/useCalendar';
import { SetContactVerifiedMutation, VerifyCustomerMutation } from './documents';
import type { ConsentsData } from './useCustomerConsents';
import { VerificationChip } from './VerificationChip';

/** A name or date kept whole inside a sentence of the other direction (a Latin name in Persian). */
const isolate = (text: string) => `\u2068${text}\u2069`;

/** The profile's verification, the Verify button, and the phone's and email's verified marks. */
export function VerificationPanel({ data, onChanged }: { data: ConsentsData; onChanged(): void }) {
  const translate = useTranslate();
  const refused = useNotifyRefusal();
  const { format } = useCalendar();
  const { permissions } = usePermissions<string[]>();
  const mayVerify = Boolean(permissions?.includes('customers.verify'));
  const [confirming, setConfirming] = useState(false);
  const v = data.verification;

  const verify = async () => {
    setConfirming(false);
    try {
      await apollo.mutate({ mutation: VerifyCustomerMutation, variables: { id: data.id } });
      onChanged();
    } catch (error) {
      refused(error);
    }
  };
  const mark = async (contact: VerifiableContact, verified: boolean) => {
    try {
      await apollo.mutate({
        mutation: SetContactVerifiedMutation,
        variables: { input: { customerId: data.id, contact, verified } },
      });
      onChanged();
    } catch (error) {
      refused(error);
    }
  };
  const contacts = [
    { contact: VerifiableContact.PHONE, value: data.mobile, verified: v.phoneVerified, label: 'phone' },
    { contact: VerifiableContact.EMAIL, value: data.email, verified: v.emailVerified, label: 'email' },
  ];

  return (
    <Card variant="outlined" data-testid="verification-panel">
      <CardContent>
        <Stack direction="row" alignItems="center" gap={2} flexWrap="wrap">
          <Typography variant="subtitle1" fontWeight={600}>
            {translate('patron.consents.verification')}
          </Typography>
          <VerificationChip status={v.status} />
          {v.verifiedAt && (
            <Typography variant="body2" color="text.secondary">
              {translate('patron.consents.verifiedBy', {
                name: isolate(v.verifiedBy ?? '—'),
                date: isolate(format(v.verifiedAt, true)),
              })}
            </Typography>
          )}
          {mayVerify && v.status !== 'VERIFIED' && (
            <Button
              variant="contained"
              size="small"
              startIcon={<VerifiedUser />}
              onClick={() => setConfirming(true)}
              data-testid="verify-customer"
            >
              {translate('patron.consents.verify')}
            </Button>
          )}
        </Stack>
        {v.status === 'UNCONFIRMED' && (
          <Typography variant="body2" color="error" sx={{ mt: 1 }}>
            {translate('patron.consents.unconfirmedHint')}
          </Typography>
        )}
        <Stack gap={1} sx={{ mt: 2 }}>
          {contacts.map((c) => (
            <Stack key={c.contact} direction="row" alignItems="center" gap={2} flexWrap="wrap">
              <Typography variant="body2" sx={{ minWidth: 80 }} color="text.secondary">
                {translate(`patron.consents.${c.label}`)}
              </Typography>
              <Typography variant="body2" dir="ltr" sx={{ minWidth: 180 }}>
                {c.value ?? '—'}
              </Typography>
              <FormControlLabel
                control={
                  <Switch
                    size="small"
                    checked={c.verified}
                    disabled={!mayVerify || (!c.value && !c.verified)}
                    onChange={(e) => void mark(c.contact, e.target.checked)}
                    slotProps={{ input: { 'data-testid': `verified-${c.label}` } as object }}
                  />
                }
                label={translate('patron.consents.contactVerified')}
              />
            </Stack>
          ))}
          <Typography variant="caption" color="text.secondary">
            {translate('patron.consents.contactHint')}
          </Typography>
        </Stack>
      </CardContent>
      <Dialog open={confirming} onClose={() => setConfirming(false)} maxWidth="xs" fullWidth>
        <DialogTitle>{translate('patron.consents.verifyTitle')}</DialogTitle>
        <DialogContent>
          <Typography variant="body2">{translate('patron.consents.verifyConfirm')}</Typography>
        </DialogContent>
        <DialogActions>
          <Button onClick={() => setConfirming(false)}>{translate('ra.action.cancel')}</Button>
          <Button variant="contained" onClick={() => void verify()} data-testid="verify-confirm">
            {translate('patron.consents.verify')}
          </Button>
        </DialogActions>
      </Dialog>
    </Card>
  );
}
