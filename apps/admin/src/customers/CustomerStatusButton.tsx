import { Button, useNotify, useRecordContext, useRefresh } from 'react-admin';
import { apollo } from '../apollo';
import { useNotifyRefusal } from '../common/useNotifyRefusal';
import { ActivateCustomerMutation, DeactivateCustomerMutation } from './screenDocuments';

/** Activate or deactivate; the server records the change in the customer's history. */
export function CustomerStatusButton() {
  const record = useRecordContext();
  const notify = useNotify();
  const refused = useNotifyRefusal();
  const refresh = useRefresh();
  if (!record) return null;
  const active = record.status === 'ACTIVE';
  const toggle = async () => {
    try {
      await apollo.mutate({
        mutation: active ? DeactivateCustomerMutation : ActivateCustomerMutation,
        variables: { id: String(record.id) },
      });
      notify(active ? 'patron.customer.deactivated' : 'patron.customer.activated', { type: 'info' });
      refresh();
    } catch (error) {
      refused(error);
    }
  };
  return (
    <Button
      label={active ? 'patron.customer.deactivate' : 'patron.customer.activate'}
      onClick={toggle}
      data-testid="customer-status-toggle"
    />
  );
}
