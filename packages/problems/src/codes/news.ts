import { problem } from '../problem.js';

/** News posts staff publish to customers' self-service pages. */
export const newsProblems = {
  NEWS_NOT_FOUND: problem('NOT_FOUND', 'News post not found'),
  NEWS_LANGUAGE_REQUIRED: problem('BAD_USER_INPUT', 'Write the title and text in at least one language'),
  NEWS_EXPIRES_BEFORE_PUBLISH: problem('BAD_USER_INPUT', 'A post must expire after it is published'),
} as const;
