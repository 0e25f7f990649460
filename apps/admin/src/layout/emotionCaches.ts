import type { EmotionCache } from '@emotion/cache';
import { useSyncExternalStore } from 'react';
import { ltrCache } from './ltrCache';

// The mirroring plugin (cssjanus) is fetched with the first right-to-left language's texts, never by
// a user who reads left to right: the first screen is 5 KB gzip lighter without it (cssjanus and the
// parts of stylis only the plugin uses).
let rtlCache: EmotionCache | undefined;
const waiting = new Set<() => void>();

/** Fetches the RTL cache (layout/rtlCache.ts); the language it serves waits for it with its texts. */
export async function loadRtlCache(): Promise<void> {
  if (rtlCache) return;
  rtlCache = (await import('./rtlCache')).rtlCache;
  for (const redraw of waiting) redraw();
}

/**
 * The cache for the direction: the RTL one once loaded (i18n/i18nProvider.ts loads it with Persian).
 * The shell draws again when it arrives: a switch to Persian may turn the page before the cache is in,
 * and the page would otherwise keep the left-to-right styles until a reload.
 */
export function useEmotionCache(rtl: boolean): EmotionCache {
  const loaded = useSyncExternalStore(
    (redraw) => {
      waiting.add(redraw);
      return () => waiting.delete(redraw);
    },
    () => rtlCache,
  );
  return rtl ? (loaded ?? ltrCache) : ltrCache;
}
