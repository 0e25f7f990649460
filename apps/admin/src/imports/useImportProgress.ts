import { useEffect, useState } from 'react';
import { apollo } from '../apollo';
import { ImportQuery } from './documents';
import { type Import, isFinished } from './importModel';

const POLL_MS = 1000;

/** Follows a started import every second until it ends; `onDone` gets it once, finished. */
export function useImportProgress(
  started: Import,
  onDone: (imp: Import) => void,
): [Import, (imp: Import) => void] {
  const [imp, setImp] = useState(started);
  // biome-ignore lint/correctness/useExhaustiveDependencies: one import is followed per mount.
  useEffect(() => {
    if (isFinished(started)) {
      onDone(started);
      return;
    }
    let stopped = false;
    let timer: ReturnType<typeof setTimeout>;
    const tick = async () => {
      try {
        const { data } = await apollo.query({
          query: ImportQuery,
          variables: { id: started.id },
          fetchPolicy: 'network-only',
        });
        if (stopped) return;
        const now = data?.import;
        if (now) {
          setImp(now);
          if (isFinished(now)) {
            onDone(now);
            return;
          }
        }
      } catch {
        // A dropped poll is retried; the import goes on on the server regardless.
      }
      if (!stopped) timer = setTimeout(tick, POLL_MS);
    };
    timer = setTimeout(tick, POLL_MS);
    return () => {
      stopped = true;
      clearTimeout(timer);
    };
  }, [started.id]);
  return [imp, setImp];
}
