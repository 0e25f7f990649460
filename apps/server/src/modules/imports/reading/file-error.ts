import type { ParamsArg, ProblemCode } from '@patron/problems';

/** Why a whole file cannot be read: a problem code the API and the import's `problem` carry as is. */
export class ImportFileError extends Error {
  readonly code: ProblemCode;
  readonly params: Record<string, string | number>;
  constructor(code: ProblemCode, params: Record<string, string | number> = {}) {
    super(code);
    this.code = code;
    this.params = params;
  }
}

export function fileError<C extends ProblemCode>(code: C, ...[params]: ParamsArg<C>): ImportFileError {
  return new ImportFileError(code, (params ?? {}) as Record<string, string | number>);
}
