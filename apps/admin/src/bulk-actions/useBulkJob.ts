import { useCallback, useEffect, useRef, useState } from 'react';
import { apollo } from '../apollo';
import type { BulkActionInput, BulkJobFieldsFragment, CustomerSelection } from '../gql/graphql';
import { BulkJobQuery, StartBulkActionMutation } from './documents';

export type BulkJob = BulkJobFieldsFragment;

const POLL_MS = 500;
/** A job cancelled on the Jobs screen is over once its chunk under way is done (its counts final). */
export const isFinished = (job: BulkJob | null): boolean =>
  job?.status === 'DONE' ||
  job?.status === 'FAILED' ||
  (job?.status === 'CANCELLED' && Boolean(job.finishedAt));

/** Starts a bulk job and follows it every half second until it is done, failed or cancelled (on the Jobs screen). */
export function useBulkJob() {
  const [job, setJob] = useState<BulkJob | null>(null);
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
          query: BulkJobQuery,
          variables: { id },
          fetchPolicy: 'network-only',
        });
        if (!data) return;
        setJob(data.bulkJob);
        if (!isFinished(data.bulkJob)) follow(id);
      } catch {
        // A dropped poll is retried; the job goes on on the server regardless.
        follow(id);
      }
    }, POLL_MS);
  }, []);

  const start = useCallback(
    async (selection: CustomerSelection, action: BulkActionInput) => {
      stop();
      const { data } = await apollo.mutate({
        mutation: StartBulkActionMutation,
        variables: { selection, action },
      });
      if (!data) throw new Error('ra.notification.http_error');
      setJob(data.startBulkAction);
      if (!isFinished(data.startBulkAction)) follow(data.startBulkAction.id);
    },
    [follow, stop],
  );

  const reset = useCallback(() => {
    stop();
    setJob(null);
  }, [stop]);

  return { job, start, reset };
}
