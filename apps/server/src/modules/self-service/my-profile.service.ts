import { GraphQLError } from 'graphql';
import { refusal } from '../../graphql/errors.js';
import type { ConsentService, CurrentConsent } from '../consents/consent.service.js';
import type { ConsentKind } from '../consents/consent-kinds.js';
import type { CustomerService } from '../customers/customer.service.js';
import type { SelfServiceCaller } from './customer-sessions.js';
import { CUSTOMER_ACTOR } from './self-service-history.js';

/** The attributes a customer may change themselves: never the mobile (their sign-in) nor the card. */
export const MY_PROFILE_KEYS = ['firstName', 'lastName', 'email', 'birthDate', 'gender'] as const;
export type MyProfileKey = (typeof MY_PROFILE_KEYS)[number];
export type MyProfileChange = Partial<Record<MyProfileKey, string | null>>;

/** Where a consent the customer switches on their own pages is said to come from (as push does). */
const CONSENT_FROM = { capturedVia: 'APP', source: 'self-service' } as const;

/**
 * A customer's own consents and details. Both go through the one way each is written (the consents
 * service with its records, the customers service with its registry checks, history and the
 * verification rules that hear `customer.updated`), with the customer as the actor.
 */
export class MyProfile {
  constructor(
    private readonly consents: ConsentService,
    private readonly customers: CustomerService,
  ) {}

  /**
   * Gives or withdraws a marketing consent; switching to the state it is in changes nothing. Personal
   * data consent is refused: withdrawing it ends the membership's basis, so it goes through a request.
   */
  async setConsent(me: SelfServiceCaller, kind: ConsentKind, granted: boolean): Promise<CurrentConsent> {
    if (kind === 'PERSONAL_DATA') throw refusal('SELF_SERVICE_PERSONAL_DATA_BY_REQUEST');
    const change = { customerId: me.customerId, kind, ...CONSENT_FROM };
    try {
      return granted
        ? await this.consents.grant(me.workspaceId, CUSTOMER_ACTOR, change)
        : await this.consents.withdraw(me.workspaceId, CUSTOMER_ACTOR, change);
    } catch (error) {
      const code = (error as GraphQLError).extensions?.problem as { code?: string } | undefined;
      if (code?.code !== 'CONSENT_ALREADY_GRANTED' && code?.code !== 'CONSENT_ALREADY_WITHDRAWN') throw error;
      const now = (await this.consents.current(me.workspaceId, [me.customerId])).get(me.customerId);
      const current = now?.find((c) => c.kind === kind);
      if (!current) throw error;
      return current;
    }
  }

  /** Changes only the keys given (null clears); problems come back at `input.<key>`. */
  async update(me: SelfServiceCaller, input: MyProfileChange): Promise<void> {
    const attributes: Record<string, unknown> = {};
    for (const key of MY_PROFILE_KEYS) if (input[key] !== undefined) attributes[key] = input[key];
    try {
      await this.customers.update(me.workspaceId, CUSTOMER_ACTOR, me.customerId, attributes);
    } catch (error) {
      throw error instanceof GraphQLError ? atInputKeys(error) : error;
    }
  }
}

/** The customers service names fields `input.attributes.<key>`; this API's input has them at `input.<key>`. */
function atInputKeys(error: GraphQLError): GraphQLError {
  const ext = error.extensions as { path?: unknown[]; fields?: { path: unknown[] }[] };
  if (!Array.isArray(ext.fields)) return error;
  const moved = (path: unknown[]) =>
    path[0] === 'input' && path[1] === 'attributes' ? ['input', ...path.slice(2)] : path;
  return new GraphQLError(error.message, {
    extensions: {
      ...error.extensions,
      path: Array.isArray(ext.path) ? moved(ext.path) : ext.path,
      fields: ext.fields.map((f) => ({ ...f, path: moved(f.path) })),
    },
  });
}
