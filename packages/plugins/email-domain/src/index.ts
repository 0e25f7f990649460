import {
  type Actor,
  type CustomerEvent,
  defineModule,
  type PatronModule,
  type PatronServices,
} from '@patron/sdk';
// Types only: the core services' declarations (nothing of the server is loaded at run time).
import type {} from '@patron/server/services';
import { domainOf, FREE_PROVIDERS } from './domains.js';
import { EmailDomainResolver, emailDomainSettings } from './email-domain.resolver.js';
import { emailDomainTab } from './email-domain-tab.js';

export interface EmailDomainOptions {
  /** The attribute that receives the domain; created in every workspace. Default: emailDomain. */
  attributeKey?: string;
}

export { domainOf, FREE_PROVIDERS } from './domains.js';

const ACTOR: Actor = { kind: 'plugin', id: 'email-domain', name: 'Email domain plugin' };

/**
 * Keeps a customer's email domain in its own attribute, so staff can sort, filter and count by it,
 * adds `emailDomainStats` to the API and an "Email domain" tab to the customer card.
 */
export default function emailDomainPlugin(options: EmailDomainOptions = {}): PatronModule {
  const attributeKey = options.attributeKey ?? 'emailDomain';
  emailDomainSettings.attributeKey = attributeKey;

  async function fill(event: CustomerEvent, services: PatronServices): Promise<void> {
    if (event.type === 'customer.updated' && !event.changes.some((c) => c.key === 'email')) return;
    let customer: Awaited<ReturnType<typeof services.customers.get>>;
    try {
      customer = await services.customers.get(event.workspaceId, event.customerId);
    } catch {
      return; // deleted meanwhile: nothing to fill
    }
    const domain = domainOf(customer.attributes.email);
    if ((customer.attributes[attributeKey] ?? null) === domain) return;
    await services.customers.update(event.workspaceId, ACTOR, customer.id, { [attributeKey]: domain });
  }

  return defineModule({
    name: 'email-domain',
    // The same customers service the core uses: an update checks the value and writes history; the
    // card tab finds the customers sharing a domain as the customer list does.
    needs: ['customers', 'customerSearch'],
    resolvers: [EmailDomainResolver],
    attributes: [
      {
        key: attributeKey,
        type: 'TEXT',
        group: 'main',
        label: { en: 'Email domain', ru: 'Домен почты', fa: 'دامنه ایمیل' },
      },
    ],
    // A computed filter field and column: no stored value, just SQL over the customer row.
    customerFields: [
      {
        key: 'personalEmail',
        kind: 'boolean',
        label: { en: 'Personal email', ru: 'Личная почта', fa: 'ایمیل شخصی' },
        sql: `split_part(c.email, '@', 2) in (${FREE_PROVIDERS.map((d) => `'${d}'`).join(', ')})`,
        sortable: true,
      },
    ],
    cardTabs: [emailDomainTab(attributeKey)],
    eventHandlers: [
      { name: 'email-domain.fill', events: ['customer.created', 'customer.updated'], handle: fill },
    ],
  });
}
