/**
 * Words that problems take as parameters and that read differently in each language: the kind of
 * a filter field (`kind` of FILTER_VALUE, FILTER_OPERATOR_MISMATCH…), as the filter package names it;
 * the identifier an import matches customers on (`target` of IMPORT_ROW_CUSTOMER_UNKNOWN…); the unit
 * of a size in megabytes.
 */
export interface ProblemWords {
  kind: Record<'text' | 'number' | 'date' | 'datetime' | 'boolean' | 'choice' | 'multi', string>;
  identifier: Record<(typeof IDENTIFIERS)[number], string>;
  /** A size the API states in megabytes (`max` of BODY_TOO_LARGE and FILE_TOO_LARGE, "512 MB"): `%{size}` is the number. */
  megabytes: string;
}

/** What imports match customers on: attribute keys the refusals name as `target`. */
export const IDENTIFIERS = ['mobile', 'email', 'cardNumber', 'externalId'] as const;
