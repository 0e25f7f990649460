import { type FieldProblem, fieldProblem } from '../../graphql/errors.js';
import { MAX_PASSWORD_LENGTH } from '../auth/credential-limits.js';
import { PASSWORD_MIN } from '../staff/staff.service.js';

/** What is wrong with a new password, under `path`: the staff rules (length), one for all. */
export function passwordProblems(password: string, path: string): FieldProblem[] {
  if (password.length < PASSWORD_MIN)
    return [fieldProblem([path], 'PASSWORD_TOO_SHORT', { min: PASSWORD_MIN })];
  if (password.length > MAX_PASSWORD_LENGTH)
    return [fieldProblem([path], 'TOO_LONG', { max: MAX_PASSWORD_LENGTH })];
  return [];
}
