import { accessProblems } from './codes/access.js';
import { analyticsProblems } from './codes/analytics.js';
import { anniversaryProblems } from './codes/anniversaries.js';
import { apiKeyProblems } from './codes/api-keys.js';
import { apiLimitProblems } from './codes/api-limits.js';
import { attributeProblems } from './codes/attributes.js';
import { automationProblems } from './codes/automations.js';
import { branchProblems } from './codes/branches.js';
import { cardTabProblems } from './codes/card-tabs.js';
import { cardProblems } from './codes/cards.js';
import { channelProviderProblems } from './codes/channel-providers.js';
import { channelProblems } from './codes/channels.js';
import { commonProblems } from './codes/common.js';
import { consentProblems } from './codes/consents.js';
import { customerSearchProblems } from './codes/customer-search.js';
import { customerProblems } from './codes/customers.js';
import { duplicateProblems } from './codes/duplicates.js';
import { eraseProblems } from './codes/erase.js';
import { exportProblems } from './codes/exports.js';
import { formatProblems } from './codes/formats.js';
import { giftCardProblems } from './codes/gift-cards.js';
import { importProblems } from './codes/imports.js';
import { inputProblems } from './codes/input.js';
import { jobProblems } from './codes/jobs.js';
import { ledgerProblems } from './codes/ledger.js';
import { mailingProblems } from './codes/mailings.js';
import { nationalIdProblems } from './codes/national-ids.js';
import { newsProblems } from './codes/news.js';
import { noteProblems } from './codes/notes.js';
import { operationImportProblems } from './codes/operation-imports.js';
import { productProblems } from './codes/products.js';
import { purchaseImportProblems } from './codes/purchase-imports.js';
import { purchaseProblems } from './codes/purchases.js';
import { relationProblems } from './codes/relations.js';
import { reportProblems } from './codes/reports.js';
import { selfServiceProblems } from './codes/self-service.js';
import { sessionProblems } from './codes/sessions.js';
import { staffProblems } from './codes/staff.js';
import { tagSegmentGroupProblems } from './codes/tags-segments-groups.js';
import { templateProblems } from './codes/templates.js';
import { tierProblems } from './codes/tiers.js';
import { valueProblems } from './codes/values.js';
import { webhookProblems } from './codes/webhooks.js';
import { workspaceClockProblems } from './codes/workspace-clock.js';
import { fillPlaceholders, type ParamValue, type Placeholders } from './problem.js';

/** The families of refusals, each declared in its own file; a code appears in exactly one. */
export const PROBLEM_FAMILIES = {
  common: commonProblems,
  access: accessProblems,
  customers: customerProblems,
  values: valueProblems,
  attributes: attributeProblems,
  formats: formatProblems,
  nationalIds: nationalIdProblems,
  customerSearch: customerSearchProblems,
  tagsSegmentsGroups: tagSegmentGroupProblems,
  ledger: ledgerProblems,
  purchases: purchaseProblems,
  tiers: tierProblems,
  sessions: sessionProblems,
  input: inputProblems,
  apiLimits: apiLimitProblems,
  staff: staffProblems,
  apiKeys: apiKeyProblems,
  jobs: jobProblems,
  duplicates: duplicateProblems,
  exports: exportProblems,
  imports: importProblems,
  purchaseImports: purchaseImportProblems,
  operationImports: operationImportProblems,
  relations: relationProblems,
  notes: noteProblems,
  analytics: analyticsProblems,
  consents: consentProblems,
  anniversaries: anniversaryProblems,
  erase: eraseProblems,
  workspaceClock: workspaceClockProblems,
  channelProviders: channelProviderProblems,
  templates: templateProblems,
  channels: channelProblems,
  automations: automationProblems,
  mailings: mailingProblems,
  reports: reportProblems,
  branches: branchProblems,
  cards: cardProblems,
  cardTabs: cardTabProblems,
  giftCards: giftCardProblems,
  selfService: selfServiceProblems,
  products: productProblems,
  news: newsProblems,
  webhooks: webhookProblems,
} as const;

/** Every refusal the API can give, by its stable code. */
export const PROBLEMS = {
  ...commonProblems,
  ...accessProblems,
  ...customerProblems,
  ...valueProblems,
  ...attributeProblems,
  ...formatProblems,
  ...nationalIdProblems,
  ...customerSearchProblems,
  ...tagSegmentGroupProblems,
  ...ledgerProblems,
  ...purchaseProblems,
  ...tierProblems,
  ...sessionProblems,
  ...inputProblems,
  ...apiLimitProblems,
  ...staffProblems,
  ...apiKeyProblems,
  ...jobProblems,
  ...duplicateProblems,
  ...exportProblems,
  ...importProblems,
  ...purchaseImportProblems,
  ...operationImportProblems,
  ...relationProblems,
  ...noteProblems,
  ...analyticsProblems,
  ...consentProblems,
  ...anniversaryProblems,
  ...eraseProblems,
  ...workspaceClockProblems,
  ...channelProviderProblems,
  ...templateProblems,
  ...channelProblems,
  ...automationProblems,
  ...mailingProblems,
  ...reportProblems,
  ...branchProblems,
  ...cardProblems,
  ...cardTabProblems,
  ...giftCardProblems,
  ...selfServiceProblems,
  ...productProblems,
  ...newsProblems,
  ...webhookProblems,
} as const;

export type Problems = typeof PROBLEMS;
export type ProblemCode = keyof Problems;

/** The parameters a code takes: exactly the placeholders of its English message. */
export type ParamsOf<C extends ProblemCode> = {
  [K in Placeholders<Problems[C]['message']>]: ParamValue;
};

/** A refusal with its parameters, typed by code. */
export interface Problem<C extends ProblemCode = ProblemCode> {
  code: C;
  params: ParamsOf<C>;
}

export const PROBLEM_CODES = Object.keys(PROBLEMS) as ProblemCode[];

export function isProblemCode(code: unknown): code is ProblemCode {
  return typeof code === 'string' && Object.hasOwn(PROBLEMS, code);
}

/** The English message of a refusal, as the API sends it in `message`. */
export function englishMessage(code: ProblemCode, params: Record<string, ParamValue>): string {
  return fillPlaceholders(PROBLEMS[code].message, params);
}

/** What a code takes after its code: nothing when its message has no placeholders, else its parameters. */
export type ParamsArg<C extends ProblemCode> = keyof ParamsOf<C> extends never ? [] : [params: ParamsOf<C>];

/** One offending input: where it is (e.g. ['input', 'amount']) and what is wrong with it. */
export interface FieldProblem {
  path: (string | number)[];
  code: ProblemCode;
  params: Record<string, ParamValue>;
}

export function fieldProblem<C extends ProblemCode>(
  path: (string | number)[],
  code: C,
  ...[params]: ParamsArg<C>
): FieldProblem {
  return { path, code, params: (params ?? {}) as Record<string, ParamValue> };
}
