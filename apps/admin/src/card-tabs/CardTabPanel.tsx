import { useQuery } from '@apollo/client/react';
import { Alert, Button, LinearProgress } from '@mui/material';
import { useLocale, useTranslate } from 'react-admin';
import { placeFailure } from '../common/placeErrors';
import { Locale } from '../gql/graphql';
import { useProblemText } from '../problems/useProblemText';
import { CardTabContentView } from './CardTabContentView';
import { CustomerCardTabQuery } from './documents';

const LOCALE = { en: Locale.EN, ru: Locale.RU, fa: Locale.FA } as Record<string, Locale>;

/**
 * A module's tab on the card, asked for when it is opened. A module that fails, is slow or sends what
 * cannot be shown is said here in the staff member's language; the rest of the card is untouched.
 */
export function CardTabPanel({ customerId, tabKey }: { customerId: string; tabKey: string }) {
  const locale = useLocale();
  const translate = useTranslate();
  const problemText = useProblemText();
  const { data, error, loading, refetch } = useQuery(CustomerCardTabQuery, {
    variables: { customerId, key: tabKey, language: LOCALE[locale] ?? Locale.EN },
    // What a module knows changes outside Patron (a ticket closed): asked afresh each time it is opened.
    fetchPolicy: 'network-only',
    notifyOnNetworkStatusChange: true,
  });
  if (loading) return <LinearProgress sx={{ width: '100%' }} />;
  if (error || !data) {
    const [first] = placeFailure(error, []).general;
    return (
      <Alert
        severity="error"
        data-testid="card-tab-error"
        action={
          <Button color="inherit" size="small" onClick={() => void refetch().catch(() => undefined)}>
            {translate('patron.cardTabs.retry')}
          </Button>
        }
      >
        {problemText(first ?? { message: 'ra.notification.http_error' })}
      </Alert>
    );
  }
  return <CardTabContentView content={data.customerCardTab} />;
}
