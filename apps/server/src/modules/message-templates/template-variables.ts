/**
 * The variables a template may use. Names follow Liquid's snake_case; a currency's key picks its
 * balance and its next expiring points. Anything else is refused when the template is saved.
 */
export const CUSTOMER_FIELDS = ['first_name', 'last_name', 'full_name', 'number'] as const;
export const EXPIRING_FIELDS = ['amount', 'date'] as const;

/** Every variable path of a workspace with these currency keys, as the SPA lists them to insert. */
export function variableNames(currencyKeys: readonly string[]): string[] {
  return [
    ...CUSTOMER_FIELDS.map((f) => `customer.${f}`),
    ...currencyKeys.map((k) => `balances.${k}`),
    'tier.name',
    ...currencyKeys.flatMap((k) => EXPIRING_FIELDS.map((f) => `points_expiring.${k}.${f}`)),
    'unsubscribe_url',
    'workspace.name',
  ];
}

/** Whether a path a template reads (`['customer', 'first_name']`) is one of the variables. */
export function isKnownVariable(path: readonly unknown[], currencyKeys: ReadonlySet<string>): boolean {
  if (!path.every((s) => typeof s === 'string')) return false;
  const [root, a, b, ...rest] = path as string[];
  if (rest.length) return false;
  switch (root) {
    case 'customer':
      return b === undefined && (CUSTOMER_FIELDS as readonly string[]).includes(a ?? '');
    case 'balances':
      return b === undefined && currencyKeys.has(a ?? '');
    case 'tier':
    case 'workspace':
      return a === 'name' && b === undefined;
    case 'points_expiring':
      return currencyKeys.has(a ?? '') && (EXPIRING_FIELDS as readonly string[]).includes(b ?? '');
    case 'unsubscribe_url':
      return a === undefined;
    default:
      return false;
  }
}

/** The root names a template reads: what the renderer has to load. */
export type VariableRoot =
  | 'customer'
  | 'balances'
  | 'tier'
  | 'points_expiring'
  | 'unsubscribe_url'
  | 'workspace';
