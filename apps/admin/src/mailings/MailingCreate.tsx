import { Create } from 'react-admin';
import { useLocation } from 'react-router-dom';
import { MailingForm } from './MailingForm';
import { NEW_MAILING } from './mailingForm';

/** A new mailing; from the customer list's bulk bar, its audience comes filled in. */
export function MailingCreate() {
  const prefilled = (useLocation().state as { record?: object } | null)?.record;
  return (
    <Create redirect="show" record={{ ...NEW_MAILING, ...prefilled }} title="patron.mailings.createTitle">
      <MailingForm />
    </Create>
  );
}
