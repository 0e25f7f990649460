import { HttpError, useNotify } from 'react-admin';
import { allTexts } from '../i18n/i18nProvider';
import { useProblemText } from '../problems/useProblemText';
import { placeFailure } from './placeErrors';

/**
 * For actions without a form (a button, a select on the card): shows the server's refusal in the
 * user's language, by its code (FORBIDDEN, GROUP_UNKNOWN…), not a bare HTTP error.
 */
export function useNotifyRefusal() {
  const notify = useNotify();
  const text = useProblemText();
  // Already in the user's language: the notification shows it as is.
  const show = (message: string) => notify(message, { type: 'error', messageArgs: { _: message } });
  return (error: unknown) => {
    if (error instanceof HttpError) return show(dataProviderText(error));
    // The first screen's bell and segments have no refusal texts of their own (currentProblemText.ts).
    void allTexts()
      .catch(() => undefined)
      .then(() => show(graphqlText(error)));
  };

  function graphqlText(error: unknown): string {
    const [first] = placeFailure(error, []).general;
    return text(first ?? { message: 'ra.notification.http_error' });
  }
}

/**
 * A refusal that came through the data provider (an edit on the card goes through it) is translated
 * there already: the text of the input it names, or its message.
 */
function dataProviderText(error: HttpError): string {
  const byInput = (error.body as { errors?: Record<string, string> } | undefined)?.errors ?? {};
  const [first] = Object.values(byInput);
  return first ?? error.message;
}
