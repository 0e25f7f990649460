import createCache from '@emotion/cache';

/** Emotion's cache for left-to-right pages: styles as written. */
export const ltrCache = createCache({ key: 'mui' });
