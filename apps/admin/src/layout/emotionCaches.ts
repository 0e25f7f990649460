import type { EmotionCache } from '@emotion/cache';
import { ltrCache } from './ltrCache';

// The mirroring plugin (cssjanus) is fetched with the first right-to-left language's texts, never by
// a user who reads left to right: the first screen is 5 KB gzip lighter without it (cssjanus and the
// parts of stylis only the plugin uses).
let rtlCache: EmotionCache | undefined;

/** Fetches the RTL cache (layout/rtlCache.ts); the language it serves waits for it with its texts. */
export async function loadRtlCache(): Promise<void> {
  rtlCache ??= (await import('./rtlCache')).rtlCache;
}

/** The cache for the direction: the RTL one once loaded (i18n/i18nProvider.ts loads it with Persian). */
export const emotionCache = (rtl: boolean): EmotionCache => (rtl ? (rtlCache ?? ltrCache) : ltrCache);
