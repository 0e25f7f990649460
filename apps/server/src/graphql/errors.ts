import { GraphQLError } from 'graphql';

export interface FieldProblem {
  path: (string | number)[];
  message: string;
}

/** Input that breaks a rule: names every offending field, the first one in `extensions.path`. */
export function badInput(problems: FieldProblem[]): GraphQLError {
  const [first] = problems;
  const summary = problems.map((p) => `${p.path.slice(-1)[0]}: ${p.message}`).join('; ');
  return new GraphQLError(`Invalid input — ${summary}`, {
    extensions: { code: 'BAD_USER_INPUT', path: first?.path ?? [], fields: problems },
  });
}

export function badField(path: (string | number)[], message: string): GraphQLError {
  return badInput([{ path, message }]);
}

export function notFound(what: string): GraphQLError {
  return new GraphQLError(`${what} not found`, { extensions: { code: 'NOT_FOUND' } });
}

export function unauthenticated(message = 'Sign in first'): GraphQLError {
  return new GraphQLError(message, { extensions: { code: 'UNAUTHENTICATED' } });
}

export function forbidden(message = 'Your role does not allow this'): GraphQLError {
  return new GraphQLError(message, { extensions: { code: 'FORBIDDEN' } });
}

export function conflict(message: string): GraphQLError {
  return new GraphQLError(message, { extensions: { code: 'CONFLICT' } });
}

export function rateLimited(retryAfterSeconds: number): GraphQLError {
  return new GraphQLError(`Too many failed sign-ins; try again in ${Math.ceil(retryAfterSeconds / 60)} min`, {
    extensions: { code: 'RATE_LIMITED', retryAfterSeconds },
  });
}
