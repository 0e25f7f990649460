import { ApolloLink } from '@apollo/client';
import { Observable } from 'rxjs';
import { apollo } from '../apollo';
import type { ApiError } from '../data-provider/errors';

/** What the API answers to one operation: data, or refusals in its shape (`extensions.problem`, `.fields`). */
export interface Answer {
  data?: unknown;
  errors?: ApiError[];
}

type Script = Record<string, Answer | ((variables: Record<string, unknown>) => Answer)>;

export interface SentOperation {
  operationName: string;
  variables: Record<string, unknown>;
}

/**
 * The GraphQL layer for a component test: the app's own Apollo client, its HTTP link replaced by
 * answers scripted per operation name. Every request is recorded; one without an answer fails.
 */
export async function scriptGraphql(
  script: Script,
): Promise<{ sent: SentOperation[]; sentAs(name: string): SentOperation[] }> {
  const sent: SentOperation[] = [];
  apollo.setLink(
    new ApolloLink(
      (operation) =>
        new Observable((observer) => {
          const variables = operation.variables as Record<string, unknown>;
          sent.push({ operationName: operation.operationName ?? '', variables });
          const answer = script[operation.operationName ?? ''];
          if (!answer) {
            observer.error(new Error(`No answer scripted for ${operation.operationName}`));
            return;
          }
          observer.next((typeof answer === 'function' ? answer(variables) : answer) as never);
          observer.complete();
        }),
    ),
  );
  await apollo.clearStore();
  return { sent, sentAs: (name) => sent.filter((s) => s.operationName === name) };
}

/** A currency as the API sends it (`CurrencyFields`). */
export function currency(
  key: string,
  name: { en: string; ru: string; fa: string },
  decimals = 0,
  spendable = true,
) {
  return {
    __typename: 'Currency' as const,
    id: `cur-${key}`,
    key,
    name: { __typename: 'LocalizedText' as const, ...name },
    decimals,
    unitValue: 1,
    spendable,
    position: 1,
  };
}

export const COINS = currency('coins', { en: 'Coins', ru: 'Монеты', fa: 'سکه' });
export const CREDIT = currency('credit', { en: 'Credit', ru: 'Кредит', fa: 'اعتبار' }, 2);
export const XP = currency('xp', { en: 'XP', ru: 'Опыт', fa: 'امتیاز تجربه' }, 0, false);
