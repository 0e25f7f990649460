import type { Actor } from './events.js';

/**
 * The services of every enabled module, by name: what a module provides and what its resolvers,
 * jobs, event handlers and other modules use. It starts empty; each module adds its services by
 * declaration merging, next to its definition:
 *
 * ```ts
 * declare module '@patron/sdk' {
 *   interface PatronServices { tags: TagService }
 * }
 * ```
 *
 * A plugin gets the core services' types from `@patron/server/services` (types only; at run time a
 * plugin uses nothing but this SDK) and adds its own the same way.
 */
// biome-ignore lint/suspicious/noEmptyInterface: filled by declaration merging, module by module
export interface PatronServices {}

/** The name of a service. */
export type ServiceName = keyof PatronServices & string;

/** Who calls: a signed-in staff member or a partner app's API key, with the permissions it holds. */
export interface Principal {
  kind: 'staff' | 'apiKey';
  id: string;
  workspaceId: string;
  name: string;
  permissions: ReadonlySet<string>;
}

/** What every resolver receives as its GraphQL context. */
export interface PatronContext {
  /** The caller, a person or an API key, or null when anonymous; `@Allow` rules are checked on it. */
  principal: Principal | null;
  /** The signed-in staff member (a person), or null: also null for a request made with an API key. */
  staff: {
    id: string;
    workspaceId: string;
    role: string;
    name: string;
    permissions: ReadonlySet<string>;
  } | null;
  /** Every module's services: the same objects core resolvers, jobs and plugins use. */
  services: PatronServices;
  /** The caller's workspace (UNAUTHENTICATED when nobody is signed in); every query is scoped by it. */
  workspaceId(): string;
  /** Who is acting, for history. */
  actor(): Actor;
}
