import { problem } from '../problem.js';

/** Notes on a customer's card and the staff they mention. */
export const noteProblems = {
  NOTE_NOT_FOUND: problem('NOT_FOUND', 'Note not found'),
  NOTE_EMPTY: problem('BAD_USER_INPUT', 'Write something in the note'),
  NOTE_TOO_LONG: problem('BAD_USER_INPUT', 'A note is at most {max} characters'),
  NOTE_MENTION_UNKNOWN: problem(
    'BAD_USER_INPUT',
    'The note mentions {id}, who is not an active staff member of this workspace',
  ),
  NOTE_MENTIONS_TOO_MANY: problem('BAD_USER_INPUT', 'A note mentions at most {max} people'),
  NOTE_EDIT_NOT_AUTHOR: problem('FORBIDDEN', 'Only the author of a note can edit it'),
  NOTE_DELETE_NOT_AUTHOR: problem('FORBIDDEN', 'Only the author of a note or an admin can delete it'),
} as const;
