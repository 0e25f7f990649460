import type { Places } from './filterTree';

interface GraphQLErrorLike {
  message: string;
  extensions?: Record<string, unknown>;
}

/**
 * Bad-input errors about the filter, attached to the builder row they name: the longest prefix of
 * the error path (["filter","groups",0,"conditions",1,"value"]) that was a sent row or group.
 * Errors pointing nowhere in the tree land under '' (shown above the builder).
 */
export function filterProblems(errors: readonly GraphQLErrorLike[], places: Places): Record<string, string> {
  const problems: Record<string, string> = {};
  for (const error of errors) {
    if (error.extensions?.code !== 'BAD_USER_INPUT') continue;
    const path = Array.isArray(error.extensions.path) ? error.extensions.path.map(String) : [];
    const at = path[0] === 'filter' ? path.slice(1) : [];
    let id = path[0] === 'filter' ? (places.get('') ?? '') : '';
    for (let end = 2; end <= at.length; end += 2) {
      const found = places.get(at.slice(0, end).join('.'));
      if (found) id = found;
    }
    if (!(id in problems)) problems[id] = error.message;
  }
  return problems;
}
