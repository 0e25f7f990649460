import { useQuery } from '@apollo/client/react';
import { Button, Stack, Typography } from '@mui/material';
import { useState } from 'react';
import { usePermissions, useRefresh, useTranslate } from 'react-admin';
import { apollo } from '../apollo';
import { useNotifyRefusal } from '../common/useNotifyRefusal';
import { CustomerLink } from './CustomerLink';
import { CustomerPickerDialog } from './CustomerPickerDialog';
import { ClearReferralMutation, CustomerReferralsQuery, RecordReferralMutation } from './documents';

/** Who brought this customer (set or cleared by staff who record referrals) and whom they brought. */
export function ReferralsPanel({ customerId, readOnly }: { customerId: string; readOnly: boolean }) {
  const translate = useTranslate();
  const refused = useNotifyRefusal();
  const refresh = useRefresh();
  const { permissions } = usePermissions<string[]>();
  const mayRecord = Boolean(permissions?.includes('purchases.record')) && !readOnly;
  const { data, refetch } = useQuery(CustomerReferralsQuery, {
    variables: { id: customerId },
    fetchPolicy: 'network-only',
  });
  const [setting, setSetting] = useState(false);
  const [busy, setBusy] = useState(false);
  const referrer = data?.customer.referrer;
  const referred = data?.customer.referredCustomers ?? [];

  const clear = async () => {
    setBusy(true);
    try {
      await apollo.mutate({ mutation: ClearReferralMutation, variables: { customerId } });
      await refetch();
      refresh();
    } catch (error) {
      refused(error);
    } finally {
      setBusy(false);
    }
  };

  return (
    <Stack spacing={1} data-testid="customer-referrals">
      <Typography variant="h6">{translate('patron.relations.referrer')}</Typography>
      <Stack direction="row" spacing={2} alignItems="center" data-testid="referrer">
        {referrer ? (
          <CustomerLink customer={referrer} />
        ) : (
          <Typography color="text.secondary">{translate('patron.relations.noReferrer')}</Typography>
        )}
        {mayRecord && !referrer && (
          <Button size="small" onClick={() => setSetting(true)} data-testid="referrer-set">
            {translate('patron.relations.setReferrer')}
          </Button>
        )}
        {mayRecord && referrer && (
          <Button
            size="small"
            color="warning"
            disabled={busy}
            onClick={() => void clear()}
            data-testid="referrer-clear"
          >
            {translate('patron.relations.clearReferrer')}
          </Button>
        )}
      </Stack>
      <Typography variant="h6">{translate('patron.relations.referred')}</Typography>
      {referred.length === 0 ? (
        <Typography color="text.secondary">{translate('patron.relations.noneReferred')}</Typography>
      ) : (
        <Stack direction="row" gap={2} flexWrap="wrap" data-testid="referred">
          {referred.map((c) => (
            <CustomerLink key={c.id} customer={c} />
          ))}
        </Stack>
      )}
      <CustomerPickerDialog
        open={setting}
        title="patron.relations.setReferrerTitle"
        submitLabel="patron.relations.setReferrer"
        customerLabel="patron.relations.referrer"
        testId="referrer"
        exclude={customerId}
        onClose={() => setSetting(false)}
        onSubmit={async (chosen) => {
          await apollo.mutate({
            mutation: RecordReferralMutation,
            variables: { input: { customerId, referrerId: chosen.id } },
          });
          await refetch();
          refresh();
        }}
      />
    </Stack>
  );
}
