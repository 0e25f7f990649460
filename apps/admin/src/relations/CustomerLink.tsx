import { Link } from '@mui/material';
import { useCreatePath, useLocale } from 'react-admin';
import { Link as RouterLink } from 'react-router-dom';
import { customerLabel } from './CustomerAutocomplete';

/** Another customer's card, by number and name. */
export function CustomerLink({
  customer,
}: {
  customer: { id: string; number: number; displayName: string };
}) {
  const createPath = useCreatePath();
  const locale = useLocale();
  return (
    <Link
      component={RouterLink}
      to={createPath({ resource: 'customers', id: customer.id, type: 'show' })}
      data-testid="related-customer-link"
    >
      <bdi>{customerLabel(customer, locale)}</bdi>
    </Link>
  );
}
