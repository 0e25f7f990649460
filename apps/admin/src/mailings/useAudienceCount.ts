import { useEffect, useRef, useState } from 'react';
import { apollo } from '../apollo';
import type { MailingAudienceCountFieldsFragment, MailingAudienceInput } from '../gql/graphql';
import { MailingAudienceQuery } from './documents';

const COUNT_DELAY_MS = 400;

export type AudienceCount = MailingAudienceCountFieldsFragment;

/**
 * The audience counted live a moment after each change (one request per pause): everyone in it,
 * who would receive the message, the others by reason. An audience the server refuses counts as
 * unknown; saving names the problem.
 */
export function useAudienceCount(channel: string, audience: MailingAudienceInput | null) {
  const key = JSON.stringify([channel, audience]);
  const [state, setState] = useState<{ key: string; count: AudienceCount | undefined }>({
    key: '',
    count: undefined,
  });
  const latest = useRef(key);
  latest.current = key;
  // biome-ignore lint/correctness/useExhaustiveDependencies: `key` is the question, compared by value.
  useEffect(() => {
    if (!audience) return;
    const timer = setTimeout(() => {
      apollo
        .query({ query: MailingAudienceQuery, variables: { channel, audience }, fetchPolicy: 'network-only' })
        .then(({ data }) => data?.mailingAudience)
        .catch(() => undefined)
        .then((count) => {
          if (latest.current === key) setState({ key, count });
        });
    }, COUNT_DELAY_MS);
    return () => clearTimeout(timer);
  }, [key]);
  return {
    count: state.key === key ? state.count : undefined,
    counting: Boolean(audience) && state.key !== key,
  };
}
