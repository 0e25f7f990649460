import { problem } from '../problem.js';

/** Tabs modules add to the customer card: a tab's content that could not be had or shown. */
export const cardTabProblems = {
  CARD_TAB_NOT_FOUND: problem('NOT_FOUND', 'No card tab {tab}'),
  CARD_TAB_FAILED: problem('CONFLICT', 'The tab {tab} could not be loaded; try again later'),
  CARD_TAB_CONTENT_INVALID: problem(
    'CONFLICT',
    'The tab {tab} sent content that cannot be shown (at {path}); its module must be fixed',
  ),
} as const;
