import { PROBLEM_FAMILIES } from './catalogue.js';
import { placeholders } from './problem.js';

const FAMILY_TITLES: Record<keyof typeof PROBLEM_FAMILIES, string> = {
  common: 'Any form or call',
  access: 'Signing in, roles and staff settings',
  customers: 'Customers and selections of customers',
  values: 'Attribute values',
  attributes: 'The attribute registry',
  formats: 'Formats that modules add to attribute types',
  nationalIds: 'National ID numbers (national-ids plugin): Iranian national codes, Russian INN and SNILS',
  customerSearch: 'Lists, search and filters',
  tagsSegmentsGroups: 'Tags, segments and groups',
  ledger: 'Currencies, balances, ledger operations and balance batches',
  purchases: 'Purchases, returns, referrals and earning rules',
  tiers: 'Tiers',
  sessions: "One's own sessions",
  input: 'Text, files and numbers that are not what they claim to be',
  apiLimits: 'Limits of the API: request size, query cost, request rate, uploads',
  staff: 'Staff, passwords and roles',
  apiKeys: 'API keys for partner apps',
  jobs: 'Background jobs: cancelling and retrying runs',
  duplicates: 'Child profiles, duplicates, merge and unmerge',
  exports: 'Exporting customers to CSV or XLSX',
  imports: 'Importing customers and purchase history from files',
  purchaseImports: 'Rows of a purchase-history import',
  operationImports: 'Rows of a points and balance history import',
  relations: 'Relations between customers, categories and referrers',
  notes: "Notes on a customer's card and their mentions",
  analytics: 'Customer analytics: lifecycle rules, profile completeness, chart periods',
  consents: 'Consents and verification',
  anniversaries: 'Anniversaries of dates (birthdays) in filters',
  erase: "Erasing a customer's personal data, the right of access and the card's history",
  workspaceClock: "The workspace's time zone and quiet hours",
  channelProviders: 'Outcomes of handing a message to an SMS or Telegram provider, and its delivery reports',
  templates: 'Message templates',
  channels: 'Channel accounts, sending through them, delivery reports and unsubscribe links',
  automations: 'Automations: triggers, conditions, actions and their runs',
  mailings: 'Mailings: audience, schedule, cancelling and test sends',
  reports: 'Reports and the dashboard: the period and its charts',
  branches: 'Branches, the staff bound to one and the branch a purchase is recorded at',
  cards: 'Loyalty cards: a lost card, the new one given instead, lookups by card number',
  cardTabs: 'Tabs modules add to the customer card: their content, when it fails or cannot be shown',
  giftCards: 'Gift cards: issuing, checking, blocking and redeeming them',
  selfService:
    'Customer self-service: invitations, self sign-up, the customer’s password (and a forgotten one) and sign-in, customer requests',
  products: 'Products and services, their stock and what purchases do to it',
  news: 'News posts published to customers’ self-service pages',
  webhooks: 'Outgoing webhooks: partner apps’ subscriptions to customer events and their deliveries',
};

const cell = (text: string) => text.replace(/\|/g, '\\|');

/** A markdown table with its columns padded, as the repository's formatter leaves tables. */
function table(header: string[], rows: string[][]): string[] {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => [...(r[i] ?? '')].length)));
  const line = (cells: string[]) =>
    `| ${cells.map((c, i) => c + ' '.repeat((widths[i] ?? 0) - [...c].length)).join(' | ')} |`;
  return [line(header), `| ${widths.map((w) => '-'.repeat(w)).join(' | ')} |`, ...rows.map(line)];
}

/** The refusals section of docs/api.md: every code by family, with its category and parameters. */
export function problemCodesMarkdown(): string {
  const sections = Object.entries(PROBLEM_FAMILIES).map(([family, problems]) => {
    const rows = Object.entries(problems).map(([code, spec]) => {
      const params = placeholders(spec.message)
        .map((p) => `\`${p}\``)
        .join(', ');
      return [`\`${code}\``, spec.category, params || '—', cell(spec.message)];
    });
    return [
      `### ${FAMILY_TITLES[family as keyof typeof PROBLEM_FAMILIES]}`,
      '',
      ...table(['code', 'category', 'parameters', 'English message'], rows),
    ].join('\n');
  });
  return sections.join('\n\n');
}
