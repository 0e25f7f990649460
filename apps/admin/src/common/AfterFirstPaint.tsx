import { type ReactNode, startTransition, useEffect, useState } from 'react';

/** False on the first render, true once React has time to spare after it (a transition). */
export function useAfterFirstPaint(): boolean {
  const [after, setAfter] = useState(false);
  useEffect(() => {
    startTransition(() => setAfter(true));
  }, []);
  return after;
}

/**
 * Parts of a screen nobody needs in its first instant (the app bar's switchers and bell, the list's
 * segments), drawn just after the rest: React draws them when it has time, so they never hold back
 * the customer rows. They sit where nothing else moves when they come.
 */
export function AfterFirstPaint({ children }: { children: ReactNode }) {
  return useAfterFirstPaint() ? children : null;
}
