import {
  type Actor,
  type CustomerEvent,
  defineModule,
  type PatronModule,
  type PatronServices,
} from '@patron/sdk';
// Types only: the core services' declarations (nothing of the server is loaded at run time).
import type {} from '@patron/server/services';
import { EmailDomainResolver, emailDomainSettings } from './email-domain.resolver.js';

export interface EmailDomainOptions {
  /** The attribute that receives the domain; created in every workspace. Default: emailDomain. */
  attributeKey?: string;
}

/** Public mailbox providers: an address there is personal, not a company's. */
export const FREE_PROVIDERS = [
  'gmail.com',
  'yahoo.com',
  'outlook.com',
  'hotmail.com',
  'mail.ru',
  'yandex.ru',
  'bk.ru',
  'inbox.ru',
];

const ACTOR: Actor = { kind: 'plugin', id: 'email-domain', name: 'Email domain plugin' };

export function domainOf(email: unknown): string | null {
  if (typeof email !== 'string') return null;
  const at = email.lastIndexOf('@');
  return at > 0 && at < email.length - 1 ? email.slice(at + 1).toLowerCase() : null;
}

/**
 * Keeps a customer's email domain in its own attribute, so staff can sort, filter and count by it,
 * and adds `emailDomainStats` to the API.
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
    // The same customers service the core uses: an update checks the value and writes history.
    needs: ['customers'],
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
    eventHandlers: [
      { name: 'email-domain.fill', events: ['customer.created', 'customer.updated'], handle: fill },
    ],
  });
}
