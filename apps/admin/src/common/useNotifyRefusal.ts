import { useNotify } from 'react-admin';
import { useProblemText } from '../problems/useProblemText';
import { placeFailure } from './placeErrors';

/**
 * For actions without a form (a button, a select on the card): shows the server's refusal in the
 * user's language, by its code (FORBIDDEN, GROUP_UNKNOWN…), not a bare HTTP error.
 */
export function useNotifyRefusal() {
  const notify = useNotify();
  const text = useProblemText();
  return (error: unknown) => {
    const [first] = placeFailure(error, []).general;
    const message = text(first ?? { message: 'ra.notification.http_error' });
    // Already in the user's language: the notification shows it as is.
    notify(message, { type: 'error', messageArgs: { _: message } });
  };
}
