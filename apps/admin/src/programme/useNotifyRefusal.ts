import { useNotify } from 'react-admin';
import { useRuleMessageText } from './messageText';
import { placeRuleFailure } from './placeRuleErrors';

/**
 * For actions without a form (a button, a select on the card): shows the server's refusal in the
 * user's language ("Your role does not allow this", "No group with this id"), not a bare HTTP error.
 */
export function useNotifyRefusal() {
  const notify = useNotify();
  const text = useRuleMessageText();
  return (error: unknown) => {
    const [first] = placeRuleFailure(error, () => false).general;
    notify(first ? text(first) : 'ra.notification.http_error', { type: 'error' });
  };
}
