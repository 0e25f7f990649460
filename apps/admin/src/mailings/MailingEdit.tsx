import { Edit } from 'react-admin';
import { MailingForm } from './MailingForm';

/** Only a draft is edited (the show page offers Edit for drafts only; the server refuses the rest). */
export function MailingEdit() {
  return (
    <Edit redirect="show" mutationMode="pessimistic" title="patron.mailings.editTitle">
      <MailingForm />
    </Edit>
  );
}
