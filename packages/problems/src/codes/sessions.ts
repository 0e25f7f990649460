import { problem } from '../problem.js';

/** One's own sessions (the browsers signed in as oneself). */
export const sessionProblems = {
  SESSION_NOT_FOUND: problem('NOT_FOUND', 'This session has ended or is not yours'),
} as const;
