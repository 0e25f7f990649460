import type { CardTabContent, CardTabDefinition } from '@patron/sdk';
import type {} from '@patron/server/services';
import { domainOf, FREE_PROVIDERS } from './domains.js';

const NEWEST = 5;

const NO_EMAIL = { en: 'No email address', ru: 'Нет адреса почты', fa: 'نشانی ایمیل ندارد' };
const KIND = {
  personal: { en: 'Personal mailbox', ru: 'Личный ящик', fa: 'صندوق شخصی' },
  company: { en: "A company's domain", ru: 'Домен компании', fa: 'دامنهٔ یک شرکت' },
};

/**
 * The card's "Email domain" tab: the customer's domain, how many customers share it and the newest
 * of them, linked to their cards. Found through the customer list's own search (the domain attribute
 * this plugin fills), so it counts what the list would show.
 */
export function emailDomainTab(attributeKey: string): CardTabDefinition {
  return {
    key: 'email-domain',
    label: { en: 'Email domain', ru: 'Домен почты', fa: 'دامنه ایمیل' },
    permission: 'customers.read',
    async load({ workspaceId, customerId, language, services }): Promise<CardTabContent> {
      const customer = await services.customers.get(workspaceId, customerId).catch(() => null);
      const domain = domainOf(customer?.attributes.email);
      if (!domain) return { sections: [], empty: NO_EMAIL };
      const viewer = { workspaceId, staffId: null };
      const query = {
        filter: {
          op: 'AND' as const,
          conditions: [{ field: attributeKey, operator: 'eq' as const, value: domain }],
        },
      };
      const [count, newest] = await Promise.all([
        services.customerSearch.count(viewer, query),
        services.customerSearch.page(viewer, {
          query,
          sort: { field: 'createdAt', direction: 'DESC' },
          first: NEWEST,
        }),
      ]);
      const personal = FREE_PROVIDERS.includes(domain);
      return {
        sections: [
          {
            fields: [
              { label: { en: 'Domain', ru: 'Домен', fa: 'دامنه' }, kind: 'text', value: domain },
              {
                label: { en: 'Kind', ru: 'Вид', fa: 'نوع' },
                kind: 'status',
                value: {
                  text: (personal ? KIND.personal : KIND.company)[language],
                  tone: personal ? 'neutral' : 'good',
                },
              },
              {
                label: {
                  en: 'Customers with this domain',
                  ru: 'Клиентов с этим доменом',
                  fa: 'مشتریان با این دامنه',
                },
                kind: 'number',
                value: count,
              },
            ],
          },
          {
            title: { en: 'Newest of them', ru: 'Самые новые из них', fa: 'تازه‌ترین‌هایشان' },
            table: {
              columns: [
                { label: { en: 'Customer', ru: 'Клиент', fa: 'مشتری' }, kind: 'link' },
                { label: { en: 'Email', ru: 'Почта', fa: 'ایمیل' }, kind: 'text' },
                { label: { en: 'Joined', ru: 'С нами с', fa: 'تاریخ عضویت' }, kind: 'datetime' },
              ],
              rows: newest.edges.map(({ row }) => [
                { customerId: row.id, text: nameOf(row.attributes) ?? `#${row.number}` },
                typeof row.attributes.email === 'string' ? row.attributes.email : null,
                new Date(row.created_at),
              ]),
            },
          },
        ],
      };
    },
  };
}

function nameOf(attributes: Record<string, unknown>): string | null {
  const name = [attributes.firstName, attributes.lastName]
    .filter((p) => typeof p === 'string' && p)
    .join(' ');
  return name || null;
}
