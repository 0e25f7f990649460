import { useCallback, useEffect, useRef, useState } from 'react';
import { apollo } from '../apollo';
import type { CustomerExportFieldsFragment, CustomerExportInput } from '../gql/graphql';
import { CustomerExportQuery, StartCustomerExportMutation } from './documents';

export type CustomerExport = CustomerExportFieldsFragment;

const POLL_MS = 1000;
export const isFinished = (e: CustomerExport | null): boolean =>
  e?.state === 'DONE' || e?.state === 'FAILED' || e?.state === 'CANCELLED';

/** Starts an export and follows it every second until it ends (the bell also says when it is ready). */
export function useCustomerExport() {
  const [current, setCurrent] = useState<CustomerExport | null>(null);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const stop = useCallback(() => {
    if (timer.current) clearTimeout(timer.current);
    timer.current = null;
  }, []);
  useEffect(() => stop, [stop]);

  const follow = useCallback((id: string) => {
    timer.current = setTimeout(async () => {
      try {
        const { data } = await apollo.query({
          query: CustomerExportQuery,
          variables: { id },
          fetchPolicy: 'network-only',
        });
        if (!data) return;
        setCurrent(data.customerExport);
        if (!isFinished(data.customerExport)) follow(id);
      } catch {
        // A dropped poll is retried; the export goes on on the server regardless.
        follow(id);
      }
    }, POLL_MS);
  }, []);

  const start = useCallback(
    async (input: CustomerExportInput) => {
      stop();
      const { data } = await apollo.mutate({ mutation: StartCustomerExportMutation, variables: { input } });
      if (!data) throw new Error('ra.notification.http_error');
      setCurrent(data.startCustomerExport);
      if (!isFinished(data.startCustomerExport)) follow(data.startCustomerExport.id);
    },
    [follow, stop],
  );

  const reset = useCallback(() => {
    stop();
    setCurrent(null);
  }, [stop]);

  return { current, start, reset };
}
