/**
 * Words that problems take as parameters and that read differently in each language: the kind of
 * a filter field (`kind` of FILTER_VALUE, FILTER_OPERATOR_MISMATCH…), as the filter package names it.
 */
export interface ProblemWords {
  kind: Record<'text' | 'number' | 'date' | 'datetime' | 'boolean' | 'choice' | 'multi', string>;
}
