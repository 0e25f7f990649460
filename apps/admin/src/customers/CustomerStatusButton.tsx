import { Button, useNotify, useRecordContext, useRefresh, useTranslate } from 'react-admin';
import { apollo } from '../api/apollo';
import { SetCustomerStatusMutations } from '../api/documents';

/** Activate or deactivate; the server records the change in history. */
export function CustomerStatusButton() {
  const record = useRecordContext();
  const translate = useTranslate();
  const notify = useNotify();
  const refresh = useRefresh();
  if (!record) return null;
  const active = record.status === 'ACTIVE';
  const toggle = async () => {
    await apollo.mutate({
      mutation: active ? SetCustomerStatusMutations.deactivate : SetCustomerStatusMutations.activate,
      variables: { id: String(record.id) },
    });
    notify(active ? 'patron.customer.deactivated' : 'patron.customer.activated', { type: 'info' });
    refresh();
  };
  return (
    <Button label={active ? 'patron.customer.deactivate' : 'patron.customer.activate'} onClick={toggle} />
  );
}
