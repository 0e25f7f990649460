import { Divider, Stack } from '@mui/material';
import { usePermissions, useRecordContext } from 'react-admin';
import { ReferralsPanel } from './ReferralsPanel';
import { RelationsPanel } from './RelationsPanel';

/** The card's Relations tab: the referrer and referred customers (for who sees loyalty), then typed links. */
export function CustomerRelationsTab() {
  const record = useRecordContext();
  const { permissions } = usePermissions<string[]>();
  if (!record) return null;
  const id = String(record.id);
  // A child profile is changed through its main profile.
  const readOnly = Boolean(record.mainCustomerId);
  return (
    <Stack spacing={3} sx={{ maxWidth: 820, width: '100%' }}>
      {permissions?.includes('loyalty.read') && (
        <>
          <ReferralsPanel customerId={id} readOnly={readOnly} />
          <Divider />
        </>
      )}
      <RelationsPanel customerId={id} readOnly={readOnly} />
    </Stack>
  );
}
