import { Button } from '@mui/material';
import { useState } from 'react';
import { useNotify, useRecordContext, useTranslate } from 'react-admin';
import { apollo } from '../apollo';
import { download } from '../common/download';
import { useNotifyRefusal } from '../common/useNotifyRefusal';
import { CustomerDataQuery } from './documents';

/** The customer's right of access: everything held about them as one JSON file. */
export function DownloadCustomerDataButton() {
  const record = useRecordContext();
  const translate = useTranslate();
  const notify = useNotify();
  const refusal = useNotifyRefusal();
  const [busy, setBusy] = useState(false);
  if (!record) return null;
  const fetchData = async () => {
    setBusy(true);
    try {
      const { data } = await apollo.query({
        query: CustomerDataQuery,
        variables: { id: String(record.id) },
        fetchPolicy: 'network-only',
      });
      download(`customer-${record.id}.json`, JSON.stringify(data?.customerData, null, 2), 'application/json');
      notify('patron.erase.downloaded', { type: 'info' });
    } catch (error) {
      refusal(error);
    } finally {
      setBusy(false);
    }
  };
  return (
    <Button
      size="small"
      disabled={busy}
      onClick={() => void fetchData()}
      data-testid="download-customer-data"
    >
      {translate('patron.erase.download')}
    </Button>
  );
}
