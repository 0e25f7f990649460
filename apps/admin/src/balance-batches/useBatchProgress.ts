import { useEffect, useState } from 'react';
import { apollo } from '../apollo';
import { type Batch, isFinished } from './batchSummary';
import { BalanceBatchQuery } from './documents';

const POLL_MS = 1000;

/** Follows a confirmed batch every second until it is done; `onDone` gets it once, finished. */
export function useBatchProgress(confirmed: Batch, onDone: (batch: Batch) => void): Batch {
  const [batch, setBatch] = useState(confirmed);
  // biome-ignore lint/correctness/useExhaustiveDependencies: one batch is followed per mount.
  useEffect(() => {
    if (isFinished(confirmed)) {
      onDone(confirmed);
      return;
    }
    let stopped = false;
    let timer: ReturnType<typeof setTimeout>;
    const tick = async () => {
      try {
        const { data } = await apollo.query({
          query: BalanceBatchQuery,
          variables: { id: confirmed.id },
          fetchPolicy: 'network-only',
        });
        if (stopped) return;
        if (data) {
          setBatch(data.balanceBatch);
          if (isFinished(data.balanceBatch)) {
            onDone(data.balanceBatch);
            return;
          }
        }
      } catch {
        // A dropped poll is retried; the batch goes on on the server regardless.
      }
      if (!stopped) timer = setTimeout(tick, POLL_MS);
    };
    timer = setTimeout(tick, POLL_MS);
    return () => {
      stopped = true;
      clearTimeout(timer);
    };
  }, [confirmed.id]);
  return batch;
}
