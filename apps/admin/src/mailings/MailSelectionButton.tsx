import { Button } from '@mui/material';
import { usePermissions, useTranslate } from 'react-admin';
import { useNavigate } from 'react-router-dom';
import type { CustomerSelection } from '../gql/graphql';
import { type MailingFormValues, NEW_MAILING } from './mailingForm';

/** A new mailing's audience from the customer list's selection; null when it cannot be one (a quick search). */
export function audienceFromSelection(selection: CustomerSelection): Partial<MailingFormValues> | null {
  if (selection.ids?.length) return { audienceWay: 'customerIds', customerIds: [...selection.ids] };
  if (selection.segmentId) return { audienceWay: 'segmentId', segmentId: selection.segmentId };
  if (selection.search) return null;
  if (selection.filter) return { audienceWay: 'filter', filter: selection.filter };
  return null;
}

/** In the list's bulk bar: a mailing to the ticked customers, or to everyone the list's query finds. */
export function MailSelectionButton({ selection }: { selection: CustomerSelection }) {
  const translate = useTranslate();
  const navigate = useNavigate();
  const { permissions } = usePermissions<string[]>();
  const audience = audienceFromSelection(selection);
  if (!audience || !permissions?.includes('mailings.manage')) return null;
  return (
    <Button
      size="small"
      data-testid="bulk-mailing"
      onClick={() => navigate('/mailings/create', { state: { record: { ...NEW_MAILING, ...audience } } })}
    >
      {translate('patron.mailings.toSelection')}
    </Button>
  );
}
