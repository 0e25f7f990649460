import { badInput, type FieldProblem, fieldProblem } from '../../graphql/errors.js';

/** The longest email address SMTP can carry (RFC 5321). */
export const MAX_EMAIL_LENGTH = 254;
/** Long enough for any passphrase or password manager; argon2 never hashes megabytes for a caller. */
export const MAX_PASSWORD_LENGTH = 1000;

/** Refuses sign-in credentials no staff member can have, before the throttle or argon2 see them. */
export function checkCredentialLengths(email: string, password: string): void {
  const problems: FieldProblem[] = [];
  if (email.length > MAX_EMAIL_LENGTH) {
    problems.push(fieldProblem(['email'], 'TOO_LONG', { max: MAX_EMAIL_LENGTH }));
  }
  if (password.length > MAX_PASSWORD_LENGTH) {
    problems.push(fieldProblem(['password'], 'TOO_LONG', { max: MAX_PASSWORD_LENGTH }));
  }
  if (problems.length) throw badInput(problems);
}
