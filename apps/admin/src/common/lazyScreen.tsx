import { type ComponentType, lazy, Suspense } from 'react';
import { Loading } from 'react-admin';
import { allTexts } from '../i18n/i18nProvider';

/**
 * A screen loaded when it is first opened, so its code (and what only it uses) stays out of what
 * the sign-in page and the customer list download first.
 */
export function lazyScreen<M>(load: () => Promise<M>, pick: (module: M) => ComponentType): ComponentType {
  // Its texts come with the language's whole catalogue (the first screen has only its own part).
  const Screen = lazy(async () => ({ default: pick((await Promise.all([load(), allTexts()]))[0]) }));
  // biome-ignore lint/correctness/noComponentHookFactories: made once per screen when its folder loads, never while rendering
  return function LazyScreen() {
    return (
      <Suspense fallback={<Loading />}>
        <Screen />
      </Suspense>
    );
  };
}
