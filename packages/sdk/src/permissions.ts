import { Authorized } from 'type-graphql';

export type StaffRole = 'ADMIN' | 'MANAGER' | 'OPERATOR' | 'ANALYST';

/** Anyone, signed in or not (login). */
export const PUBLIC = 'public';
/** Any signed-in staff member, whatever the role (own preferences); never an API key. */
export const SIGNED_IN = 'signed-in';
/**
 * A customer signed in to self-service (their own account, operations, requests): never a staff
 * session nor an API key, and a customer session reaches nothing else but the PUBLIC fields.
 */
export const CUSTOMER = 'customer';

/** A permission a module introduces, and the roles that hold it unless the admin changes that. */
export interface PermissionDefinition {
  name: string;
  description: string;
  roles: StaffRole[];
  /**
   * Never granted to an API key, and a key calling a field that needs it is refused: permissions
   * that make people or keys (staff and key management) would let a key outgrow what it was given.
   */
  peopleOnly?: boolean;
}

const rules = new Map<object, Map<string, string[]>>();

/**
 * Declares who may call a query or mutation: the caller needs every permission listed.
 * Every root field must carry one; a test walks the schema to prove it.
 */
export function Allow(...permissions: [string, ...string[]]): MethodDecorator {
  const authorized = Authorized(...permissions);
  return (target, key, descriptor) => {
    const byMethod = rules.get(target.constructor) ?? new Map<string, string[]>();
    byMethod.set(String(key), permissions);
    rules.set(target.constructor, byMethod);
    authorized(target, key, descriptor);
  };
}

/** The permissions declared with {@link Allow} on a resolver method, if any. */
export function ruleOf(resolverClass: object, methodName: string): string[] | undefined {
  return rules.get(resolverClass)?.get(methodName);
}
