import { type ApiError, errorCode, offendingFields } from '../../data-provider/errors';
import type { ProblemMessage } from '../../problems/problemText';
import type { Places } from './filterTree';

/**
 * Bad-input refusals about the filter (FILTER_* codes and the like), attached to the builder row
 * they name: for each offending field (extensions.fields), the longest prefix of its path
 * (["filter","groups",0,"conditions",1,"value"]) that was a sent row or group. Refusals pointing
 * nowhere in the tree land under '' (shown above the builder). The first refusal per row is kept.
 */
export function filterProblems(errors: readonly ApiError[], places: Places): Record<string, ProblemMessage> {
  const problems: Record<string, ProblemMessage> = {};
  for (const error of errors) {
    if (errorCode(error) !== 'BAD_USER_INPUT') continue;
    for (const field of offendingFields(error)) {
      const path = field.path.map(String);
      const at = path[0] === 'filter' ? path.slice(1) : [];
      let id = path[0] === 'filter' ? (places.get('') ?? '') : '';
      for (let end = 2; end <= at.length; end += 2) {
        const found = places.get(at.slice(0, end).join('.'));
        if (found) id = found;
      }
      if (!(id in problems)) problems[id] = field.problem;
    }
  }
  return problems;
}
