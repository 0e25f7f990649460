import { type ComponentType, lazy, Suspense, useState } from 'react';
import { allTexts } from '../i18n/i18nProvider';

/**
 * A part of a screen (a dialog, a panel) whose code is downloaded the first time it is needed —
 * `when` turns true — and kept mounted after, so a dialog still animates closed and keeps its state.
 * Keeps what the customer list downloads to what it shows.
 */
export function lazyPart<P extends object>(
  load: () => Promise<ComponentType<P>>,
): ComponentType<P & { when: boolean }> {
  // Its texts come with the language's whole catalogue (the first screen has only its own part).
  const Part = lazy(async () => ({ default: (await Promise.all([load(), allTexts()]))[0] }));
  // biome-ignore lint/correctness/noComponentHookFactories: made once per part at module level, never while rendering
  return function LazyPart({ when, ...props }: P & { when: boolean }) {
    const [needed, setNeeded] = useState(when);
    if (when && !needed) setNeeded(true);
    if (!needed) return null;
    return (
      <Suspense fallback={null}>
        <Part {...(props as P)} />
      </Suspense>
    );
  };
}
