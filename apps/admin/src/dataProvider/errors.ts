/** The shape of one GraphQL error as the API sends it. */
export interface ApiError {
  message: string;
  extensions?: Record<string, unknown>;
}

export interface ErrorMeaning {
  status: number;
  message: string;
  /** Per-field messages keyed by form input name, for react-admin's server-side validation. */
  fieldErrors?: Record<string, string>;
}

const STATUS: Record<string, number> = {
  BAD_USER_INPUT: 400,
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  CONFLICT: 409,
  RATE_LIMITED: 429,
};

export function errorCode(error: ApiError | undefined): string | undefined {
  const code = error?.extensions?.code;
  return typeof code === 'string' ? code : undefined;
}

/**
 * The input name an API error path points at. Customer forms bind attributes at the top level,
 * so ["input","attributes","mobile"] is `mobile`; ["input","label","en"] is `label.en`.
 */
export function inputName(path: readonly unknown[]): string | undefined {
  const parts = path.map(String);
  if (parts[0] === 'input') parts.shift();
  if (parts[0] === 'attributes' && parts.length > 1) parts.shift();
  return parts.length > 0 ? parts.join('.') : undefined;
}

/** What a failed call means for the admin: an HTTP-like status, and field messages for bad input. */
export function explain(errors: readonly ApiError[]): ErrorMeaning {
  const first = errors[0];
  const code = errorCode(first);
  const status = STATUS[code ?? ''] ?? 500;
  if (code === 'NOT_FOUND') return { status, message: 'ra.notification.item_doesnt_exist' };
  if (code !== 'BAD_USER_INPUT') return { status, message: first?.message ?? 'ra.notification.http_error' };
  const fieldErrors: Record<string, string> = {};
  for (const error of errors) {
    // The server names every offending field in `fields`; older answers only carry `path`.
    const fields = Array.isArray(error.extensions?.fields)
      ? (error.extensions.fields as { path: unknown[]; message: string }[])
      : [{ path: (error.extensions?.path as unknown[]) ?? [], message: error.message }];
    for (const field of fields) {
      const name = Array.isArray(field.path) ? inputName(field.path) : undefined;
      if (name && !(name in fieldErrors)) fieldErrors[name] = field.message;
    }
  }
  return { status, message: first?.message ?? 'ra.message.invalid_form', fieldErrors };
}
