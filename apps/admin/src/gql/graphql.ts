/* eslint-disable */
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
export type Maybe<T> = T | null;
export type InputMaybe<T> = T | null | undefined;
export type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
export type MakeOptional<T, K extends keyof T> = Omit<T, K> & { [SubKey in K]?: Maybe<T[SubKey]> };
export type MakeMaybe<T, K extends keyof T> = Omit<T, K> & { [SubKey in K]: Maybe<T[SubKey]> };
export type MakeEmpty<T extends { [key: string]: unknown }, K extends keyof T> = { [_ in K]?: never };
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
/** All built-in and custom scalars, mapped to their actual values */
export type Scalars = {
  ID: { input: string; output: string; }
  String: { input: string; output: string; }
  Boolean: { input: boolean; output: boolean; }
  Int: { input: number; output: number; }
  Float: { input: number; output: number; }
  /** A date-time string at UTC, such as 2007-12-03T10:15:30Z, compliant with the `date-time` format outlined in section 5.6 of the RFC 3339 profile of the ISO 8601 standard for representation of dates and times using the Gregorian calendar. */
  DateTime: { input: string; output: string; }
  /** The `JSON` scalar type represents JSON values as specified by [ECMA-404](http://www.ecma-international.org/publications/files/ECMA-ST/ECMA-404.pdf). */
  JSON: { input: unknown; output: unknown; }
};

export type AddCustomerRelationInput = {
  customerId: Scalars['ID']['input'];
  /** For a two-sided type: the related customer is the type's inverse name to the customer. */
  inverse?: Scalars['Boolean']['input'];
  relatedCustomerId: Scalars['ID']['input'];
  typeKey: Scalars['String']['input'];
};

export type AddNoteInput = {
  /** Plain text, up to 10,000 characters; mention staff as @[Name](staff id). */
  body: Scalars['String']['input'];
  customerId: Scalars['ID']['input'];
  pinned?: InputMaybe<Scalars['Boolean']['input']>;
};

export type AdjustBalanceInput = {
  /** Positive adds, negative subtracts; in units of the currency. */
  amount: Scalars['Float']['input'];
  /** For staff only. */
  comment?: InputMaybe<Scalars['String']['input']>;
  /** Currency key, e.g. coins. */
  currency: Scalars['String']['input'];
  customerId: Scalars['ID']['input'];
  /** An addition expires then (what is left of it). */
  expiresAt?: InputMaybe<Scalars['DateTime']['input']>;
  /** Unique per operation; sending the same key again returns the first answer and changes nothing. */
  idempotencyKey: Scalars['String']['input'];
  /** Shown to the customer. */
  reason?: InputMaybe<Scalars['String']['input']>;
};

/** A partner app’s key; its secret was shown once, when it was created. */
export type ApiKey = {
  __typename?: 'ApiKey';
  createdAt: Scalars['DateTime']['output'];
  /** Who created it (their name at the time). */
  createdBy: Scalars['String']['output'];
  expiresAt?: Maybe<Scalars['DateTime']['output']>;
  id: Scalars['ID']['output'];
  /** Updated at most once a minute. */
  lastUsedAt?: Maybe<Scalars['DateTime']['output']>;
  name: Scalars['String']['output'];
  /** The permissions the key holds, e.g. customers.read. */
  permissions: Array<Scalars['String']['output']>;
  /** The visible start of the key, ptn_<prefix>_…, to tell keys apart. */
  prefix: Scalars['String']['output'];
  requestsPerMinute: Scalars['Int']['output'];
  revokedAt?: Maybe<Scalars['DateTime']['output']>;
  revokedBy?: Maybe<Scalars['String']['output']>;
  status: ApiKeyStatus;
};

/** A permission an API key may hold. */
export type ApiKeyPermission = {
  __typename?: 'ApiKeyPermission';
  /** What it allows, in English. */
  description: Scalars['String']['output'];
  /** e.g. customers.read */
  name: Scalars['String']['output'];
};

export const ApiKeyStatus = {
  ACTIVE: 'ACTIVE',
  EXPIRED: 'EXPIRED',
  REVOKED: 'REVOKED'
} as const;

export type ApiKeyStatus = typeof ApiKeyStatus[keyof typeof ApiKeyStatus];
export type AttributeChoice = {
  __typename?: 'AttributeChoice';
  label: LocalizedText;
  value: Scalars['String']['output'];
};

export type AttributeChoiceInput = {
  label: LocalizedTextInput;
  value: Scalars['String']['input'];
};

export type AttributeDefinition = {
  __typename?: 'AttributeDefinition';
  choices: Array<AttributeChoice>;
  defaultValue?: Maybe<Scalars['JSON']['output']>;
  filterable: Scalars['Boolean']['output'];
  /** Key of the format (attributeFormats) every value is checked and stored by, on top of the type. */
  format?: Maybe<Scalars['String']['output']>;
  /** The format's line under the input. */
  formatHint?: Maybe<LocalizedText>;
  /** True when no enabled module provides the format any more: values are kept and checked as the type alone. */
  formatMissing: Scalars['Boolean']['output'];
  /** Key of the group (card tab): main, demography, psychography, interests, … */
  group: Scalars['String']['output'];
  helpText?: Maybe<LocalizedText>;
  id: Scalars['ID']['output'];
  key: Scalars['String']['output'];
  label: LocalizedText;
  position: Scalars['Int']['output'];
  required: Scalars['Boolean']['output'];
  retired: Scalars['Boolean']['output'];
  shownInList: Scalars['Boolean']['output'];
  /** System attributes are built in: they cannot be retired or change type. */
  system: Scalars['Boolean']['output'];
  type: AttributeType;
  unique: Scalars['Boolean']['output'];
};

/** A rule a module adds on top of an attribute type; admins pick it for an attribute. */
export type AttributeFormat = {
  __typename?: 'AttributeFormat';
  /** The type of the attributes it applies to. */
  base: AttributeType;
  /** A line under the input, e.g. "10 digits". */
  hint?: Maybe<LocalizedText>;
  /** What attribute definitions name it by (their `format`). */
  key: Scalars['String']['output'];
  label: LocalizedText;
  /** The module that provides it. */
  module: Scalars['String']['output'];
};

export type AttributeGroup = {
  __typename?: 'AttributeGroup';
  key: Scalars['String']['output'];
  label: LocalizedText;
  position: Scalars['Int']['output'];
};

export const AttributeType = {
  ADDRESS: 'ADDRESS',
  BOOLEAN: 'BOOLEAN',
  DATE: 'DATE',
  DATETIME: 'DATETIME',
  EMAIL: 'EMAIL',
  LONG_TEXT: 'LONG_TEXT',
  MONEY: 'MONEY',
  MULTIPLE_CHOICE: 'MULTIPLE_CHOICE',
  NUMBER: 'NUMBER',
  PHONE: 'PHONE',
  SINGLE_CHOICE: 'SINGLE_CHOICE',
  TEXT: 'TEXT',
  URL: 'URL'
} as const;

export type AttributeType = typeof AttributeType[keyof typeof AttributeType];
/** What a format says of an attribute's stored values (of live customers). Nothing is rewritten: each value is checked again when its customer is next saved. */
export type AttributeValuesCheck = {
  __typename?: 'AttributeValuesCheck';
  /** Live customers with a value. */
  checked: Scalars['Int']['output'];
  /** The first refused values, in customer number order. */
  firstRefused: Array<StoredValueFinding>;
  /** The first values the format would write differently. */
  firstRewritten: Array<StoredValueFinding>;
  /** Values the format accepts, those it would write differently included. */
  fit: Scalars['Int']['output'];
  /** The format checked by. */
  format: Scalars['String']['output'];
  refused: Scalars['Int']['output'];
  /** Of those that fit, the ones not written the way the format stores them (e.g. dashes, Persian digits). */
  rewritten: Scalars['Int']['output'];
};

/** Something done to the workspace rather than to one customer: staff, roles, keys and sign-ins, settings, exports and reports, channels, webhooks, branches, products, gift cards, jobs and the other types modules declare. */
export type AuditEvent = {
  __typename?: 'AuditEvent';
  actor: HistoryActor;
  /** What the event keeps beside its subject, by type (a role change its old and new role, an export its format and selection). */
  details: Scalars['JSON']['output'];
  id: Scalars['ID']['output'];
  occurredAt: Scalars['DateTime']['output'];
  /** What it is about: a staff member, a key, an email, an export, a branch… */
  subject?: Maybe<Scalars['String']['output']>;
  /** An AuditEventType value (e.g. STAFF_CREATED, SIGN_IN_LOCKED); text, as an event of a since-disabled plugin keeps its type. */
  type: Scalars['String']['output'];
};

export type AuditEventConnection = {
  __typename?: 'AuditEventConnection';
  edges: Array<AuditEventEdge>;
  pageInfo: PageInfo;
};

export type AuditEventEdge = {
  __typename?: 'AuditEventEdge';
  cursor: Scalars['String']['output'];
  node: AuditEvent;
};

/** What was done, as the audit log says it; each module declares the types it writes. */
export const AuditEventType = {
  API_KEY_CREATED: 'API_KEY_CREATED',
  API_KEY_REVOKED: 'API_KEY_REVOKED',
  ATTRIBUTE_VALUES_EXPORTED: 'ATTRIBUTE_VALUES_EXPORTED',
  AUTOMATION_CHANGED: 'AUTOMATION_CHANGED',
  AUTOMATION_CREATED: 'AUTOMATION_CREATED',
  AUTOMATION_DELETED: 'AUTOMATION_DELETED',
  AUTOMATION_PAUSED: 'AUTOMATION_PAUSED',
  AUTOMATION_RESUMED: 'AUTOMATION_RESUMED',
  BRANCH_CREATED: 'BRANCH_CREATED',
  BRANCH_DEACTIVATED: 'BRANCH_DEACTIVATED',
  BRANCH_DELETED: 'BRANCH_DELETED',
  BRANCH_REACTIVATED: 'BRANCH_REACTIVATED',
  BRANCH_UPDATED: 'BRANCH_UPDATED',
  CHANNEL_ACCOUNT_CHANGED: 'CHANNEL_ACCOUNT_CHANGED',
  CHANNEL_ACCOUNT_CREATED: 'CHANNEL_ACCOUNT_CREATED',
  CHANNEL_ACCOUNT_DELETED: 'CHANNEL_ACCOUNT_DELETED',
  CHANNEL_TEST_SENT: 'CHANNEL_TEST_SENT',
  CUSTOMERS_EXPORTED: 'CUSTOMERS_EXPORTED',
  CUSTOMER_ERASED: 'CUSTOMER_ERASED',
  GIFT_CARDS_ISSUED: 'GIFT_CARDS_ISSUED',
  GIFT_CARD_BLOCKED: 'GIFT_CARD_BLOCKED',
  GIFT_CARD_UNBLOCKED: 'GIFT_CARD_UNBLOCKED',
  JOB_CANCELLED: 'JOB_CANCELLED',
  JOB_RETRIED: 'JOB_RETRIED',
  MAILING_CANCELLED: 'MAILING_CANCELLED',
  MAILING_CREATED: 'MAILING_CREATED',
  MAILING_STARTED: 'MAILING_STARTED',
  MAILING_UPDATED: 'MAILING_UPDATED',
  NEWS_CREATED: 'NEWS_CREATED',
  NEWS_DELETED: 'NEWS_DELETED',
  NEWS_UPDATED: 'NEWS_UPDATED',
  NOTE_DELETED: 'NOTE_DELETED',
  PASSWORD_CHANGED: 'PASSWORD_CHANGED',
  PRODUCT_CREATED: 'PRODUCT_CREATED',
  PRODUCT_DEACTIVATED: 'PRODUCT_DEACTIVATED',
  PRODUCT_DELETED: 'PRODUCT_DELETED',
  PRODUCT_REACTIVATED: 'PRODUCT_REACTIVATED',
  PRODUCT_STOCK_COUNTED: 'PRODUCT_STOCK_COUNTED',
  PRODUCT_STOCK_RECEIVED: 'PRODUCT_STOCK_RECEIVED',
  PRODUCT_UPDATED: 'PRODUCT_UPDATED',
  ROLE_CREATED: 'ROLE_CREATED',
  ROLE_DELETED: 'ROLE_DELETED',
  ROLE_UPDATED: 'ROLE_UPDATED',
  SEGMENT_SHARING_CHANGED: 'SEGMENT_SHARING_CHANGED',
  SIGN_IN_LOCKED: 'SIGN_IN_LOCKED',
  STAFF_BRANCH_CHANGED: 'STAFF_BRANCH_CHANGED',
  STAFF_CREATED: 'STAFF_CREATED',
  STAFF_DEACTIVATED: 'STAFF_DEACTIVATED',
  STAFF_PASSWORD_RESET: 'STAFF_PASSWORD_RESET',
  STAFF_REACTIVATED: 'STAFF_REACTIVATED',
  STAFF_ROLE_CHANGED: 'STAFF_ROLE_CHANGED',
  STAFF_TWO_FACTOR_RESET: 'STAFF_TWO_FACTOR_RESET',
  TWO_FACTOR_DISABLED: 'TWO_FACTOR_DISABLED',
  TWO_FACTOR_ENABLED: 'TWO_FACTOR_ENABLED',
  TWO_FACTOR_RECOVERY_CODE_USED: 'TWO_FACTOR_RECOVERY_CODE_USED',
  WEBHOOK_CREATED: 'WEBHOOK_CREATED',
  WEBHOOK_DELETED: 'WEBHOOK_DELETED',
  WEBHOOK_SECRET_ROTATED: 'WEBHOOK_SECRET_ROTATED',
  WEBHOOK_UPDATED: 'WEBHOOK_UPDATED',
  WORKSPACE_SETTINGS_CHANGED: 'WORKSPACE_SETTINGS_CHANGED'
} as const;

export type AuditEventType = typeof AuditEventType[keyof typeof AuditEventType];
export type Automation = {
  __typename?: 'Automation';
  actions: Array<AutomationAction>;
  /** The condition, in the CustomerFilter input shape. */
  condition?: Maybe<Scalars['JSON']['output']>;
  createdAt: Scalars['DateTime']['output'];
  createdBy?: Maybe<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  name: Scalars['String']['output'];
  paused: Scalars['Boolean']['output'];
  /** Runs in the last 30 days. */
  recentRuns: Scalars['Int']['output'];
  /** The message templates its actions send, by id and name: whoever reads automations reads their names. */
  templates: Array<AutomationTemplate>;
  trigger: AutomationTrigger;
  updatedAt: Scalars['DateTime']['output'];
};

export type AutomationAction = {
  __typename?: 'AutomationAction';
  kind: AutomationActionKind;
  params: Scalars['JSON']['output'];
};

export type AutomationActionInput = {
  kind: AutomationActionKind;
  /** The settings of the kind (see AutomationActionKind). */
  params?: InputMaybe<Scalars['JSON']['input']>;
};

/** GRANT_POINTS { currency, amount, expiresInDays? }, ADD_TAG { tagId }, SEND_MESSAGE { channel, templateId } (a template of that channel) */
export const AutomationActionKind = {
  ADD_TAG: 'ADD_TAG',
  GRANT_POINTS: 'GRANT_POINTS',
  SEND_MESSAGE: 'SEND_MESSAGE'
} as const;

export type AutomationActionKind = typeof AutomationActionKind[keyof typeof AutomationActionKind];
export type AutomationActionOutcome = {
  __typename?: 'AutomationActionOutcome';
  /** Why it was skipped or failed. */
  code?: Maybe<Scalars['String']['output']>;
  /** What was done (amount, tag, template, channel…). */
  detail?: Maybe<Scalars['JSON']['output']>;
  kind: AutomationActionKind;
  state: AutomationActionState;
};

/** DONE; SKIPPED: did not apply to the customer (code NO_CONSENT, NO_ADDRESS, a template variable without a value), the run goes on; FAILED: code says why */
export const AutomationActionState = {
  DONE: 'DONE',
  FAILED: 'FAILED',
  SKIPPED: 'SKIPPED'
} as const;

export type AutomationActionState = typeof AutomationActionState[keyof typeof AutomationActionState];
export type AutomationInput = {
  /** Done in order; at most 10. */
  actions: Array<AutomationActionInput>;
  /** The condition: only customers it matches run (none: every active customer). */
  filter?: InputMaybe<CustomerFilter>;
  name: Scalars['String']['input'];
  trigger: AutomationTriggerInput;
};

export type AutomationRunConnection = {
  __typename?: 'AutomationRunConnection';
  edges: Array<AutomationRunEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type AutomationRunEdge = {
  __typename?: 'AutomationRunEdge';
  cursor: Scalars['String']['output'];
  node: AutomationRunType;
};

/** PENDING: being done; DONE; FAILED: an action failed (retried while retryAt is set) */
export const AutomationRunState = {
  DONE: 'DONE',
  FAILED: 'FAILED',
  PENDING: 'PENDING'
} as const;

export type AutomationRunState = typeof AutomationRunState[keyof typeof AutomationRunState];
export type AutomationRunType = {
  __typename?: 'AutomationRunType';
  attempts: Scalars['Int']['output'];
  automationId: Scalars['ID']['output'];
  createdAt: Scalars['DateTime']['output'];
  customerId: Scalars['ID']['output'];
  /** The customer's name now (empty when erased or unnamed). */
  customerName: Scalars['String']['output'];
  customerNumber: Scalars['Int']['output'];
  errorCode?: Maybe<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  /** What the run is for: birthday:2027, purchase:<id>, tier:<event id>, inactive:<date>… */
  occurrence: Scalars['String']['output'];
  /** Each action's outcome by position; missing: not yet done. */
  outcomes: Array<AutomationActionOutcome>;
  /** When a failed run is tried again; null: not again. */
  retryAt?: Maybe<Scalars['DateTime']['output']>;
  state: AutomationRunState;
  updatedAt: Scalars['DateTime']['output'];
};

/** A message template an automation sends, named. */
export type AutomationTemplate = {
  __typename?: 'AutomationTemplate';
  id: Scalars['ID']['output'];
  name: Scalars['String']['output'];
};

export type AutomationTrigger = {
  __typename?: 'AutomationTrigger';
  kind: AutomationTriggerKind;
  params: Scalars['JSON']['output'];
};

export type AutomationTriggerInput = {
  kind: AutomationTriggerKind;
  /** The settings of the kind (see AutomationTriggerKind). */
  params?: InputMaybe<Scalars['JSON']['input']>;
};

/** JOINED, PURCHASE_RECORDED, BALANCE_CHANGED { currency? }, TIER_CHANGED { tier? } (events); BIRTHDAY, DATE_ANNIVERSARY { attribute }, POINTS_EXPIRING { days 1–365, currency? }, NO_PURCHASE { days 1–3650 } (daily, in the workspace time zone) */
export const AutomationTriggerKind = {
  BALANCE_CHANGED: 'BALANCE_CHANGED',
  BIRTHDAY: 'BIRTHDAY',
  DATE_ANNIVERSARY: 'DATE_ANNIVERSARY',
  JOINED: 'JOINED',
  NO_PURCHASE: 'NO_PURCHASE',
  POINTS_EXPIRING: 'POINTS_EXPIRING',
  PURCHASE_RECORDED: 'PURCHASE_RECORDED',
  TIER_CHANGED: 'TIER_CHANGED'
} as const;

export type AutomationTriggerKind = typeof AutomationTriggerKind[keyof typeof AutomationTriggerKind];
export type Balance = {
  __typename?: 'Balance';
  /** In units of the currency. */
  amount: Scalars['Float']['output'];
  currency: Currency;
  /** amount × the currency’s unit value. */
  value: Scalars['Float']['output'];
};

export type BalanceBatch = {
  __typename?: 'BalanceBatch';
  applied: Scalars['Int']['output'];
  comment: Scalars['String']['output'];
  confirmedAt?: Maybe<Scalars['DateTime']['output']>;
  createdAt: Scalars['DateTime']['output'];
  currency: Scalars['String']['output'];
  expiresAt?: Maybe<Scalars['DateTime']['output']>;
  finishedAt?: Maybe<Scalars['DateTime']['output']>;
  id: Scalars['ID']['output'];
  identifier: Scalars['String']['output'];
  inactive: Scalars['Int']['output'];
  invalid: Scalars['Int']['output'];
  /** Lines that will be (or were) applied. */
  matched: Scalars['Int']['output'];
  /** Lines with a problem, by line number. */
  problems: Array<BalanceBatchLine>;
  reason: Scalars['String']['output'];
  status: BalanceBatchStatus;
  /** Refused when applied: the balance had fallen meanwhile. */
  tooLow: Scalars['Int']['output'];
  /** The last line number of the file (or segment members). */
  totalLines: Scalars['Int']['output'];
  unmatched: Scalars['Int']['output'];
  wouldGoNegative: Scalars['Int']['output'];
};


export type BalanceBatchProblemsArgs = {
  afterLine?: Scalars['Int']['input'];
  first?: Scalars['Int']['input'];
};

export type BalanceBatchInput = {
  /** Units for every line: with a segment, group or selection, or a file without amounts. */
  amount?: InputMaybe<Scalars['Float']['input']>;
  comment?: InputMaybe<Scalars['String']['input']>;
  /** Lines of identifier[,amount]; comma, semicolon or tab; amounts in decimal notation. A first line naming the columns (mobile,amount) is a header. */
  csv?: InputMaybe<Scalars['String']['input']>;
  currency: Scalars['String']['input'];
  expiresAt?: InputMaybe<Scalars['DateTime']['input']>;
  /** Instead of csv: a file uploaded to POST /files (the way for large files; csv is bounded by the 1 MB request limit). */
  fileId?: InputMaybe<Scalars['ID']['input']>;
  /** Instead of a file or segment: every member of this group. */
  groupId?: InputMaybe<Scalars['ID']['input']>;
  /** Required with csv or fileId. */
  identifier?: InputMaybe<BatchIdentifier>;
  reason?: InputMaybe<Scalars['String']['input']>;
  /** Instead of a file: every customer of this segment. */
  segmentId?: InputMaybe<Scalars['ID']['input']>;
  /** Instead of a file, segment or group: the customers chosen in the list (ids, or the list's filter and search). */
  selection?: InputMaybe<CustomerSelection>;
};

export type BalanceBatchLine = {
  __typename?: 'BalanceBatchLine';
  amount: Scalars['Float']['output'];
  /** Why, in English. */
  detail?: Maybe<Scalars['String']['output']>;
  /** Why, by code: what clients translate. */
  detailProblem?: Maybe<Problem>;
  identifier: Scalars['String']['output'];
  line: Scalars['Int']['output'];
  /** UNMATCHED, INVALID, INACTIVE, NEGATIVE (at preview) or TOO_LOW (when applied). */
  problem: Scalars['String']['output'];
};

export const BalanceBatchStatus = {
  APPLYING: 'APPLYING',
  DONE: 'DONE',
  PREVIEW: 'PREVIEW'
} as const;

export type BalanceBatchStatus = typeof BalanceBatchStatus[keyof typeof BalanceBatchStatus];
export type BalancePoint = {
  __typename?: 'BalancePoint';
  /** The balance at the end of the month (this month: now). */
  balance: Scalars['Float']['output'];
  /** Its first day, YYYY-MM-DD (Gregorian). */
  from: Scalars['String']['output'];
  /** YYYY-MM in the calendar asked for. */
  month: Scalars['String']['output'];
};

export type BalanceSeries = {
  __typename?: 'BalanceSeries';
  currencyKey: Scalars['String']['output'];
  currencyName: LocalizedText;
  points: Array<BalancePoint>;
};

/** The CSV column that names the customer. */
export const BatchIdentifier = {
  CARD_NUMBER: 'CARD_NUMBER',
  CUSTOMER_ID: 'CUSTOMER_ID',
  EMAIL: 'EMAIL',
  MOBILE: 'MOBILE'
} as const;

export type BatchIdentifier = typeof BatchIdentifier[keyof typeof BatchIdentifier];
/** A shop of the workspace, where purchases are recorded. */
export type Branch = {
  __typename?: 'Branch';
  /** An inactive branch takes no new purchases. */
  active: Scalars['Boolean']['output'];
  address: Scalars['String']['output'];
  /** What purchases, the import and API callers name the branch by: 1–31 lower-case Latin letters, digits or _, fixed once given. */
  code: Scalars['String']['output'];
  createdAt: Scalars['DateTime']['output'];
  id: Scalars['ID']['output'];
  name: LocalizedText;
  /** Staff members bound to this branch. */
  staffCount: Scalars['Int']['output'];
  updatedAt: Scalars['DateTime']['output'];
};

export type BranchInput = {
  /** 300 characters at most. */
  address?: InputMaybe<Scalars['String']['input']>;
  /** Required when creating (lower-cased); fixed afterwards: another one is BRANCH_CODE_FIXED. */
  code?: InputMaybe<Scalars['String']['input']>;
  /** In at least one language, 60 characters at most. */
  name: LocalizedTextInput;
};

export type BulkActionInput = {
  /** SET_FIELDS: attribute values keyed by attribute key (null clears). */
  attributes?: InputMaybe<Scalars['JSON']['input']>;
  kind: BulkActionKind;
  /** ADD_TAGS / REMOVE_TAGS / REPLACE_TAGS. */
  tagIds?: InputMaybe<Array<Scalars['ID']['input']>>;
};

export const BulkActionKind = {
  ACTIVATE: 'ACTIVATE',
  ADD_TAGS: 'ADD_TAGS',
  DEACTIVATE: 'DEACTIVATE',
  DELETE: 'DELETE',
  REMOVE_TAGS: 'REMOVE_TAGS',
  REPLACE_TAGS: 'REPLACE_TAGS',
  SET_FIELDS: 'SET_FIELDS'
} as const;

export type BulkActionKind = typeof BulkActionKind[keyof typeof BulkActionKind];
export type BulkJob = {
  __typename?: 'BulkJob';
  createdAt: Scalars['DateTime']['output'];
  failed: Scalars['Int']['output'];
  /** Set once no run works on it; a job CANCELLED on the Jobs screen may finish its chunk under way first. */
  finishedAt?: Maybe<Scalars['DateTime']['output']>;
  id: Scalars['ID']['output'];
  kind: BulkActionKind;
  /** First problems met (at most 50). */
  problems: Array<BulkJobProblem>;
  processed: Scalars['Int']['output'];
  startedBy: Scalars['String']['output'];
  status: BulkJobStatus;
  /** Customers selected (known once the job starts). */
  total?: Maybe<Scalars['Int']['output']>;
};

export type BulkJobProblem = {
  __typename?: 'BulkJobProblem';
  customerId?: Maybe<Scalars['ID']['output']>;
  /** In English. */
  message: Scalars['String']['output'];
  /** By code: what clients translate. */
  problem?: Maybe<Problem>;
};

export const BulkJobStatus = {
  CANCELLED: 'CANCELLED',
  DONE: 'DONE',
  FAILED: 'FAILED',
  QUEUED: 'QUEUED',
  RUNNING: 'RUNNING'
} as const;

export type BulkJobStatus = typeof BulkJobStatus[keyof typeof BulkJobStatus];
export const CalendarSystem = {
  GREGORIAN: 'GREGORIAN',
  JALALI: 'JALALI'
} as const;

export type CalendarSystem = typeof CalendarSystem[keyof typeof CalendarSystem];
export type CardTabColumn = {
  __typename?: 'CardTabColumn';
  kind: CardTabValueKind;
  label: LocalizedText;
};

/** A card tab's content for one customer. */
export type CardTabContent = {
  __typename?: 'CardTabContent';
  /** Shown when there are no sections. */
  empty?: Maybe<LocalizedText>;
  key: Scalars['String']['output'];
  sections: Array<CardTabSection>;
};

export type CardTabField = {
  __typename?: 'CardTabField';
  label: LocalizedText;
  /** Null: nothing to show (a dash). */
  value?: Maybe<CardTabValue>;
};

export type CardTabRow = {
  __typename?: 'CardTabRow';
  /** One value per column. */
  cells: Array<Maybe<CardTabValue>>;
};

/** A part of a card tab: either fields or a table. */
export type CardTabSection = {
  __typename?: 'CardTabSection';
  fields?: Maybe<Array<CardTabField>>;
  table?: Maybe<CardTabTable>;
  title?: Maybe<LocalizedText>;
};

export type CardTabTable = {
  __typename?: 'CardTabTable';
  columns: Array<CardTabColumn>;
  /** Shown instead of a table without rows. */
  empty?: Maybe<LocalizedText>;
  rows: Array<CardTabRow>;
};

/** A status's colour. */
export const CardTabTone = {
  BAD: 'BAD',
  GOOD: 'GOOD',
  NEUTRAL: 'NEUTRAL',
  WARNING: 'WARNING'
} as const;

export type CardTabTone = typeof CardTabTone[keyof typeof CardTabTone];
/** One value: its kind and the parts of that kind (the others are null). TEXT: text; NUMBER: number; MONEY: number and currency; DATE: date (YYYY-MM-DD); DATETIME: at; LINK: text and either url (http or https) or customerId (a card in the admin); STATUS: text and tone. */
export type CardTabValue = {
  __typename?: 'CardTabValue';
  at?: Maybe<Scalars['DateTime']['output']>;
  currency?: Maybe<Scalars['String']['output']>;
  customerId?: Maybe<Scalars['ID']['output']>;
  date?: Maybe<Scalars['String']['output']>;
  kind: CardTabValueKind;
  number?: Maybe<Scalars['Float']['output']>;
  text?: Maybe<Scalars['String']['output']>;
  tone?: Maybe<CardTabTone>;
  url?: Maybe<Scalars['String']['output']>;
};

/** How a value of a card tab is shown. */
export const CardTabValueKind = {
  DATE: 'DATE',
  DATETIME: 'DATETIME',
  LINK: 'LINK',
  MONEY: 'MONEY',
  NUMBER: 'NUMBER',
  STATUS: 'STATUS',
  TEXT: 'TEXT'
} as const;

export type CardTabValueKind = typeof CardTabValueKind[keyof typeof CardTabValueKind];
export type Category = {
  __typename?: 'Category';
  /** #rrggbb */
  color: Scalars['String']['output'];
  /** Customers in this category. */
  customerCount: Scalars['Int']['output'];
  id: Scalars['ID']['output'];
  name: Scalars['String']['output'];
};

export type CategoryInput = {
  /** #rrggbb */
  color: Scalars['String']['input'];
  name: Scalars['String']['input'];
};

export type ChangeMyPasswordInput = {
  currentPassword: Scalars['String']['input'];
  /** At least 10 characters, different from the current one. */
  newPassword: Scalars['String']['input'];
};

/** A workspace's account with a channel provider. */
export type ChannelAccount = {
  __typename?: 'ChannelAccount';
  createdAt: Scalars['DateTime']['output'];
  enabled: Scalars['Boolean']['output'];
  id: Scalars['ID']['output'];
  /** Messages of its kind go through the default account. */
  isDefault: Scalars['Boolean']['output'];
  kind: Scalars['String']['output'];
  name: Scalars['String']['output'];
  provider: Scalars['String']['output'];
  /** Which secret settings have a value stored (never the values). */
  secretsSet: Array<Scalars['String']['output']>;
  /** The settings that are not secret. */
  settings: Array<ChannelSetting>;
  updatedAt: Scalars['DateTime']['output'];
  /** Where the provider posts delivery reports; null when it sends none. */
  webhookUrl?: Maybe<Scalars['String']['output']>;
};

/** A way of reaching customers an installed module brings. */
export type ChannelProvider = {
  __typename?: 'ChannelProvider';
  /** The consent a customer must hold to receive its messages. */
  consent: Scalars['String']['output'];
  /** What its messages travel as: EMAIL, SMS, TELEGRAM… */
  kind: Scalars['String']['output'];
  label: LocalizedText;
  /** Unique, lower-kebab: smtp, telegram-bot… */
  provider: Scalars['String']['output'];
  /** Whether it posts delivery reports to the account’s webhook. */
  receivesDeliveryReports: Scalars['Boolean']['output'];
  settings: Array<ChannelSettingField>;
};

export type ChannelSetting = {
  __typename?: 'ChannelSetting';
  key: Scalars['String']['output'];
  value: Scalars['String']['output'];
};

export type ChannelSettingChoice = {
  __typename?: 'ChannelSettingChoice';
  label: LocalizedText;
  value: Scalars['String']['output'];
};

/** One setting a provider asks for. */
export type ChannelSettingField = {
  __typename?: 'ChannelSettingField';
  /** The choices with what the form shows for each (the value itself when it has no label). */
  choiceLabels?: Maybe<Array<ChannelSettingChoice>>;
  /** The values allowed, when it is a choice. */
  choices?: Maybe<Array<Scalars['String']['output']>>;
  /** A line under the field: where the value comes from. */
  help?: Maybe<LocalizedText>;
  key: Scalars['String']['output'];
  label: LocalizedText;
  required: Scalars['Boolean']['output'];
  /** Stored encrypted and never read back: the form only writes it. */
  secret: Scalars['Boolean']['output'];
};

export type ChannelSettingInput = {
  key: Scalars['String']['input'];
  /** For a secret: null keeps the stored value, an empty string removes it. */
  value?: InputMaybe<Scalars['String']['input']>;
};

/** Only what is given changes; a new encoding, delimiter or sheet reads the header again. */
export type ConfigureImportInput = {
  applyEarningRules?: InputMaybe<Scalars['Boolean']['input']>;
  attachDuplicates?: InputMaybe<Scalars['Boolean']['input']>;
  columns?: InputMaybe<Array<ImportColumnInput>>;
  delimiter?: InputMaybe<Scalars['String']['input']>;
  encoding?: InputMaybe<Scalars['String']['input']>;
  id: Scalars['ID']['input'];
  matchOn?: InputMaybe<ImportMatchOn>;
  mode?: InputMaybe<ImportMode>;
  sheet?: InputMaybe<Scalars['String']['input']>;
  /** Maps the columns by a saved template's headers. */
  templateId?: InputMaybe<Scalars['ID']['input']>;
};

/** The consent in force at a moment. */
export type ConsentAt = {
  __typename?: 'ConsentAt';
  /** True when the record in force then is a grant. */
  granted: Scalars['Boolean']['output'];
  /** The record in force, if any. */
  record?: Maybe<ConsentRecord>;
};

/** How the customer gave or withdrew a consent. */
export const ConsentCaptureChannel = {
  API: 'API',
  APP: 'APP',
  EMAIL: 'EMAIL',
  IMPORT: 'IMPORT',
  IN_STORE: 'IN_STORE',
  MESSENGER: 'MESSENGER',
  OTHER: 'OTHER',
  PAPER_FORM: 'PAPER_FORM',
  PHONE_CALL: 'PHONE_CALL',
  SMS: 'SMS',
  WEBSITE: 'WEBSITE'
} as const;

export type ConsentCaptureChannel = typeof ConsentCaptureChannel[keyof typeof ConsentCaptureChannel];
export type ConsentChangeInput = {
  /** When the customer did it (not in the future, not before its last record); now when left out. */
  at?: InputMaybe<Scalars['DateTime']['input']>;
  /** How the customer gave or withdrew it. */
  capturedVia: ConsentCaptureChannel;
  customerId: Scalars['ID']['input'];
  kind: ConsentKind;
  /** Where (at most 200 characters). */
  source?: InputMaybe<Scalars['String']['input']>;
};

/** Personal data processing, or marketing through one channel. */
export const ConsentKind = {
  EMAIL: 'EMAIL',
  PERSONAL_DATA: 'PERSONAL_DATA',
  PUSH: 'PUSH',
  SMS: 'SMS',
  TELEGRAM: 'TELEGRAM',
  WHATSAPP: 'WHATSAPP'
} as const;

export type ConsentKind = typeof ConsentKind[keyof typeof ConsentKind];
/** One grant or withdrawal, as recorded; never changed. */
export type ConsentRecord = {
  __typename?: 'ConsentRecord';
  actor: HistoryActor;
  /** When the customer gave or withdrew it. */
  at: Scalars['DateTime']['output'];
  capturedVia: ConsentCaptureChannel;
  granted: Scalars['Boolean']['output'];
  id: Scalars['ID']['output'];
  kind: ConsentKind;
  /** When it was recorded. */
  recordedAt: Scalars['DateTime']['output'];
  /** Where: a store, a form, a campaign… */
  source?: Maybe<Scalars['String']['output']>;
};

export type ConsentRecordPage = {
  __typename?: 'ConsentRecordPage';
  endCursor?: Maybe<Scalars['String']['output']>;
  hasNextPage: Scalars['Boolean']['output'];
  records: Array<ConsentRecord>;
};

export const ConsentState = {
  GRANTED: 'GRANTED',
  NOT_ASKED: 'NOT_ASKED',
  WITHDRAWN: 'WITHDRAWN'
} as const;

export type ConsentState = typeof ConsentState[keyof typeof ConsentState];
export type ContactVerificationInput = {
  contact: VerifiableContact;
  customerId: Scalars['ID']['input'];
  verified: Scalars['Boolean']['input'];
};

export type CreateApiKeyInput = {
  /** None: valid until revoked. */
  expiresAt?: InputMaybe<Scalars['DateTime']['input']>;
  /** Which app uses it, e.g. "Web shop". */
  name: Scalars['String']['input'];
  permissions: Array<Scalars['String']['input']>;
  /** Default 600. */
  requestsPerMinute?: InputMaybe<Scalars['Int']['input']>;
};

export type CreateAttributeDefinitionInput = {
  choices?: InputMaybe<Array<AttributeChoiceInput>>;
  defaultValue?: InputMaybe<Scalars['JSON']['input']>;
  filterable?: Scalars['Boolean']['input'];
  /** A format of the type (attributeFormats). */
  format?: InputMaybe<Scalars['String']['input']>;
  group: Scalars['String']['input'];
  helpText?: InputMaybe<LocalizedTextInput>;
  key: Scalars['String']['input'];
  label: LocalizedTextInput;
  required?: Scalars['Boolean']['input'];
  shownInList?: Scalars['Boolean']['input'];
  type: AttributeType;
  unique?: Scalars['Boolean']['input'];
};

export type CreateCustomerInput = {
  /** Values keyed by attribute key; validated against the attribute definitions. */
  attributes: Scalars['JSON']['input'];
  onDuplicate?: OnDuplicate;
  status?: CustomerStatus;
};

export type CreateRoleInput = {
  /** 2 to 40 of A–Z, 0–9 and _, starting with a letter; fixed once created. */
  key: Scalars['String']['input'];
  name: LocalizedTextInput;
  permissions: Array<Scalars['String']['input']>;
};

export type CreateStaffInput = {
  /** An active branch they record purchases at (and only there); none: any branch. */
  branchId?: InputMaybe<Scalars['ID']['input']>;
  email: Scalars['String']['input'];
  name: Scalars['String']['input'];
  /** A temporary password, at least 10 characters, stored only as an argon2 hash: the person must change it at their first sign-in. */
  password: Scalars['String']['input'];
  /** A role key of the workspace (see `roles`), e.g. OPERATOR. */
  role: Scalars['String']['input'];
};

export type CreatedApiKey = {
  __typename?: 'CreatedApiKey';
  key: ApiKey;
  /** The whole key, for the partner app’s Authorization: Bearer header. Shown only in this answer. */
  secret: Scalars['String']['output'];
};

export type Currency = {
  __typename?: 'Currency';
  /** Digits after the point: 0 for points, 2 for money. */
  decimals: Scalars['Int']['output'];
  id: Scalars['ID']['output'];
  /** What operations name it by: xp, coins, credit… */
  key: Scalars['String']['output'];
  name: LocalizedText;
  position: Scalars['Int']['output'];
  /** False for XP: earned, never spent. */
  spendable: Scalars['Boolean']['output'];
  /** What one unit is worth in the workspace's money. */
  unitValue: Scalars['Float']['output'];
};

export type CurrencyAmount = {
  __typename?: 'CurrencyAmount';
  amount: Scalars['Float']['output'];
  currency: Scalars['String']['output'];
};

export type CurrencyAmountInput = {
  amount: Scalars['Float']['input'];
  /** A currency key: credit, coins… */
  currency: Scalars['String']['input'];
};

/** Amounts in units of the currency, like ledger operations. */
export type CurrencyFlow = {
  __typename?: 'CurrencyFlow';
  currency: Currency;
  /** The part of `spent` that expired. */
  expired: Scalars['Float']['output'];
  /** Sum of the positive operations of the period. */
  issued: Scalars['Float']['output'];
  previousIssued?: Maybe<Scalars['Float']['output']>;
  previousSpent?: Maybe<Scalars['Float']['output']>;
  /** Sum of the negative operations of the period, as a positive amount: spends, expiry, returns, reversals. */
  spent: Scalars['Float']['output'];
};

export type CurrencyInput = {
  /** Required when creating (default 0); fixed afterwards. */
  decimals?: InputMaybe<Scalars['Int']['input']>;
  /** Required when creating; fixed afterwards. */
  key?: InputMaybe<Scalars['String']['input']>;
  name: LocalizedTextInput;
  position?: InputMaybe<Scalars['Int']['input']>;
  spendable?: InputMaybe<Scalars['Boolean']['input']>;
  unitValue: Scalars['Float']['input'];
};

export type Customer = {
  __typename?: 'Customer';
  /** What the analytics tab shows. */
  analytics: CustomerAnalytics;
  /** Every attribute value (system and custom) keyed by attribute key. Dates are YYYY-MM-DD, date-times ISO 8601, phones E.164. */
  attributes: Scalars['JSON']['output'];
  /** Every currency of the workspace, zero included. */
  balances: Array<Balance>;
  cardNumber?: Maybe<Scalars['String']['output']>;
  category?: Maybe<Category>;
  /** Child profiles of this customer, oldest first. */
  childProfiles: Array<Customer>;
  /** Grants and withdrawals, newest first. */
  consentHistory: ConsentRecordPage;
  /** Every consent kind with its current state (NOT_ASKED when nothing is recorded). */
  consents: Array<CustomerConsent>;
  createdAt: Scalars['DateTime']['output'];
  displayName: Scalars['String']['output'];
  email?: Maybe<Scalars['String']['output']>;
  /** Values of computed customer fields (customerFields whose source is a module or plugin, e.g. balance_coins) by key. */
  fieldValues: Scalars['JSON']['output'];
  firstName?: Maybe<Scalars['String']['output']>;
  /** The customer's manual groups, by name. */
  groups: Array<CustomerGroup>;
  /** Everything that happened to the customer, newest first. */
  history: HistoryEventConnection;
  id: Scalars['ID']['output'];
  lastName?: Maybe<Scalars['String']['output']>;
  /** Ledger operations, newest first; from inclusive, to exclusive. */
  ledger: LedgerOperationConnection;
  /** The customer's cards reported lost, newest first. */
  lostCards: Array<LostCard>;
  /** Set on a child profile (attached on arrival or merged): its main profile. A child is not listed or counted as a customer. */
  mainCustomerId?: Maybe<Scalars['ID']['output']>;
  /** On a merged-away profile: the merge that made it a child (unmerge it until undoUntil). */
  merge?: Maybe<CustomerMergeType>;
  mobile?: Maybe<Scalars['String']['output']>;
  /** A short number, 1, 2, 3… per workspace in the order customers were created; found by search. */
  number: Scalars['Int']['output'];
  /** Purchase totals, the opening total included. */
  purchaseSummary: PurchaseSummary;
  /** Purchases, newest first; from inclusive, to exclusive. */
  purchases: PurchaseConnection;
  /** Live customers this customer referred, newest first (500 at most). */
  referredCustomers: Array<Customer>;
  /** Customers this customer referred, newest first (500 at most). */
  referredIds: Array<Scalars['ID']['output']>;
  /** Who referred this customer (a live customer). */
  referrer?: Maybe<Customer>;
  /** Who referred this customer. */
  referrerId?: Maybe<Scalars['ID']['output']>;
  /** Typed links with other live customers, from this customer’s side, oldest first. */
  relations: Array<CustomerRelation>;
  /** Recency, frequency and monetary scores and segment; null for a customer without purchases, or with purchases not scored yet (RFM is recomputed on a schedule). */
  rfm?: Maybe<Rfm>;
  /** Every source this person arrived from (the main profile and its children), first arrival marked. */
  sources: Array<CustomerSourceType>;
  status: CustomerStatus;
  tags: Array<Tag>;
  /** The customer's tier, manual floor and progress. */
  tier: CustomerTier;
  updatedAt: Scalars['DateTime']['output'];
  verification: CustomerVerification;
};


export type CustomerConsentHistoryArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: Scalars['Int']['input'];
  kinds?: InputMaybe<Array<ConsentKind>>;
};


export type CustomerFieldValuesArgs = {
  keys: Array<Scalars['String']['input']>;
};


export type CustomerHistoryArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: Scalars['Int']['input'];
  from?: InputMaybe<Scalars['DateTime']['input']>;
  to?: InputMaybe<Scalars['DateTime']['input']>;
  types?: InputMaybe<Array<HistoryEventType>>;
};


export type CustomerLedgerArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  currency?: InputMaybe<Scalars['String']['input']>;
  first?: Scalars['Int']['input'];
  from?: InputMaybe<Scalars['DateTime']['input']>;
  kinds?: InputMaybe<Array<LedgerOperationKind>>;
  to?: InputMaybe<Scalars['DateTime']['input']>;
};


export type CustomerPurchasesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  branch?: InputMaybe<Scalars['String']['input']>;
  first?: Scalars['Int']['input'];
  from?: InputMaybe<Scalars['DateTime']['input']>;
  to?: InputMaybe<Scalars['DateTime']['input']>;
};

/** Profile completeness, lifecycle stage, purchases and balances per month, RFM history. */
export type CustomerAnalytics = {
  __typename?: 'CustomerAnalytics';
  /** Per currency the customer holds, the balance at the end of each month, from the ledger. */
  balanceByMonth: Array<BalanceSeries>;
  completeness: ProfileCompleteness;
  lifecycle: CustomerLifecycle;
  /** Purchases per month of the calendar, the current month last (no purchase: zeros). */
  purchasesByMonth: Array<PurchaseMonth>;
  /** RFM segments the customer entered, newest first (written by every recomputation). */
  rfmHistory: Array<RfmSegmentChange>;
};


/** Profile completeness, lifecycle stage, purchases and balances per month, RFM history. */
export type CustomerAnalyticsBalanceByMonthArgs = {
  calendar?: CalendarSystem;
  months?: Scalars['Int']['input'];
};


/** Profile completeness, lifecycle stage, purchases and balances per month, RFM history. */
export type CustomerAnalyticsPurchasesByMonthArgs = {
  calendar?: CalendarSystem;
  months?: Scalars['Int']['input'];
};

/** A tab a module adds to the customer card. */
export type CustomerCardTab = {
  __typename?: 'CustomerCardTab';
  /** Unique across modules; what customerCardTab asks for. */
  key: Scalars['String']['output'];
  label: LocalizedText;
  /** The module that brings the tab. */
  module: Scalars['String']['output'];
  order: Scalars['Int']['output'];
};

export type CustomerConnection = {
  __typename?: 'CustomerConnection';
  edges: Array<CustomerEdge>;
  pageInfo: PageInfo;
  /** Exact number of matching customers; counted only when asked. */
  totalCount: Scalars['Int']['output'];
};

/** A consent's current state, from its latest record. */
export type CustomerConsent = {
  __typename?: 'CustomerConsent';
  kind: ConsentKind;
  record?: Maybe<ConsentRecord>;
  state: ConsentState;
};

export type CustomerEdge = {
  __typename?: 'CustomerEdge';
  cursor: Scalars['String']['output'];
  node: Customer;
};

/** A customer export: a background job whose file only its requester can download. */
export type CustomerExport = {
  __typename?: 'CustomerExport';
  columns: Array<Scalars['String']['output']>;
  createdAt: Scalars['DateTime']['output'];
  /** Customers written so far. */
  done: Scalars['Int']['output'];
  /** GET this path with your session to download the file (requester only, until expiresAt). */
  downloadPath?: Maybe<Scalars['String']['output']>;
  expiresAt?: Maybe<Scalars['DateTime']['output']>;
  fileName?: Maybe<Scalars['String']['output']>;
  /** Bytes. */
  fileSize?: Maybe<Scalars['Int']['output']>;
  finishedAt?: Maybe<Scalars['DateTime']['output']>;
  format: ExportFormat;
  id: Scalars['ID']['output'];
  problem?: Maybe<Problem>;
  requestedBy: Scalars['String']['output'];
  state: ExportState;
  /** Customers selected (known once the job starts). */
  total?: Maybe<Scalars['Int']['output']>;
};

export type CustomerExportInput = {
  /** Keys of customerFields or attributes, in order; each must be readable by your role. */
  columns: Array<Scalars['String']['input']>;
  dateStyle?: ExportDateStyle;
  delimiter?: ExportDelimiter;
  format: ExportFormat;
  /** The list (filter/search), a segment (segmentId), listed ids or all: true. */
  selection: CustomerSelection;
};

export type CustomerField = {
  __typename?: 'CustomerField';
  attributeType?: Maybe<AttributeType>;
  /** For CHOICE and MULTI fields (tags: value is the tag id). */
  choices: Array<FieldChoice>;
  /** For a NUMBER field: the digits to show after the point (a balance: its currency’s). */
  decimals?: Maybe<Scalars['Int']['output']>;
  key: Scalars['String']['output'];
  kind: FieldKind;
  label: LocalizedText;
  /** The operators that fit this field, in picker order. */
  operators: Array<FilterOperator>;
  sortable: Scalars['Boolean']['output'];
  /** attribute, system, or the name of the module that registered it. */
  source: Scalars['String']['output'];
};

/** A group of conditions and nested groups combined with AND or OR; not negates the group. Limits: 5 levels deep, 20 items per group, 50 conditions, 100 values per list, 500 characters per text. */
export type CustomerFilter = {
  conditions?: InputMaybe<Array<FilterConditionInput>>;
  groups?: InputMaybe<Array<CustomerFilter>>;
  not?: InputMaybe<Scalars['Boolean']['input']>;
  op: FilterGroupOp;
};

export type CustomerGroup = {
  __typename?: 'CustomerGroup';
  createdAt: Scalars['DateTime']['output'];
  description: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  /** Live customers in the group. */
  memberCount: Scalars['Int']['output'];
  name: Scalars['String']['output'];
};

export type CustomerGroupInput = {
  description?: InputMaybe<Scalars['String']['input']>;
  name: Scalars['String']['input'];
};

export type CustomerLifecycle = {
  __typename?: 'CustomerLifecycle';
  /** When the customer joined (the profile was created). */
  joinedAt: Scalars['DateTime']['output'];
  lastPurchaseAt?: Maybe<Scalars['DateTime']['output']>;
  /** The rules the stage was found by. */
  rules: LifecycleRules;
  stage: LifecycleStage;
};

export type CustomerMergeType = {
  __typename?: 'CustomerMergeType';
  id: Scalars['ID']['output'];
  mainCustomerId: Scalars['ID']['output'];
  mergedAt: Scalars['DateTime']['output'];
  mergedCustomerId: Scalars['ID']['output'];
  moved: MergeCountsType;
  /** Until when unmerge is allowed. */
  undoUntil: Scalars['DateTime']['output'];
};

/** A relation as the customer whose card shows it sees it. */
export type CustomerRelation = {
  __typename?: 'CustomerRelation';
  createdAt: Scalars['DateTime']['output'];
  id: Scalars['ID']['output'];
  /** What the related customer is to this one. */
  label: LocalizedText;
  related: Customer;
  type: RelationType;
};

export type CustomerRequest = {
  __typename?: 'CustomerRequest';
  answer?: Maybe<Scalars['String']['output']>;
  answeredAt?: Maybe<Scalars['DateTime']['output']>;
  answeredBy?: Maybe<HistoryActor>;
  createdAt: Scalars['DateTime']['output'];
  customerId: Scalars['ID']['output'];
  /** The customer's first and last name. */
  customerName: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  status: CustomerRequestStatus;
  subject: Scalars['String']['output'];
  text: Scalars['String']['output'];
  updatedAt: Scalars['DateTime']['output'];
};

export type CustomerRequestConnection = {
  __typename?: 'CustomerRequestConnection';
  edges: Array<CustomerRequestEdge>;
  pageInfo: PageInfo;
};

export type CustomerRequestEdge = {
  __typename?: 'CustomerRequestEdge';
  cursor: Scalars['String']['output'];
  node: CustomerRequest;
};

/** OPEN until staff answer it, ANSWERED (answers may be corrected), CLOSED (no more answers). */
export const CustomerRequestStatus = {
  ANSWERED: 'ANSWERED',
  CLOSED: 'CLOSED',
  OPEN: 'OPEN'
} as const;

export type CustomerRequestStatus = typeof CustomerRequestStatus[keyof typeof CustomerRequestStatus];
/** Exactly one of: ids, or a question (filter/search/segmentId), or all: true. */
export type CustomerSelection = {
  all?: InputMaybe<Scalars['Boolean']['input']>;
  filter?: InputMaybe<CustomerFilter>;
  ids?: InputMaybe<Array<Scalars['ID']['input']>>;
  search?: InputMaybe<Array<Scalars['String']['input']>>;
  segmentId?: InputMaybe<Scalars['ID']['input']>;
};

export type CustomerSortInput = {
  direction: SortDirection;
  /** A sortable field key (see customerFields), e.g. createdAt or an attribute key. */
  field: Scalars['String']['input'];
};

/** Where a profile of this person came from; the first arrival is marked. */
export type CustomerSourceType = {
  __typename?: 'CustomerSourceType';
  arrivedAt: Scalars['DateTime']['output'];
  /** A child profile (attached on arrival or merged). */
  child: Scalars['Boolean']['output'];
  /** The profile (the main itself or a child). */
  customerId: Scalars['ID']['output'];
  /** The first source this person came from. */
  first: Scalars['Boolean']['output'];
  source?: Maybe<Scalars['String']['output']>;
  subSource?: Maybe<Scalars['String']['output']>;
};

export const CustomerStatus = {
  ACTIVE: 'ACTIVE',
  /** Personal data erased on request (eraseCustomer): the profile no longer changes. */
  ERASED: 'ERASED',
  INACTIVE: 'INACTIVE'
} as const;

export type CustomerStatus = typeof CustomerStatus[keyof typeof CustomerStatus];
export type CustomerTier = {
  __typename?: 'CustomerTier';
  /** The floor set by staff: the customer never sits below it. */
  manualTier?: Maybe<Tier>;
  /** Measures over the window and what the next tier needs. */
  progress: TierProgress;
  /** PERIOD_END: when the tier is re-evaluated. */
  reviewAt?: Maybe<Scalars['DateTime']['output']>;
  /** When the current tier was reached. */
  since?: Maybe<Scalars['DateTime']['output']>;
  tier?: Maybe<Tier>;
};

export type CustomerVerification = {
  __typename?: 'CustomerVerification';
  emailVerified: Scalars['Boolean']['output'];
  phoneVerified: Scalars['Boolean']['output'];
  status: VerificationStatus;
  verifiedAt?: Maybe<Scalars['DateTime']['output']>;
  /** Who verified it last. */
  verifiedBy?: Maybe<Scalars['String']['output']>;
};

/** Figures of a period [from, to) against the one before, series per bucket, tier and RFM shares, best customers. */
export type Dashboard = {
  __typename?: 'Dashboard';
  /** Customers with a purchase in the period. */
  activeMembers: ReportFigure;
  /** When the figures come from the analytics replica (PATRON_ANALYTICS_DATABASE_URL): the moment they are current as of, when the first change the replica has not applied yet was made (now when it has them all). Null when they are read from the main database, live. */
  asOf?: Maybe<Scalars['DateTime']['output']>;
  /** revenue / purchases (0 without purchases). */
  averagePurchase: ReportMoneyFigure;
  /** Per currency of the workspace, in display order. */
  balances: Array<CurrencyFlow>;
  /** The calendar of the buckets and labels. */
  calendar: CalendarSystem;
  from: Scalars['DateTime']['output'];
  /** Live customers (main profiles) at `to`. */
  members: ReportFigure;
  /** Profiles created in the period and live at its end. */
  newMembers: ReportFigure;
  previousFrom?: Maybe<Scalars['DateTime']['output']>;
  previousTo?: Maybe<Scalars['DateTime']['output']>;
  /** Purchases recorded in the period (pending ones too). */
  purchases: ReportFigure;
  /** Customers with two purchases or more in the period. */
  repeatCustomers: ReportFigure;
  /** Purchase amounts net of returns. */
  revenue: ReportMoneyFigure;
  /** Live customers per RFM segment of the last recomputation, then those not scored. */
  rfmSegments: Array<RfmShare>;
  /** One per bucket of the period, in order; no gaps. */
  series: Array<ReportBucket>;
  /** Live customers per tier now, lowest first, then in none. */
  tiers: Array<TierShare>;
  /** The workspace's time zone the buckets were cut in. */
  timeZone: Scalars['String']['output'];
  to: Scalars['DateTime']['output'];
  /** Live customers by revenue in the period (names are personal data: needs customers.read too). */
  topCustomers: Array<TopCustomer>;
  /** Products and services that brought most money in the period (net of returns), then most sold; needs products.read too. */
  topProducts: Array<ProductSales>;
};


/** Figures of a period [from, to) against the one before, series per bucket, tier and RFM shares, best customers. */
export type DashboardTopCustomersArgs = {
  first?: Scalars['Int']['input'];
};


/** Figures of a period [from, to) against the one before, series per bucket, tier and RFM shares, best customers. */
export type DashboardTopProductsArgs = {
  first?: Scalars['Int']['input'];
};

export type DashboardInput = {
  /** Months, weeks and labels in this calendar; default: the staff member's preference. */
  calendar?: InputMaybe<CalendarSystem>;
  /** Also figure the period of the same length just before (the `previous` values). */
  compare?: InputMaybe<Scalars['Boolean']['input']>;
  /** The period starts here (included). */
  from: Scalars['DateTime']['input'];
  /** DAY allows at most 400 days. */
  granularity: ReportGranularity;
  /** The period ends here (excluded); at most 3 years after `from`. */
  to: Scalars['DateTime']['input'];
};

/** NEVER: a tier once reached is kept. IMMEDIATE: the tier follows the measures at every evaluation. PERIOD_END: a tier is kept at least periodMonths from when it was reached, then re-evaluated. */
export const DowngradePolicy = {
  IMMEDIATE: 'IMMEDIATE',
  NEVER: 'NEVER',
  PERIOD_END: 'PERIOD_END'
} as const;

export type DowngradePolicy = typeof DowngradePolicy[keyof typeof DowngradePolicy];
export type DuplicateCandidatesPage = {
  __typename?: 'DuplicateCandidatesPage';
  counts: Array<DuplicateReasonCount>;
  groups: Array<DuplicateGroupType>;
  /** When the candidates were last computed (a background job, about a minute after customers change). */
  refreshedAt?: Maybe<Scalars['DateTime']['output']>;
  totalCount: Scalars['Int']['output'];
};

export type DuplicateGroupType = {
  __typename?: 'DuplicateGroupType';
  customers: Array<Customer>;
  /** The shared email or birth date. */
  key: Scalars['String']['output'];
  reason: DuplicateReason;
  /** 100 for a shared email; names: similarity × 90. Higher first. */
  score: Scalars['Float']['output'];
};

/** Why customers may be one person. */
export const DuplicateReason = {
  /** The same email address. */
  EMAIL: 'EMAIL',
  /** Similar names (trigram similarity) and the same birth date. */
  NAME_BIRTH_DATE: 'NAME_BIRTH_DATE'
} as const;

export type DuplicateReason = typeof DuplicateReason[keyof typeof DuplicateReason];
export type DuplicateReasonCount = {
  __typename?: 'DuplicateReasonCount';
  count: Scalars['Int']['output'];
  reason: DuplicateReason;
};

export type EditNoteInput = {
  body: Scalars['String']['input'];
};

export type EmailDomainCount = {
  __typename?: 'EmailDomainCount';
  customers: Scalars['Int']['output'];
  domain: Scalars['String']['output'];
};

export type ErasedCustomer = {
  __typename?: 'ErasedCustomer';
  customerId: Scalars['ID']['output'];
  /** History events whose personal values were dropped. */
  historyEvents: Scalars['Int']['output'];
  /** The customer and its child profiles. */
  profiles: Scalars['Int']['output'];
};

/** CALENDAR: the requester's calendar (Jalali YYYY/MM/DD or Gregorian YYYY-MM-DD) in the workspace's time zone; ISO: ISO 8601, instants in UTC. */
export const ExportDateStyle = {
  CALENDAR: 'CALENDAR',
  ISO: 'ISO'
} as const;

export type ExportDateStyle = typeof ExportDateStyle[keyof typeof ExportDateStyle];
/** CSV only. */
export const ExportDelimiter = {
  COMMA: 'COMMA',
  SEMICOLON: 'SEMICOLON',
  TAB: 'TAB'
} as const;

export type ExportDelimiter = typeof ExportDelimiter[keyof typeof ExportDelimiter];
export const ExportFormat = {
  CSV: 'CSV',
  XLSX: 'XLSX'
} as const;

export type ExportFormat = typeof ExportFormat[keyof typeof ExportFormat];
export const ExportState = {
  CANCELLED: 'CANCELLED',
  DONE: 'DONE',
  FAILED: 'FAILED',
  QUEUED: 'QUEUED',
  RUNNING: 'RUNNING'
} as const;

export type ExportState = typeof ExportState[keyof typeof ExportState];
export type FieldChange = {
  __typename?: 'FieldChange';
  /** True when the values were dropped because the customer's personal data was erased. */
  erased: Scalars['Boolean']['output'];
  key: Scalars['String']['output'];
  newValue?: Maybe<Scalars['JSON']['output']>;
  oldValue?: Maybe<Scalars['JSON']['output']>;
};

export type FieldChoice = {
  __typename?: 'FieldChoice';
  label: LocalizedText;
  value: Scalars['String']['output'];
};

export const FieldKind = {
  BOOLEAN: 'BOOLEAN',
  CHOICE: 'CHOICE',
  DATE: 'DATE',
  DATETIME: 'DATETIME',
  MULTI: 'MULTI',
  NUMBER: 'NUMBER',
  TEXT: 'TEXT'
} as const;

export type FieldKind = typeof FieldKind[keyof typeof FieldKind];
export type FilterConditionInput = {
  field: Scalars['String']['input'];
  operator: FilterOperator;
  value?: InputMaybe<Scalars['JSON']['input']>;
};

export const FilterGroupOp = {
  AND: 'AND',
  OR: 'OR'
} as const;

export type FilterGroupOp = typeof FilterGroupOp[keyof typeof FilterGroupOp];
export const FilterOperator = {
  AFTER: 'AFTER',
  /** The date is in a month of the year: value { month: 1–12, calendar: "gregorian" (default) or "jalali" }. */
  ANNIVERSARY_IN_MONTH: 'ANNIVERSARY_IN_MONTH',
  /** The day and month fell within the last N days, today included (value: 1–365). */
  ANNIVERSARY_LAST_DAYS: 'ANNIVERSARY_LAST_DAYS',
  /** The day and month fall within the next N days, today included (value: 1–365); runs over the new year. 29 February counts as 28 February in other years. */
  ANNIVERSARY_NEXT_DAYS: 'ANNIVERSARY_NEXT_DAYS',
  /** The date's day and month is today (in the workspace's time zone). */
  ANNIVERSARY_TODAY: 'ANNIVERSARY_TODAY',
  BEFORE: 'BEFORE',
  BETWEEN: 'BETWEEN',
  CONTAINS: 'CONTAINS',
  EQ: 'EQ',
  FILLED: 'FILLED',
  GT: 'GT',
  GTE: 'GTE',
  HAS_ALL: 'HAS_ALL',
  HAS_ANY: 'HAS_ANY',
  HAS_NONE: 'HAS_NONE',
  IN: 'IN',
  LAST_DAYS: 'LAST_DAYS',
  LT: 'LT',
  LTE: 'LTE',
  NEQ: 'NEQ',
  NEXT_DAYS: 'NEXT_DAYS',
  NOT_FILLED: 'NOT_FILLED',
  NOT_IN: 'NOT_IN',
  STARTS_WITH: 'STARTS_WITH'
} as const;

export type FilterOperator = typeof FilterOperator[keyof typeof FilterOperator];
/** A gift card: a code worth a value of a currency, redeemed once. */
export type GiftCard = {
  __typename?: 'GiftCard';
  batchId: Scalars['ID']['output'];
  batchNumber: Scalars['Int']['output'];
  /** Blocked by staff (a redeemed card shows REDEEMED whatever this says). */
  blocked: Scalars['Boolean']['output'];
  /** 12 characters grouped as printed: XXXX-XXXX-XXXX. */
  code: Scalars['String']['output'];
  createdAt: Scalars['DateTime']['output'];
  /** The key of the currency it credits. */
  currency: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  /** The note of its batch. */
  note: Scalars['String']['output'];
  /** Redeemable until then; null: no limit. */
  redeemBy?: Maybe<Scalars['DateTime']['output']>;
  redeemedAt?: Maybe<Scalars['DateTime']['output']>;
  /** Who redeemed it (a staff member or an API key). */
  redeemedByName?: Maybe<Scalars['String']['output']>;
  /** The customer it was redeemed onto. */
  redeemedCustomerId?: Maybe<Scalars['ID']['output']>;
  status: GiftCardStatus;
  /** In units of the currency. */
  value: Scalars['Float']['output'];
};

/** Gift cards issued in one call: all alike but for their codes. */
export type GiftCardBatch = {
  __typename?: 'GiftCardBatch';
  cardCount: Scalars['Int']['output'];
  /** Its cards’ codes, grouped as printed, in code order. */
  codes: Array<Scalars['String']['output']>;
  createdAt: Scalars['DateTime']['output'];
  createdByName: Scalars['String']['output'];
  currency: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  note: Scalars['String']['output'];
  /** Numbered 1, 2, 3… in the workspace. */
  number: Scalars['Int']['output'];
  redeemBy?: Maybe<Scalars['DateTime']['output']>;
  redeemedCount: Scalars['Int']['output'];
  value: Scalars['Float']['output'];
};

export type GiftCardPage = {
  __typename?: 'GiftCardPage';
  nodes: Array<GiftCard>;
  totalCount: Scalars['Int']['output'];
};

/** ACTIVE: can be redeemed; REDEEMED: credited to a customer; BLOCKED: stopped by staff; EXPIRED: past its redeem-by date. */
export const GiftCardStatus = {
  ACTIVE: 'ACTIVE',
  BLOCKED: 'BLOCKED',
  EXPIRED: 'EXPIRED',
  REDEEMED: 'REDEEMED'
} as const;

export type GiftCardStatus = typeof GiftCardStatus[keyof typeof GiftCardStatus];
/** Exactly one of: ids (at most 1000), or a question (filter/search/segmentId). */
export type GroupMemberSelection = {
  filter?: InputMaybe<CustomerFilter>;
  ids?: InputMaybe<Array<Scalars['ID']['input']>>;
  search?: InputMaybe<Array<Scalars['String']['input']>>;
  segmentId?: InputMaybe<Scalars['ID']['input']>;
};

export type GroupMembershipResult = {
  __typename?: 'GroupMembershipResult';
  /** Customers added (or removed); those already so are not counted. */
  changed: Scalars['Int']['output'];
};

export type HistoryActor = {
  __typename?: 'HistoryActor';
  id?: Maybe<Scalars['ID']['output']>;
  /** staff, apiKey (a partner app), plugin or system */
  kind: Scalars['String']['output'];
  name: Scalars['String']['output'];
};

export type HistoryEvent = {
  __typename?: 'HistoryEvent';
  actor: HistoryActor;
  changes: Array<FieldChange>;
  id: Scalars['ID']['output'];
  occurredAt: Scalars['DateTime']['output'];
  type: HistoryEventType;
};

export type HistoryEventConnection = {
  __typename?: 'HistoryEventConnection';
  edges: Array<HistoryEventEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type HistoryEventEdge = {
  __typename?: 'HistoryEventEdge';
  cursor: Scalars['String']['output'];
  node: HistoryEvent;
};

/** What happened to a customer; each module declares the types it writes. */
export const HistoryEventType = {
  BALANCE_CHANGED: 'BALANCE_CHANGED',
  CARD_REISSUED: 'CARD_REISSUED',
  CATEGORY_CHANGED: 'CATEGORY_CHANGED',
  CONSENT_GRANTED: 'CONSENT_GRANTED',
  CONSENT_WITHDRAWN: 'CONSENT_WITHDRAWN',
  CONTACT_VERIFICATION_CHANGED: 'CONTACT_VERIFICATION_CHANGED',
  CUSTOMER_ACTIVATED: 'CUSTOMER_ACTIVATED',
  CUSTOMER_CREATED: 'CUSTOMER_CREATED',
  CUSTOMER_DEACTIVATED: 'CUSTOMER_DEACTIVATED',
  CUSTOMER_DELETED: 'CUSTOMER_DELETED',
  CUSTOMER_ERASED: 'CUSTOMER_ERASED',
  CUSTOMER_MERGED: 'CUSTOMER_MERGED',
  CUSTOMER_MERGED_INTO: 'CUSTOMER_MERGED_INTO',
  CUSTOMER_PROFILE_ATTACHED: 'CUSTOMER_PROFILE_ATTACHED',
  CUSTOMER_REQUEST_ANSWERED: 'CUSTOMER_REQUEST_ANSWERED',
  CUSTOMER_REQUEST_CLOSED: 'CUSTOMER_REQUEST_CLOSED',
  CUSTOMER_REQUEST_SENT: 'CUSTOMER_REQUEST_SENT',
  CUSTOMER_TAGGED: 'CUSTOMER_TAGGED',
  CUSTOMER_UNCONFIRMED: 'CUSTOMER_UNCONFIRMED',
  CUSTOMER_UNMERGED: 'CUSTOMER_UNMERGED',
  CUSTOMER_UPDATED: 'CUSTOMER_UPDATED',
  CUSTOMER_VERIFIED: 'CUSTOMER_VERIFIED',
  GIFT_CARD_REDEEMED: 'GIFT_CARD_REDEEMED',
  GROUPS_CHANGED: 'GROUPS_CHANGED',
  MESSAGE_CLICKED: 'MESSAGE_CLICKED',
  MESSAGE_DELIVERED: 'MESSAGE_DELIVERED',
  MESSAGE_FAILED: 'MESSAGE_FAILED',
  MESSAGE_OPENED: 'MESSAGE_OPENED',
  MESSAGE_SENT: 'MESSAGE_SENT',
  NOTE_ADDED: 'NOTE_ADDED',
  NOTE_DELETED: 'NOTE_DELETED',
  NOTE_EDITED: 'NOTE_EDITED',
  PURCHASE_RECORDED: 'PURCHASE_RECORDED',
  PURCHASE_RETURNED: 'PURCHASE_RETURNED',
  REFERRAL_CLEARED: 'REFERRAL_CLEARED',
  REFERRAL_RECORDED: 'REFERRAL_RECORDED',
  RELATION_ADDED: 'RELATION_ADDED',
  RELATION_REMOVED: 'RELATION_REMOVED',
  RFM_CHANGED: 'RFM_CHANGED',
  SELF_SERVICE_INVITED: 'SELF_SERVICE_INVITED',
  SELF_SERVICE_PASSWORD_SET: 'SELF_SERVICE_PASSWORD_SET',
  SELF_SERVICE_SIGNED_IN: 'SELF_SERVICE_SIGNED_IN',
  TIER_CHANGED: 'TIER_CHANGED'
} as const;

export type HistoryEventType = typeof HistoryEventType[keyof typeof HistoryEventType];
/** Bringing customers, purchase history or points and balance history in from a CSV or XLSX file. */
export type Import = {
  __typename?: 'Import';
  /** PURCHASES: whether earning rules give points for the imported purchases. */
  applyEarningRules: Scalars['Boolean']['output'];
  /** CUSTOMERS: a new row whose mobile or email a live customer has becomes that customer’s child profile (ATTACH) instead of a new customer or a refused row. */
  attachDuplicates: Scalars['Boolean']['output'];
  columns: Array<ImportColumn>;
  counts: ImportCounts;
  createdAt: Scalars['DateTime']['output'];
  /** CSV: , ; | or a tab. */
  delimiter?: Maybe<Scalars['String']['output']>;
  /** CSV: utf-8, utf-16le, utf-16be, windows-1251 or windows-1256. */
  encoding?: Maybe<Scalars['String']['output']>;
  fileName: Scalars['String']['output'];
  finishedAt?: Maybe<Scalars['DateTime']['output']>;
  format: ImportFormat;
  id: Scalars['ID']['output'];
  kind: ImportKind;
  matchOn: ImportMatchOn;
  mode: ImportMode;
  /** Why the file cannot be read, or why the run failed. */
  problem?: Maybe<Problem>;
  progress: ImportProgress;
  /** The rows not imported as CSV, downloaded from GET /files/:id. */
  reportFileId?: Maybe<Scalars['ID']['output']>;
  /** XLSX: the sheet read. */
  sheet?: Maybe<Scalars['String']['output']>;
  /** XLSX: every sheet of the workbook. */
  sheets: Array<Scalars['String']['output']>;
  startedAt?: Maybe<Scalars['DateTime']['output']>;
  state: ImportState;
};

/** A column of the file and what it is imported into (target null: the column is skipped). */
export type ImportColumn = {
  __typename?: 'ImportColumn';
  header: Scalars['String']['output'];
  /** From 0, left to right. */
  index: Scalars['Int']['output'];
  /** The first values of the column, as written in the file. */
  samples: Array<Scalars['String']['output']>;
  /** An importTargets key, or null to skip the column. */
  target?: Maybe<Scalars['String']['output']>;
};

export type ImportColumnInput = {
  index: Scalars['Int']['input'];
  target?: InputMaybe<Scalars['String']['input']>;
};

export type ImportConnection = {
  __typename?: 'ImportConnection';
  edges: Array<ImportEdge>;
  pageInfo: PageInfo;
};

export type ImportCounts = {
  __typename?: 'ImportCounts';
  /** Attached as a child of a main profile (duplicates); 0 until that exists. */
  attached: Scalars['Int']['output'];
  created: Scalars['Int']['output'];
  invalid: Scalars['Int']['output'];
  /** Rows read so far (all of them once done). */
  rows: Scalars['Int']['output'];
  /** Nothing to change, or left out by the mode. */
  skipped: Scalars['Int']['output'];
  updated: Scalars['Int']['output'];
};

export type ImportEdge = {
  __typename?: 'ImportEdge';
  cursor: Scalars['String']['output'];
  node: Import;
};

export const ImportFormat = {
  CSV: 'CSV',
  XLSX: 'XLSX'
} as const;

export type ImportFormat = typeof ImportFormat[keyof typeof ImportFormat];
/** CUSTOMERS; PURCHASES (purchase history); OPERATIONS (points and balance history: ledger operations with their dates). */
export const ImportKind = {
  CUSTOMERS: 'CUSTOMERS',
  OPERATIONS: 'OPERATIONS',
  PURCHASES: 'PURCHASES'
} as const;

export type ImportKind = typeof ImportKind[keyof typeof ImportKind];
export const ImportMatchOn = {
  CARD_NUMBER: 'CARD_NUMBER',
  EMAIL: 'EMAIL',
  EXTERNAL_ID: 'EXTERNAL_ID',
  MOBILE: 'MOBILE'
} as const;

export type ImportMatchOn = typeof ImportMatchOn[keyof typeof ImportMatchOn];
export const ImportMode = {
  CREATE_ONLY: 'CREATE_ONLY',
  CREATE_OR_UPDATE: 'CREATE_OR_UPDATE',
  UPDATE_ONLY: 'UPDATE_ONLY'
} as const;

export type ImportMode = typeof ImportMode[keyof typeof ImportMode];
export type ImportPreview = {
  __typename?: 'ImportPreview';
  /** Outcomes of the previewed rows only. */
  counts: ImportCounts;
  /** Points and balance history (OPERATIONS) whose previewed rows are not oldest first: the run applies them by date (ties in file order), whatever the order of the file. Always false for other kinds. */
  outOfDateOrder: Scalars['Boolean']['output'];
  rows: Array<ImportPreviewRow>;
};

export type ImportPreviewCell = {
  __typename?: 'ImportPreviewCell';
  header: Scalars['String']['output'];
  index: Scalars['Int']['output'];
  problem?: Maybe<Problem>;
  /** As it will be stored (a phone in E.164, a date in ISO). */
  value?: Maybe<Scalars['String']['output']>;
};

export type ImportPreviewRow = {
  __typename?: 'ImportPreviewRow';
  cells: Array<ImportPreviewCell>;
  line: Scalars['Int']['output'];
  outcome: ImportRowOutcome;
  /** Why the whole row is left out (SKIP, INVALID). */
  problem?: Maybe<Problem>;
};

export type ImportProgress = {
  __typename?: 'ImportProgress';
  done: Scalars['Int']['output'];
  /** Rows of the file; known once the run has counted them. */
  total?: Maybe<Scalars['Int']['output']>;
};

export const ImportRowOutcome = {
  ATTACH: 'ATTACH',
  INVALID: 'INVALID',
  NEW: 'NEW',
  SKIP: 'SKIP',
  UPDATE: 'UPDATE'
} as const;

export type ImportRowOutcome = typeof ImportRowOutcome[keyof typeof ImportRowOutcome];
export const ImportState = {
  CANCELLED: 'CANCELLED',
  DONE: 'DONE',
  FAILED: 'FAILED',
  MAPPING: 'MAPPING',
  QUEUED: 'QUEUED',
  RUNNING: 'RUNNING'
} as const;

export type ImportState = typeof ImportState[keyof typeof ImportState];
/** Something a column can be imported into. */
export type ImportTarget = {
  __typename?: 'ImportTarget';
  group: Scalars['String']['output'];
  /** An attribute key, 'tags', 'balance:<CURRENCY>'; for PURCHASES customer, date, amount, invoice, items, branch, isReturn; for OPERATIONS customer, currency, amount, date, reason, comment, operationId, expiresAt. */
  key: Scalars['String']['output'];
  /** The attribute type, or TAGS, BALANCE, IDENTIFIER. */
  kind: Scalars['String']['output'];
  label: LocalizedText;
};

/** A saved mapping of headers to targets. */
export type ImportTemplate = {
  __typename?: 'ImportTemplate';
  columns: Array<ImportTemplateColumn>;
  id: Scalars['ID']['output'];
  kind: ImportKind;
  name: Scalars['String']['output'];
};

export type ImportTemplateColumn = {
  __typename?: 'ImportTemplateColumn';
  header: Scalars['String']['output'];
  target?: Maybe<Scalars['String']['output']>;
};

export type IssueGiftCardsInput = {
  /** How many cards, 1 (the default) to 10000. */
  count?: InputMaybe<Scalars['Int']['input']>;
  /** The key of a spendable currency of the workspace. */
  currency: Scalars['String']['input'];
  /** Shown with the batch, 200 characters at most. */
  note?: InputMaybe<Scalars['String']['input']>;
  /** Redeemable until then (in the future); none: no limit. */
  redeemBy?: InputMaybe<Scalars['DateTime']['input']>;
  /** What each card is worth, more than zero, in the currency’s decimals. */
  value: Scalars['Float']['input'];
};

/** How far a run got: units of its work done, of all. */
export type JobProgress = {
  __typename?: 'JobProgress';
  done: Scalars['Int']['output'];
  total: Scalars['Int']['output'];
};

/** One run of a background job, on the job queue. */
export type JobRun = {
  __typename?: 'JobRun';
  /** Attempts made so far (a failed attempt is retried with backoff). */
  attempts: Scalars['Int']['output'];
  /** Whether this workspace may cancel it now. */
  canCancel: Scalars['Boolean']['output'];
  /** Whether this workspace may run it again now. */
  canRetry: Scalars['Boolean']['output'];
  /** Why the last attempt failed (own runs only). */
  error?: Maybe<Scalars['String']['output']>;
  finishedAt?: Maybe<Scalars['DateTime']['output']>;
  id: Scalars['ID']['output'];
  /** The job, e.g. bulk-actions.run or ledger.expiry. */
  job: Scalars['String']['output'];
  maxAttempts: Scalars['Int']['output'];
  /** False for a run that serves every workspace (periodic or kicked work). */
  ownWorkspace: Scalars['Boolean']['output'];
  /** What the run was given (own runs only). */
  payload?: Maybe<Scalars['JSON']['output']>;
  /** How far the run got, for jobs that tell (e.g. customers checked of all). */
  progress?: Maybe<JobProgress>;
  queuedAt: Scalars['DateTime']['output'];
  startedAt?: Maybe<Scalars['DateTime']['output']>;
  state: JobRunState;
};

export type JobRunConnection = {
  __typename?: 'JobRunConnection';
  edges: Array<JobRunEdge>;
  pageInfo: PageInfo;
};

export type JobRunEdge = {
  __typename?: 'JobRunEdge';
  cursor: Scalars['String']['output'];
  node: JobRun;
};

/** WAITING for a worker, RETRYING after a failed attempt (backing off), RUNNING, or over. */
export const JobRunState = {
  CANCELLED: 'CANCELLED',
  DONE: 'DONE',
  FAILED: 'FAILED',
  RETRYING: 'RETRYING',
  RUNNING: 'RUNNING',
  WAITING: 'WAITING'
} as const;

export type JobRunState = typeof JobRunState[keyof typeof JobRunState];
export type LedgerOperation = {
  __typename?: 'LedgerOperation';
  actor: HistoryActor;
  /** Signed, in units of the currency. */
  amount: Scalars['Float']['output'];
  balanceAfter: Scalars['Float']['output'];
  /** For staff only. */
  comment: Scalars['String']['output'];
  createdAt: Scalars['DateTime']['output'];
  /** The currency key. */
  currency: Scalars['String']['output'];
  customerId: Scalars['ID']['output'];
  expiresAt?: Maybe<Scalars['DateTime']['output']>;
  /** Opaque and stable: the same operation always has this id in its workspace; ids carry no order or count. */
  id: Scalars['ID']['output'];
  idempotencyKey: Scalars['String']['output'];
  kind: LedgerOperationKind;
  /** Shown to the customer. */
  reason: Scalars['String']['output'];
  /** A reason the system wrote, by stable code (PURCHASE_POINTS, EXPIRED…), for showing it in the reader's language; null for a reason typed by staff. */
  reasonCode?: Maybe<Scalars['String']['output']>;
  /** The reason code's parameters, e.g. { invoice }. */
  reasonParams?: Maybe<Scalars['JSON']['output']>;
  /** The reversal that undid this operation (in Customer.ledger; null elsewhere). */
  reversedById?: Maybe<Scalars['ID']['output']>;
  reversesId?: Maybe<Scalars['ID']['output']>;
};

export type LedgerOperationConnection = {
  __typename?: 'LedgerOperationConnection';
  edges: Array<LedgerOperationEdge>;
  pageInfo: PageInfo;
};

export type LedgerOperationEdge = {
  __typename?: 'LedgerOperationEdge';
  cursor: Scalars['String']['output'];
  node: LedgerOperation;
};

/** ADJUSTMENT by staff, GRANT to a group, EARN/SPEND/RETURN at purchases, EXPIRY, REVERSAL */
export const LedgerOperationKind = {
  ADJUSTMENT: 'ADJUSTMENT',
  EARN: 'EARN',
  EXPIRY: 'EXPIRY',
  GRANT: 'GRANT',
  RETURN: 'RETURN',
  REVERSAL: 'REVERSAL',
  SPEND: 'SPEND'
} as const;

export type LedgerOperationKind = typeof LedgerOperationKind[keyof typeof LedgerOperationKind];
export type LifecycleRules = {
  __typename?: 'LifecycleRules';
  /** Otherwise Active with a purchase fewer days ago than this; At risk past it. */
  atRiskDays: Scalars['Int']['output'];
  /** Lost when the last purchase (or joining, without a purchase) is at least this many days ago; more than atRiskDays. */
  lostDays: Scalars['Int']['output'];
  /** A customer who joined fewer days ago than this is New. */
  newDays: Scalars['Int']['output'];
};

export type LifecycleRulesInput = {
  atRiskDays: Scalars['Int']['input'];
  lostDays: Scalars['Int']['input'];
  newDays: Scalars['Int']['input'];
};

/** New, active, at risk or lost, by the workspace lifecycle rules (WorkspaceSettings.lifecycle). */
export const LifecycleStage = {
  ACTIVE: 'ACTIVE',
  AT_RISK: 'AT_RISK',
  LOST: 'LOST',
  NEW: 'NEW'
} as const;

export type LifecycleStage = typeof LifecycleStage[keyof typeof LifecycleStage];
export type ListColumn = {
  __typename?: 'ListColumn';
  key: Scalars['String']['output'];
  /** Pixels; null means automatic. */
  width?: Maybe<Scalars['Int']['output']>;
};

export type ListColumnInput = {
  key: Scalars['String']['input'];
  width?: InputMaybe<Scalars['Int']['input']>;
};

export const Locale = {
  EN: 'EN',
  FA: 'FA',
  RU: 'RU'
} as const;

export type Locale = typeof Locale[keyof typeof Locale];
export type LocalizedText = {
  __typename?: 'LocalizedText';
  en?: Maybe<Scalars['String']['output']>;
  fa?: Maybe<Scalars['String']['output']>;
  ru?: Maybe<Scalars['String']['output']>;
};

export type LocalizedTextInput = {
  en?: InputMaybe<Scalars['String']['input']>;
  fa?: InputMaybe<Scalars['String']['input']>;
  ru?: InputMaybe<Scalars['String']['input']>;
};

/** A card number reported lost: never given to a customer again. */
export type LostCard = {
  __typename?: 'LostCard';
  /** The number as the customer held it. */
  cardNumber: Scalars['String']['output'];
  /** Why, as the staff member wrote it; may be empty. */
  reason: Scalars['String']['output'];
  reportedAt: Scalars['DateTime']['output'];
  /** Who reported it: a staff member, an API key or the system. */
  reportedBy: Scalars['String']['output'];
};

export type LoyaltyProgramme = {
  __typename?: 'LoyaltyProgramme';
  /** Earning and spending rules for customers without a tier: cashbackPercent, cashbackCurrency, pointsPerAmount [{currency, points, per}], productPoints [{sku, currency, points}], weekdayMultipliers [{weekday 0–6, multiplier}], firstPurchaseBonus / birthdayBonus / referralJoinReward [{currency, amount}], referralPercent, maxSpendPercentPerInvoice, maxSpendPerDay. */
  rules: Scalars['JSON']['output'];
  /** The workspace's IANA time zone (workspaceSettings.timeZone): weekdays, birthdays and daily caps are counted in it. */
  timeZone: Scalars['String']['output'];
};

export type Mailing = {
  __typename?: 'Mailing';
  attributionDays: Scalars['Int']['output'];
  audience: MailingAudience;
  channel: Scalars['String']['output'];
  counts: MailingCounts;
  createdAt: Scalars['DateTime']['output'];
  createdByName: Scalars['String']['output'];
  finishedAt?: Maybe<Scalars['DateTime']['output']>;
  id: Scalars['ID']['output'];
  name: Scalars['String']['output'];
  /** When it is to be sent; null: when started. */
  scheduledAt?: Maybe<Scalars['DateTime']['output']>;
  /** scheduledAt as local time in the workspace's zone. */
  sendAt?: Maybe<Scalars['String']['output']>;
  startedAt?: Maybe<Scalars['DateTime']['output']>;
  state: MailingState;
  templateId?: Maybe<Scalars['ID']['output']>;
  throttlePerMinute?: Maybe<Scalars['Int']['output']>;
  /** The workspace's time zone (IANA). */
  timeZone: Scalars['String']['output'];
  /** Clicks of its messages’ links are tracked, and opens of its emails. */
  trackClicks: Scalars['Boolean']['output'];
};

export type MailingAttribution = {
  __typename?: 'MailingAttribution';
  customers: Scalars['Int']['output'];
  purchases: Scalars['Int']['output'];
  /** Purchase amounts less returns. */
  revenue: Scalars['Float']['output'];
};

export type MailingAudience = {
  __typename?: 'MailingAudience';
  customerIds?: Maybe<Array<Scalars['ID']['output']>>;
  /** The filter tree, as CustomerFilterInput takes it. */
  filter?: Maybe<Scalars['JSON']['output']>;
  groupId?: Maybe<Scalars['ID']['output']>;
  segmentId?: Maybe<Scalars['ID']['output']>;
};

export type MailingAudienceCount = {
  __typename?: 'MailingAudienceCount';
  excluded: Array<MailingExclusion>;
  /** Those a message would reach now. */
  reachable: Scalars['Int']['output'];
  /** Everyone the audience selects. */
  total: Scalars['Int']['output'];
};

/** Exactly one of: a segment, a filter, a group, listed customers. */
export type MailingAudienceInput = {
  /** At most 10,000. */
  customerIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  filter?: InputMaybe<CustomerFilter>;
  groupId?: InputMaybe<Scalars['ID']['input']>;
  segmentId?: InputMaybe<Scalars['ID']['input']>;
};

/** A mailing's messages by state. */
export type MailingCounts = {
  __typename?: 'MailingCounts';
  /** Messages whose recipient followed a link at least once. */
  clicked: Scalars['Int']['output'];
  delivered: Scalars['Int']['output'];
  failed: Scalars['Int']['output'];
  /** Messages whose tracking image was loaded at least once. */
  opened: Scalars['Int']['output'];
  queued: Scalars['Int']['output'];
  recipients: Scalars['Int']['output'];
  sent: Scalars['Int']['output'];
  skipped: Scalars['Int']['output'];
  unsubscribed: Scalars['Int']['output'];
};

export type MailingExclusion = {
  __typename?: 'MailingExclusion';
  count: Scalars['Int']['output'];
  reason: MailingExclusionReason;
};

/** Why a customer of the audience gets no message (the first that applies). */
export const MailingExclusionReason = {
  DELETED: 'DELETED',
  ERASED: 'ERASED',
  INACTIVE: 'INACTIVE',
  MERGED: 'MERGED',
  NO_ADDRESS: 'NO_ADDRESS',
  NO_CONSENT: 'NO_CONSENT'
} as const;

export type MailingExclusionReason = typeof MailingExclusionReason[keyof typeof MailingExclusionReason];
export type MailingInput = {
  /** Purchases within this many days count for it (default 7). */
  attributionDays?: InputMaybe<Scalars['Int']['input']>;
  audience: MailingAudienceInput;
  /** The channel kind: EMAIL, SMS or TELEGRAM. */
  channel: Scalars['String']['input'];
  name: Scalars['String']['input'];
  /** When to send, as local time in the workspace's zone (YYYY-MM-DDTHH:MM); null: when started. */
  sendAt?: InputMaybe<Scalars['String']['input']>;
  /** The message template; required before starting. */
  templateId?: InputMaybe<Scalars['ID']['input']>;
  /** At most this many messages a minute; null: no limit. */
  throttlePerMinute?: InputMaybe<Scalars['Int']['input']>;
  /** Its links go through a tracked address of ours (an SMS’s, Telegram message’s or push notification’s through a short one), and an email’s HTML carries a tracking image (default true; null on update keeps it). */
  trackClicks?: InputMaybe<Scalars['Boolean']['input']>;
};

export const MailingMessageState = {
  DELIVERED: 'DELIVERED',
  FAILED: 'FAILED',
  QUEUED: 'QUEUED',
  SENT: 'SENT',
  SKIPPED: 'SKIPPED',
  UNSUBSCRIBED: 'UNSUBSCRIBED'
} as const;

export type MailingMessageState = typeof MailingMessageState[keyof typeof MailingMessageState];
export type MailingPage = {
  __typename?: 'MailingPage';
  nodes: Array<Mailing>;
  totalCount: Scalars['Int']['output'];
};

export type MailingReasonCount = {
  __typename?: 'MailingReasonCount';
  count: Scalars['Int']['output'];
  /** A stable code: an exclusion reason, CANCELLED, or the channel’s failure code. */
  reason: Scalars['String']['output'];
};

export type MailingReport = {
  __typename?: 'MailingReport';
  attributed: MailingAttribution;
  attributionDays: Scalars['Int']['output'];
  byState: Array<MailingStateCount>;
  /** clicked over the messages that reached the provider and did not fail (SENT, DELIVERED, UNSUBSCRIBED); null when none did. */
  clickRate?: Maybe<Scalars['Float']['output']>;
  /** Recipients who followed a link of their message. */
  clicked: Scalars['Int']['output'];
  failedByReason: Array<MailingReasonCount>;
  mailingId: Scalars['ID']['output'];
  /** The mailing’s state, read before the counts: once it is SENT or CANCELLED the counts are final. */
  mailingState: MailingState;
  /** opened over the same messages as clickRate. */
  openRate?: Maybe<Scalars['Float']['output']>;
  /** Recipients whose email’s tracking image was loaded. */
  opened: Scalars['Int']['output'];
  skippedByReason: Array<MailingReasonCount>;
};

export const MailingState = {
  CANCELLED: 'CANCELLED',
  DRAFT: 'DRAFT',
  SCHEDULED: 'SCHEDULED',
  SENDING: 'SENDING',
  SENT: 'SENT'
} as const;

export type MailingState = typeof MailingState[keyof typeof MailingState];
export type MailingStateCount = {
  __typename?: 'MailingStateCount';
  count: Scalars['Int']['output'];
  state: MailingMessageState;
};

/** An active staff member who can be mentioned in a note. */
export type MentionableStaff = {
  __typename?: 'MentionableStaff';
  id: Scalars['ID']['output'];
  name: Scalars['String']['output'];
};

/** What a merge moves (or moved) from the merged profile to the main. */
export type MergeCountsType = {
  __typename?: 'MergeCountsType';
  balances: Array<MovedBalanceType>;
  children: Scalars['Int']['output'];
  groups: Scalars['Int']['output'];
  history: Scalars['Int']['output'];
  purchases: Scalars['Int']['output'];
  referrals: Scalars['Int']['output'];
  tags: Scalars['Int']['output'];
};

/** A message per language with Liquid variables ({{ customer.first_name }}…), checked when saved. */
export type MessageTemplate = {
  __typename?: 'MessageTemplate';
  /** The channel kind it is written for: EMAIL, SMS, TELEGRAM or a plugin’s. */
  channel: Scalars['String']['output'];
  /** In the order en, ru, fa. */
  contents: Array<MessageTemplateContent>;
  createdAt: Scalars['DateTime']['output'];
  id: Scalars['ID']['output'];
  name: Scalars['String']['output'];
  updatedAt: Scalars['DateTime']['output'];
};

/** A template in one language. */
export type MessageTemplateContent = {
  __typename?: 'MessageTemplateContent';
  /** Email only. */
  html?: Maybe<Scalars['String']['output']>;
  language: Locale;
  /** Email only. */
  subject?: Maybe<Scalars['String']['output']>;
  text?: Maybe<Scalars['String']['output']>;
};

export type MessageTemplateContentInput = {
  /** EMAIL only; values written into it are HTML-escaped. */
  html?: InputMaybe<Scalars['String']['input']>;
  language: Locale;
  /** Required for EMAIL; no other channel has one. */
  subject?: InputMaybe<Scalars['String']['input']>;
  /** Required, except for an EMAIL that has HTML (its text is then made from the HTML). */
  text?: InputMaybe<Scalars['String']['input']>;
};

export type MessageTemplateInput = {
  /** EMAIL, SMS, TELEGRAM or a plugin channel’s kind (UPPER_SNAKE). */
  channel: Scalars['String']['input'];
  /** One per language, at least one. */
  contents: Array<MessageTemplateContentInput>;
  /** Unique in the workspace, at most 100 characters. */
  name: Scalars['String']['input'];
};

export type MissingAttribute = {
  __typename?: 'MissingAttribute';
  key: Scalars['String']['output'];
  label: LocalizedText;
};

export type MovedBalanceType = {
  __typename?: 'MovedBalanceType';
  amount: Scalars['Float']['output'];
  currency: Scalars['String']['output'];
};

export type Mutation = {
  __typename?: 'Mutation';
  activateCustomer: Customer;
  /** Links two customers of the workspace; returns the customer's relations. */
  addCustomerRelation: Array<CustomerRelation>;
  /** Adds the selected customers (one GROUPS_CHANGED event in each one's history). */
  addCustomersToGroup: GroupMembershipResult;
  /** Each staff member the body mentions gets a bell. */
  addNote: Note;
  /** Adds to or subtracts from a customer's balance. A subtraction beyond the balance is refused; the same idempotencyKey again returns the first operation. */
  adjustBalance: LedgerOperation;
  /** Answers a request (again, to correct the answer); refused once it is closed. */
  answerCustomerRequest: CustomerRequest;
  /** Stops one of your exports; no file is kept. */
  cancelCustomerExport: CustomerExport;
  /** Stops between two chunks; the chunks applied stay and a new start finishes the rest. */
  cancelImport: Import;
  /** Cancels a waiting or running run of the workspace; a running one stops after its current step. */
  cancelJob: JobRun;
  /** Cancels a scheduled or sending mailing: queued messages are skipped, sent ones stay. */
  cancelMailing: Mailing;
  /** Changes the signed-in customer's password; their other sessions end. */
  changeMyAccountPassword: Scalars['Boolean']['output'];
  /** Needs the current password; ends my other sessions and lifts a temporary password. */
  changeMyPassword: Staff;
  /** Never the last active admin (LAST_ADMIN). */
  changeStaffRole: Staff;
  /** Takes a customer's referrer away (set by mistake); rewards already earned stay on the referrer's ledger. */
  clearReferral: Customer;
  closeCustomerRequest: CustomerRequest;
  /** Changes how the file is read and mapped, while the import is in MAPPING. */
  configureImport: Import;
  /** Applies a previewed batch in the background, each line exactly once; confirming again changes nothing. */
  confirmBalanceBatch: BalanceBatch;
  /** A current code turns two-factor sign-in on; answers 10 one-time recovery codes, shown once. */
  confirmTwoFactor: Array<Scalars['String']['output']>;
  /** Creates a key; its secret is in this answer only. */
  createApiKey: CreatedApiKey;
  createAttributeDefinition: AttributeDefinition;
  createAttributeGroup: AttributeGroup;
  createAutomation: Automation;
  createBranch: Branch;
  createCategory: Category;
  createCurrency: Currency;
  createCustomer: Customer;
  createGroup: CustomerGroup;
  /** A draft; nothing is sent until it is started. */
  createMailing: Mailing;
  /** Refused with the place of every syntax error, unknown variable or forbidden tag. */
  createMessageTemplate: MessageTemplate;
  createNewsPost: NewsPost;
  createProduct: Product;
  createRelationType: RelationType;
  createRole: Role;
  createSegment: Segment;
  /** A new staff member with a temporary password, to be changed at their first sign-in. */
  createStaff: Staff;
  createTag: Tag;
  /** Customers move to it at their next evaluation, or at once with recomputeTiers. */
  createTier: Tier;
  /** The secret is made by the server and shown this once (WEBHOOK_SECRET_KEY_MISSING without PATRON_SECRET_KEY). */
  createWebhook: WebhookWithSecret;
  /** Signs a customer in (their mobile in any form, or email) and sets the httpOnly customer session cookie. */
  customerSignIn: SelfServiceAccount;
  /** Ends the customer's session and clears its cookie. */
  customerSignOut: Scalars['Boolean']['output'];
  deactivateCustomer: Customer;
  /** They can no longer sign in and their sessions end at once; never the last active admin. */
  deactivateStaff: Staff;
  /** Stops the automation and removes it from the list; its run log is kept (what was granted to whom). */
  deleteAutomation: Scalars['ID']['output'];
  /** Only a branch no purchase and no staff member refers to (else BRANCH_IN_USE). */
  deleteBranch: Scalars['ID']['output'];
  /** Its customers are left without a category (in each one’s history). */
  deleteCategory: Scalars['ID']['output'];
  deleteChannelAccount: Scalars['ID']['output'];
  deleteCustomer: Scalars['ID']['output'];
  /** Takes every member out (in each customer's history), then deletes the group. */
  deleteGroup: Scalars['ID']['output'];
  deleteImportTemplate: Scalars['ID']['output'];
  deleteMessageTemplate: Scalars['ID']['output'];
  /** Deletes the post and who has read it. */
  deleteNewsPost: Scalars['ID']['output'];
  /** By its author, or by an admin (kept in the audit log); NOTE_DELETE_NOT_AUTHOR otherwise. */
  deleteNote: Scalars['ID']['output'];
  /** Only a product no purchase item and no stock movement refers to (else PRODUCT_IN_USE). */
  deleteProduct: Scalars['ID']['output'];
  /** Deletes a type of the workspace’s own that no relation uses. */
  deleteRelationType: Scalars['String']['output'];
  /** A custom role nobody holds (ROLE_IN_USE, ROLE_SHIPPED otherwise). */
  deleteRole: Scalars['String']['output'];
  /** Owner only; a shared segment also by an admin. */
  deleteSegment: Scalars['ID']['output'];
  /** Removes the tag from every customer too (in each customer's history). */
  deleteTag: Scalars['ID']['output'];
  /** Deletes the tier; its customers are re-evaluated at once as if it never existed (whatever the downgrade policy) and a manual floor at it is removed, each change in the customer's history. */
  deleteTier: Scalars['ID']['output'];
  /** Deletes the webhook and its deliveries. */
  deleteWebhook: Scalars['ID']['output'];
  /** Only by its author (NOTE_EDIT_NOT_AUTHOR); only people newly mentioned get a bell. */
  editNote: Note;
  /** Erases the customer's personal data on their request (attributes, search text, personal values in history, and what other modules keep) with its child profiles; ledger and purchases stay. Cannot be undone; a second call is refused with CUSTOMER_ALREADY_ERASED. */
  eraseCustomer: ErasedCustomer;
  /** The dashboard as an Excel file (sheets Summary, Series, Tiers, RFM, Top customers, and Top products for staff who may read products) in the staff member's language; download it from downloadPath within the hour. */
  exportDashboard: ReportFile;
  /** With the SMS code: sets the new password, ends the customer's other sessions and signs them in. */
  finishCustomerPasswordReset: SelfServiceAccount;
  /** With the SMS code: makes the person a member (or gives the customer with that mobile and no password this one), records their consents and signs them in. */
  finishCustomerSignUp: SelfServiceAccount;
  /** Records that a customer granted a consent; granting one already granted is CONSENT_ALREADY_GRANTED. */
  grantConsent: CustomerConsent;
  /** A single-use link (72 hours) for the customer to set their self-service password; voids any earlier one. */
  inviteCustomerToSelfService: SelfServiceInvitation;
  /** Issues one card or a batch of up to 10,000 in one transaction, each with a fresh code. */
  issueGiftCards: GiftCardBatch;
  /** Signs in and sets the httpOnly session cookie; with two-factor sign-in on, refuses with TWO_FACTOR_REQUIRED and a challenge for loginSecondStep. */
  login: Staff;
  /** The second sign-in step after login refused with TWO_FACTOR_REQUIRED: its extensions.challenge and a code from the app (or a recovery code). Sets the session cookie. */
  loginSecondStep: Staff;
  logout: Scalars['Boolean']['output'];
  /** Marks all my notices read; answers how many were unread. */
  markAllNotificationsRead: Scalars['Int']['output'];
  /** Marks a post of myNews as opened (again: no change). */
  markMyNewsRead: Scalars['Boolean']['output'];
  /** Marks these of my notices read (other ids are passed over); answers my unread count after. */
  markNotificationsRead: Scalars['Int']['output'];
  /** A PENDING purchase is paid: it earns now. */
  markPurchasePaid: Purchase;
  /** Merges a customer into the main one: balances (as ledger operations), purchases, tags, groups, referrals, child profiles and history move; the merged profile stays as a child of the main. Undo with unmergeCustomer within 30 days. */
  mergeCustomers: CustomerMergeType;
  /** Opens an uploaded file (POST /files): detects format, encoding, delimiter and sheets, reads the header and suggests a target per column by its header in en/ru/fa. The import starts in MAPPING. */
  openImport: Import;
  /** Pinned notes come first on the card. */
  pinNote: Note;
  /** Uploads and matches a batch, writing nothing to balances: read the preview, then confirm it. */
  previewBalanceBatch: BalanceBatch;
  reactivateStaff: Staff;
  /** Goods came in: a tracked product’s stock grows. */
  receiveStock: StockMovement;
  /** Recomputes every score and segment of the workspace now (the job does it daily); segment changes go to each customer’s history. */
  recomputeRfm: RfmRecomputation;
  /** Re-evaluates every customer of the workspace now (after thresholds, positions or the policy change). */
  recomputeTiers: TierRecomputeResult;
  /** Records a purchase: balances spent (within the caps) and earnings (by the customer’s tier or the programme’s rules) commit with it. The same idempotencyKey returns the first answer. */
  recordPurchase: Purchase;
  /** Says who referred a customer (once); the referrer earns the join reward of their rules. */
  recordReferral: Referral;
  /** Credits the card’s value to the customer’s balance (a GRANT, expiring at the card’s redeem-by date) and marks it redeemed. */
  redeemGiftCard: GiftCard;
  /** Sends a delivery again now, with fresh retries; same Patron-Delivery id. */
  redeliverWebhook: WebhookDelivery;
  /** Removes a relation (from both customers). */
  removeCustomerRelation: Scalars['ID']['output'];
  /** Removes the selected customers (one GROUPS_CHANGED event in each one's history). */
  removeCustomersFromGroup: GroupMembershipResult;
  /** Sets positions in the order given (ids of one group). */
  reorderAttributeDefinitions: Array<AttributeDefinition>;
  /** The customer's card is lost: its number is recorded as lost for good and the customer gets newCardNumber (checked as an edited card number, never a lost one). CARD_NONE_TO_REPORT when the customer has no card number. */
  reportLostCard: Customer;
  /** With the emailed link's token (used up): sets the new password, ends the customer's other sessions and signs them in. */
  resetCustomerPassword: SelfServiceAccount;
  /** Turns their two-factor sign-in off (a lost phone); they can set it up again. */
  resetStaffTwoFactor: Staff;
  restoreAttributeDefinition: AttributeDefinition;
  retireAttributeDefinition: AttributeDefinition;
  /** Runs a failed or cancelled run of the workspace again (one more attempt). */
  retryJob: JobRun;
  /** Returns a purchase in full or in part: earnings are taken back and spent balances given back in proportion. */
  returnPurchase: PurchaseReturn;
  /** Corrects an operation with its mirror image; each operation can be reversed once. */
  reverseLedgerOperation: LedgerOperation;
  /** Revokes a key at once; revoking it again changes nothing. */
  revokeApiKey: ApiKey;
  /** A new secret, shown this once; the old one stops. */
  rotateWebhookSecret: WebhookWithSecret;
  /** Creates or changes an account. Missing required settings are named in extensions.fields; secrets need PATRON_SECRET_KEY (CHANNEL_SECRET_KEY_MISSING). */
  saveChannelAccount: ChannelAccount;
  /** Saves the import's column mapping under a name. */
  saveImportTemplate: ImportTemplate;
  /** Sends the workspace a request (subject and text). */
  sendRequest: MyCustomerRequest;
  /** Asks for the mailing to be sent once to this address (e.g. oneself); the id of the request. */
  sendTestMailing: Scalars['ID']['output'];
  /** Sends a message through the account now and answers with the provider's outcome. */
  sendTestMessage: SendOutcome;
  /** Sends a `ping` event now. */
  sendTestWebhook: WebhookDelivery;
  /** A paused automation does nothing; resumed, it starts from now. */
  setAutomationPaused: Automation;
  /** An inactive branch takes no new purchases (nor its bound staff’s); its purchases and staff stay. */
  setBranchActive: Branch;
  /** Marks the phone or email verified or not; verified needs personal data consent (CONSENT_PERSONAL_DATA_REQUIRED). */
  setContactVerified: CustomerVerification;
  /** Sets a customer's category; null leaves it without one. */
  setCustomerCategory: Customer;
  /** Sets the floor below which the customer never sits (null removes it) and re-evaluates the customer. */
  setCustomerManualTier: CustomerTier;
  /** Sets a customer's tags to exactly these. */
  setCustomerTags: Customer;
  /** A blocked card cannot be redeemed until unblocked. */
  setGiftCardBlocked: GiftCard;
  /** Gives or withdraws a marketing consent of the signed-in customer (personal data consent: SELF_SERVICE_PERSONAL_DATA_BY_REQUEST). */
  setMyConsent: SelfServiceConsent;
  /** An inactive product cannot be sold; its stock stays. */
  setProductActive: Product;
  /** Sets the customer's password with an invitation's token (used up) and signs them in. */
  setSelfServicePassword: SelfServiceAccount;
  /** Binds them to an active branch: they record purchases there only (none: at any branch), from their next purchase. */
  setStaffBranch: Staff;
  /** A stocktake: the stock on hand becomes what was counted. */
  setStockCount: StockMovement;
  /** Their sessions end; they sign in with it and must change it before anything else. */
  setTemporaryPassword: Staff;
  /** Ends my sessions, all but this one when keepCurrent; how many ended. */
  signOutEverywhere: Scalars['Int']['output'];
  /** Ends one of my sessions (SESSION_NOT_FOUND if it is not mine). */
  signOutSession: Scalars['Boolean']['output'];
  /** Writes every stored value the format refuses or would write differently to a CSV file, in the background (a run on the Jobs screen); the requester's bell links to the file when it is ready. Answers the run's id. */
  startAttributeValuesReport: Scalars['ID']['output'];
  /** Runs in the background; poll bulkJob(id) for progress. Every change lands in each customer's history. DELETE also needs customers.delete. */
  startBulkAction: BulkJob;
  /** Exports customers to CSV or XLSX in the background; poll customerExport(id) for progress, then download from downloadPath. */
  startCustomerExport: CustomerExport;
  /** Forgot password: a mobile gets a six-digit SMS code (15 minutes, 5 tries), an email a single-use link (60 minutes). Answers the same whether or not an account has the login; the answer names the request for finishCustomerPasswordReset. */
  startCustomerPasswordReset: Scalars['ID']['output'];
  /** Sends a six-digit code by SMS (10 minutes, 5 tries) to join the club; answers the same for a member and a stranger. The answer names the sign-up for finishCustomerSignUp. */
  startCustomerSignUp: Scalars['ID']['output'];
  /** Applies the import in the background; poll import(id) for progress. */
  startImport: Import;
  /** Starts a draft: SCHEDULED for its sendAt, or SENDING now (its recipients are queued at once). */
  startMailing: Mailing;
  /** A fresh secret to add to an authenticator app; on once confirmTwoFactor gets a code (TWO_FACTOR_SECRET_KEY_MISSING without PATRON_SECRET_KEY). */
  startTwoFactorEnrolment: TwoFactorEnrolment;
  /** Keeps this browser's push subscription for the signed-in customer and records their PUSH consent (PUSH_NOT_AVAILABLE without a push account). */
  subscribeMyPush: Scalars['Boolean']['output'];
  /** Turns my two-factor sign-in off; `proof` is a current code, a recovery code or my password. TWO_FACTOR_REQUIRED_BY_WORKSPACE while my role requires it. */
  turnOffTwoFactor: TwoFactorStatus;
  /** Undoes the merge of this (merged-away) customer: both are restored as they were. */
  unmergeCustomer: CustomerMergeType;
  /** Forgets this browser's subscription (false when it was not the customer's); the PUSH consent is withdrawn when none is left. */
  unsubscribeMyPush: Scalars['Boolean']['output'];
  updateAttributeDefinition: AttributeDefinition;
  /** Replaces the automation; its run log stays, and occurrences already run are not run again. */
  updateAutomation: Automation;
  /** Name and address; the code is fixed. */
  updateBranch: Branch;
  updateCategory: Category;
  /** Name, value, spendability and position; key and decimals are fixed. */
  updateCurrency: Currency;
  updateCustomer: Customer;
  updateGroup: CustomerGroup;
  updateLoyaltyProgramme: LoyaltyProgramme;
  /** Only a draft changes. */
  updateMailing: Mailing;
  /** Replaces the name, channel and every language. */
  updateMessageTemplate: MessageTemplate;
  /** Saves the columns of my customer table (any field key), in order. */
  updateMyCustomerColumns: Staff;
  updateMyPreferences: Staff;
  /** Changes the signed-in customer's name, email, birth date or gender (the workspace's attribute rules apply). */
  updateMyProfile: SelfServiceAccount;
  /** Replaces the post’s texts, audience, window and pin. */
  updateNewsPost: NewsPost;
  /** Everything but the SKU and the stock. */
  updateProduct: Product;
  updateRelationType: RelationType;
  /** Any role but ADMIN (ROLE_ADMIN_FIXED). */
  updateRole: Role;
  /** Owner only; a shared segment also by an admin. */
  updateSegment: Segment;
  updateTag: Tag;
  /** Everything but the key; a new position moves the other tiers. */
  updateTier: Tier;
  /** Applies at each next evaluation; recomputeTiers applies it to everyone. */
  updateTierPolicy: TierPolicy;
  /** Disabling cancels the pending deliveries. */
  updateWebhook: Webhook;
  updateWorkspaceSettings: WorkspaceSettings;
  /** A manager confirms the profile (NEW or UNCONFIRMED → VERIFIED). */
  verifyCustomer: CustomerVerification;
  /** Records that a customer withdrew (or refused) a consent; withdrawing one already withdrawn is CONSENT_ALREADY_WITHDRAWN. */
  withdrawConsent: CustomerConsent;
};


export type MutationActivateCustomerArgs = {
  id: Scalars['ID']['input'];
};


export type MutationAddCustomerRelationArgs = {
  input: AddCustomerRelationInput;
};


export type MutationAddCustomersToGroupArgs = {
  groupId: Scalars['ID']['input'];
  selection: GroupMemberSelection;
};


export type MutationAddNoteArgs = {
  input: AddNoteInput;
};


export type MutationAdjustBalanceArgs = {
  input: AdjustBalanceInput;
};


export type MutationAnswerCustomerRequestArgs = {
  id: Scalars['ID']['input'];
  text: Scalars['String']['input'];
};


export type MutationCancelCustomerExportArgs = {
  id: Scalars['ID']['input'];
};


export type MutationCancelImportArgs = {
  id: Scalars['ID']['input'];
};


export type MutationCancelJobArgs = {
  id: Scalars['ID']['input'];
};


export type MutationCancelMailingArgs = {
  id: Scalars['ID']['input'];
};


export type MutationChangeMyAccountPasswordArgs = {
  currentPassword: Scalars['String']['input'];
  newPassword: Scalars['String']['input'];
};


export type MutationChangeMyPasswordArgs = {
  input: ChangeMyPasswordInput;
};


export type MutationChangeStaffRoleArgs = {
  id: Scalars['ID']['input'];
  role: Scalars['String']['input'];
};


export type MutationClearReferralArgs = {
  customerId: Scalars['ID']['input'];
};


export type MutationCloseCustomerRequestArgs = {
  id: Scalars['ID']['input'];
};


export type MutationConfigureImportArgs = {
  input: ConfigureImportInput;
};


export type MutationConfirmBalanceBatchArgs = {
  id: Scalars['ID']['input'];
};


export type MutationConfirmTwoFactorArgs = {
  code: Scalars['String']['input'];
};


export type MutationCreateApiKeyArgs = {
  input: CreateApiKeyInput;
};


export type MutationCreateAttributeDefinitionArgs = {
  input: CreateAttributeDefinitionInput;
};


export type MutationCreateAttributeGroupArgs = {
  key: Scalars['String']['input'];
  label: LocalizedTextInput;
};


export type MutationCreateAutomationArgs = {
  input: AutomationInput;
};


export type MutationCreateBranchArgs = {
  input: BranchInput;
};


export type MutationCreateCategoryArgs = {
  input: CategoryInput;
};


export type MutationCreateCurrencyArgs = {
  input: CurrencyInput;
};


export type MutationCreateCustomerArgs = {
  input: CreateCustomerInput;
};


export type MutationCreateGroupArgs = {
  input: CustomerGroupInput;
};


export type MutationCreateMailingArgs = {
  input: MailingInput;
};


export type MutationCreateMessageTemplateArgs = {
  input: MessageTemplateInput;
};


export type MutationCreateNewsPostArgs = {
  input: NewsPostInput;
};


export type MutationCreateProductArgs = {
  input: ProductInput;
};


export type MutationCreateRelationTypeArgs = {
  input: RelationTypeInput;
};


export type MutationCreateRoleArgs = {
  input: CreateRoleInput;
};


export type MutationCreateSegmentArgs = {
  input: SegmentInput;
};


export type MutationCreateStaffArgs = {
  input: CreateStaffInput;
};


export type MutationCreateTagArgs = {
  input: TagInput;
};


export type MutationCreateTierArgs = {
  input: TierInput;
};


export type MutationCreateWebhookArgs = {
  input: WebhookInput;
};


export type MutationCustomerSignInArgs = {
  login: Scalars['String']['input'];
  password: Scalars['String']['input'];
  workspace: Scalars['ID']['input'];
};


export type MutationDeactivateCustomerArgs = {
  id: Scalars['ID']['input'];
};


export type MutationDeactivateStaffArgs = {
  id: Scalars['ID']['input'];
};


export type MutationDeleteAutomationArgs = {
  id: Scalars['ID']['input'];
};


export type MutationDeleteBranchArgs = {
  id: Scalars['ID']['input'];
};


export type MutationDeleteCategoryArgs = {
  id: Scalars['ID']['input'];
};


export type MutationDeleteChannelAccountArgs = {
  id: Scalars['ID']['input'];
};


export type MutationDeleteCustomerArgs = {
  id: Scalars['ID']['input'];
};


export type MutationDeleteGroupArgs = {
  id: Scalars['ID']['input'];
};


export type MutationDeleteImportTemplateArgs = {
  id: Scalars['ID']['input'];
};


export type MutationDeleteMessageTemplateArgs = {
  id: Scalars['ID']['input'];
};


export type MutationDeleteNewsPostArgs = {
  id: Scalars['ID']['input'];
};


export type MutationDeleteNoteArgs = {
  id: Scalars['ID']['input'];
};


export type MutationDeleteProductArgs = {
  id: Scalars['ID']['input'];
};


export type MutationDeleteRelationTypeArgs = {
  key: Scalars['String']['input'];
};


export type MutationDeleteRoleArgs = {
  key: Scalars['String']['input'];
};


export type MutationDeleteSegmentArgs = {
  id: Scalars['ID']['input'];
};


export type MutationDeleteTagArgs = {
  id: Scalars['ID']['input'];
};


export type MutationDeleteTierArgs = {
  id: Scalars['ID']['input'];
};


export type MutationDeleteWebhookArgs = {
  id: Scalars['ID']['input'];
};


export type MutationEditNoteArgs = {
  id: Scalars['ID']['input'];
  input: EditNoteInput;
};


export type MutationEraseCustomerArgs = {
  id: Scalars['ID']['input'];
};


export type MutationExportDashboardArgs = {
  first?: Scalars['Int']['input'];
  input: DashboardInput;
};


export type MutationFinishCustomerPasswordResetArgs = {
  code: Scalars['String']['input'];
  password: Scalars['String']['input'];
  resetId: Scalars['ID']['input'];
};


export type MutationFinishCustomerSignUpArgs = {
  code: Scalars['String']['input'];
  marketingConsent?: Scalars['Boolean']['input'];
  password: Scalars['String']['input'];
  signUpId: Scalars['ID']['input'];
};


export type MutationGrantConsentArgs = {
  input: ConsentChangeInput;
};


export type MutationInviteCustomerToSelfServiceArgs = {
  customerId: Scalars['ID']['input'];
};


export type MutationIssueGiftCardsArgs = {
  input: IssueGiftCardsInput;
};


export type MutationLoginArgs = {
  email: Scalars['String']['input'];
  password: Scalars['String']['input'];
};


export type MutationLoginSecondStepArgs = {
  challenge: Scalars['String']['input'];
  code: Scalars['String']['input'];
};


export type MutationMarkMyNewsReadArgs = {
  id: Scalars['ID']['input'];
};


export type MutationMarkNotificationsReadArgs = {
  ids: Array<Scalars['ID']['input']>;
};


export type MutationMarkPurchasePaidArgs = {
  purchaseId: Scalars['ID']['input'];
};


export type MutationMergeCustomersArgs = {
  mainCustomerId: Scalars['ID']['input'];
  mergedCustomerId: Scalars['ID']['input'];
};


export type MutationOpenImportArgs = {
  input: OpenImportInput;
};


export type MutationPinNoteArgs = {
  id: Scalars['ID']['input'];
  pinned: Scalars['Boolean']['input'];
};


export type MutationPreviewBalanceBatchArgs = {
  input: BalanceBatchInput;
};


export type MutationReactivateStaffArgs = {
  id: Scalars['ID']['input'];
};


export type MutationReceiveStockArgs = {
  note?: InputMaybe<Scalars['String']['input']>;
  productId: Scalars['ID']['input'];
  quantity: Scalars['Float']['input'];
};


export type MutationRecordPurchaseArgs = {
  input: RecordPurchaseInput;
};


export type MutationRecordReferralArgs = {
  input: RecordReferralInput;
};


export type MutationRedeemGiftCardArgs = {
  code: Scalars['String']['input'];
  customerId: Scalars['ID']['input'];
};


export type MutationRedeliverWebhookArgs = {
  deliveryId: Scalars['ID']['input'];
};


export type MutationRemoveCustomerRelationArgs = {
  id: Scalars['ID']['input'];
};


export type MutationRemoveCustomersFromGroupArgs = {
  groupId: Scalars['ID']['input'];
  selection: GroupMemberSelection;
};


export type MutationReorderAttributeDefinitionsArgs = {
  ids: Array<Scalars['ID']['input']>;
};


export type MutationReportLostCardArgs = {
  customerId: Scalars['ID']['input'];
  newCardNumber: Scalars['String']['input'];
  reason?: Scalars['String']['input'];
};


export type MutationResetCustomerPasswordArgs = {
  password: Scalars['String']['input'];
  token: Scalars['String']['input'];
};


export type MutationResetStaffTwoFactorArgs = {
  id: Scalars['ID']['input'];
};


export type MutationRestoreAttributeDefinitionArgs = {
  id: Scalars['ID']['input'];
};


export type MutationRetireAttributeDefinitionArgs = {
  id: Scalars['ID']['input'];
};


export type MutationRetryJobArgs = {
  id: Scalars['ID']['input'];
};


export type MutationReturnPurchaseArgs = {
  input: ReturnPurchaseInput;
};


export type MutationReverseLedgerOperationArgs = {
  input: ReverseOperationInput;
};


export type MutationRevokeApiKeyArgs = {
  id: Scalars['ID']['input'];
};


export type MutationRotateWebhookSecretArgs = {
  id: Scalars['ID']['input'];
};


export type MutationSaveChannelAccountArgs = {
  input: SaveChannelAccountInput;
};


export type MutationSaveImportTemplateArgs = {
  input: SaveImportTemplateInput;
};


export type MutationSendRequestArgs = {
  subject: Scalars['String']['input'];
  text: Scalars['String']['input'];
};


export type MutationSendTestMailingArgs = {
  mailingId: Scalars['ID']['input'];
  to: Scalars['String']['input'];
};


export type MutationSendTestMessageArgs = {
  accountId: Scalars['ID']['input'];
  text: Scalars['String']['input'];
  to: Scalars['String']['input'];
};


export type MutationSendTestWebhookArgs = {
  id: Scalars['ID']['input'];
};


export type MutationSetAutomationPausedArgs = {
  id: Scalars['ID']['input'];
  paused: Scalars['Boolean']['input'];
};


export type MutationSetBranchActiveArgs = {
  active: Scalars['Boolean']['input'];
  id: Scalars['ID']['input'];
};


export type MutationSetContactVerifiedArgs = {
  input: ContactVerificationInput;
};


export type MutationSetCustomerCategoryArgs = {
  categoryId?: InputMaybe<Scalars['ID']['input']>;
  customerId: Scalars['ID']['input'];
};


export type MutationSetCustomerManualTierArgs = {
  customerId: Scalars['ID']['input'];
  tierId?: InputMaybe<Scalars['ID']['input']>;
};


export type MutationSetCustomerTagsArgs = {
  customerId: Scalars['ID']['input'];
  tagIds: Array<Scalars['ID']['input']>;
};


export type MutationSetGiftCardBlockedArgs = {
  blocked: Scalars['Boolean']['input'];
  id: Scalars['ID']['input'];
};


export type MutationSetMyConsentArgs = {
  granted: Scalars['Boolean']['input'];
  kind: ConsentKind;
};


export type MutationSetProductActiveArgs = {
  active: Scalars['Boolean']['input'];
  id: Scalars['ID']['input'];
};


export type MutationSetSelfServicePasswordArgs = {
  password: Scalars['String']['input'];
  token: Scalars['String']['input'];
};


export type MutationSetStaffBranchArgs = {
  branchId?: InputMaybe<Scalars['ID']['input']>;
  id: Scalars['ID']['input'];
};


export type MutationSetStockCountArgs = {
  counted: Scalars['Float']['input'];
  productId: Scalars['ID']['input'];
  reason?: InputMaybe<Scalars['String']['input']>;
};


export type MutationSetTemporaryPasswordArgs = {
  id: Scalars['ID']['input'];
  password: Scalars['String']['input'];
};


export type MutationSignOutEverywhereArgs = {
  keepCurrent?: Scalars['Boolean']['input'];
};


export type MutationSignOutSessionArgs = {
  id: Scalars['ID']['input'];
};


export type MutationStartAttributeValuesReportArgs = {
  format?: InputMaybe<Scalars['String']['input']>;
  id: Scalars['ID']['input'];
};


export type MutationStartBulkActionArgs = {
  action: BulkActionInput;
  selection: CustomerSelection;
};


export type MutationStartCustomerExportArgs = {
  input: CustomerExportInput;
};


export type MutationStartCustomerPasswordResetArgs = {
  language?: InputMaybe<Scalars['String']['input']>;
  login: Scalars['String']['input'];
  workspace: Scalars['ID']['input'];
};


export type MutationStartCustomerSignUpArgs = {
  firstName: Scalars['String']['input'];
  language?: InputMaybe<Scalars['String']['input']>;
  lastName?: InputMaybe<Scalars['String']['input']>;
  mobile: Scalars['String']['input'];
  workspace: Scalars['ID']['input'];
};


export type MutationStartImportArgs = {
  id: Scalars['ID']['input'];
};


export type MutationStartMailingArgs = {
  id: Scalars['ID']['input'];
};


export type MutationSubscribeMyPushArgs = {
  input: MyPushSubscriptionInput;
};


export type MutationTurnOffTwoFactorArgs = {
  proof: Scalars['String']['input'];
};


export type MutationUnmergeCustomerArgs = {
  customerId: Scalars['ID']['input'];
};


export type MutationUnsubscribeMyPushArgs = {
  endpoint: Scalars['String']['input'];
};


export type MutationUpdateAttributeDefinitionArgs = {
  id: Scalars['ID']['input'];
  input: UpdateAttributeDefinitionInput;
};


export type MutationUpdateAutomationArgs = {
  id: Scalars['ID']['input'];
  input: AutomationInput;
};


export type MutationUpdateBranchArgs = {
  id: Scalars['ID']['input'];
  input: BranchInput;
};


export type MutationUpdateCategoryArgs = {
  id: Scalars['ID']['input'];
  input: CategoryInput;
};


export type MutationUpdateCurrencyArgs = {
  id: Scalars['ID']['input'];
  input: CurrencyInput;
};


export type MutationUpdateCustomerArgs = {
  id: Scalars['ID']['input'];
  input: UpdateCustomerInput;
};


export type MutationUpdateGroupArgs = {
  id: Scalars['ID']['input'];
  input: CustomerGroupInput;
};


export type MutationUpdateLoyaltyProgrammeArgs = {
  input: ProgrammeInput;
};


export type MutationUpdateMailingArgs = {
  id: Scalars['ID']['input'];
  input: MailingInput;
};


export type MutationUpdateMessageTemplateArgs = {
  id: Scalars['ID']['input'];
  input: MessageTemplateInput;
};


export type MutationUpdateMyCustomerColumnsArgs = {
  columns: Array<ListColumnInput>;
};


export type MutationUpdateMyPreferencesArgs = {
  input: UpdatePreferencesInput;
};


export type MutationUpdateMyProfileArgs = {
  input: MyProfileInput;
};


export type MutationUpdateNewsPostArgs = {
  id: Scalars['ID']['input'];
  input: NewsPostInput;
};


export type MutationUpdateProductArgs = {
  id: Scalars['ID']['input'];
  input: ProductInput;
};


export type MutationUpdateRelationTypeArgs = {
  input: RelationTypeInput;
  key: Scalars['String']['input'];
};


export type MutationUpdateRoleArgs = {
  input: RoleInput;
  key: Scalars['String']['input'];
};


export type MutationUpdateSegmentArgs = {
  id: Scalars['ID']['input'];
  input: SegmentInput;
};


export type MutationUpdateTagArgs = {
  id: Scalars['ID']['input'];
  input: TagInput;
};


export type MutationUpdateTierArgs = {
  id: Scalars['ID']['input'];
  input: TierInput;
};


export type MutationUpdateTierPolicyArgs = {
  input: TierPolicyInput;
};


export type MutationUpdateWebhookArgs = {
  id: Scalars['ID']['input'];
  input: WebhookInput;
};


export type MutationUpdateWorkspaceSettingsArgs = {
  input: WorkspaceSettingsInput;
};


export type MutationVerifyCustomerArgs = {
  id: Scalars['ID']['input'];
};


export type MutationWithdrawConsentArgs = {
  input: ConsentChangeInput;
};

/** A request as its customer sees it (no staff names). */
export type MyCustomerRequest = {
  __typename?: 'MyCustomerRequest';
  answer?: Maybe<Scalars['String']['output']>;
  answeredAt?: Maybe<Scalars['DateTime']['output']>;
  createdAt: Scalars['DateTime']['output'];
  id: Scalars['ID']['output'];
  status: CustomerRequestStatus;
  subject: Scalars['String']['output'];
  text: Scalars['String']['output'];
};

export type MyNewsConnection = {
  __typename?: 'MyNewsConnection';
  edges: Array<MyNewsEdge>;
  pageInfo: PageInfo;
};

export type MyNewsEdge = {
  __typename?: 'MyNewsEdge';
  cursor: Scalars['String']['output'];
  node: MyNewsItem;
};

/** A news post as its customer reads it, in one language. */
export type MyNewsItem = {
  __typename?: 'MyNewsItem';
  body: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  /** The one asked for when the post is written in it, else another. */
  language: Locale;
  pinned: Scalars['Boolean']['output'];
  publishedAt: Scalars['DateTime']['output'];
  /** Whether the customer has opened it. */
  read: Scalars['Boolean']['output'];
  title: Scalars['String']['output'];
};

export type MyProfileInput = {
  /** YYYY-MM-DD. */
  birthDate?: InputMaybe<Scalars['String']['input']>;
  email?: InputMaybe<Scalars['String']['input']>;
  firstName?: InputMaybe<Scalars['String']['input']>;
  /** One of the gender attribute's choices. */
  gender?: InputMaybe<Scalars['String']['input']>;
  lastName?: InputMaybe<Scalars['String']['input']>;
};

/** A browser's push subscription, as PushSubscription.toJSON() gives it. */
export type MyPushSubscriptionInput = {
  /** The 16-byte authentication secret (keys.auth), base64url. */
  auth: Scalars['String']['input'];
  /** The push service's https address for this browser. */
  endpoint: Scalars['String']['input'];
  /** The browser's P-256 public key (keys.p256dh), base64url. */
  p256dh: Scalars['String']['input'];
};

/** A news post as staff write it. */
export type NewsPost = {
  __typename?: 'NewsPost';
  body: LocalizedText;
  createdAt: Scalars['DateTime']['output'];
  createdByName: Scalars['String']['output'];
  expiresAt?: Maybe<Scalars['DateTime']['output']>;
  id: Scalars['ID']['output'];
  pinned: Scalars['Boolean']['output'];
  /** Null for a draft. */
  publishAt?: Maybe<Scalars['DateTime']['output']>;
  /** How many customers have opened it. */
  readCount: Scalars['Int']['output'];
  segmentId?: Maybe<Scalars['ID']['output']>;
  /** The segment's name; null when there is none, it was deleted, or it is another's private one. */
  segmentName?: Maybe<Scalars['String']['output']>;
  /** The post is for a segment that is private to another staff member. */
  segmentPrivate: Scalars['Boolean']['output'];
  status: NewsStatus;
  title: LocalizedText;
  updatedAt: Scalars['DateTime']['output'];
};

export type NewsPostInput = {
  /** Plain text, up to 10,000 characters in each language. */
  body: LocalizedTextInput;
  /** Kept unpublished (publishAt is cleared). */
  draft?: Scalars['Boolean']['input'];
  /** When it stops showing; after publishAt. */
  expiresAt?: InputMaybe<Scalars['DateTime']['input']>;
  /** Pinned posts come first. */
  pinned?: Scalars['Boolean']['input'];
  /** When it appears; left out: now, or, on an update, when it already appeared. */
  publishAt?: InputMaybe<Scalars['DateTime']['input']>;
  /** A saved segment: only its members see the post. */
  segmentId?: InputMaybe<Scalars['ID']['input']>;
  /** Up to 200 characters in each language; a language written needs its title and body. */
  title: LocalizedTextInput;
};

export type NewsPostPage = {
  __typename?: 'NewsPostPage';
  items: Array<NewsPost>;
  totalCount: Scalars['Int']['output'];
};

/** DRAFT (not published), SCHEDULED (publishAt ahead), LIVE (shown now), EXPIRED (past expiresAt). */
export const NewsStatus = {
  DRAFT: 'DRAFT',
  EXPIRED: 'EXPIRED',
  LIVE: 'LIVE',
  SCHEDULED: 'SCHEDULED'
} as const;

export type NewsStatus = typeof NewsStatus[keyof typeof NewsStatus];
/** A staff member's note on a customer's card. */
export type Note = {
  __typename?: 'Note';
  /** Null once the author’s account is gone. */
  authorId?: Maybe<Scalars['ID']['output']>;
  authorName: Scalars['String']['output'];
  /** Plain text with line breaks (never HTML); a mention is written @[Name](staff id). Render it as text. */
  body: Scalars['String']['output'];
  createdAt: Scalars['DateTime']['output'];
  customerId: Scalars['ID']['output'];
  id: Scalars['ID']['output'];
  mentions: Array<NoteMention>;
  pinned: Scalars['Boolean']['output'];
  updatedAt: Scalars['DateTime']['output'];
};

export type NoteConnection = {
  __typename?: 'NoteConnection';
  edges: Array<NoteEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type NoteEdge = {
  __typename?: 'NoteEdge';
  cursor: Scalars['String']['output'];
  node: Note;
};

/** A staff member a note mentions. */
export type NoteMention = {
  __typename?: 'NoteMention';
  /** Their name now (as the body wrote it if they are no longer in the directory). */
  name: Scalars['String']['output'];
  staffId: Scalars['ID']['output'];
};

/** A notice for the signed-in staff member (the bell). */
export type Notification = {
  __typename?: 'Notification';
  createdAt: Scalars['DateTime']['output'];
  id: Scalars['ID']['output'];
  /** What happened, declared by the module that wrote it: import.finished, import.failed, export.ready, job.failed, mention… The SPA words known kinds from params and shows a generic text for others. */
  kind: Scalars['String']['output'];
  /** Where a click leads: an app route (#/imports/ID) or a download (/files/ID). */
  link?: Maybe<Scalars['String']['output']>;
  /** The facts the text is made from, e.g. { fileName, rows }. */
  params: Scalars['JSON']['output'];
  /** When it was marked read; null while unread. */
  readAt?: Maybe<Scalars['DateTime']['output']>;
};

export type NotificationConnection = {
  __typename?: 'NotificationConnection';
  edges: Array<NotificationEdge>;
  pageInfo: PageInfo;
};

export type NotificationEdge = {
  __typename?: 'NotificationEdge';
  cursor: Scalars['String']['output'];
  node: Notification;
};

/** What to do with a new profile whose mobile or email a live customer already has. */
export const OnDuplicate = {
  /** Keep the profile as a child of that customer (mobile first, then email): it is listed among its sources and child profiles, not as a customer of its own. */
  ATTACH_AS_CHILD: 'ATTACH_AS_CHILD',
  /** Refuse a taken unique value (VALUE_TAKEN); a shared email is allowed. */
  REFUSE: 'REFUSE'
} as const;

export type OnDuplicate = typeof OnDuplicate[keyof typeof OnDuplicate];
export type OpenImportInput = {
  /** Detected when not given. */
  delimiter?: InputMaybe<Scalars['String']['input']>;
  /** Detected when not given. */
  encoding?: InputMaybe<Scalars['String']['input']>;
  /** An upload from POST /files. */
  fileId: Scalars['ID']['input'];
  kind: ImportKind;
  /** XLSX: the first sheet when not given. */
  sheet?: InputMaybe<Scalars['String']['input']>;
};

export type PageInfo = {
  __typename?: 'PageInfo';
  endCursor?: Maybe<Scalars['String']['output']>;
  hasNextPage: Scalars['Boolean']['output'];
  hasPreviousPage: Scalars['Boolean']['output'];
  startCursor?: Maybe<Scalars['String']['output']>;
};

/** A PENDING purchase spends at once and earns when it is paid. */
export const PaymentStatus = {
  NOT_NEEDED: 'NOT_NEEDED',
  PAID: 'PAID',
  PENDING: 'PENDING'
} as const;

export type PaymentStatus = typeof PaymentStatus[keyof typeof PaymentStatus];
/** Something a role may allow, declared by a module. */
export type Permission = {
  __typename?: 'Permission';
  /** What it allows, in English. */
  description: Scalars['String']['output'];
  /** The module that declares it, e.g. customers or ledger. */
  module: Scalars['String']['output'];
  /** e.g. customers.read */
  name: Scalars['String']['output'];
};

/** A refusal or a reason, by stable code with its parameters. */
export type Problem = {
  __typename?: 'Problem';
  code: ProblemCode;
  /** The values of the placeholders of the code’s message. */
  params: Scalars['JSON']['output'];
};

/** Why something was refused, as errors carry it in extensions.problem.code (and extensions.fields[].problem.code). Each value says its category and its English message; {name} marks a parameter in extensions.problem.params. See docs/api.md. */
export const ProblemCode = {
  /** BAD_USER_INPUT: At most {max} decimal places */
  AMOUNT_DECIMALS: 'AMOUNT_DECIMALS',
  /** BAD_USER_INPUT: Enter a number */
  AMOUNT_NOT_A_NUMBER: 'AMOUNT_NOT_A_NUMBER',
  /** BAD_USER_INPUT: At most {max} at once */
  AMOUNT_TOO_LARGE: 'AMOUNT_TOO_LARGE',
  /** BAD_USER_INPUT: This currency takes whole amounts only */
  AMOUNT_WHOLE_ONLY: 'AMOUNT_WHOLE_ONLY',
  /** BAD_USER_INPUT: The amount cannot be zero */
  AMOUNT_ZERO: 'AMOUNT_ZERO',
  /** BAD_USER_INPUT: From 1 to {max} months */
  ANALYTICS_MONTHS: 'ANALYTICS_MONTHS',
  /** UNAUTHENTICATED: This API key has expired */
  API_KEY_EXPIRED: 'API_KEY_EXPIRED',
  /** UNAUTHENTICATED: This API key is not valid */
  API_KEY_INVALID: 'API_KEY_INVALID',
  /** NOT_FOUND: API key not found */
  API_KEY_NOT_FOUND: 'API_KEY_NOT_FOUND',
  /** BAD_USER_INPUT: Choose at least one permission */
  API_KEY_PERMISSIONS_REQUIRED: 'API_KEY_PERMISSIONS_REQUIRED',
  /** BAD_USER_INPUT: The permission {permission} is for people only, never for a key */
  API_KEY_PERMISSION_PERSON_ONLY: 'API_KEY_PERMISSION_PERSON_ONLY',
  /** BAD_USER_INPUT: There is no permission {permission} */
  API_KEY_PERMISSION_UNKNOWN: 'API_KEY_PERMISSION_UNKNOWN',
  /** FORBIDDEN: An API key cannot do this; a person must sign in */
  API_KEY_PERSON_ONLY: 'API_KEY_PERSON_ONLY',
  /** RATE_LIMITED: This API key is over its limit of {limit} requests a minute; retry in {retryAfterSeconds} s */
  API_KEY_RATE_LIMITED: 'API_KEY_RATE_LIMITED',
  /** UNAUTHENTICATED: This API key was revoked */
  API_KEY_REVOKED: 'API_KEY_REVOKED',
  /** BAD_USER_INPUT: Expected an object of attribute values by key */
  ATTRIBUTES_NOT_AN_OBJECT: 'ATTRIBUTES_NOT_AN_OBJECT',
  /** BAD_USER_INPUT: The attribute "{key}" has no format to check its values by */
  ATTRIBUTE_FORMAT_NONE: 'ATTRIBUTE_FORMAT_NONE',
  /** BAD_USER_INPUT: The format "{format}" applies to {base} attributes */
  ATTRIBUTE_FORMAT_TYPE: 'ATTRIBUTE_FORMAT_TYPE',
  /** BAD_USER_INPUT: No enabled module provides the format "{format}" */
  ATTRIBUTE_FORMAT_UNKNOWN: 'ATTRIBUTE_FORMAT_UNKNOWN',
  /** BAD_USER_INPUT: Use a letter, then letters, digits or _ */
  ATTRIBUTE_GROUP_KEY_FORMAT: 'ATTRIBUTE_GROUP_KEY_FORMAT',
  /** BAD_USER_INPUT: A group "{key}" already exists */
  ATTRIBUTE_GROUP_TAKEN: 'ATTRIBUTE_GROUP_TAKEN',
  /** BAD_USER_INPUT: There is no group "{group}" */
  ATTRIBUTE_GROUP_UNKNOWN: 'ATTRIBUTE_GROUP_UNKNOWN',
  /** BAD_USER_INPUT: Use a letter, then up to 62 letters, digits or _ */
  ATTRIBUTE_KEY_FORMAT: 'ATTRIBUTE_KEY_FORMAT',
  /** BAD_USER_INPUT: An attribute "{key}" already exists (perhaps retired) */
  ATTRIBUTE_KEY_TAKEN: 'ATTRIBUTE_KEY_TAKEN',
  /** NOT_FOUND: Attribute definition not found */
  ATTRIBUTE_NOT_FOUND: 'ATTRIBUTE_NOT_FOUND',
  /** BAD_USER_INPUT: The attribute "{key}" is retired */
  ATTRIBUTE_RETIRED: 'ATTRIBUTE_RETIRED',
  /** BAD_USER_INPUT: Unknown attribute type */
  ATTRIBUTE_TYPE_UNKNOWN: 'ATTRIBUTE_TYPE_UNKNOWN',
  /** BAD_USER_INPUT: Unknown attribute "{key}" */
  ATTRIBUTE_UNKNOWN: 'ATTRIBUTE_UNKNOWN',
  /** BAD_USER_INPUT: Add at least one action */
  AUTOMATION_ACTIONS_EMPTY: 'AUTOMATION_ACTIONS_EMPTY',
  /** BAD_USER_INPUT: At most {max} actions */
  AUTOMATION_ACTIONS_TOO_MANY: 'AUTOMATION_ACTIONS_TOO_MANY',
  /** CONFLICT: The action failed unexpectedly; it is retried later */
  AUTOMATION_ACTION_FAILED: 'AUTOMATION_ACTION_FAILED',
  /** BAD_USER_INPUT: Grant an amount greater than zero */
  AUTOMATION_AMOUNT_POSITIVE: 'AUTOMATION_AMOUNT_POSITIVE',
  /** BAD_USER_INPUT: No enabled default account sends {channel} messages; add one under Channels */
  AUTOMATION_CHANNEL_NO_ACCOUNT: 'AUTOMATION_CHANNEL_NO_ACCOUNT',
  /** BAD_USER_INPUT: No installed channel sends {channel} messages */
  AUTOMATION_CHANNEL_UNKNOWN: 'AUTOMATION_CHANNEL_UNKNOWN',
  /** BAD_USER_INPUT: No date attribute "{key}" in this workspace */
  AUTOMATION_DATE_ATTRIBUTE_UNKNOWN: 'AUTOMATION_DATE_ATTRIBUTE_UNKNOWN',
  /** BAD_USER_INPUT: A whole number of days from {min} to {max} */
  AUTOMATION_DAYS_RANGE: 'AUTOMATION_DAYS_RANGE',
  /** BAD_USER_INPUT: Give the automation a name of 1 to {max} characters */
  AUTOMATION_NAME_REQUIRED: 'AUTOMATION_NAME_REQUIRED',
  /** NOT_FOUND: No such automation */
  AUTOMATION_NOT_FOUND: 'AUTOMATION_NOT_FOUND',
  /** BAD_USER_INPUT: Not a valid value for this setting */
  AUTOMATION_PARAM_INVALID: 'AUTOMATION_PARAM_INVALID',
  /** BAD_USER_INPUT: This trigger or action has no setting {param} */
  AUTOMATION_PARAM_UNKNOWN: 'AUTOMATION_PARAM_UNKNOWN',
  /** BAD_USER_INPUT: This template is written for {templateChannel}, not for {channel} */
  AUTOMATION_TEMPLATE_CHANNEL: 'AUTOMATION_TEMPLATE_CHANNEL',
  /** BAD_USER_INPUT: No tier "{key}" in this workspace */
  AUTOMATION_TIER_UNKNOWN: 'AUTOMATION_TIER_UNKNOWN',
  /** BAD_USER_INPUT: The balance is too low: {available} {currency} available, {asked} asked */
  BALANCE_TOO_LOW: 'BALANCE_TOO_LOW',
  /** BAD_USER_INPUT: The balance is too low for this */
  BALANCE_TOO_LOW_FOR_THIS: 'BALANCE_TOO_LOW_FOR_THIS',
  /** BAD_USER_INPUT: Give the amount for every customer */
  BATCH_AMOUNT_REQUIRED: 'BATCH_AMOUNT_REQUIRED',
  /** BAD_USER_INPUT: Say which column identifies the customer */
  BATCH_IDENTIFIER_REQUIRED: 'BATCH_IDENTIFIER_REQUIRED',
  /** BAD_USER_INPUT: The customer is inactive */
  BATCH_LINE_INACTIVE: 'BATCH_LINE_INACTIVE',
  /** BAD_USER_INPUT: The balance would go negative: {balance} + ({total}) */
  BATCH_LINE_NEGATIVE: 'BATCH_LINE_NEGATIVE',
  /** BAD_USER_INPUT: Not an email address */
  BATCH_LINE_NOT_AN_EMAIL: 'BATCH_LINE_NOT_AN_EMAIL',
  /** BAD_USER_INPUT: Not a phone number */
  BATCH_LINE_NOT_A_PHONE: 'BATCH_LINE_NOT_A_PHONE',
  /** BAD_USER_INPUT: No amount */
  BATCH_LINE_NO_AMOUNT: 'BATCH_LINE_NO_AMOUNT',
  /** BAD_USER_INPUT: No card number */
  BATCH_LINE_NO_CARD_NUMBER: 'BATCH_LINE_NO_CARD_NUMBER',
  /** BAD_USER_INPUT: No customer with this identifier */
  BATCH_LINE_UNMATCHED: 'BATCH_LINE_UNMATCHED',
  /** NOT_FOUND: Batch not found */
  BATCH_NOT_FOUND: 'BATCH_NOT_FOUND',
  /** BAD_USER_INPUT: The file has no lines */
  BATCH_NO_LINES: 'BATCH_NO_LINES',
  /** BAD_USER_INPUT: Upload a file, or choose a segment or a group (one of them) */
  BATCH_ONE_SOURCE: 'BATCH_ONE_SOURCE',
  /** BAD_USER_INPUT: At most {max} lines per file */
  BATCH_TOO_MANY_LINES: 'BATCH_TOO_MANY_LINES',
  /** BAD_USER_INPUT: Send the body as {expected} (got {type}) */
  BODY_CONTENT_TYPE: 'BODY_CONTENT_TYPE',
  /** BAD_USER_INPUT: Send the body in UTF-8 (got {encoding}) */
  BODY_ENCODING: 'BODY_ENCODING',
  /** BAD_USER_INPUT: The request body is not valid JSON */
  BODY_NOT_JSON: 'BODY_NOT_JSON',
  /** BAD_USER_INPUT: The request body is larger than {max} */
  BODY_TOO_LARGE: 'BODY_TOO_LARGE',
  /** BAD_USER_INPUT: A branch keeps the code it was created with */
  BRANCH_CODE_FIXED: 'BRANCH_CODE_FIXED',
  /** BAD_USER_INPUT: Another branch already has this code */
  BRANCH_CODE_TAKEN: 'BRANCH_CODE_TAKEN',
  /** BAD_USER_INPUT: The branch {branch} is inactive */
  BRANCH_INACTIVE: 'BRANCH_INACTIVE',
  /** CONFLICT: The branch has {purchases} purchases and {staff} staff members: deactivate it instead */
  BRANCH_IN_USE: 'BRANCH_IN_USE',
  /** NOT_FOUND: Branch not found */
  BRANCH_NOT_FOUND: 'BRANCH_NOT_FOUND',
  /** BAD_USER_INPUT: No such branch in this workspace */
  BRANCH_UNKNOWN: 'BRANCH_UNKNOWN',
  /** BAD_USER_INPUT: Give the attribute values to set, keyed by attribute key */
  BULK_ATTRIBUTES_EXPECTED: 'BULK_ATTRIBUTES_EXPECTED',
  /** FORBIDDEN: Deleting customers needs the {permission} permission */
  BULK_DELETE_FORBIDDEN: 'BULK_DELETE_FORBIDDEN',
  /** NOT_FOUND: Bulk job not found */
  BULK_JOB_NOT_FOUND: 'BULK_JOB_NOT_FOUND',
  /** BAD_USER_INPUT: Choose at least one tag */
  BULK_TAGS_REQUIRED: 'BULK_TAGS_REQUIRED',
  /** BAD_USER_INPUT: Cannot be negative */
  CANNOT_BE_NEGATIVE: 'CANNOT_BE_NEGATIVE',
  /** NOT_FOUND: This card was reported lost on {reportedAt}: ask the customer for their new card */
  CARD_LOST: 'CARD_LOST',
  /** BAD_USER_INPUT: The customer has no card number to report lost: give them one by editing the customer */
  CARD_NONE_TO_REPORT: 'CARD_NONE_TO_REPORT',
  /** BAD_USER_INPUT: This card number was reported lost and is never given again */
  CARD_NUMBER_LOST: 'CARD_NUMBER_LOST',
  /** CONFLICT: The tab {tab} sent content that cannot be shown (at {path}); its module must be fixed */
  CARD_TAB_CONTENT_INVALID: 'CARD_TAB_CONTENT_INVALID',
  /** CONFLICT: The tab {tab} could not be loaded; try again later */
  CARD_TAB_FAILED: 'CARD_TAB_FAILED',
  /** NOT_FOUND: No card tab {tab} */
  CARD_TAB_NOT_FOUND: 'CARD_TAB_NOT_FOUND',
  /** BAD_USER_INPUT: Expected a colour as #rrggbb */
  CATEGORY_COLOR_FORMAT: 'CATEGORY_COLOR_FORMAT',
  /** BAD_USER_INPUT: A category name has 1 to {max} characters */
  CATEGORY_NAME_LENGTH: 'CATEGORY_NAME_LENGTH',
  /** BAD_USER_INPUT: Another category already has this name */
  CATEGORY_NAME_TAKEN: 'CATEGORY_NAME_TAKEN',
  /** NOT_FOUND: Category not found */
  CATEGORY_NOT_FOUND: 'CATEGORY_NOT_FOUND',
  /** BAD_USER_INPUT: No such category */
  CATEGORY_UNKNOWN: 'CATEGORY_UNKNOWN',
  /** CONFLICT: This channel account is turned off */
  CHANNEL_ACCOUNT_DISABLED: 'CHANNEL_ACCOUNT_DISABLED',
  /** BAD_USER_INPUT: Another channel account already has this name */
  CHANNEL_ACCOUNT_NAME_TAKEN: 'CHANNEL_ACCOUNT_NAME_TAKEN',
  /** NOT_FOUND: Channel account not found */
  CHANNEL_ACCOUNT_NOT_FOUND: 'CHANNEL_ACCOUNT_NOT_FOUND',
  /** BAD_USER_INPUT: Not an address this channel can send to */
  CHANNEL_ADDRESS_INVALID: 'CHANNEL_ADDRESS_INVALID',
  /** BAD_USER_INPUT: The provider refused the address */
  CHANNEL_ADDRESS_REJECTED: 'CHANNEL_ADDRESS_REJECTED',
  /** BAD_USER_INPUT: The provider rejected the text (empty, too long or with characters it does not accept) */
  CHANNEL_MESSAGE_REJECTED: 'CHANNEL_MESSAGE_REJECTED',
  /** CONFLICT: The provider reported that the message did not reach the customer */
  CHANNEL_NOT_DELIVERED: 'CHANNEL_NOT_DELIVERED',
  /** CONFLICT: No enabled default account sends {kind} messages */
  CHANNEL_NO_ACCOUNT: 'CHANNEL_NO_ACCOUNT',
  /** CONFLICT: The provider answered something that is not in its format; the message will be retried */
  CHANNEL_PROVIDER_ANSWER_UNREADABLE: 'CHANNEL_PROVIDER_ANSWER_UNREADABLE',
  /** CONFLICT: The provider refused the channel's credentials (API key or token); check the channel's settings */
  CHANNEL_PROVIDER_AUTH_FAILED: 'CHANNEL_PROVIDER_AUTH_FAILED',
  /** BAD_USER_INPUT: An account's provider cannot be changed */
  CHANNEL_PROVIDER_CHANGED: 'CHANNEL_PROVIDER_CHANGED',
  /** CONFLICT: The provider account's balance is too low; top it up and the message will be retried */
  CHANNEL_PROVIDER_NO_CREDIT: 'CHANNEL_PROVIDER_NO_CREDIT',
  /** RATE_LIMITED: The provider asked to send more slowly; the message will be retried */
  CHANNEL_PROVIDER_RATE_LIMITED: 'CHANNEL_PROVIDER_RATE_LIMITED',
  /** CONFLICT: The provider refused the message */
  CHANNEL_PROVIDER_REFUSED: 'CHANNEL_PROVIDER_REFUSED',
  /** CONFLICT: The provider did not answer in time; the message will be retried */
  CHANNEL_PROVIDER_TIMEOUT: 'CHANNEL_PROVIDER_TIMEOUT',
  /** CONFLICT: The provider could not be reached or asked to try later */
  CHANNEL_PROVIDER_UNAVAILABLE: 'CHANNEL_PROVIDER_UNAVAILABLE',
  /** BAD_USER_INPUT: No channel provider {provider} is installed */
  CHANNEL_PROVIDER_UNKNOWN: 'CHANNEL_PROVIDER_UNKNOWN',
  /** CONFLICT: The provider could not be reached (connection refused or no such host); the message will be retried */
  CHANNEL_PROVIDER_UNREACHABLE: 'CHANNEL_PROVIDER_UNREACHABLE',
  /** CONFLICT: The customer blocked these messages (a stop list, or the Telegram bot is blocked) */
  CHANNEL_RECIPIENT_BLOCKED: 'CHANNEL_RECIPIENT_BLOCKED',
  /** CONFLICT: Secret settings cannot be stored: the server has no PATRON_SECRET_KEY */
  CHANNEL_SECRET_KEY_MISSING: 'CHANNEL_SECRET_KEY_MISSING',
  /** CONFLICT: The provider rejected the sender number or name */
  CHANNEL_SENDER_REJECTED: 'CHANNEL_SENDER_REJECTED',
  /** BAD_USER_INPUT: The channel's settings are incomplete or invalid */
  CHANNEL_SETTINGS_INVALID: 'CHANNEL_SETTINGS_INVALID',
  /** CONFLICT: The secret settings cannot be read with the current PATRON_SECRET_KEY; enter them again */
  CHANNEL_SETTINGS_UNREADABLE: 'CHANNEL_SETTINGS_UNREADABLE',
  /** BAD_USER_INPUT: Choose one of {choices} */
  CHANNEL_SETTING_CHOICE: 'CHANNEL_SETTING_CHOICE',
  /** BAD_USER_INPUT: The provider has no setting {key} */
  CHANNEL_SETTING_UNKNOWN: 'CHANNEL_SETTING_UNKNOWN',
  /** BAD_USER_INPUT: Only choice attributes have choices */
  CHOICES_NOT_ALLOWED: 'CHOICES_NOT_ALLOWED',
  /** BAD_USER_INPUT: Give at least one choice */
  CHOICES_REQUIRED: 'CHOICES_REQUIRED',
  /** BAD_USER_INPUT: "{value}" is listed twice */
  CHOICE_REPEATED: 'CHOICE_REPEATED',
  /** BAD_USER_INPUT: Use 1–64 letters, digits, _ or - */
  CHOICE_VALUE_FORMAT: 'CHOICE_VALUE_FORMAT',
  /** BAD_USER_INPUT: Unknown or repeated field {key} */
  COLUMN_UNKNOWN: 'COLUMN_UNKNOWN',
  /** BAD_USER_INPUT: A width is {min} to {max} pixels */
  COLUMN_WIDTH: 'COLUMN_WIDTH',
  /** BAD_USER_INPUT: No attribute {key} in use in this workspace */
  COMPLETENESS_ATTRIBUTE_UNKNOWN: 'COMPLETENESS_ATTRIBUTE_UNKNOWN',
  /** BAD_USER_INPUT: At most {max} fields at once */
  COMPUTED_FIELDS_TOO_MANY: 'COMPUTED_FIELDS_TOO_MANY',
  /** BAD_USER_INPUT: {key} is not a computed customer field */
  COMPUTED_FIELD_UNKNOWN: 'COMPUTED_FIELD_UNKNOWN',
  /** CONFLICT: This consent is already granted */
  CONSENT_ALREADY_GRANTED: 'CONSENT_ALREADY_GRANTED',
  /** CONFLICT: This consent is already withdrawn */
  CONSENT_ALREADY_WITHDRAWN: 'CONSENT_ALREADY_WITHDRAWN',
  /** CONFLICT: A later change of this consent is already recorded ({last}); record changes in the order they happened */
  CONSENT_AT_BEFORE_LAST: 'CONSENT_AT_BEFORE_LAST',
  /** BAD_USER_INPUT: The time a consent was given cannot be in the future */
  CONSENT_AT_IN_FUTURE: 'CONSENT_AT_IN_FUTURE',
  /** CONFLICT: Mark a phone or email verified only when the customer has consented to personal data processing */
  CONSENT_PERSONAL_DATA_REQUIRED: 'CONSENT_PERSONAL_DATA_REQUIRED',
  /** BAD_USER_INPUT: Line {line} is not text: save the file as CSV */
  CSV_NOT_TEXT: 'CSV_NOT_TEXT',
  /** BAD_USER_INPUT: The quote opened on line {line} is never closed */
  CSV_QUOTE_NOT_CLOSED: 'CSV_QUOTE_NOT_CLOSED',
  /** BAD_USER_INPUT: Line {line} cannot be read as CSV */
  CSV_UNREADABLE: 'CSV_UNREADABLE',
  /** BAD_USER_INPUT: Decimal places cannot change once a currency exists */
  CURRENCY_DECIMALS_FIXED: 'CURRENCY_DECIMALS_FIXED',
  /** BAD_USER_INPUT: Between {min} and {max} decimal places */
  CURRENCY_DECIMALS_RANGE: 'CURRENCY_DECIMALS_RANGE',
  /** BAD_USER_INPUT: {currency} is earned, never spent */
  CURRENCY_EARN_ONLY: 'CURRENCY_EARN_ONLY',
  /** BAD_USER_INPUT: The key of a currency cannot change */
  CURRENCY_KEY_FIXED: 'CURRENCY_KEY_FIXED',
  /** BAD_USER_INPUT: Another currency already has this key */
  CURRENCY_KEY_TAKEN: 'CURRENCY_KEY_TAKEN',
  /** BAD_USER_INPUT: Currencies {keys} are all called "{currency}"; give the key */
  CURRENCY_NAME_SHARED: 'CURRENCY_NAME_SHARED',
  /** NOT_FOUND: Currency not found */
  CURRENCY_NOT_FOUND: 'CURRENCY_NOT_FOUND',
  /** BAD_USER_INPUT: Each currency once */
  CURRENCY_REPEATED: 'CURRENCY_REPEATED',
  /** BAD_USER_INPUT: No currency "{currency}"; this workspace has {known} */
  CURRENCY_UNKNOWN: 'CURRENCY_UNKNOWN',
  /** BAD_USER_INPUT: The current password is wrong */
  CURRENT_PASSWORD_WRONG: 'CURRENT_PASSWORD_WRONG',
  /** BAD_USER_INPUT: This cursor was not made by this list */
  CURSOR_INVALID: 'CURSOR_INVALID',
  /** CONFLICT: This customer's personal data is already erased */
  CUSTOMER_ALREADY_ERASED: 'CUSTOMER_ALREADY_ERASED',
  /** CONFLICT: This customer is already verified */
  CUSTOMER_ALREADY_VERIFIED: 'CUSTOMER_ALREADY_VERIFIED',
  /** BAD_USER_INPUT: This customer is deleted */
  CUSTOMER_DELETED: 'CUSTOMER_DELETED',
  /** CONFLICT: This customer's personal data was erased: the profile cannot change */
  CUSTOMER_ERASED: 'CUSTOMER_ERASED',
  /** BAD_USER_INPUT: Not a customer id */
  CUSTOMER_ID_INVALID: 'CUSTOMER_ID_INVALID',
  /** BAD_USER_INPUT: This customer is inactive: inactive customers earn and spend nothing */
  CUSTOMER_INACTIVE: 'CUSTOMER_INACTIVE',
  /** NOT_FOUND: Customer not found */
  CUSTOMER_NOT_FOUND: 'CUSTOMER_NOT_FOUND',
  /** CONFLICT: The request is closed */
  CUSTOMER_REQUEST_CLOSED: 'CUSTOMER_REQUEST_CLOSED',
  /** NOT_FOUND: Customer request not found */
  CUSTOMER_REQUEST_NOT_FOUND: 'CUSTOMER_REQUEST_NOT_FOUND',
  /** BAD_USER_INPUT: Only erasing a customer sets the status ERASED */
  CUSTOMER_STATUS_RESERVED: 'CUSTOMER_STATUS_RESERVED',
  /** BAD_USER_INPUT: Not a valid email address */
  EMAIL_INVALID: 'EMAIL_INVALID',
  /** BAD_USER_INPUT: The expiry must be in the future */
  EXPIRY_NOT_FUTURE: 'EXPIRY_NOT_FUTURE',
  /** BAD_USER_INPUT: An expiry cannot be reversed */
  EXPIRY_NOT_REVERSIBLE: 'EXPIRY_NOT_REVERSIBLE',
  /** BAD_USER_INPUT: Only an addition can expire */
  EXPIRY_ONLY_ADDITION: 'EXPIRY_ONLY_ADDITION',
  /** CONFLICT: The export was cancelled */
  EXPORT_CANCELLED: 'EXPORT_CANCELLED',
  /** BAD_USER_INPUT: Choose at least one column */
  EXPORT_COLUMNS_REQUIRED: 'EXPORT_COLUMNS_REQUIRED',
  /** BAD_USER_INPUT: Choose at most {max} columns */
  EXPORT_COLUMNS_TOO_MANY: 'EXPORT_COLUMNS_TOO_MANY',
  /** FORBIDDEN: Your role cannot read the column {column} (needs {permission}) */
  EXPORT_COLUMN_FORBIDDEN: 'EXPORT_COLUMN_FORBIDDEN',
  /** NOT_FOUND: The file of this export was kept {hours} hours and is gone; export again */
  EXPORT_EXPIRED: 'EXPORT_EXPIRED',
  /** CONFLICT: The export stopped on an unexpected error; try again */
  EXPORT_FAILED: 'EXPORT_FAILED',
  /** NOT_FOUND: Export not found */
  EXPORT_NOT_FOUND: 'EXPORT_NOT_FOUND',
  /** CONFLICT: The export is not finished yet */
  EXPORT_NOT_READY: 'EXPORT_NOT_READY',
  /** BAD_USER_INPUT: The file is larger than {max}, the most that can be uploaded */
  FILE_TOO_LARGE: 'FILE_TOO_LARGE',
  /** BAD_USER_INPUT: Expected a list of groups and conditions */
  FILTER_CHILDREN_EXPECTED: 'FILTER_CHILDREN_EXPECTED',
  /** BAD_USER_INPUT: Unknown field {field} */
  FILTER_FIELD_UNKNOWN: 'FILTER_FIELD_UNKNOWN',
  /** BAD_USER_INPUT: Expected AND or OR */
  FILTER_GROUP_OP: 'FILTER_GROUP_OP',
  /** BAD_USER_INPUT: A group holds at most {max} items */
  FILTER_GROUP_TOO_WIDE: 'FILTER_GROUP_TOO_WIDE',
  /** BAD_USER_INPUT: Expected a group or a condition */
  FILTER_NODE_EXPECTED: 'FILTER_NODE_EXPECTED',
  /** BAD_USER_INPUT: Expected "group" or "condition" */
  FILTER_NODE_KIND: 'FILTER_NODE_KIND',
  /** BAD_USER_INPUT: Expected true or false */
  FILTER_NOT_FLAG: 'FILTER_NOT_FLAG',
  /** BAD_USER_INPUT: "{operator}" does not fit {kind} field "{field}"; use one of {operators} */
  FILTER_OPERATOR_MISMATCH: 'FILTER_OPERATOR_MISMATCH',
  /** BAD_USER_INPUT: The start of the range is after its end */
  FILTER_RANGE_REVERSED: 'FILTER_RANGE_REVERSED',
  /** BAD_USER_INPUT: Expected text of 1 to {max} characters */
  FILTER_TEXT_VALUE: 'FILTER_TEXT_VALUE',
  /** BAD_USER_INPUT: Groups nest at most {max} deep */
  FILTER_TOO_DEEP: 'FILTER_TOO_DEEP',
  /** BAD_USER_INPUT: A filter has at most {max} conditions */
  FILTER_TOO_MANY_CONDITIONS: 'FILTER_TOO_MANY_CONDITIONS',
  /** BAD_USER_INPUT: Expected a {kind} value */
  FILTER_VALUE: 'FILTER_VALUE',
  /** BAD_USER_INPUT: Expected a whole number of days from 1 to {max} */
  FILTER_VALUE_DAYS: 'FILTER_VALUE_DAYS',
  /** BAD_USER_INPUT: Expected a list of 1 to {max} values, each a {kind} value */
  FILTER_VALUE_LIST: 'FILTER_VALUE_LIST',
  /** BAD_USER_INPUT: Expected a month from 1 to 12, Gregorian or Jalali */
  FILTER_VALUE_MONTH: 'FILTER_VALUE_MONTH',
  /** BAD_USER_INPUT: This operator takes no value */
  FILTER_VALUE_NONE: 'FILTER_VALUE_NONE',
  /** BAD_USER_INPUT: Expected [from, to], each a {kind} value */
  FILTER_VALUE_RANGE: 'FILTER_VALUE_RANGE',
  /** FORBIDDEN: Your role does not allow this (needs {permissions}) */
  FORBIDDEN: 'FORBIDDEN',
  /** NOT_FOUND: Gift card batch not found */
  GIFT_CARD_BATCH_NOT_FOUND: 'GIFT_CARD_BATCH_NOT_FOUND',
  /** BAD_USER_INPUT: This gift card is blocked */
  GIFT_CARD_BLOCKED: 'GIFT_CARD_BLOCKED',
  /** BAD_USER_INPUT: This gift card could be redeemed until {date} */
  GIFT_CARD_EXPIRED: 'GIFT_CARD_EXPIRED',
  /** BAD_USER_INPUT: No gift card with this code */
  GIFT_CARD_NOT_FOUND: 'GIFT_CARD_NOT_FOUND',
  /** BAD_USER_INPUT: This gift card was already redeemed on {date} */
  GIFT_CARD_REDEEMED: 'GIFT_CARD_REDEEMED',
  /** BAD_USER_INPUT: A gift card is worth more than zero */
  GIFT_CARD_VALUE_POSITIVE: 'GIFT_CARD_VALUE_POSITIVE',
  /** BAD_USER_INPUT: A group name has 1 to {max} characters */
  GROUP_NAME_LENGTH: 'GROUP_NAME_LENGTH',
  /** BAD_USER_INPUT: Another group already has this name */
  GROUP_NAME_TAKEN: 'GROUP_NAME_TAKEN',
  /** NOT_FOUND: Group not found */
  GROUP_NOT_FOUND: 'GROUP_NOT_FOUND',
  /** BAD_USER_INPUT: No group with this id */
  GROUP_UNKNOWN: 'GROUP_UNKNOWN',
  /** BAD_USER_INPUT: The start of the period is after its end */
  HISTORY_PERIOD_INVALID: 'HISTORY_PERIOD_INVALID',
  /** BAD_USER_INPUT: Give every request a key of 1–200 characters, the same when retrying */
  IDEMPOTENCY_KEY_FORMAT: 'IDEMPOTENCY_KEY_FORMAT',
  /** CONFLICT: This idempotency key was already used for a different {request} */
  IDEMPOTENCY_KEY_REUSED: 'IDEMPOTENCY_KEY_REUSED',
  /** BAD_USER_INPUT: A cell on line {line} is longer than {max} characters */
  IMPORT_CELL_TOO_LARGE: 'IMPORT_CELL_TOO_LARGE',
  /** BAD_USER_INPUT: The file has no column {index} */
  IMPORT_COLUMN_UNKNOWN: 'IMPORT_COLUMN_UNKNOWN',
  /** BAD_USER_INPUT: Line {line} cannot be read as CSV */
  IMPORT_CSV_UNREADABLE: 'IMPORT_CSV_UNREADABLE',
  /** BAD_USER_INPUT: The delimiter must be one of , ; | or tab */
  IMPORT_DELIMITER_UNKNOWN: 'IMPORT_DELIMITER_UNKNOWN',
  /** BAD_USER_INPUT: Unknown encoding {encoding} */
  IMPORT_ENCODING_UNKNOWN: 'IMPORT_ENCODING_UNKNOWN',
  /** CONFLICT: The import stopped on an unexpected error; the chunks before it were applied */
  IMPORT_FAILED: 'IMPORT_FAILED',
  /** BAD_USER_INPUT: The file is empty */
  IMPORT_FILE_EMPTY: 'IMPORT_FILE_EMPTY',
  /** BAD_USER_INPUT: This file is neither CSV nor XLSX */
  IMPORT_FORMAT_UNKNOWN: 'IMPORT_FORMAT_UNKNOWN',
  /** BAD_USER_INPUT: Column {column} has no header */
  IMPORT_HEADER_BLANK: 'IMPORT_HEADER_BLANK',
  /** BAD_USER_INPUT: The header {header} appears twice (columns {first} and {second}) */
  IMPORT_HEADER_DUPLICATE: 'IMPORT_HEADER_DUPLICATE',
  /** BAD_USER_INPUT: The file has a header but no rows */
  IMPORT_HEADER_ONLY: 'IMPORT_HEADER_ONLY',
  /** BAD_USER_INPUT: Map a column to {target} to match customers on it */
  IMPORT_MATCH_COLUMN_MISSING: 'IMPORT_MATCH_COLUMN_MISSING',
  /** CONFLICT: This import is {state} and cannot be cancelled */
  IMPORT_NOT_CANCELLABLE: 'IMPORT_NOT_CANCELLABLE',
  /** CONFLICT: This import has started; its mapping can no longer change */
  IMPORT_NOT_CONFIGURABLE: 'IMPORT_NOT_CONFIGURABLE',
  /** NOT_FOUND: Import not found */
  IMPORT_NOT_FOUND: 'IMPORT_NOT_FOUND',
  /** CONFLICT: This import is {state} and cannot be started */
  IMPORT_NOT_STARTABLE: 'IMPORT_NOT_STARTABLE',
  /** BAD_USER_INPUT: Line {line} is not text (it holds NUL or control bytes) */
  IMPORT_NOT_TEXT: 'IMPORT_NOT_TEXT',
  /** BAD_USER_INPUT: The quote opened on line {line} is never closed */
  IMPORT_QUOTE_NOT_CLOSED: 'IMPORT_QUOTE_NOT_CLOSED',
  /** BAD_USER_INPUT: An opening balance cannot be negative */
  IMPORT_ROW_BALANCE_NEGATIVE: 'IMPORT_ROW_BALANCE_NEGATIVE',
  /** NOT_FOUND: No customer has this {target} */
  IMPORT_ROW_CUSTOMER_UNKNOWN: 'IMPORT_ROW_CUSTOMER_UNKNOWN',
  /** CONFLICT: Line {line} of the file already has this {target} */
  IMPORT_ROW_DUPLICATE: 'IMPORT_ROW_DUPLICATE',
  /** CONFLICT: A customer with this {target} already exists (create only) */
  IMPORT_ROW_EXISTS: 'IMPORT_ROW_EXISTS',
  /** BAD_USER_INPUT: Write items as sku:quantity:price separated by ; (for example A1:2:10.5;B7:1:3) */
  IMPORT_ROW_ITEMS_FORMAT: 'IMPORT_ROW_ITEMS_FORMAT',
  /** NOT_FOUND: No customer has this {target} (update only) */
  IMPORT_ROW_NOT_FOUND: 'IMPORT_ROW_NOT_FOUND',
  /** BAD_USER_INPUT: The row has no {target} to match a customer on */
  IMPORT_ROW_NO_MATCH_VALUE: 'IMPORT_ROW_NO_MATCH_VALUE',
  /** BAD_USER_INPUT: Write the date as YYYY-MM-DD or YYYY-MM-DD HH:MM, Gregorian or Jalali (ISO 8601) */
  IMPORT_ROW_OPERATION_DATE: 'IMPORT_ROW_OPERATION_DATE',
  /** BAD_USER_INPUT: Write the date as YYYY-MM-DD or YYYY-MM-DD HH:MM (ISO 8601) */
  IMPORT_ROW_PURCHASE_DATE: 'IMPORT_ROW_PURCHASE_DATE',
  /** BAD_USER_INPUT: The row has {got} cells where the header has {expected} */
  IMPORT_ROW_RAGGED: 'IMPORT_ROW_RAGGED',
  /** BAD_USER_INPUT: A return needs the invoice of the purchase it returns */
  IMPORT_ROW_RETURN_NO_INVOICE: 'IMPORT_ROW_RETURN_NO_INVOICE',
  /** NOT_FOUND: This customer has no purchase with invoice {invoice} */
  IMPORT_ROW_RETURN_NO_PURCHASE: 'IMPORT_ROW_RETURN_NO_PURCHASE',
  /** BAD_USER_INPUT: The file has no sheet {sheet} */
  IMPORT_SHEET_UNKNOWN: 'IMPORT_SHEET_UNKNOWN',
  /** BAD_USER_INPUT: {target} is chosen for two columns */
  IMPORT_TARGET_TWICE: 'IMPORT_TARGET_TWICE',
  /** BAD_USER_INPUT: There is nothing to import into called {target} */
  IMPORT_TARGET_UNKNOWN: 'IMPORT_TARGET_UNKNOWN',
  /** BAD_USER_INPUT: Give the template a name */
  IMPORT_TEMPLATE_NAME_REQUIRED: 'IMPORT_TEMPLATE_NAME_REQUIRED',
  /** CONFLICT: A template called {name} already exists */
  IMPORT_TEMPLATE_NAME_TAKEN: 'IMPORT_TEMPLATE_NAME_TAKEN',
  /** NOT_FOUND: Import template not found */
  IMPORT_TEMPLATE_NOT_FOUND: 'IMPORT_TEMPLATE_NOT_FOUND',
  /** BAD_USER_INPUT: The file has more than {max} columns */
  IMPORT_TOO_MANY_COLUMNS: 'IMPORT_TOO_MANY_COLUMNS',
  /** BAD_USER_INPUT: This Excel file is damaged and cannot be read */
  IMPORT_XLSX_CORRUPT: 'IMPORT_XLSX_CORRUPT',
  /** BAD_USER_INPUT: This Excel file is protected by a password: save it without one */
  IMPORT_XLSX_ENCRYPTED: 'IMPORT_XLSX_ENCRYPTED',
  /** BAD_USER_INPUT: This is an old binary Excel file (.xls): save it as .xlsx or CSV */
  IMPORT_XLS_OLD: 'IMPORT_XLS_OLD',
  /** BAD_USER_INPUT: Expected an INN: 10 digits (organisation) or 12 digits (individual) with valid check digits, got {got} */
  INN_INVALID: 'INN_INVALID',
  /** UNAUTHENTICATED: Sign in to read the schema */
  INTROSPECTION_SIGNED_IN_ONLY: 'INTROSPECTION_SIGNED_IN_ONLY',
  /** BAD_USER_INPUT: Give the item a name or a SKU */
  ITEM_NAME_OR_SKU: 'ITEM_NAME_OR_SKU',
  /** CONFLICT: A run of this job is already waiting */
  JOB_RUN_ALREADY_WAITING: 'JOB_RUN_ALREADY_WAITING',
  /** FORBIDDEN: This run serves every workspace; only the operator of the server can change it */
  JOB_RUN_GLOBAL: 'JOB_RUN_GLOBAL',
  /** CONFLICT: Only a waiting or running job can be cancelled */
  JOB_RUN_NOT_CANCELLABLE: 'JOB_RUN_NOT_CANCELLABLE',
  /** NOT_FOUND: Job run not found */
  JOB_RUN_NOT_FOUND: 'JOB_RUN_NOT_FOUND',
  /** CONFLICT: Only a failed or cancelled job can be run again */
  JOB_RUN_NOT_RETRYABLE: 'JOB_RUN_NOT_RETRYABLE',
  /** BAD_USER_INPUT: Use 1–31 lower-case Latin letters, digits or _, starting with a letter */
  KEY_FORMAT: 'KEY_FORMAT',
  /** BAD_USER_INPUT: Give the label in at least one language */
  LABEL_IN_ONE_LANGUAGE: 'LABEL_IN_ONE_LANGUAGE',
  /** CONFLICT: The workspace needs at least one active admin */
  LAST_ADMIN: 'LAST_ADMIN',
  /** BAD_USER_INPUT: A whole number of days from 1 to {max} */
  LIFECYCLE_DAYS: 'LIFECYCLE_DAYS',
  /** BAD_USER_INPUT: "Lost" must come after "at risk": more than {atRiskDays} days */
  LIFECYCLE_LOST_NOT_AFTER_AT_RISK: 'LIFECYCLE_LOST_NOT_AFTER_AT_RISK',
  /** BAD_USER_INPUT: A list */
  LIST_EXPECTED: 'LIST_EXPECTED',
  /** BAD_USER_INPUT: Choose the audience one way: a segment, a filter, a group or listed customers */
  MAILING_AUDIENCE_ONE_WAY: 'MAILING_AUDIENCE_ONE_WAY',
  /** BAD_USER_INPUT: Not a channel a mailing can use: {channel} */
  MAILING_CHANNEL_UNKNOWN: 'MAILING_CHANNEL_UNKNOWN',
  /** NOT_FOUND: This link is damaged or not ours */
  MAILING_LINK_INVALID: 'MAILING_LINK_INVALID',
  /** CONFLICT: Only a scheduled or sending mailing can be cancelled; this one is {state} */
  MAILING_NOT_CANCELLABLE: 'MAILING_NOT_CANCELLABLE',
  /** CONFLICT: Only a draft can be changed or started; this mailing is {state} */
  MAILING_NOT_DRAFT: 'MAILING_NOT_DRAFT',
  /** NOT_FOUND: Mailing not found */
  MAILING_NOT_FOUND: 'MAILING_NOT_FOUND',
  /** BAD_USER_INPUT: Expected a local time as YYYY-MM-DDTHH:MM, got {got} */
  MAILING_SEND_AT_INVALID: 'MAILING_SEND_AT_INVALID',
  /** BAD_USER_INPUT: This time has passed in the workspace time zone */
  MAILING_SEND_AT_PAST: 'MAILING_SEND_AT_PAST',
  /** BAD_USER_INPUT: Not a template id */
  MAILING_TEMPLATE_INVALID: 'MAILING_TEMPLATE_INVALID',
  /** BAD_USER_INPUT: Choose a message template before starting */
  MAILING_TEMPLATE_REQUIRED: 'MAILING_TEMPLATE_REQUIRED',
  /** BAD_USER_INPUT: Not an address {channel} can send to */
  MAILING_TEST_ADDRESS_INVALID: 'MAILING_TEST_ADDRESS_INVALID',
  /** CONFLICT: This profile is already a child of another customer; open the main profile instead */
  MERGE_ALREADY_MERGED: 'MERGE_ALREADY_MERGED',
  /** BAD_USER_INPUT: A customer cannot be merged into itself */
  MERGE_INTO_ITSELF: 'MERGE_INTO_ITSELF',
  /** NOT_FOUND: No merge of this customer to undo */
  MERGE_NOT_FOUND: 'MERGE_NOT_FOUND',
  /** BAD_USER_INPUT: An amount of money with at most two decimals */
  MONEY_FORMAT: 'MONEY_FORMAT',
  /** BAD_USER_INPUT: Must be more than zero */
  MORE_THAN_ZERO: 'MORE_THAN_ZERO',
  /** BAD_USER_INPUT: Give a name in at least one language */
  NAME_IN_ONE_LANGUAGE: 'NAME_IN_ONE_LANGUAGE',
  /** BAD_USER_INPUT: Expected an Iranian national code: 10 digits whose last is the check digit, got {got} */
  NATIONAL_CODE_INVALID: 'NATIONAL_CODE_INVALID',
  /** BAD_USER_INPUT: A post must expire after it is published */
  NEWS_EXPIRES_BEFORE_PUBLISH: 'NEWS_EXPIRES_BEFORE_PUBLISH',
  /** BAD_USER_INPUT: Write the title and text in at least one language */
  NEWS_LANGUAGE_REQUIRED: 'NEWS_LANGUAGE_REQUIRED',
  /** NOT_FOUND: News post not found */
  NEWS_NOT_FOUND: 'NEWS_NOT_FOUND',
  /** FORBIDDEN: Only the author of a note or an admin can delete it */
  NOTE_DELETE_NOT_AUTHOR: 'NOTE_DELETE_NOT_AUTHOR',
  /** FORBIDDEN: Only the author of a note can edit it */
  NOTE_EDIT_NOT_AUTHOR: 'NOTE_EDIT_NOT_AUTHOR',
  /** BAD_USER_INPUT: Write something in the note */
  NOTE_EMPTY: 'NOTE_EMPTY',
  /** BAD_USER_INPUT: A note mentions at most {max} people */
  NOTE_MENTIONS_TOO_MANY: 'NOTE_MENTIONS_TOO_MANY',
  /** BAD_USER_INPUT: The note mentions {id}, who is not an active staff member of this workspace */
  NOTE_MENTION_UNKNOWN: 'NOTE_MENTION_UNKNOWN',
  /** NOT_FOUND: Note not found */
  NOTE_NOT_FOUND: 'NOTE_NOT_FOUND',
  /** BAD_USER_INPUT: A note is at most {max} characters */
  NOTE_TOO_LONG: 'NOTE_TOO_LONG',
  /** BAD_USER_INPUT: A value of 0 or more */
  NOT_NEGATIVE: 'NOT_NEGATIVE',
  /** BAD_USER_INPUT: Write the number in digits with at most one decimal point, like 12.5 */
  NUMBER_FORMAT: 'NUMBER_FORMAT',
  /** BAD_USER_INPUT: A number from {min} to {max} */
  NUMBER_RANGE: 'NUMBER_RANGE',
  /** BAD_USER_INPUT: This operation has already been reversed */
  OPERATION_ALREADY_REVERSED: 'OPERATION_ALREADY_REVERSED',
  /** BAD_USER_INPUT: An operation cannot have happened in the future */
  OPERATION_DATE_FUTURE: 'OPERATION_DATE_FUTURE',
  /** NOT_FOUND: Operation not found */
  OPERATION_NOT_FOUND: 'OPERATION_NOT_FOUND',
  /** BAD_USER_INPUT: Ask for 1 to {max} per page */
  PAGE_SIZE: 'PAGE_SIZE',
  /** FORBIDDEN: Change your temporary password first */
  PASSWORD_CHANGE_REQUIRED: 'PASSWORD_CHANGE_REQUIRED',
  /** BAD_USER_INPUT: Use at least {min} characters */
  PASSWORD_TOO_SHORT: 'PASSWORD_TOO_SHORT',
  /** BAD_USER_INPUT: Choose a password different from the current one */
  PASSWORD_UNCHANGED: 'PASSWORD_UNCHANGED',
  /** BAD_USER_INPUT: Unknown permission {permission} */
  PERMISSION_UNKNOWN: 'PERMISSION_UNKNOWN',
  /** BAD_USER_INPUT: Not a country phone numbers can belong to: {country} */
  PHONE_COUNTRY_UNKNOWN: 'PHONE_COUNTRY_UNKNOWN',
  /** BAD_USER_INPUT: A position from 1 */
  POSITION_FROM_ONE: 'POSITION_FROM_ONE',
  /** BAD_USER_INPUT: The product {sku} is inactive and cannot be sold */
  PRODUCT_INACTIVE: 'PRODUCT_INACTIVE',
  /** CONFLICT: The product is in {purchases} purchases and {movements} stock movements: deactivate it instead */
  PRODUCT_IN_USE: 'PRODUCT_IN_USE',
  /** NOT_FOUND: Product not found */
  PRODUCT_NOT_FOUND: 'PRODUCT_NOT_FOUND',
  /** BAD_USER_INPUT: The stock of {sku} is not tracked */
  PRODUCT_NOT_TRACKED: 'PRODUCT_NOT_TRACKED',
  /** BAD_USER_INPUT: Only {available} of {sku} in stock, {asked} asked */
  PRODUCT_OUT_OF_STOCK: 'PRODUCT_OUT_OF_STOCK',
  /** BAD_USER_INPUT: A service has no stock to track */
  PRODUCT_SERVICE_NOT_TRACKED: 'PRODUCT_SERVICE_NOT_TRACKED',
  /** BAD_USER_INPUT: A product keeps the SKU it was created with */
  PRODUCT_SKU_FIXED: 'PRODUCT_SKU_FIXED',
  /** BAD_USER_INPUT: Another product already has this SKU */
  PRODUCT_SKU_TAKEN: 'PRODUCT_SKU_TAKEN',
  /** BAD_USER_INPUT: The branch {branch} is inactive */
  PURCHASE_BRANCH_INACTIVE: 'PURCHASE_BRANCH_INACTIVE',
  /** BAD_USER_INPUT: You record purchases at your branch ({yours}) only, not at {branch} */
  PURCHASE_BRANCH_NOT_YOURS: 'PURCHASE_BRANCH_NOT_YOURS',
  /** BAD_USER_INPUT: No branch with the code {branch} */
  PURCHASE_BRANCH_UNKNOWN: 'PURCHASE_BRANCH_UNKNOWN',
  /** BAD_USER_INPUT: A purchase cannot be in the future */
  PURCHASE_IN_FUTURE: 'PURCHASE_IN_FUTURE',
  /** NOT_FOUND: Purchase not found */
  PURCHASE_NOT_FOUND: 'PURCHASE_NOT_FOUND',
  /** BAD_USER_INPUT: A date after {year} */
  PURCHASE_TOO_OLD: 'PURCHASE_TOO_OLD',
  /** BAD_USER_INPUT: The browser's push address is not an https address */
  PUSH_ENDPOINT_INVALID: 'PUSH_ENDPOINT_INVALID',
  /** BAD_USER_INPUT: The browser's push subscription keys are not valid */
  PUSH_KEY_INVALID: 'PUSH_KEY_INVALID',
  /** CONFLICT: This club does not send notifications to devices */
  PUSH_NOT_AVAILABLE: 'PUSH_NOT_AVAILABLE',
  /** BAD_USER_INPUT: A quantity has at most {max} decimals */
  QUANTITY_DECIMALS: 'QUANTITY_DECIMALS',
  /** BAD_USER_INPUT: A quantity more than zero */
  QUANTITY_POSITIVE: 'QUANTITY_POSITIVE',
  /** BAD_USER_INPUT: The query costs {cost}; at most {max} is allowed */
  QUERY_TOO_COMPLEX: 'QUERY_TOO_COMPLEX',
  /** BAD_USER_INPUT: The query nests {depth} levels; at most {max} are allowed */
  QUERY_TOO_DEEP: 'QUERY_TOO_DEEP',
  /** BAD_USER_INPUT: The query has more than {max} tokens */
  QUERY_TOO_LONG: 'QUERY_TOO_LONG',
  /** BAD_USER_INPUT: The query has {count} aliases; at most {max} are allowed */
  QUERY_TOO_MANY_ALIASES: 'QUERY_TOO_MANY_ALIASES',
  /** BAD_USER_INPUT: The query has {count} directives; at most {max} are allowed */
  QUERY_TOO_MANY_DIRECTIVES: 'QUERY_TOO_MANY_DIRECTIVES',
  /** BAD_USER_INPUT: Quiet hours must start and end at different times */
  QUIET_HOURS_EMPTY: 'QUIET_HOURS_EMPTY',
  /** BAD_USER_INPUT: Expected a time as HH:MM from 00:00 to 23:59, got {got} */
  QUIET_HOURS_INVALID: 'QUIET_HOURS_INVALID',
  /** BAD_USER_INPUT: A customer cannot refer themselves */
  REFERRAL_SELF: 'REFERRAL_SELF',
  /** BAD_USER_INPUT: This customer already has a referrer */
  REFERRER_EXISTS: 'REFERRER_EXISTS',
  /** BAD_USER_INPUT: This customer has no referrer */
  REFERRER_NONE: 'REFERRER_NONE',
  /** BAD_USER_INPUT: No such customer */
  REFERRER_UNKNOWN: 'REFERRER_UNKNOWN',
  /** BAD_USER_INPUT: No such customer in this workspace */
  RELATION_CUSTOMER_UNKNOWN: 'RELATION_CUSTOMER_UNKNOWN',
  /** BAD_USER_INPUT: These customers are already linked this way */
  RELATION_EXISTS: 'RELATION_EXISTS',
  /** NOT_FOUND: Relation not found */
  RELATION_NOT_FOUND: 'RELATION_NOT_FOUND',
  /** BAD_USER_INPUT: A customer cannot be related to themselves */
  RELATION_SELF: 'RELATION_SELF',
  /** CONFLICT: {count} relations use this type; remove them first */
  RELATION_TYPE_IN_USE: 'RELATION_TYPE_IN_USE',
  /** BAD_USER_INPUT: Another relation type already has this key */
  RELATION_TYPE_KEY_TAKEN: 'RELATION_TYPE_KEY_TAKEN',
  /** NOT_FOUND: Relation type not found */
  RELATION_TYPE_NOT_FOUND: 'RELATION_TYPE_NOT_FOUND',
  /** BAD_USER_INPUT: Shipped relation types cannot be changed or deleted */
  RELATION_TYPE_SHIPPED: 'RELATION_TYPE_SHIPPED',
  /** BAD_USER_INPUT: No relation type {key} */
  RELATION_TYPE_UNKNOWN: 'RELATION_TYPE_UNKNOWN',
  /** BAD_USER_INPUT: Reorder the attributes of one group at a time */
  REORDER_ONE_GROUP: 'REORDER_ONE_GROUP',
  /** BAD_USER_INPUT: An attribute is listed twice */
  REORDER_REPEATED: 'REORDER_REPEATED',
  /** BAD_USER_INPUT: The end of the period must come after its start */
  REPORT_PERIOD_REVERSED: 'REPORT_PERIOD_REVERSED',
  /** BAD_USER_INPUT: A period of at most {years} years */
  REPORT_PERIOD_TOO_LONG: 'REPORT_PERIOD_TOO_LONG',
  /** BAD_USER_INPUT: At most {max} points per chart: choose weeks or months, or a shorter period */
  REPORT_TOO_MANY_BUCKETS: 'REPORT_TOO_MANY_BUCKETS',
  /** RATE_LIMITED: Too many requests; try again in {seconds} s */
  REQUESTS_THROTTLED: 'REQUESTS_THROTTLED',
  /** BAD_USER_INPUT: The request ran longer than {seconds} s and was stopped; ask for less at once */
  REQUEST_TIMED_OUT: 'REQUEST_TIMED_OUT',
  /** BAD_USER_INPUT: This field is required */
  REQUIRED: 'REQUIRED',
  /** BAD_USER_INPUT: This purchase has already been returned in full */
  RETURNED_IN_FULL: 'RETURNED_IN_FULL',
  /** BAD_USER_INPUT: At most {left} of line {line} is left to return */
  RETURN_ITEM_LEFT: 'RETURN_ITEM_LEFT',
  /** BAD_USER_INPUT: This purchase has no line {line} (it has {lines}) */
  RETURN_ITEM_LINE: 'RETURN_ITEM_LINE',
  /** BAD_USER_INPUT: Line {line} is named twice */
  RETURN_ITEM_TWICE: 'RETURN_ITEM_TWICE',
  /** BAD_USER_INPUT: At most {left} is left to return */
  RETURN_LEFT: 'RETURN_LEFT',
  /** BAD_USER_INPUT: A reversal cannot be reversed */
  REVERSAL_NOT_REVERSIBLE: 'REVERSAL_NOT_REVERSIBLE',
  /** CONFLICT: The admin role holds every permission and cannot be changed */
  ROLE_ADMIN_FIXED: 'ROLE_ADMIN_FIXED',
  /** CONFLICT: {count} staff members hold this role; give them another role first */
  ROLE_IN_USE: 'ROLE_IN_USE',
  /** BAD_USER_INPUT: A role key has 2 to 40 capital letters, digits or underscores and starts with a letter */
  ROLE_KEY_FORMAT: 'ROLE_KEY_FORMAT',
  /** BAD_USER_INPUT: Another role already has this key */
  ROLE_KEY_TAKEN: 'ROLE_KEY_TAKEN',
  /** NOT_FOUND: Role not found */
  ROLE_NOT_FOUND: 'ROLE_NOT_FOUND',
  /** CONFLICT: A shipped role can be edited but not deleted */
  ROLE_SHIPPED: 'ROLE_SHIPPED',
  /** BAD_USER_INPUT: No role {role} in this workspace */
  ROLE_UNKNOWN: 'ROLE_UNKNOWN',
  /** BAD_USER_INPUT: Search with at most {max} values */
  SEARCH_TOO_MANY_VALUES: 'SEARCH_TOO_MANY_VALUES',
  /** BAD_USER_INPUT: A search value has at most {max} characters */
  SEARCH_VALUE_TOO_LONG: 'SEARCH_VALUE_TOO_LONG',
  /** BAD_USER_INPUT: A segment name has 1 to {max} characters */
  SEGMENT_NAME_LENGTH: 'SEGMENT_NAME_LENGTH',
  /** NOT_FOUND: Segment not found */
  SEGMENT_NOT_FOUND: 'SEGMENT_NOT_FOUND',
  /** FORBIDDEN: Only its owner or an admin may change a shared segment */
  SEGMENT_SHARED_OWNER_ONLY: 'SEGMENT_SHARED_OWNER_ONLY',
  /** BAD_USER_INPUT: List at least one customer */
  SELECTION_IDS_EMPTY: 'SELECTION_IDS_EMPTY',
  /** BAD_USER_INPUT: List at most {max} ids; select by filter instead */
  SELECTION_IDS_TOO_MANY: 'SELECTION_IDS_TOO_MANY',
  /** BAD_USER_INPUT: Select customers one way: ids, or a filter/search/segment, or all: true */
  SELECTION_ONE_WAY: 'SELECTION_ONE_WAY',
  /** FORBIDDEN: This customer account is inactive */
  SELF_SERVICE_CUSTOMER_INACTIVE: 'SELF_SERVICE_CUSTOMER_INACTIVE',
  /** BAD_USER_INPUT: The customer has neither a mobile number nor an email to sign in with */
  SELF_SERVICE_NO_LOGIN: 'SELF_SERVICE_NO_LOGIN',
  /** FORBIDDEN: Personal data consent is withdrawn through a request to the club, not on these pages */
  SELF_SERVICE_PERSONAL_DATA_BY_REQUEST: 'SELF_SERVICE_PERSONAL_DATA_BY_REQUEST',
  /** BAD_USER_INPUT: The code is wrong; tries left: {triesLeft} */
  SELF_SERVICE_RESET_CODE_WRONG: 'SELF_SERVICE_RESET_CODE_WRONG',
  /** BAD_USER_INPUT: This code has expired or was used up; ask for a new one */
  SELF_SERVICE_RESET_EXPIRED: 'SELF_SERVICE_RESET_EXPIRED',
  /** BAD_USER_INPUT: This link has expired or was used already; ask for a new one on the sign-in page */
  SELF_SERVICE_RESET_LINK_INVALID: 'SELF_SERVICE_RESET_LINK_INVALID',
  /** CONFLICT: This club cannot send emails yet; use your mobile number, or ask the club for a new password */
  SELF_SERVICE_RESET_NO_EMAIL: 'SELF_SERVICE_RESET_NO_EMAIL',
  /** CONFLICT: This club cannot send text messages yet; use your email, or ask the club for a new password */
  SELF_SERVICE_RESET_NO_SMS: 'SELF_SERVICE_RESET_NO_SMS',
  /** UNAUTHENTICATED: Wrong login or password */
  SELF_SERVICE_SIGN_IN_FAILED: 'SELF_SERVICE_SIGN_IN_FAILED',
  /** BAD_USER_INPUT: This link has expired or was used already; ask for a new invitation */
  SELF_SERVICE_TOKEN_INVALID: 'SELF_SERVICE_TOKEN_INVALID',
  /** CONFLICT: You are a member already; sign in with your mobile number and password */
  SELF_SIGN_UP_ALREADY_MEMBER: 'SELF_SIGN_UP_ALREADY_MEMBER',
  /** FORBIDDEN: This club does not take sign-ups on its pages */
  SELF_SIGN_UP_CLOSED: 'SELF_SIGN_UP_CLOSED',
  /** BAD_USER_INPUT: The code is wrong */
  SELF_SIGN_UP_CODE_WRONG: 'SELF_SIGN_UP_CODE_WRONG',
  /** BAD_USER_INPUT: This code has expired; ask for a new one */
  SELF_SIGN_UP_EXPIRED: 'SELF_SIGN_UP_EXPIRED',
  /** CONFLICT: This club cannot send text messages yet; ask the club to sign you up */
  SELF_SIGN_UP_NO_SMS: 'SELF_SIGN_UP_NO_SMS',
  /** NOT_FOUND: This session has ended or is not yours */
  SESSION_NOT_FOUND: 'SESSION_NOT_FOUND',
  /** UNAUTHENTICATED: Wrong email or password */
  SIGN_IN_FAILED: 'SIGN_IN_FAILED',
  /** RATE_LIMITED: Too many failed sign-ins; try again in {minutes} min */
  SIGN_IN_THROTTLED: 'SIGN_IN_THROTTLED',
  /** BAD_USER_INPUT: Give the product SKU */
  SKU_REQUIRED: 'SKU_REQUIRED',
  /** BAD_USER_INPUT: Expected a SNILS: 11 digits whose last two are the check number, got {got} */
  SNILS_INVALID: 'SNILS_INVALID',
  /** BAD_USER_INPUT: Cannot sort by {field}; use one of {fields} */
  SORT_FIELD_UNKNOWN: 'SORT_FIELD_UNKNOWN',
  /** BAD_USER_INPUT: At most {max} a day can be paid with balances; {used} already used on {date} */
  SPEND_CAP_DAY: 'SPEND_CAP_DAY',
  /** BAD_USER_INPUT: At most {max} of this invoice can be paid with balances ({percent}%) */
  SPEND_CAP_INVOICE: 'SPEND_CAP_INVOICE',
  /** BAD_USER_INPUT: A spend is negative */
  SPEND_NOT_NEGATIVE: 'SPEND_NOT_NEGATIVE',
  /** BAD_USER_INPUT: The balances used are worth {value}, more than the invoice */
  SPEND_OVER_INVOICE: 'SPEND_OVER_INVOICE',
  /** BAD_USER_INPUT: A staff member already uses this email */
  STAFF_EMAIL_TAKEN: 'STAFF_EMAIL_TAKEN',
  /** NOT_FOUND: Staff member not found */
  STAFF_NOT_FOUND: 'STAFF_NOT_FOUND',
  /** BAD_USER_INPUT: System attributes cannot be retired */
  SYSTEM_ATTRIBUTE_RETIRE: 'SYSTEM_ATTRIBUTE_RETIRE',
  /** BAD_USER_INPUT: Expected a colour as #rrggbb */
  TAG_COLOR_FORMAT: 'TAG_COLOR_FORMAT',
  /** BAD_USER_INPUT: Expected tag ids */
  TAG_IDS_EXPECTED: 'TAG_IDS_EXPECTED',
  /** BAD_USER_INPUT: A tag name has 1 to {max} characters */
  TAG_NAME_LENGTH: 'TAG_NAME_LENGTH',
  /** BAD_USER_INPUT: Another tag already has this name */
  TAG_NAME_TAKEN: 'TAG_NAME_TAKEN',
  /** NOT_FOUND: Tag not found */
  TAG_NOT_FOUND: 'TAG_NOT_FOUND',
  /** BAD_USER_INPUT: No tag with id {id} */
  TAG_UNKNOWN: 'TAG_UNKNOWN',
  /** BAD_USER_INPUT: Write the text or the HTML of the {language} email */
  TEMPLATE_BODY_REQUIRED: 'TEMPLATE_BODY_REQUIRED',
  /** BAD_USER_INPUT: A channel is written in capitals, like EMAIL, SMS or TELEGRAM ({channel}) */
  TEMPLATE_CHANNEL_INVALID: 'TEMPLATE_CHANNEL_INVALID',
  /** BAD_USER_INPUT: Write the message in at least one language */
  TEMPLATE_LANGUAGES_REQUIRED: 'TEMPLATE_LANGUAGES_REQUIRED',
  /** BAD_USER_INPUT: The language {language} is given twice */
  TEMPLATE_LANGUAGE_REPEATED: 'TEMPLATE_LANGUAGE_REPEATED',
  /** BAD_USER_INPUT: Another template is called {name} */
  TEMPLATE_NAME_TAKEN: 'TEMPLATE_NAME_TAKEN',
  /** NOT_FOUND: Message template not found */
  TEMPLATE_NOT_FOUND: 'TEMPLATE_NOT_FOUND',
  /** BAD_USER_INPUT: A {channel} message has no {part} */
  TEMPLATE_PART_NOT_FOR_CHANNEL: 'TEMPLATE_PART_NOT_FOR_CHANNEL',
  /** BAD_USER_INPUT: The message could not be rendered: {message} */
  TEMPLATE_RENDER_FAILED: 'TEMPLATE_RENDER_FAILED',
  /** BAD_USER_INPUT: Template error in {language} {part}, line {line}, column {column}: {message} */
  TEMPLATE_SYNTAX: 'TEMPLATE_SYNTAX',
  /** BAD_USER_INPUT: The tag {tag} is not allowed in messages ({language} {part}, line {line}, column {column}) */
  TEMPLATE_TAG_FORBIDDEN: 'TEMPLATE_TAG_FORBIDDEN',
  /** BAD_USER_INPUT: The customer has no value for {variable}; give a fallback with the default filter */
  TEMPLATE_VARIABLE_MISSING: 'TEMPLATE_VARIABLE_MISSING',
  /** BAD_USER_INPUT: Unknown variable {variable} in {language} {part}, line {line}, column {column} */
  TEMPLATE_VARIABLE_UNKNOWN: 'TEMPLATE_VARIABLE_UNKNOWN',
  /** BAD_USER_INPUT: Contains a character that cannot be stored (a NUL or half of a broken character) */
  TEXT_UNSTORABLE: 'TEXT_UNSTORABLE',
  /** BAD_USER_INPUT: NEVER, IMMEDIATE or PERIOD_END */
  TIER_DOWNGRADE_POLICY: 'TIER_DOWNGRADE_POLICY',
  /** BAD_USER_INPUT: The key of a tier cannot change */
  TIER_KEY_FIXED: 'TIER_KEY_FIXED',
  /** BAD_USER_INPUT: Another tier already has this key */
  TIER_KEY_TAKEN: 'TIER_KEY_TAKEN',
  /** BAD_USER_INPUT: A whole number of purchases, 0 or more */
  TIER_MIN_PURCHASE_COUNT: 'TIER_MIN_PURCHASE_COUNT',
  /** BAD_USER_INPUT: An amount of 0 or more with at most 2 decimals */
  TIER_MIN_PURCHASE_TOTAL: 'TIER_MIN_PURCHASE_TOTAL',
  /** BAD_USER_INPUT: An amount of XP, 0 or more */
  TIER_MIN_XP: 'TIER_MIN_XP',
  /** NOT_FOUND: Tier not found */
  TIER_NOT_FOUND: 'TIER_NOT_FOUND',
  /** BAD_USER_INPUT: Whole months from {min} to {max} */
  TIER_PERIOD_MONTHS: 'TIER_PERIOD_MONTHS',
  /** BAD_USER_INPUT: A position from 1 (the lowest tier) */
  TIER_POSITION: 'TIER_POSITION',
  /** BAD_USER_INPUT: No tier with this id */
  TIER_UNKNOWN: 'TIER_UNKNOWN',
  /** BAD_USER_INPUT: Whole days from 1 to {max}, or empty for all time */
  TIER_WINDOW_DAYS: 'TIER_WINDOW_DAYS',
  /** BAD_USER_INPUT: Not a time zone (e.g. Asia/Tehran) */
  TIME_ZONE_INVALID: 'TIME_ZONE_INVALID',
  /** BAD_USER_INPUT: Not a time zone: {zone} (expected a name such as Asia/Tehran) */
  TIME_ZONE_UNKNOWN: 'TIME_ZONE_UNKNOWN',
  /** BAD_USER_INPUT: Too large */
  TOO_LARGE: 'TOO_LARGE',
  /** BAD_USER_INPUT: At most {max} characters */
  TOO_LONG: 'TOO_LONG',
  /** BAD_USER_INPUT: At most {max} items */
  TOO_MANY_ITEMS: 'TOO_MANY_ITEMS',
  /** CONFLICT: Two-factor sign-in is already on */
  TWO_FACTOR_ALREADY_ON: 'TWO_FACTOR_ALREADY_ON',
  /** UNAUTHENTICATED: The sign-in took too long; enter your email and password again */
  TWO_FACTOR_CHALLENGE_EXPIRED: 'TWO_FACTOR_CHALLENGE_EXPIRED',
  /** BAD_USER_INPUT: This code has just been used; wait for the next one */
  TWO_FACTOR_CODE_USED: 'TWO_FACTOR_CODE_USED',
  /** BAD_USER_INPUT: Wrong code; enter the current one from your app */
  TWO_FACTOR_CODE_WRONG: 'TWO_FACTOR_CODE_WRONG',
  /** CONFLICT: Start setting up two-factor sign-in first */
  TWO_FACTOR_NOT_STARTED: 'TWO_FACTOR_NOT_STARTED',
  /** UNAUTHENTICATED: Enter the code from your authenticator app */
  TWO_FACTOR_REQUIRED: 'TWO_FACTOR_REQUIRED',
  /** CONFLICT: Your workspace requires two-factor sign-in for your role; it cannot be turned off */
  TWO_FACTOR_REQUIRED_BY_WORKSPACE: 'TWO_FACTOR_REQUIRED_BY_WORKSPACE',
  /** CONFLICT: Two-factor sign-in cannot be set up: the server has no PATRON_SECRET_KEY */
  TWO_FACTOR_SECRET_KEY_MISSING: 'TWO_FACTOR_SECRET_KEY_MISSING',
  /** FORBIDDEN: Your workspace requires two-factor sign-in for your role; set it up first */
  TWO_FACTOR_SETUP_REQUIRED: 'TWO_FACTOR_SETUP_REQUIRED',
  /** UNAUTHENTICATED: Sign in first */
  UNAUTHENTICATED: 'UNAUTHENTICATED',
  /** CONFLICT: The main profile has spent part of the {currency} balance it received ({available} left, {needed} needed) */
  UNMERGE_BALANCE_SPENT: 'UNMERGE_BALANCE_SPENT',
  /** CONFLICT: The main profile has itself been merged or deleted since; undo that first */
  UNMERGE_MAIN_GONE: 'UNMERGE_MAIN_GONE',
  /** CONFLICT: A merge can be undone for {days} days; this one is older */
  UNMERGE_TOO_LATE: 'UNMERGE_TOO_LATE',
  /** CONFLICT: Another customer now has this profile's {field}; change it there before undoing the merge */
  UNMERGE_VALUE_TAKEN: 'UNMERGE_VALUE_TAKEN',
  /** BAD_USER_INPUT: This unsubscribe link is damaged or not ours */
  UNSUBSCRIBE_LINK_INVALID: 'UNSUBSCRIBE_LINK_INVALID',
  /** NOT_FOUND: No uploaded file with this id (files are kept {hours} h); upload it again */
  UPLOADED_FILE_NOT_FOUND: 'UPLOADED_FILE_NOT_FOUND',
  /** BAD_USER_INPUT: The uploaded file is empty */
  UPLOAD_EMPTY: 'UPLOAD_EMPTY',
  /** BAD_USER_INPUT: Uploads need the header {header} */
  UPLOAD_HEADER_REQUIRED: 'UPLOAD_HEADER_REQUIRED',
  /** BAD_USER_INPUT: Give both lat and lng, or neither */
  VALUE_ADDRESS_BOTH_COORDINATES: 'VALUE_ADDRESS_BOTH_COORDINATES',
  /** BAD_USER_INPUT: {name} must be a number from -{limit} to {limit}, got {got} */
  VALUE_ADDRESS_COORDINATE: 'VALUE_ADDRESS_COORDINATE',
  /** BAD_USER_INPUT: An address has only text, lat and lng, not {field} */
  VALUE_ADDRESS_FIELD: 'VALUE_ADDRESS_FIELD',
  /** BAD_USER_INPUT: An address needs its text */
  VALUE_ADDRESS_TEXT_REQUIRED: 'VALUE_ADDRESS_TEXT_REQUIRED',
  /** BAD_USER_INPUT: The format "{format}" could not check this value */
  VALUE_FORMAT_FAILED: 'VALUE_FORMAT_FAILED',
  /** BAD_USER_INPUT: Not a valid value of the format "{format}": {got} */
  VALUE_FORMAT_REFUSED: 'VALUE_FORMAT_REFUSED',
  /** BAD_USER_INPUT: Expected an amount with at most 2 decimals, got {got} */
  VALUE_MONEY_DECIMALS: 'VALUE_MONEY_DECIMALS',
  /** BAD_USER_INPUT: Expected an address as text or as an object with text, lat and lng, got {got} */
  VALUE_NOT_ADDRESS: 'VALUE_NOT_ADDRESS',
  /** BAD_USER_INPUT: Expected true or false, got {got} */
  VALUE_NOT_BOOLEAN: 'VALUE_NOT_BOOLEAN',
  /** BAD_USER_INPUT: {got} is not one of the choices: {choices} */
  VALUE_NOT_CHOICE: 'VALUE_NOT_CHOICE',
  /** BAD_USER_INPUT: Expected a list of choices, got {got} */
  VALUE_NOT_CHOICE_LIST: 'VALUE_NOT_CHOICE_LIST',
  /** BAD_USER_INPUT: Expected a date as YYYY-MM-DD, got {got} */
  VALUE_NOT_DATE: 'VALUE_NOT_DATE',
  /** BAD_USER_INPUT: Expected a date and time in ISO 8601 form such as 2024-05-01T14:30:00Z, got {got} */
  VALUE_NOT_DATETIME: 'VALUE_NOT_DATETIME',
  /** BAD_USER_INPUT: Not a valid email address: {got} */
  VALUE_NOT_EMAIL: 'VALUE_NOT_EMAIL',
  /** BAD_USER_INPUT: Expected an amount of money, got {got} */
  VALUE_NOT_MONEY: 'VALUE_NOT_MONEY',
  /** BAD_USER_INPUT: Expected a number, got {got} */
  VALUE_NOT_NUMBER: 'VALUE_NOT_NUMBER',
  /** BAD_USER_INPUT: Not a valid phone number: {got} */
  VALUE_NOT_PHONE: 'VALUE_NOT_PHONE',
  /** BAD_USER_INPUT: Expected text, got {got} */
  VALUE_NOT_TEXT: 'VALUE_NOT_TEXT',
  /** BAD_USER_INPUT: Expected a web address starting with http:// or https://, got {got} */
  VALUE_NOT_URL: 'VALUE_NOT_URL',
  /** BAD_USER_INPUT: Another customer already has this value */
  VALUE_TAKEN: 'VALUE_TAKEN',
  /** BAD_USER_INPUT: The text is longer than {max} characters ({length}) */
  VALUE_TOO_LONG: 'VALUE_TOO_LONG',
  /** BAD_USER_INPUT: The text contains characters that cannot be stored */
  VALUE_UNSTORABLE: 'VALUE_UNSTORABLE',
  /** BAD_USER_INPUT: Expected a web address of at most {max} characters */
  VALUE_URL_TOO_LONG: 'VALUE_URL_TOO_LONG',
  /** BAD_USER_INPUT: Expected a year from {min} to {max}, got {got} */
  VALUE_YEAR_RANGE: 'VALUE_YEAR_RANGE',
  /** BAD_USER_INPUT: The customer has no email address to verify */
  VERIFICATION_NO_EMAIL: 'VERIFICATION_NO_EMAIL',
  /** BAD_USER_INPUT: The customer has no mobile number to verify */
  VERIFICATION_NO_PHONE: 'VERIFICATION_NO_PHONE',
  /** NOT_FOUND: Webhook delivery not found */
  WEBHOOK_DELIVERY_NOT_FOUND: 'WEBHOOK_DELIVERY_NOT_FOUND',
  /** CONFLICT: The webhook is disabled: enable it first */
  WEBHOOK_DISABLED: 'WEBHOOK_DISABLED',
  /** BAD_USER_INPUT: Choose at least one event */
  WEBHOOK_EVENTS_REQUIRED: 'WEBHOOK_EVENTS_REQUIRED',
  /** BAD_USER_INPUT: There is no event {event} */
  WEBHOOK_EVENT_UNKNOWN: 'WEBHOOK_EVENT_UNKNOWN',
  /** NOT_FOUND: Webhook not found */
  WEBHOOK_NOT_FOUND: 'WEBHOOK_NOT_FOUND',
  /** CONFLICT: The server has no PATRON_SECRET_KEY, so it cannot keep webhook signing secrets */
  WEBHOOK_SECRET_KEY_MISSING: 'WEBHOOK_SECRET_KEY_MISSING',
  /** BAD_USER_INPUT: Expected a full web address, e.g. https://shop.example.com/patron */
  WEBHOOK_URL_INVALID: 'WEBHOOK_URL_INVALID',
  /** BAD_USER_INPUT: Webhooks are sent to https:// addresses only */
  WEBHOOK_URL_NOT_HTTPS: 'WEBHOOK_URL_NOT_HTTPS',
  /** BAD_USER_INPUT: Webhooks are sent to public hosts only, not to {host} */
  WEBHOOK_URL_PRIVATE: 'WEBHOOK_URL_PRIVATE',
  /** BAD_USER_INPUT: A weekday from 0 (Sunday) to 6 */
  WEEKDAY_RANGE: 'WEEKDAY_RANGE'
} as const;

export type ProblemCode = typeof ProblemCode[keyof typeof ProblemCode];
/** A product or service of the workspace’s catalogue. */
export type Product = {
  __typename?: 'Product';
  /** An inactive product cannot be sold. */
  active: Scalars['Boolean']['output'];
  createdAt: Scalars['DateTime']['output'];
  id: Scalars['ID']['output'];
  kind: ProductKind;
  /** Tracked, with a reorder level, and at or under it. */
  lowStock: Scalars['Boolean']['output'];
  /** Its stock movements, newest first. */
  movements: StockMovementConnection;
  name: LocalizedText;
  /** Stock on hand, three decimals at most; 0 when not tracked. */
  onHand: Scalars['Float']['output'];
  /** Price of one unit, in money. */
  price: Scalars['Float']['output'];
  /** Low stock at or under this; null: no warning. */
  reorderLevel?: Maybe<Scalars['Float']['output']>;
  /** What purchase items name the product by (compared without case): 1–100 characters, unique in the workspace, fixed once given. */
  sku: Scalars['String']['output'];
  /** Whether purchases, returns, receipts and stocktakes move its stock. */
  tracked: Scalars['Boolean']['output'];
  /** piece, kg…; empty when not said. */
  unit: Scalars['String']['output'];
  updatedAt: Scalars['DateTime']['output'];
};


/** A product or service of the workspace’s catalogue. */
export type ProductMovementsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: Scalars['Int']['input'];
};

export type ProductInput = {
  kind: ProductKind;
  /** In at least one language, 100 characters at most. */
  name: LocalizedTextInput;
  /** Two decimals at most, not negative. */
  price: Scalars['Float']['input'];
  reorderLevel?: InputMaybe<Scalars['Float']['input']>;
  /** Required when creating; fixed afterwards: another one is PRODUCT_SKU_FIXED. */
  sku?: InputMaybe<Scalars['String']['input']>;
  /** Products only (a service is PRODUCT_SERVICE_NOT_TRACKED). */
  tracked?: InputMaybe<Scalars['Boolean']['input']>;
  /** 20 characters at most. */
  unit?: InputMaybe<Scalars['String']['input']>;
};

/** Goods (may track stock) or a service. */
export const ProductKind = {
  PRODUCT: 'PRODUCT',
  SERVICE: 'SERVICE'
} as const;

export type ProductKind = typeof ProductKind[keyof typeof ProductKind];
export type ProductSales = {
  __typename?: 'ProductSales';
  product: Product;
  /** Sold over the period, net of the part returned. */
  quantity: Scalars['Float']['output'];
  /** Money those items brought, net of the part returned. */
  revenue: Scalars['Float']['output'];
};

export type ProfileCompleteness = {
  __typename?: 'ProfileCompleteness';
  /** Attributes the workspace counts (WorkspaceSettings.completenessAttributes). */
  counted: Scalars['Int']['output'];
  /** Counted attributes with a value. */
  filled: Scalars['Int']['output'];
  /** Counted attributes without a value, in form order. */
  missing: Array<MissingAttribute>;
  /** filled / counted, 0 to 1. */
  share: Scalars['Float']['output'];
};

export type ProgrammeInput = {
  rules?: InputMaybe<Scalars['JSON']['input']>;
  /** Sets the workspace's time zone, as updateWorkspaceSettings does (one clock per workspace). */
  timeZone?: InputMaybe<Scalars['String']['input']>;
};

export type Purchase = {
  __typename?: 'Purchase';
  actor: HistoryActor;
  amount: Scalars['Float']['output'];
  branch: Scalars['String']['output'];
  /** The branch whose code `branch` is; null for a purchase at no branch, or whose branch is free text from before branches. */
  branchInfo?: Maybe<Branch>;
  createdAt: Scalars['DateTime']['output'];
  customerId: Scalars['ID']['output'];
  id: Scalars['ID']['output'];
  invoiceNumber: Scalars['String']['output'];
  items: Array<PurchaseItem>;
  ledger: Array<PurchaseLedgerEntry>;
  paidAmount: Scalars['Float']['output'];
  paymentStatus: PaymentStatus;
  purchasedAt: Scalars['DateTime']['output'];
  returnedAmount: Scalars['Float']['output'];
  /** What the balances spent were worth. */
  spentValue: Scalars['Float']['output'];
};

export type PurchaseConnection = {
  __typename?: 'PurchaseConnection';
  edges: Array<PurchaseEdge>;
  pageInfo: PageInfo;
};

export type PurchaseEdge = {
  __typename?: 'PurchaseEdge';
  cursor: Scalars['String']['output'];
  node: Purchase;
};

export type PurchaseItem = {
  __typename?: 'PurchaseItem';
  name: Scalars['String']['output'];
  /** Price of one unit. */
  price: Scalars['Float']['output'];
  quantity: Scalars['Float']['output'];
  /** How much of the line returns that named it have taken back. */
  returnedQuantity: Scalars['Float']['output'];
  sku: Scalars['String']['output'];
};

export type PurchaseItemInput = {
  name?: InputMaybe<Scalars['String']['input']>;
  price?: InputMaybe<Scalars['Float']['input']>;
  /** Default 1. */
  quantity?: InputMaybe<Scalars['Float']['input']>;
  sku?: InputMaybe<Scalars['String']['input']>;
};

/** An operation a purchase or a return wrote. */
export type PurchaseLedgerEntry = {
  __typename?: 'PurchaseLedgerEntry';
  /** Signed, in units of the currency. */
  amount: Scalars['Float']['output'];
  currency: Scalars['String']['output'];
  customerId: Scalars['ID']['output'];
  operationId: Scalars['ID']['output'];
  /** SPEND, EARN or REFERRAL (the referrer’s share). */
  role: Scalars['String']['output'];
};

export type PurchaseMonth = {
  __typename?: 'PurchaseMonth';
  /** Purchase amounts, in money. */
  amount: Scalars['Float']['output'];
  count: Scalars['Int']['output'];
  /** Its first day, YYYY-MM-DD (Gregorian), in the workspace time zone. */
  from: Scalars['String']['output'];
  /** YYYY-MM in the calendar asked for. */
  month: Scalars['String']['output'];
  /** What was returned of these purchases, in money. */
  returnedAmount: Scalars['Float']['output'];
};

export type PurchaseReturn = {
  __typename?: 'PurchaseReturn';
  amount: Scalars['Float']['output'];
  createdAt: Scalars['DateTime']['output'];
  id: Scalars['ID']['output'];
  /** The lines it named; empty for a return by money alone. */
  items: Array<ReturnedItem>;
  ledger: Array<PurchaseLedgerEntry>;
  purchaseId: Scalars['ID']['output'];
  reason: Scalars['String']['output'];
  /** Earnings that could not be taken back because they had been spent, per customer and currency. */
  shortfall: Array<CurrencyAmount>;
};

export type PurchaseSummary = {
  __typename?: 'PurchaseSummary';
  count: Scalars['Int']['output'];
  firstPurchaseAt?: Maybe<Scalars['DateTime']['output']>;
  lastPurchaseAt?: Maybe<Scalars['DateTime']['output']>;
  /** Purchases net of returns, plus the opening total. */
  total: Scalars['Float']['output'];
};

export type Query = {
  __typename?: 'Query';
  /** The permissions a key may hold. */
  apiKeyPermissions: Array<ApiKeyPermission>;
  /** Every key of the workspace, revoked ones too, newest first. */
  apiKeys: Array<ApiKey>;
  /** The attribute registry, in group and position order. */
  attributeDefinitions: Array<AttributeDefinition>;
  /** The formats enabled modules provide, which attributes of their base type may use. */
  attributeFormats: Array<AttributeFormat>;
  attributeGroups: Array<AttributeGroup>;
  /** Checks the attribute's stored values by a format: the one about to be chosen, or without `format` its own. Reads every live customer with a value, a batch at a time. */
  attributeValuesCheck: AttributeValuesCheck;
  /** The audit log of the workspace, newest first. */
  auditEvents: AuditEventConnection;
  automation: Automation;
  /** An automation's run log, newest first. */
  automationRuns: AutomationRunConnection;
  /** The workspace's automations, by name. */
  automations: Array<Automation>;
  balanceBatch: BalanceBatch;
  /** Null when the workspace has no such branch. */
  branch?: Maybe<Branch>;
  /** The branches of the workspace, by code. */
  branches: Array<Branch>;
  bulkJob: BulkJob;
  /** The workspace's most recent bulk jobs, newest first. */
  bulkJobs: Array<BulkJob>;
  /** Every category of the workspace, by name. */
  categories: Array<Category>;
  channelAccount: ChannelAccount;
  /** The workspace's channel accounts, by kind and name. */
  channelAccounts: Array<ChannelAccount>;
  /** Every channel provider the installed modules bring. */
  channelProviders: Array<ChannelProvider>;
  /** Whether a customer had consented at a moment, e.g. "to SMS on 1 March", and the record in force. */
  consentAt: ConsentAt;
  /** The balances this workspace keeps, in display order. */
  currencies: Array<Currency>;
  customer: Customer;
  /** The customer holding this card number (a till reading a card). A lost card is CARD_LOST with when it was reported, never the new number; else CUSTOMER_NOT_FOUND. */
  customerByCard: Customer;
  /** One card tab's content for the customer, made by its module when asked. CARD_TAB_FAILED when the module fails or takes over 5 s, CARD_TAB_CONTENT_INVALID when its content cannot be shown. */
  customerCardTab: CardTabContent;
  /** The tabs modules add to this customer's card that the caller may see (each tab's permission), in order. */
  customerCardTabs: Array<CustomerCardTab>;
  /** Exact number of customers matching search AND filter AND segment. */
  customerCount: Scalars['Int']['output'];
  /** Everything held about the customer (profile, child profiles, tags, tier, balances, ledger, purchases, referrals, history) as one JSON document: the customer's right of access. */
  customerData: Scalars['JSON']['output'];
  /** One of your exports. */
  customerExport: CustomerExport;
  /** Your most recent exports, newest first. */
  customerExports: Array<CustomerExport>;
  /** Every field a filter, a column or a sort can use: attributes, status, tags, createdAt, updatedAt and fields other modules register. */
  customerFields: Array<CustomerField>;
  /** A customer's notes: pinned first, then newest first. */
  customerNotes: NoteConnection;
  /** Customers' requests, newest first. */
  customerRequests: CustomerRequestConnection;
  /** Customers matching search (any chip) AND filter AND segment, a page at a time (keyset cursors over any sortable field). */
  customers: CustomerConnection;
  /** The reports dashboard of a period; see the Dashboard type. */
  dashboard: Dashboard;
  /** Pairs of customers that may be one person, best candidates first, with counts per reason (computed by a background job). */
  duplicateCandidates: DuplicateCandidatesPage;
  /** The most common email domains among customers (email-domain plugin). */
  emailDomainStats: Array<EmailDomainCount>;
  /** The card with this code, typed in any case, grouping or digit script; null when the workspace has none. */
  giftCard?: Maybe<GiftCard>;
  giftCardBatch?: Maybe<GiftCardBatch>;
  /** Newest first. */
  giftCardBatches: Array<GiftCardBatch>;
  /** Newest batch first, then by code. */
  giftCards: GiftCardPage;
  /** Manual groups of the workspace, by name. */
  groups: Array<CustomerGroup>;
  import?: Maybe<Import>;
  /** The first rows as they would be stored, each with its outcome. */
  importPreview: ImportPreview;
  /** What columns can be imported into, for a kind of import. */
  importTargets: Array<ImportTarget>;
  importTemplates: Array<ImportTemplate>;
  /** The workspace's imports, newest first. */
  imports: ImportConnection;
  /** Recent runs of background jobs: the workspace’s own and those serving every workspace; newest first. */
  jobs: JobRunConnection;
  /** The earning and spending rules for customers without a tier. */
  loyaltyProgramme: LoyaltyProgramme;
  mailing: Mailing;
  /** Counts an audience live: everyone it selects, who would be reached, the others by reason. */
  mailingAudience: MailingAudienceCount;
  /** Messages by state, failures and skips by reason, and purchases attributed to the mailing. */
  mailingReport: MailingReport;
  /** Mailings, newest first. */
  mailings: MailingPage;
  /** The signed-in staff member, or null. */
  me?: Maybe<Staff>;
  /** Active staff of the workspace whose name or email contains `search`: whom a note can mention. */
  mentionableStaff: Array<MentionableStaff>;
  /** What merging one customer into another would move. */
  mergePreview: MergeCountsType;
  messageTemplate: MessageTemplate;
  /** The workspace’s message templates by name (at most 1,000). */
  messageTemplates: Array<MessageTemplate>;
  /** The signed-in customer: name, card, tier, balances, consents. */
  myAccount: SelfServiceAccount;
  /** News for the signed-in customer, live now and for them: pinned first, then newest. */
  myNews: MyNewsConnection;
  /** My notices, newest first. */
  myNotifications: NotificationConnection;
  /** The signed-in customer's operations, newest first. */
  myOperations: SelfServiceOperationConnection;
  /** The signed-in customer's purchases, newest first. */
  myPurchases: SelfServicePurchaseConnection;
  /** The VAPID public key browsers subscribe with (applicationServerKey); null when the club sends no push notifications. */
  myPushKey?: Maybe<Scalars['String']['output']>;
  /** The signed-in customer's requests with answers, newest first. */
  myRequests: Array<MyCustomerRequest>;
  /** My live sessions, most recently used first. */
  mySessions: Array<StaffSession>;
  /** Whether my sign-in asks for a code. */
  myTwoFactor: TwoFactorStatus;
  /** How many of the news myNews lists the customer has not opened. */
  myUnreadNewsCount: Scalars['Int']['output'];
  /** How many of my notices are unread (the bell’s badge; polled). */
  myUnreadNotificationCount: Scalars['Int']['output'];
  newsPost: NewsPost;
  /** Pinned first, then drafts and the newest published. */
  newsPosts: NewsPostPage;
  /** Every permission a role may hold, by module. */
  permissions: Array<Permission>;
  /** A saved template (`templateId`) or an unsaved one (`draft`, checked like a save) rendered for a customer, in `language` when the template has it, else the customer’s. The unsubscribe link is a placeholder. */
  previewTemplate: TemplatePreview;
  /** Null when the workspace has no such product. */
  product?: Maybe<Product>;
  /** Per product, what sold over [from, to) net of returns and the money it brought, with the stock on hand now. */
  productSales: Array<ProductSales>;
  /** The products and services of the workspace, by SKU. */
  products: Array<Product>;
  /** The returns of a purchase, oldest first. */
  purchaseReturns: Array<PurchaseReturn>;
  /** The shipped relation types, then the workspace’s own. */
  relationTypes: Array<RelationType>;
  /** How the last recomputation moved customers between segments (from → to, with counts). */
  rfmMovement: RfmMovement;
  /** Customers per RFM segment in the workspace, every segment listed (zero included). */
  rfmSegments: Array<RfmSegmentCount>;
  /** The keys and names of the roles, in the order of `roles`. */
  roleNames: Array<RoleName>;
  /** The roles of the workspace: shipped ones first, then custom by key. */
  roles: Array<Role>;
  segment: Segment;
  /** Own private segments and every shared one, by name. */
  segments: Array<Segment>;
  /** Whether the workspace lets people join by themselves on the customers' pages. */
  selfSignUpOpen: Scalars['Boolean']['output'];
  /** Every staff member of the workspace, active or not, by name. */
  staffMembers: Array<Staff>;
  /** Every tag of the workspace, by name. */
  tags: Array<Tag>;
  /** The variables a template may use (e.g. customer.first_name, balances.<currency key>). */
  templateVariables: Array<Scalars['String']['output']>;
  tierPolicy: TierPolicy;
  /** The workspace tiers, lowest first. */
  tiers: Array<Tier>;
  /** The largest file POST /files takes, in bytes (PATRON_UPLOAD_MAX_MB of the server); a larger one is refused with FILE_TOO_LARGE. Staff sessions only (API_KEY_PERSON_ONLY for a key). */
  uploadMaxBytes: Scalars['Float']['output'];
  /** Null when the workspace has no such webhook. */
  webhook?: Maybe<Webhook>;
  /** A webhook’s deliveries, newest first. */
  webhookDeliveries: WebhookDeliveryConnection;
  /** The event types a webhook may take ("*": all of them). */
  webhookEventTypes: Array<Scalars['String']['output']>;
  /** The workspace’s webhooks, by name. */
  webhooks: Array<Webhook>;
  /** The caller's workspace settings. */
  workspaceSettings: WorkspaceSettings;
};


export type QueryAttributeDefinitionsArgs = {
  includeRetired?: Scalars['Boolean']['input'];
};


export type QueryAttributeValuesCheckArgs = {
  format?: InputMaybe<Scalars['String']['input']>;
  id: Scalars['ID']['input'];
};


export type QueryAuditEventsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: Scalars['Int']['input'];
  types?: InputMaybe<Array<AuditEventType>>;
};


export type QueryAutomationArgs = {
  id: Scalars['ID']['input'];
};


export type QueryAutomationRunsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  automationId: Scalars['ID']['input'];
  first?: Scalars['Int']['input'];
  state?: InputMaybe<AutomationRunState>;
};


export type QueryBalanceBatchArgs = {
  id: Scalars['ID']['input'];
};


export type QueryBranchArgs = {
  id: Scalars['ID']['input'];
};


export type QueryBranchesArgs = {
  includeInactive?: Scalars['Boolean']['input'];
};


export type QueryBulkJobArgs = {
  id: Scalars['ID']['input'];
};


export type QueryBulkJobsArgs = {
  first?: Scalars['Int']['input'];
};


export type QueryChannelAccountArgs = {
  id: Scalars['ID']['input'];
};


export type QueryConsentAtArgs = {
  at: Scalars['DateTime']['input'];
  customerId: Scalars['ID']['input'];
  kind: ConsentKind;
};


export type QueryCustomerArgs = {
  id: Scalars['ID']['input'];
};


export type QueryCustomerByCardArgs = {
  cardNumber: Scalars['String']['input'];
};


export type QueryCustomerCardTabArgs = {
  customerId: Scalars['ID']['input'];
  key: Scalars['String']['input'];
  language?: InputMaybe<Locale>;
};


export type QueryCustomerCardTabsArgs = {
  customerId: Scalars['ID']['input'];
};


export type QueryCustomerCountArgs = {
  filter?: InputMaybe<CustomerFilter>;
  search?: InputMaybe<Array<Scalars['String']['input']>>;
  segmentId?: InputMaybe<Scalars['ID']['input']>;
};


export type QueryCustomerDataArgs = {
  id: Scalars['ID']['input'];
};


export type QueryCustomerExportArgs = {
  id: Scalars['ID']['input'];
};


export type QueryCustomerExportsArgs = {
  first?: Scalars['Int']['input'];
};


export type QueryCustomerNotesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  customerId: Scalars['ID']['input'];
  first?: Scalars['Int']['input'];
};


export type QueryCustomerRequestsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: Scalars['Int']['input'];
  status?: InputMaybe<CustomerRequestStatus>;
};


export type QueryCustomersArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<CustomerFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  search?: InputMaybe<Array<Scalars['String']['input']>>;
  segmentId?: InputMaybe<Scalars['ID']['input']>;
  sort?: InputMaybe<CustomerSortInput>;
};


export type QueryDashboardArgs = {
  input: DashboardInput;
};


export type QueryDuplicateCandidatesArgs = {
  first?: Scalars['Int']['input'];
  offset?: Scalars['Int']['input'];
};


export type QueryEmailDomainStatsArgs = {
  limit?: Scalars['Int']['input'];
};


export type QueryGiftCardArgs = {
  code: Scalars['String']['input'];
};


export type QueryGiftCardBatchArgs = {
  id: Scalars['ID']['input'];
};


export type QueryGiftCardsArgs = {
  batchId?: InputMaybe<Scalars['ID']['input']>;
  code?: InputMaybe<Scalars['String']['input']>;
  first?: Scalars['Int']['input'];
  offset?: Scalars['Int']['input'];
  status?: InputMaybe<GiftCardStatus>;
};


export type QueryImportArgs = {
  id: Scalars['ID']['input'];
};


export type QueryImportPreviewArgs = {
  first?: Scalars['Int']['input'];
  id: Scalars['ID']['input'];
};


export type QueryImportTargetsArgs = {
  kind: ImportKind;
};


export type QueryImportTemplatesArgs = {
  kind: ImportKind;
};


export type QueryImportsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: Scalars['Int']['input'];
};


export type QueryJobsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: Scalars['Int']['input'];
  state?: InputMaybe<JobRunState>;
};


export type QueryMailingArgs = {
  id: Scalars['ID']['input'];
};


export type QueryMailingAudienceArgs = {
  audience: MailingAudienceInput;
  channel: Scalars['String']['input'];
};


export type QueryMailingReportArgs = {
  mailingId: Scalars['ID']['input'];
};


export type QueryMailingsArgs = {
  first?: Scalars['Int']['input'];
  offset?: Scalars['Int']['input'];
};


export type QueryMentionableStaffArgs = {
  first?: Scalars['Int']['input'];
  search?: Scalars['String']['input'];
};


export type QueryMergePreviewArgs = {
  mainCustomerId: Scalars['ID']['input'];
  mergedCustomerId: Scalars['ID']['input'];
};


export type QueryMessageTemplateArgs = {
  id: Scalars['ID']['input'];
};


export type QueryMessageTemplatesArgs = {
  channel?: InputMaybe<Scalars['String']['input']>;
};


export type QueryMyNewsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: Scalars['Int']['input'];
  language?: InputMaybe<Locale>;
};


export type QueryMyNotificationsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: Scalars['Int']['input'];
  unreadOnly?: Scalars['Boolean']['input'];
};


export type QueryMyOperationsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: Scalars['Int']['input'];
};


export type QueryMyPurchasesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: Scalars['Int']['input'];
};


export type QueryNewsPostArgs = {
  id: Scalars['ID']['input'];
};


export type QueryNewsPostsArgs = {
  first?: Scalars['Int']['input'];
  offset?: Scalars['Int']['input'];
  status?: InputMaybe<NewsStatus>;
};


export type QueryPreviewTemplateArgs = {
  customerId: Scalars['ID']['input'];
  draft?: InputMaybe<MessageTemplateInput>;
  language?: InputMaybe<Locale>;
  templateId?: InputMaybe<Scalars['ID']['input']>;
};


export type QueryProductArgs = {
  id: Scalars['ID']['input'];
};


export type QueryProductSalesArgs = {
  from: Scalars['DateTime']['input'];
  to: Scalars['DateTime']['input'];
};


export type QueryProductsArgs = {
  includeInactive?: Scalars['Boolean']['input'];
};


export type QueryPurchaseReturnsArgs = {
  purchaseId: Scalars['ID']['input'];
};


export type QuerySegmentArgs = {
  id: Scalars['ID']['input'];
};


export type QuerySelfSignUpOpenArgs = {
  workspace: Scalars['ID']['input'];
};


export type QueryWebhookArgs = {
  id: Scalars['ID']['input'];
};


export type QueryWebhookDeliveriesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: Scalars['Int']['input'];
  webhookId: Scalars['ID']['input'];
};

/** Local times between which no message leaves (start after end spans midnight). */
export type QuietHours = {
  __typename?: 'QuietHours';
  /** HH:MM, local to the workspace. */
  end: Scalars['String']['output'];
  /** HH:MM, local to the workspace. */
  start: Scalars['String']['output'];
};

export type QuietHoursInput = {
  end: Scalars['String']['input'];
  start: Scalars['String']['input'];
};

export type RecordPurchaseInput = {
  /** The invoice total in money, two decimals at most. */
  amount: Scalars['Float']['input'];
  branch?: InputMaybe<Scalars['String']['input']>;
  customerId: Scalars['ID']['input'];
  /** The same key when retrying returns the first answer. */
  idempotencyKey: Scalars['String']['input'];
  invoiceNumber?: InputMaybe<Scalars['String']['input']>;
  items?: InputMaybe<Array<PurchaseItemInput>>;
  paymentStatus: PaymentStatus;
  /** Default: now. Never in the future. */
  purchasedAt?: InputMaybe<Scalars['DateTime']['input']>;
  /** Balances paying part of the invoice, within the caps of the rules. */
  spend?: InputMaybe<Array<CurrencyAmountInput>>;
};

export type RecordReferralInput = {
  /** The customer who was referred. */
  customerId: Scalars['ID']['input'];
  referrerId: Scalars['ID']['input'];
};

export type Referral = {
  __typename?: 'Referral';
  createdAt: Scalars['DateTime']['output'];
  customerId: Scalars['ID']['output'];
  referrerId: Scalars['ID']['output'];
  rewards: Array<LedgerOperation>;
};

/** A kind of link between two customers. `name` is what the related customer is to the customer; `inverseName` what the customer is to the related one (e.g. Parent / Child); a symmetric type has none. */
export type RelationType = {
  __typename?: 'RelationType';
  inverseName?: Maybe<LocalizedText>;
  key: Scalars['String']['output'];
  name: LocalizedText;
  /** Relations of this type in the workspace. */
  relationCount: Scalars['Int']['output'];
  /** Shipped with Patron (family, colleague, friend, business partner): cannot be changed. */
  shipped: Scalars['Boolean']['output'];
};

export type RelationTypeInput = {
  /** Leave empty for a symmetric type. */
  inverseName?: InputMaybe<LocalizedTextInput>;
  /** Only when creating: 1–31 lower-case Latin letters, digits or _. */
  key?: InputMaybe<Scalars['String']['input']>;
  name: LocalizedTextInput;
};

export type ReportBucket = {
  __typename?: 'ReportBucket';
  /** Customers with a purchase in the bucket. */
  activeMembers: Scalars['Int']['output'];
  /** The last bucket ends at the period end. */
  end: Scalars['DateTime']['output'];
  /** The calendar unit holding `start`: day YYYY-MM-DD, week YYYY-Www (ISO) or, in the Jalali calendar, the YYYY-MM-DD of its Saturday, month YYYY-MM; in the calendar asked for, Latin digits. */
  label: Scalars['String']['output'];
  /** Profiles created in the bucket and live at its end. */
  newMembers: Scalars['Int']['output'];
  /** The period cuts this unit (first or last bucket). */
  partial: Scalars['Boolean']['output'];
  purchases: Scalars['Int']['output'];
  /** Net of returns, in money. */
  revenue: Scalars['Float']['output'];
  /** The first bucket starts at the period start. */
  start: Scalars['DateTime']['output'];
  /** The unit's first local day, Gregorian YYYY-MM-DD. */
  startDay: Scalars['String']['output'];
};

export type ReportFigure = {
  __typename?: 'ReportFigure';
  /** The previous period; null without comparison. */
  previous?: Maybe<Scalars['Int']['output']>;
  value: Scalars['Int']['output'];
};

export type ReportFile = {
  __typename?: 'ReportFile';
  /** GET it (session cookie) to download; only the requester may. */
  downloadPath: Scalars['String']['output'];
  expiresAt: Scalars['DateTime']['output'];
  fileId: Scalars['ID']['output'];
  name: Scalars['String']['output'];
  size: Scalars['Int']['output'];
};

/** Buckets of the series in the workspace's time zone: days, weeks (from Monday; from Saturday in the Jalali calendar) or months of the calendar. */
export const ReportGranularity = {
  DAY: 'DAY',
  MONTH: 'MONTH',
  WEEK: 'WEEK'
} as const;

export type ReportGranularity = typeof ReportGranularity[keyof typeof ReportGranularity];
/** In the workspace's money, like purchase amounts. */
export type ReportMoneyFigure = {
  __typename?: 'ReportMoneyFigure';
  /** The previous period; null without comparison. */
  previous?: Maybe<Scalars['Float']['output']>;
  value: Scalars['Float']['output'];
};

export type ReturnPurchaseInput = {
  /** Money returned; when left out, the named items' worth (quantity × price), or the rest of the purchase. */
  amount?: InputMaybe<Scalars['Float']['input']>;
  idempotencyKey: Scalars['String']['input'];
  /** The lines brought back: their stock comes back by line. Without them, stock comes back in proportion to the money. */
  items?: InputMaybe<Array<ReturnedItemInput>>;
  purchaseId: Scalars['ID']['input'];
  reason?: InputMaybe<Scalars['String']['input']>;
};

/** A line a return took back. */
export type ReturnedItem = {
  __typename?: 'ReturnedItem';
  line: Scalars['Int']['output'];
  name: Scalars['String']['output'];
  quantity: Scalars['Float']['output'];
  sku: Scalars['String']['output'];
};

export type ReturnedItemInput = {
  /** The line's number in the purchase's items, 1 for the first. */
  line: Scalars['Int']['input'];
  /** All that is left of the line when left out. */
  quantity?: InputMaybe<Scalars['Float']['input']>;
};

export type ReverseOperationInput = {
  comment?: InputMaybe<Scalars['String']['input']>;
  idempotencyKey: Scalars['String']['input'];
  operationId: Scalars['ID']['input'];
  reason?: InputMaybe<Scalars['String']['input']>;
};

export type Rfm = {
  __typename?: 'Rfm';
  /** When these figures were last confirmed by a recomputation. */
  computedAt: Scalars['DateTime']['output'];
  /** Frequency score 1–5. */
  f: Scalars['Int']['output'];
  /** Purchases not fully returned. */
  frequency: Scalars['Int']['output'];
  /** Segments the customer entered, newest first. */
  history: Array<RfmSegmentChange>;
  /** Monetary score 1–5. */
  m: Scalars['Int']['output'];
  /** Purchases net of returns, in money. */
  monetary: Scalars['Float']['output'];
  /** Recency score 1–5 (5: most recent fifth of buyers). */
  r: Scalars['Int']['output'];
  /** Whole days since the last purchase, in the workspace time zone. */
  recencyDays: Scalars['Int']['output'];
  segment: RfmSegment;
  /** When the customer entered this segment. */
  since: Scalars['DateTime']['output'];
};


export type RfmHistoryArgs = {
  first?: Scalars['Int']['input'];
};

export type RfmMove = {
  __typename?: 'RfmMove';
  customers: Scalars['Int']['output'];
  /** The segment before; null: not scored before. */
  from?: Maybe<RfmSegment>;
  /** The segment after; null: no longer scored (every purchase returned). */
  to?: Maybe<RfmSegment>;
};

export type RfmMovement = {
  __typename?: 'RfmMovement';
  /** The last recomputation; null before the first. */
  computedAt?: Maybe<Scalars['DateTime']['output']>;
  /** Customers whose segment the last recomputation changed, per (from, to) pair, largest first. */
  moves: Array<RfmMove>;
  /** The one before it; null before the second. */
  previousComputedAt?: Maybe<Scalars['DateTime']['output']>;
};

export type RfmRecomputation = {
  __typename?: 'RfmRecomputation';
  /** Customers with purchases, each scored. */
  customersScored: Scalars['Int']['output'];
  durationMs: Scalars['Int']['output'];
  /** Customers whose segment changed (each with a history row). */
  segmentsChanged: Scalars['Int']['output'];
};

/** Named RFM segments from the R and F scores ("R F" cells, M breaks no ties): CHAMPIONS 5[4-5]; LOYAL_CUSTOMERS [3-4][4-5]; POTENTIAL_LOYALIST [4-5][2-3]; NEW_CUSTOMERS 51; PROMISING 41; NEED_ATTENTION 33; ABOUT_TO_SLEEP 3[1-2]; AT_RISK [1-2][3-4]; CANT_LOSE_THEM [1-2]5; HIBERNATING 12 2[1-2]; LOST 11. */
export const RfmSegment = {
  ABOUT_TO_SLEEP: 'ABOUT_TO_SLEEP',
  AT_RISK: 'AT_RISK',
  CANT_LOSE_THEM: 'CANT_LOSE_THEM',
  CHAMPIONS: 'CHAMPIONS',
  HIBERNATING: 'HIBERNATING',
  LOST: 'LOST',
  LOYAL_CUSTOMERS: 'LOYAL_CUSTOMERS',
  NEED_ATTENTION: 'NEED_ATTENTION',
  NEW_CUSTOMERS: 'NEW_CUSTOMERS',
  POTENTIAL_LOYALIST: 'POTENTIAL_LOYALIST',
  PROMISING: 'PROMISING'
} as const;

export type RfmSegment = typeof RfmSegment[keyof typeof RfmSegment];
export type RfmSegmentChange = {
  __typename?: 'RfmSegmentChange';
  /** When the customer entered it. */
  from: Scalars['DateTime']['output'];
  /** The segment entered; null when the customer lost every purchase (returned) and with it the score. */
  segment?: Maybe<RfmSegment>;
};

export type RfmSegmentCount = {
  __typename?: 'RfmSegmentCount';
  customers: Scalars['Int']['output'];
  label: LocalizedText;
  segment: RfmSegment;
};

export type RfmShare = {
  __typename?: 'RfmShare';
  customers: Scalars['Int']['output'];
  /** null: not scored (no purchase kept). */
  segment?: Maybe<RfmSegment>;
};

/** A role of the workspace: a name and the permissions its staff hold. */
export type Role = {
  __typename?: 'Role';
  /** False for ADMIN, which holds every permission. */
  editable: Scalars['Boolean']['output'];
  /** Upper-case key, e.g. MANAGER; what Staff.role holds. */
  key: Scalars['String']['output'];
  name: LocalizedText;
  /** ADMIN always lists every permission. */
  permissions: Array<Scalars['String']['output']>;
  /** One of the four roles every workspace starts with (not deletable). */
  shipped: Scalars['Boolean']['output'];
  /** Staff members holding it, active or not. */
  staffCount: Scalars['Int']['output'];
};

export type RoleInput = {
  name: LocalizedTextInput;
  permissions: Array<Scalars['String']['input']>;
};

/** A role as any staff member sees it, e.g. to share a segment with. */
export type RoleName = {
  __typename?: 'RoleName';
  key: Scalars['String']['output'];
  name: LocalizedText;
};

export type SaveChannelAccountInput = {
  enabled?: Scalars['Boolean']['input'];
  /** Absent for a new account. */
  id?: InputMaybe<Scalars['ID']['input']>;
  isDefault?: Scalars['Boolean']['input'];
  name: Scalars['String']['input'];
  provider: Scalars['String']['input'];
  settings: Array<ChannelSettingInput>;
};

export type SaveImportTemplateInput = {
  importId: Scalars['ID']['input'];
  name: Scalars['String']['input'];
};

export type Segment = {
  __typename?: 'Segment';
  /** Whether the signed-in staff member may change it. */
  canEdit: Scalars['Boolean']['output'];
  createdAt: Scalars['DateTime']['output'];
  /** Same shape as the CustomerFilter input, or null. */
  filter?: Maybe<Scalars['JSON']['output']>;
  id: Scalars['ID']['output'];
  /** Live: counted when asked. */
  memberCount: Scalars['Int']['output'];
  name: Scalars['String']['output'];
  owner: SegmentOwner;
  search: Array<Scalars['String']['output']>;
  shared: Scalars['Boolean']['output'];
  /** When shared: the roles that see it besides its owner and admins; empty for the whole workspace. */
  sharedWithRoles: Array<Scalars['String']['output']>;
  updatedAt: Scalars['DateTime']['output'];
};

export type SegmentInput = {
  filter?: InputMaybe<CustomerFilter>;
  name: Scalars['String']['input'];
  search?: InputMaybe<Array<Scalars['String']['input']>>;
  shared?: Scalars['Boolean']['input'];
  /** Role keys to share with (only when shared); empty shares with the whole workspace; left out, an update keeps them. */
  sharedWithRoles?: InputMaybe<Array<Scalars['String']['input']>>;
};

export type SegmentOwner = {
  __typename?: 'SegmentOwner';
  id: Scalars['ID']['output'];
  name: Scalars['String']['output'];
};

/** What a signed-in customer sees of themselves. */
export type SelfServiceAccount = {
  __typename?: 'SelfServiceAccount';
  /** Every currency of the workspace, zero included, with its value. */
  balances: Array<Balance>;
  /** YYYY-MM-DD. */
  birthDate?: Maybe<Scalars['String']['output']>;
  cardNumber?: Maybe<Scalars['String']['output']>;
  consents: Array<SelfServiceConsent>;
  customerId: Scalars['ID']['output'];
  email?: Maybe<Scalars['String']['output']>;
  firstName: Scalars['String']['output'];
  /** The gender attribute's choice (male, female). */
  gender?: Maybe<Scalars['String']['output']>;
  lastName: Scalars['String']['output'];
  /** The customer's number in the workspace. */
  number?: Maybe<Scalars['Int']['output']>;
  tier?: Maybe<SelfServiceTier>;
};

export type SelfServiceConsent = {
  __typename?: 'SelfServiceConsent';
  /** When it was given or withdrawn; null when never asked. */
  at?: Maybe<Scalars['DateTime']['output']>;
  kind: ConsentKind;
  state: ConsentState;
};

/** A link to hand to the customer, to set their password. */
export type SelfServiceInvitation = {
  __typename?: 'SelfServiceInvitation';
  /** Whether the link was also emailed: the customer has an email and the workspace an enabled default email account. */
  emailed: Scalars['Boolean']['output'];
  expiresAt: Scalars['DateTime']['output'];
  /** Works once, until expiresAt; a new invitation voids it. */
  link: Scalars['String']['output'];
};

/** A ledger operation as the customer sees it: no staff comment, no staff names. */
export type SelfServiceOperation = {
  __typename?: 'SelfServiceOperation';
  amount: Scalars['Float']['output'];
  balanceAfter: Scalars['Float']['output'];
  createdAt: Scalars['DateTime']['output'];
  /** The currency key. */
  currency: Scalars['String']['output'];
  expiresAt?: Maybe<Scalars['DateTime']['output']>;
  id: Scalars['ID']['output'];
  kind: LedgerOperationKind;
  reason: Scalars['String']['output'];
  reasonCode?: Maybe<Scalars['String']['output']>;
  reasonParams?: Maybe<Scalars['JSON']['output']>;
};

export type SelfServiceOperationConnection = {
  __typename?: 'SelfServiceOperationConnection';
  edges: Array<SelfServiceOperationEdge>;
  pageInfo: PageInfo;
};

export type SelfServiceOperationEdge = {
  __typename?: 'SelfServiceOperationEdge';
  cursor: Scalars['String']['output'];
  node: SelfServiceOperation;
};

export type SelfServicePurchase = {
  __typename?: 'SelfServicePurchase';
  amount: Scalars['Float']['output'];
  /** The branch's code, or the shop as written before branches. */
  branch: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  invoiceNumber: Scalars['String']['output'];
  paidAmount: Scalars['Float']['output'];
  purchasedAt: Scalars['DateTime']['output'];
  returnedAmount: Scalars['Float']['output'];
  /** What the balances spent were worth. */
  spentValue: Scalars['Float']['output'];
};

export type SelfServicePurchaseConnection = {
  __typename?: 'SelfServicePurchaseConnection';
  edges: Array<SelfServicePurchaseEdge>;
  pageInfo: PageInfo;
};

export type SelfServicePurchaseEdge = {
  __typename?: 'SelfServicePurchaseEdge';
  cursor: Scalars['String']['output'];
  node: SelfServicePurchase;
};

export type SelfServiceTier = {
  __typename?: 'SelfServiceTier';
  key: Scalars['String']['output'];
  name: LocalizedText;
};

/** What the provider did with a message. */
export type SendOutcome = {
  __typename?: 'SendOutcome';
  accountId: Scalars['ID']['output'];
  /** The provider's own words, when it gave any. */
  detail?: Maybe<Scalars['String']['output']>;
  ok: Scalars['Boolean']['output'];
  providerMessageId?: Maybe<Scalars['String']['output']>;
  /** When not ok: a stable code (a ProblemCode). */
  reason?: Maybe<Scalars['String']['output']>;
  /** When not ok: whether it may work later. */
  retryable?: Maybe<Scalars['Boolean']['output']>;
};

/** How an SMS travels: GSM_7 or UCS_2, its length in those units, its parts. */
export type SmsLength = {
  __typename?: 'SmsLength';
  characters: Scalars['Int']['output'];
  encoding: Scalars['String']['output'];
  parts: Scalars['Int']['output'];
  /** What one part holds: 160 / 70 alone, 153 / 67 once split. */
  perPart: Scalars['Int']['output'];
};

export const SortDirection = {
  ASC: 'ASC',
  DESC: 'DESC'
} as const;

export type SortDirection = typeof SortDirection[keyof typeof SortDirection];
export type Staff = {
  __typename?: 'Staff';
  /** False once deactivated: cannot sign in, sessions ended. */
  active: Scalars['Boolean']['output'];
  /** The branch this staff member records purchases at; null: any branch. */
  branch?: Maybe<Branch>;
  calendar: CalendarSystem;
  createdAt: Scalars['DateTime']['output'];
  /** The customer table's columns chosen by this staff member, in order; null until chosen. */
  customerColumns?: Maybe<Array<ListColumn>>;
  email: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  locale: Locale;
  /** Signed in with a temporary password: may only call me, logout and changeMyPassword. */
  mustChangePassword: Scalars['Boolean']['output'];
  name: Scalars['String']['output'];
  /** Permission names this staff member holds, e.g. customers.read */
  permissions: Array<Scalars['String']['output']>;
  /** The key of one of the workspace's roles: ADMIN, MANAGER, OPERATOR, ANALYST or a custom one. */
  role: Scalars['String']['output'];
  /** The name of the role. */
  roleName: LocalizedText;
  /** Signs in with a code from an authenticator app after the password. */
  twoFactorEnabled: Scalars['Boolean']['output'];
  /** Their role requires two-factor sign-in (workspace settings) and it is off: until they set it up, everything else is refused with TWO_FACTOR_SETUP_REQUIRED. */
  twoFactorSetupRequired: Scalars['Boolean']['output'];
  workspace: Workspace;
};

/** A browser signed in as me. */
export type StaffSession = {
  __typename?: 'StaffSession';
  createdAt: Scalars['DateTime']['output'];
  /** The session of this request. */
  current: Scalars['Boolean']['output'];
  /** It ends then at the latest, even if used. */
  expiresAt: Scalars['DateTime']['output'];
  /** Names the session for signing it out; not its secret token. */
  id: Scalars['ID']['output'];
  /** The address it signed in from. */
  ip?: Maybe<Scalars['String']['output']>;
  /** When it was last used (kept to the minute). */
  lastSeenAt: Scalars['DateTime']['output'];
  userAgent?: Maybe<Scalars['String']['output']>;
};

export type StockMovement = {
  __typename?: 'StockMovement';
  actor: HistoryActor;
  createdAt: Scalars['DateTime']['output'];
  id: Scalars['ID']['output'];
  kind: StockMovementKind;
  note: Scalars['String']['output'];
  /** The stock on hand right after it. */
  onHand: Scalars['Float']['output'];
  productId: Scalars['ID']['output'];
  purchaseId?: Maybe<Scalars['ID']['output']>;
  /** Signed: what it added to the stock on hand. */
  quantity: Scalars['Float']['output'];
};

export type StockMovementConnection = {
  __typename?: 'StockMovementConnection';
  edges: Array<StockMovementEdge>;
  pageInfo: PageInfo;
};

export type StockMovementEdge = {
  __typename?: 'StockMovementEdge';
  cursor: Scalars['String']['output'];
  node: StockMovement;
};

/** Goods received, sold by a purchase, brought back by a return, or a stocktake’s difference. */
export const StockMovementKind = {
  COUNTED: 'COUNTED',
  RECEIVED: 'RECEIVED',
  RETURNED: 'RETURNED',
  SOLD: 'SOLD'
} as const;

export type StockMovementKind = typeof StockMovementKind[keyof typeof StockMovementKind];
/** A stored value of an attribute and its customer, as a format check reports it. */
export type StoredValueFinding = {
  __typename?: 'StoredValueFinding';
  customerId: Scalars['ID']['output'];
  customerNumber: Scalars['Int']['output'];
  /** Why the format refuses it. */
  problem?: Maybe<Problem>;
  /** How the format writes a value that fits: what the next save of the customer stores. */
  storedAs?: Maybe<Scalars['JSON']['output']>;
  /** The value as stored. */
  value: Scalars['JSON']['output'];
};

export type Tag = {
  __typename?: 'Tag';
  /** #rrggbb */
  color: Scalars['String']['output'];
  /** Customers carrying this tag. */
  customerCount: Scalars['Int']['output'];
  id: Scalars['ID']['output'];
  name: Scalars['String']['output'];
};

export type TagInput = {
  /** #rrggbb */
  color: Scalars['String']['input'];
  name: Scalars['String']['input'];
};

/** A template rendered for one customer, or why it cannot be. */
export type TemplatePreview = {
  __typename?: 'TemplatePreview';
  /** Show it in a sandboxed frame, never in the page. */
  html?: Maybe<Scalars['String']['output']>;
  language?: Maybe<Locale>;
  problem?: Maybe<TemplatePreviewProblem>;
  /** For an SMS template: the rendered text’s length. */
  smsLength?: Maybe<SmsLength>;
  subject?: Maybe<Scalars['String']['output']>;
  text?: Maybe<Scalars['String']['output']>;
};

/** Why this customer would get no message. */
export type TemplatePreviewProblem = {
  __typename?: 'TemplatePreviewProblem';
  /** TEMPLATE_VARIABLE_MISSING or TEMPLATE_RENDER_FAILED. */
  code: Scalars['String']['output'];
  message?: Maybe<Scalars['String']['output']>;
  /** The variable without a value. */
  variable?: Maybe<Scalars['String']['output']>;
};

export type Tier = {
  __typename?: 'Tier';
  /** Live customers currently in this tier. */
  customerCount: Scalars['Int']['output'];
  id: Scalars['ID']['output'];
  key: Scalars['String']['output'];
  /** Purchases not fully returned, over the window. */
  minPurchaseCount?: Maybe<Scalars['Int']['output']>;
  /** Purchases net of returns, in money, over the window. */
  minPurchaseTotal?: Maybe<Scalars['Float']['output']>;
  /** XP earned (net) over the window; all time: the XP balance. */
  minXp?: Maybe<Scalars['Float']['output']>;
  name: LocalizedText;
  /** 1 is the lowest tier. */
  position: Scalars['Int']['output'];
  /** EarningRules for the tier's customers (the shape of the programme's rules). */
  rules: Scalars['JSON']['output'];
};

export type TierInput = {
  /** Required when creating; fixed afterwards. */
  key?: InputMaybe<Scalars['String']['input']>;
  minPurchaseCount?: InputMaybe<Scalars['Int']['input']>;
  minPurchaseTotal?: InputMaybe<Scalars['Float']['input']>;
  minXp?: InputMaybe<Scalars['Float']['input']>;
  name: LocalizedTextInput;
  /** Where to put the tier (1 = lowest); the others move. */
  position?: InputMaybe<Scalars['Int']['input']>;
  /** EarningRules; missing fields earn nothing. */
  rules?: InputMaybe<Scalars['JSON']['input']>;
};

export type TierPolicy = {
  __typename?: 'TierPolicy';
  downgradePolicy: DowngradePolicy;
  /** PERIOD_END: months a tier is kept at least. */
  periodMonths: Scalars['Int']['output'];
  /** Days purchases and XP are counted over; null: all time. */
  windowDays?: Maybe<Scalars['Int']['output']>;
};

/** A field left out keeps its value. */
export type TierPolicyInput = {
  downgradePolicy?: InputMaybe<DowngradePolicy>;
  periodMonths?: InputMaybe<Scalars['Int']['input']>;
  /** null: all time. */
  windowDays?: InputMaybe<Scalars['Int']['input']>;
};

export type TierProgress = {
  __typename?: 'TierProgress';
  /** The tier above the current one; null at the top. */
  nextTier?: Maybe<Tier>;
  purchaseCount: Scalars['Int']['output'];
  purchaseCountNeeded?: Maybe<Scalars['Int']['output']>;
  /** Over the window, net of returns (all time: with the opening total). */
  purchaseTotal: Scalars['Float']['output'];
  /** Still missing for nextTier; null when it sets no such threshold. */
  purchaseTotalNeeded?: Maybe<Scalars['Float']['output']>;
  xp: Scalars['Float']['output'];
  xpNeeded?: Maybe<Scalars['Float']['output']>;
};

export type TierRecomputeResult = {
  __typename?: 'TierRecomputeResult';
  changed: Scalars['Int']['output'];
  evaluated: Scalars['Int']['output'];
};

export type TierShare = {
  __typename?: 'TierShare';
  customers: Scalars['Int']['output'];
  /** null: customers in no tier. */
  tier?: Maybe<Tier>;
};

export type TopCustomer = {
  __typename?: 'TopCustomer';
  customerId: Scalars['ID']['output'];
  displayName: Scalars['String']['output'];
  purchases: Scalars['Int']['output'];
  /** Net of returns, in money. */
  revenue: Scalars['Float']['output'];
};

/** Shown once: the secret is kept only sealed with PATRON_SECRET_KEY. */
export type TwoFactorEnrolment = {
  __typename?: 'TwoFactorEnrolment';
  /** The URI as a QR code: an SVG data: URL. */
  qr: Scalars['String']['output'];
  /** Base32, for typing into an authenticator app. */
  secret: Scalars['String']['output'];
  /** otpauth://totp/… (RFC 6238: SHA-1, 6 digits, 30 s). */
  uri: Scalars['String']['output'];
};

export type TwoFactorStatus = {
  __typename?: 'TwoFactorStatus';
  enabled: Scalars['Boolean']['output'];
  enabledAt?: Maybe<Scalars['DateTime']['output']>;
  /** Recovery codes not used yet. */
  recoveryCodesLeft: Scalars['Int']['output'];
};

export type UpdateAttributeDefinitionInput = {
  choices?: InputMaybe<Array<AttributeChoiceInput>>;
  defaultValue?: InputMaybe<Scalars['JSON']['input']>;
  filterable?: InputMaybe<Scalars['Boolean']['input']>;
  /** A format of the type (attributeFormats); null removes it. Stored values stay as they are (attributeValuesCheck says which the format refuses). */
  format?: InputMaybe<Scalars['String']['input']>;
  group?: InputMaybe<Scalars['String']['input']>;
  helpText?: InputMaybe<LocalizedTextInput>;
  label?: InputMaybe<LocalizedTextInput>;
  required?: InputMaybe<Scalars['Boolean']['input']>;
  shownInList?: InputMaybe<Scalars['Boolean']['input']>;
  unique?: InputMaybe<Scalars['Boolean']['input']>;
};

export type UpdateCustomerInput = {
  /** Only the keys given change; null clears a value. */
  attributes: Scalars['JSON']['input'];
};

export type UpdatePreferencesInput = {
  calendar?: InputMaybe<CalendarSystem>;
  locale?: InputMaybe<Locale>;
};

export const VerifiableContact = {
  EMAIL: 'EMAIL',
  PHONE: 'PHONE'
} as const;

export type VerifiableContact = typeof VerifiableContact[keyof typeof VerifiableContact];
/** NEW until a manager verifies; a verified profile whose data changes becomes UNCONFIRMED. */
export const VerificationStatus = {
  NEW: 'NEW',
  UNCONFIRMED: 'UNCONFIRMED',
  VERIFIED: 'VERIFIED'
} as const;

export type VerificationStatus = typeof VerificationStatus[keyof typeof VerificationStatus];
/** Where a partner app wants the workspace’s customer events sent. */
export type Webhook = {
  __typename?: 'Webhook';
  createdAt: Scalars['DateTime']['output'];
  /** A disabled webhook is sent nothing; disabling cancels its pending deliveries. */
  enabled: Scalars['Boolean']['output'];
  /** Event types (see webhookEventTypes), or ["*"] for every one. */
  events: Array<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  /** The newest delivery. */
  lastDelivery?: Maybe<WebhookDelivery>;
  name: Scalars['String']['output'];
  updatedAt: Scalars['DateTime']['output'];
  /** An https:// address of a public host. */
  url: Scalars['String']['output'];
};

/** One POST of a delivery. */
export type WebhookAttempt = {
  __typename?: 'WebhookAttempt';
  at: Scalars['DateTime']['output'];
  /** Why it failed: the start of the answer, a timeout… */
  error?: Maybe<Scalars['String']['output']>;
  /** The receiver’s HTTP status; null when none came. */
  status?: Maybe<Scalars['Int']['output']>;
};

/** One event sent (or to be sent) to one webhook. */
export type WebhookDelivery = {
  __typename?: 'WebhookDelivery';
  /** Every attempt, oldest first. */
  attempts: Array<WebhookAttempt>;
  createdAt: Scalars['DateTime']['output'];
  /** The customer event’s id; null for a ping. */
  eventId?: Maybe<Scalars['String']['output']>;
  /** Sent as the Patron-Delivery header: receivers dedupe on it. */
  id: Scalars['ID']['output'];
  /** When it is tried next, while PENDING. */
  nextAttemptAt?: Maybe<Scalars['DateTime']['output']>;
  state: WebhookDeliveryState;
  /** The event type, e.g. customer.created, or ping. */
  type: Scalars['String']['output'];
  webhookId: Scalars['ID']['output'];
};

export type WebhookDeliveryConnection = {
  __typename?: 'WebhookDeliveryConnection';
  edges: Array<WebhookDeliveryEdge>;
  pageInfo: PageInfo;
};

export type WebhookDeliveryEdge = {
  __typename?: 'WebhookDeliveryEdge';
  cursor: Scalars['String']['output'];
  node: WebhookDelivery;
};

/** PENDING (to be sent, or waiting for a retry), DELIVERED (a 2xx answer), FAILED (after the last retry) or CANCELLED (its webhook was disabled). */
export const WebhookDeliveryState = {
  CANCELLED: 'CANCELLED',
  DELIVERED: 'DELIVERED',
  FAILED: 'FAILED',
  PENDING: 'PENDING'
} as const;

export type WebhookDeliveryState = typeof WebhookDeliveryState[keyof typeof WebhookDeliveryState];
export type WebhookInput = {
  /** Default: enabled when created, unchanged on update. */
  enabled?: InputMaybe<Scalars['Boolean']['input']>;
  /** Event types to send, or "*" for every one. */
  events: Array<Scalars['String']['input']>;
  /** 100 characters at most. */
  name: Scalars['String']['input'];
  /** https:// to a public host (WEBHOOK_URL_NOT_HTTPS, WEBHOOK_URL_PRIVATE); 2000 characters at most. */
  url: Scalars['String']['input'];
};

/** A webhook and its signing secret, shown this once. */
export type WebhookWithSecret = {
  __typename?: 'WebhookWithSecret';
  /** Keys the HMAC-SHA256 of Patron-Signature; never shown again. */
  secret: Scalars['String']['output'];
  webhook: Webhook;
};

export type Workspace = {
  __typename?: 'Workspace';
  id: Scalars['ID']['output'];
  name: Scalars['String']['output'];
};

export type WorkspaceSettings = {
  __typename?: 'WorkspaceSettings';
  /** Attribute keys profile completeness counts; null: every attribute not retired. */
  completenessAttributes?: Maybe<Array<Scalars['String']['output']>>;
  /** ISO 3166 country code (IR, RU, …): phone numbers written without a country code (09121234567, 9161234567) are read as numbers of this country, in forms, the API and imports. */
  defaultPhoneCountry: Scalars['String']['output'];
  /** The rules of the lifecycle stage (new, active, at risk, lost). */
  lifecycle: LifecycleRules;
  name: Scalars['String']['output'];
  /** When no message leaves; null: any time. */
  quietHours?: Maybe<QuietHours>;
  /** Whether people may join the club by themselves on the customers' pages (name, mobile, an SMS code, a password). */
  selfSignUp: Scalars['Boolean']['output'];
  /** IANA time zone (Asia/Tehran, Europe/Moscow…): birthdays, scheduled mailings and automations follow the workspace's local days. */
  timeZone: Scalars['String']['output'];
  /** Role keys whose holders must sign in with two-factor: until they turn it on, everything but setting it up is refused with TWO_FACTOR_SETUP_REQUIRED. */
  twoFactorRequiredRoles: Array<Scalars['String']['output']>;
};

export type WorkspaceSettingsInput = {
  /** Omitted: unchanged; null: every attribute not retired again. */
  completenessAttributes?: InputMaybe<Array<Scalars['String']['input']>>;
  defaultPhoneCountry?: InputMaybe<Scalars['String']['input']>;
  lifecycle?: InputMaybe<LifecycleRulesInput>;
  /** Omitted: unchanged; null: no quiet hours. */
  quietHours?: InputMaybe<QuietHoursInput>;
  /** Omitted: unchanged. */
  selfSignUp?: InputMaybe<Scalars['Boolean']['input']>;
  timeZone?: InputMaybe<Scalars['String']['input']>;
  /** Role keys; omitted or null: unchanged, []: none. */
  twoFactorRequiredRoles?: InputMaybe<Array<Scalars['String']['input']>>;
};

export type ApiKeyFieldsFragment = { __typename?: 'ApiKey', id: string, name: string, prefix: string, permissions: Array<string>, requestsPerMinute: number, status: ApiKeyStatus, createdAt: string, createdBy: string, expiresAt?: string | null, lastUsedAt?: string | null, revokedAt?: string | null, revokedBy?: string | null };

export type ApiKeysQueryVariables = Exact<{ [key: string]: never; }>;


export type ApiKeysQuery = { __typename?: 'Query', apiKeys: Array<{ __typename?: 'ApiKey', id: string, name: string, prefix: string, permissions: Array<string>, requestsPerMinute: number, status: ApiKeyStatus, createdAt: string, createdBy: string, expiresAt?: string | null, lastUsedAt?: string | null, revokedAt?: string | null, revokedBy?: string | null }> };

export type ApiKeyPermissionsQueryVariables = Exact<{ [key: string]: never; }>;


export type ApiKeyPermissionsQuery = { __typename?: 'Query', apiKeyPermissions: Array<{ __typename?: 'ApiKeyPermission', name: string, description: string }> };

export type CreateApiKeyMutationVariables = Exact<{
  input: CreateApiKeyInput;
}>;


export type CreateApiKeyMutation = { __typename?: 'Mutation', createApiKey: { __typename?: 'CreatedApiKey', secret: string, key: { __typename?: 'ApiKey', id: string, name: string, prefix: string, permissions: Array<string>, requestsPerMinute: number, status: ApiKeyStatus, createdAt: string, createdBy: string, expiresAt?: string | null, lastUsedAt?: string | null, revokedAt?: string | null, revokedBy?: string | null } } };

export type RevokeApiKeyMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type RevokeApiKeyMutation = { __typename?: 'Mutation', revokeApiKey: { __typename?: 'ApiKey', id: string, name: string, prefix: string, permissions: Array<string>, requestsPerMinute: number, status: ApiKeyStatus, createdAt: string, createdBy: string, expiresAt?: string | null, lastUsedAt?: string | null, revokedAt?: string | null, revokedBy?: string | null } };

export type AttributeRegistryQueryVariables = Exact<{
  includeRetired?: Scalars['Boolean']['input'];
}>;


export type AttributeRegistryQuery = { __typename?: 'Query', attributeDefinitions: Array<{ __typename?: 'AttributeDefinition', id: string, key: string, type: AttributeType, system: boolean, required: boolean, unique: boolean, defaultValue?: unknown | null, group: string, position: number, shownInList: boolean, filterable: boolean, retired: boolean, format?: string | null, formatMissing: boolean, formatHint?: { __typename?: 'LocalizedText', en?: string | null, ru?: string | null, fa?: string | null } | null, label: { __typename?: 'LocalizedText', en?: string | null, ru?: string | null, fa?: string | null }, helpText?: { __typename?: 'LocalizedText', en?: string | null, ru?: string | null, fa?: string | null } | null, choices: Array<{ __typename?: 'AttributeChoice', value: string, label: { __typename?: 'LocalizedText', en?: string | null, ru?: string | null, fa?: string | null } }> }>, attributeGroups: Array<{ __typename?: 'AttributeGroup', key: string, position: number, label: { __typename?: 'LocalizedText', en?: string | null, ru?: string | null, fa?: string | null } }> };

export type CreateAttributeDefinitionMutationVariables = Exact<{
  input: CreateAttributeDefinitionInput;
}>;


export type CreateAttributeDefinitionMutation = { __typename?: 'Mutation', createAttributeDefinition: { __typename?: 'AttributeDefinition', id: string } };

export type UpdateAttributeDefinitionMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  input: UpdateAttributeDefinitionInput;
}>;


export type UpdateAttributeDefinitionMutation = { __typename?: 'Mutation', updateAttributeDefinition: { __typename?: 'AttributeDefinition', id: string } };

export type ReorderAttributeDefinitionsMutationVariables = Exact<{
  ids: Array<Scalars['ID']['input']> | Scalars['ID']['input'];
}>;


export type ReorderAttributeDefinitionsMutation = { __typename?: 'Mutation', reorderAttributeDefinitions: Array<{ __typename?: 'AttributeDefinition', id: string, position: number }> };

export type RetireAttributeDefinitionMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type RetireAttributeDefinitionMutation = { __typename?: 'Mutation', retireAttributeDefinition: { __typename?: 'AttributeDefinition', id: string, retired: boolean } };

export type RestoreAttributeDefinitionMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type RestoreAttributeDefinitionMutation = { __typename?: 'Mutation', restoreAttributeDefinition: { __typename?: 'AttributeDefinition', id: string, retired: boolean } };

export type AttributeFormatsQueryVariables = Exact<{ [key: string]: never; }>;


export type AttributeFormatsQuery = { __typename?: 'Query', attributeFormats: Array<{ __typename?: 'AttributeFormat', key: string, base: AttributeType, module: string, label: { __typename?: 'LocalizedText', en?: string | null, ru?: string | null, fa?: string | null } }> };

export type StartAttributeValuesReportMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  format?: InputMaybe<Scalars['String']['input']>;
}>;


export type StartAttributeValuesReportMutation = { __typename?: 'Mutation', startAttributeValuesReport: string };

export type AttributeValuesCheckQueryVariables = Exact<{
  id: Scalars['ID']['input'];
  format?: InputMaybe<Scalars['String']['input']>;
}>;


export type AttributeValuesCheckQuery = { __typename?: 'Query', attributeValuesCheck: { __typename?: 'AttributeValuesCheck', format: string, checked: number, fit: number, rewritten: number, refused: number, firstRefused: Array<{ __typename?: 'StoredValueFinding', customerId: string, customerNumber: number, value: unknown, problem?: { __typename?: 'Problem', code: ProblemCode, params: unknown } | null }>, firstRewritten: Array<{ __typename?: 'StoredValueFinding', customerId: string, customerNumber: number, value: unknown, storedAs?: unknown | null }> } };

export type AuditEventsQueryVariables = Exact<{
  first: Scalars['Int']['input'];
  after?: InputMaybe<Scalars['String']['input']>;
}>;


export type AuditEventsQuery = { __typename?: 'Query', auditEvents: { __typename?: 'AuditEventConnection', edges: Array<{ __typename?: 'AuditEventEdge', node: { __typename?: 'AuditEvent', id: string, occurredAt: string, type: string, subject?: string | null, details: unknown, actor: { __typename?: 'HistoryActor', kind: string, name: string } } }>, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor?: string | null } } };

export type SignedInStaffFieldsFragment = { __typename?: 'Staff', id: string, email: string, name: string, role: string, mustChangePassword: boolean, twoFactorSetupRequired: boolean, locale: Locale, calendar: CalendarSystem, permissions: Array<string>, roleName: { __typename?: 'LocalizedText', en?: string | null, ru?: string | null, fa?: string | null }, branch?: { __typename?: 'Branch', id: string, code: string, name: { __typename?: 'LocalizedText', en?: string | null, ru?: string | null, fa?: string | null } } | null, workspace: { __typename?: 'Workspace', id: string, name: string } };

export type MeQueryVariables = Exact<{ [key: string]: never; }>;


export type MeQuery = { __typename?: 'Query', me?: { __typename?: 'Staff', id: string, email: string, name: string, role: string, mustChangePassword: boolean, twoFactorSetupRequired: boolean, locale: Locale, calendar: CalendarSystem, permissions: Array<string>, roleName: { __typename?: 'LocalizedText', en?: string | null, ru?: string | null, fa?: string | null }, branch?: { __typename?: 'Branch', id: string, code: string, name: { __typename?: 'LocalizedText', en?: string | null, ru?: string | null, fa?: string | null } } | null, workspace: { __typename?: 'Workspace', id: string, name: string } } | null };

export type LoginMutationVariables = Exact<{
  email: Scalars['String']['input'];
  password: Scalars['String']['input'];
}>;


export type LoginMutation = { __typename?: 'Mutation', login: { __typename?: 'Staff', id: string, email: string, name: string, role: string, mustChangePassword: boolean, twoFactorSetupRequired: boolean, locale: Locale, calendar: CalendarSystem, permissions: Array<string>, roleName: { __typename?: 'LocalizedText', en?: string | null, ru?: string | null, fa?: string | null }, branch?: { __typename?: 'Branch', id: string, code: string, name: { __typename?: 'LocalizedText', en?: string | null, ru?: string | null, fa?: string | null } } | null, workspace: { __typename?: 'Workspace', id: string, name: string } } };

export type LoginSecondStepMutationVariables = Exact<{
  challenge: Scalars['String']['input'];
  code: Scalars['String']['input'];
}>;


export type LoginSecondStepMutation = { __typename?: 'Mutation', loginSecondStep: { __typename?: 'Staff', id: string, email: string, name: string, role: string, mustChangePassword: boolean, twoFactorSetupRequired: boolean, locale: Locale, calendar: CalendarSystem, permissions: Array<string>, roleName: { __typename?: 'LocalizedText', en?: string | null, ru?: string | null, fa?: string | null }, branch?: { __typename?: 'Branch', id: string, code: string, name: { __typename?: 'LocalizedText', en?: string | null, ru?: string | null, fa?: string | null } } | null, workspace: { __typename?: 'Workspace', id: string, name: string } } };

export type LogoutMutationVariables = Exact<{ [key: string]: never; }>;


export type LogoutMutation = { __typename?: 'Mutation', logout: boolean };

export type AutomationFieldsFragment = { __typename?: 'Automation', id: string, name: string, paused: boolean, condition?: unknown | null, recentRuns: number, trigger: { __typename?: 'AutomationTrigger', kind: AutomationTriggerKind, params: unknown }, actions: Array<{ __typename?: 'AutomationAction', kind: AutomationActionKind, params: unknown }>, templates: Array<{ __typename?: 'AutomationTemplate', id: string, name: string }> };

export type AutomationsQueryVariables = Exact<{ [key: string]: never; }>;


export type AutomationsQuery = { __typename?: 'Query', automations: Array<{ __typename?: 'Automation', id: string, name: string, paused: boolean, condition?: unknown | null, recentRuns: number, trigger: { __typename?: 'AutomationTrigger', kind: AutomationTriggerKind, params: unknown }, actions: Array<{ __typename?: 'AutomationAction', kind: AutomationActionKind, params: unknown }>, templates: Array<{ __typename?: 'AutomationTemplate', id: string, name: string }> }> };

export type AutomationQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type AutomationQuery = { __typename?: 'Query', automation: { __typename?: 'Automation', id: string, name: string, paused: boolean, condition?: unknown | null, recentRuns: number, trigger: { __typename?: 'AutomationTrigger', kind: AutomationTriggerKind, params: unknown }, actions: Array<{ __typename?: 'AutomationAction', kind: AutomationActionKind, params: unknown }>, templates: Array<{ __typename?: 'AutomationTemplate', id: string, name: string }> } };

export type CreateAutomationMutationVariables = Exact<{
  input: AutomationInput;
}>;


export type CreateAutomationMutation = { __typename?: 'Mutation', createAutomation: { __typename?: 'Automation', id: string, name: string, paused: boolean, condition?: unknown | null, recentRuns: number, trigger: { __typename?: 'AutomationTrigger', kind: AutomationTriggerKind, params: unknown }, actions: Array<{ __typename?: 'AutomationAction', kind: AutomationActionKind, params: unknown }>, templates: Array<{ __typename?: 'AutomationTemplate', id: string, name: string }> } };

export type UpdateAutomationMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  input: AutomationInput;
}>;


export type UpdateAutomationMutation = { __typename?: 'Mutation', updateAutomation: { __typename?: 'Automation', id: string, name: string, paused: boolean, condition?: unknown | null, recentRuns: number, trigger: { __typename?: 'AutomationTrigger', kind: AutomationTriggerKind, params: unknown }, actions: Array<{ __typename?: 'AutomationAction', kind: AutomationActionKind, params: unknown }>, templates: Array<{ __typename?: 'AutomationTemplate', id: string, name: string }> } };

export type SetAutomationPausedMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  paused: Scalars['Boolean']['input'];
}>;


export type SetAutomationPausedMutation = { __typename?: 'Mutation', setAutomationPaused: { __typename?: 'Automation', id: string, paused: boolean } };

export type DeleteAutomationMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type DeleteAutomationMutation = { __typename?: 'Mutation', deleteAutomation: string };

export type AutomationRunsQueryVariables = Exact<{
  automationId: Scalars['ID']['input'];
  first: Scalars['Int']['input'];
  after?: InputMaybe<Scalars['String']['input']>;
}>;


export type AutomationRunsQuery = { __typename?: 'Query', automationRuns: { __typename?: 'AutomationRunConnection', totalCount: number, edges: Array<{ __typename?: 'AutomationRunEdge', node: { __typename?: 'AutomationRunType', id: string, customerId: string, customerName: string, customerNumber: number, occurrence: string, state: AutomationRunState, errorCode?: string | null, attempts: number, retryAt?: string | null, createdAt: string, outcomes: Array<{ __typename?: 'AutomationActionOutcome', kind: AutomationActionKind, state: AutomationActionState, code?: string | null, detail?: unknown | null }> } }>, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor?: string | null } } };

export type BalanceBatchFieldsFragment = { __typename?: 'BalanceBatch', id: string, status: BalanceBatchStatus, currency: string, identifier: string, totalLines: number, matched: number, unmatched: number, invalid: number, inactive: number, wouldGoNegative: number, tooLow: number, applied: number };

export type BalanceBatchLineFieldsFragment = { __typename?: 'BalanceBatchLine', line: number, identifier: string, amount: number, problem: string, detail?: string | null, detailProblem?: { __typename?: 'Problem', code: ProblemCode, params: unknown } | null };

export type PreviewBalanceBatchMutationVariables = Exact<{
  input: BalanceBatchInput;
  first: Scalars['Int']['input'];
}>;


export type PreviewBalanceBatchMutation = { __typename?: 'Mutation', previewBalanceBatch: { __typename?: 'BalanceBatch', id: string, status: BalanceBatchStatus, currency: string, identifier: string, totalLines: number, matched: number, unmatched: number, invalid: number, inactive: number, wouldGoNegative: number, tooLow: number, applied: number, problems: Array<{ __typename?: 'BalanceBatchLine', line: number, identifier: string, amount: number, problem: string, detail?: string | null, detailProblem?: { __typename?: 'Problem', code: ProblemCode, params: unknown } | null }> } };

export type ConfirmBalanceBatchMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type ConfirmBalanceBatchMutation = { __typename?: 'Mutation', confirmBalanceBatch: { __typename?: 'BalanceBatch', id: string, status: BalanceBatchStatus, currency: string, identifier: string, totalLines: number, matched: number, unmatched: number, invalid: number, inactive: number, wouldGoNegative: number, tooLow: number, applied: number } };

export type BalanceBatchQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type BalanceBatchQuery = { __typename?: 'Query', balanceBatch: { __typename?: 'BalanceBatch', id: string, status: BalanceBatchStatus, currency: string, identifier: string, totalLines: number, matched: number, unmatched: number, invalid: number, inactive: number, wouldGoNegative: number, tooLow: number, applied: number } };

export type BalanceBatchProblemsQueryVariables = Exact<{
  id: Scalars['ID']['input'];
  first: Scalars['Int']['input'];
  afterLine: Scalars['Int']['input'];
}>;


export type BalanceBatchProblemsQuery = { __typename?: 'Query', balanceBatch: { __typename?: 'BalanceBatch', id: string, problems: Array<{ __typename?: 'BalanceBatchLine', line: number, identifier: string, amount: number, problem: string, detail?: string | null, detailProblem?: { __typename?: 'Problem', code: ProblemCode, params: unknown } | null }> } };

export type BranchFieldsFragment = { __typename?: 'Branch', id: string, code: string, address: string, active: boolean, name: { __typename?: 'LocalizedText', en?: string | null, ru?: string | null, fa?: string | null } };

export type AllBranchesQueryVariables = Exact<{ [key: string]: never; }>;


export type AllBranchesQuery = { __typename?: 'Query', branches: Array<{ __typename?: 'Branch', staffCount: number, id: string, code: string, address: string, active: boolean, name: { __typename?: 'LocalizedText', en?: string | null, ru?: string | null, fa?: string | null } }> };

export type ActiveBranchesQueryVariables = Exact<{ [key: string]: never; }>;


export type ActiveBranchesQuery = { __typename?: 'Query', branches: Array<{ __typename?: 'Branch', id: string, code: string, address: string, active: boolean, name: { __typename?: 'LocalizedText', en?: string | null, ru?: string | null, fa?: string | null } }> };

export type CreateBranchMutationVariables = Exact<{
  input: BranchInput;
}>;


export type CreateBranchMutation = { __typename?: 'Mutation', createBranch: { __typename?: 'Branch', id: string, code: string, address: string, active: boolean, name: { __typename?: 'LocalizedText', en?: string | null, ru?: string | null, fa?: string | null } } };

export type UpdateBranchMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  input: BranchInput;
}>;


export type UpdateBranchMutation = { __typename?: 'Mutation', updateBranch: { __typename?: 'Branch', id: string, code: string, address: string, active: boolean, name: { __typename?: 'LocalizedText', en?: string | null, ru?: string | null, fa?: string | null } } };

export type SetBranchActiveMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  active: Scalars['Boolean']['input'];
}>;


export type SetBranchActiveMutation = { __typename?: 'Mutation', setBranchActive: { __typename?: 'Branch', id: string, code: string, address: string, active: boolean, name: { __typename?: 'LocalizedText', en?: string | null, ru?: string | null, fa?: string | null } } };

export type DeleteBranchMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type DeleteBranchMutation = { __typename?: 'Mutation', deleteBranch: string };

export type BulkJobFieldsFragment = { __typename?: 'BulkJob', id: string, kind: BulkActionKind, status: BulkJobStatus, total?: number | null, processed: number, failed: number, finishedAt?: string | null, problems: Array<{ __typename?: 'BulkJobProblem', customerId?: string | null, message: string, problem?: { __typename?: 'Problem', code: ProblemCode, params: unknown } | null }> };

export type StartBulkActionMutationVariables = Exact<{
  selection: CustomerSelection;
  action: BulkActionInput;
}>;


export type StartBulkActionMutation = { __typename?: 'Mutation', startBulkAction: { __typename?: 'BulkJob', id: string, kind: BulkActionKind, status: BulkJobStatus, total?: number | null, processed: number, failed: number, finishedAt?: string | null, problems: Array<{ __typename?: 'BulkJobProblem', customerId?: string | null, message: string, problem?: { __typename?: 'Problem', code: ProblemCode, params: unknown } | null }> } };

export type BulkJobQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type BulkJobQuery = { __typename?: 'Query', bulkJob: { __typename?: 'BulkJob', id: string, kind: BulkActionKind, status: BulkJobStatus, total?: number | null, processed: number, failed: number, finishedAt?: string | null, problems: Array<{ __typename?: 'BulkJobProblem', customerId?: string | null, message: string, problem?: { __typename?: 'Problem', code: ProblemCode, params: unknown } | null }> } };

export type CustomerCardTabsQueryVariables = Exact<{
  customerId: Scalars['ID']['input'];
}>;


export type CustomerCardTabsQuery = { __typename?: 'Query', customerCardTabs: Array<{ __typename?: 'CustomerCardTab', key: string, label: { __typename?: 'LocalizedText', en?: string | null, ru?: string | null, fa?: string | null } }> };

export type CardTabValueFieldsFragment = { __typename?: 'CardTabValue', kind: CardTabValueKind, text?: string | null, number?: number | null, currency?: string | null, date?: string | null, at?: string | null, url?: string | null, customerId?: string | null, tone?: CardTabTone | null };

export type CustomerCardTabQueryVariables = Exact<{
  customerId: Scalars['ID']['input'];
  key: Scalars['String']['input'];
  language: Locale;
}>;


export type CustomerCardTabQuery = { __typename?: 'Query', customerCardTab: { __typename?: 'CardTabContent', key: string, empty?: { __typename?: 'LocalizedText', en?: string | null, ru?: string | null, fa?: string | null } | null, sections: Array<{ __typename?: 'CardTabSection', title?: { __typename?: 'LocalizedText', en?: string | null, ru?: string | null, fa?: string | null } | null, fields?: Array<{ __typename?: 'CardTabField', label: { __typename?: 'LocalizedText', en?: string | null, ru?: string | null, fa?: string | null }, value?: { __typename?: 'CardTabValue', kind: CardTabValueKind, text?: string | null, number?: number | null, currency?: string | null, date?: string | null, at?: string | null, url?: string | null, customerId?: string | null, tone?: CardTabTone | null } | null }> | null, table?: { __typename?: 'CardTabTable', columns: Array<{ __typename?: 'CardTabColumn', kind: CardTabValueKind, label: { __typename?: 'LocalizedText', en?: string | null, ru?: string | null, fa?: string | null } }>, rows: Array<{ __typename?: 'CardTabRow', cells: Array<{ __typename?: 'CardTabValue', kind: CardTabValueKind, text?: string | null, number?: number | null, currency?: string | null, date?: string | null, at?: string | null, url?: string | null, customerId?: string | null, tone?: CardTabTone | null } | null> }>, empty?: { __typename?: 'LocalizedText', en?: string | null, ru?: string | null, fa?: string | null } | null } | null }> } };

export type CategoriesQueryVariables = Exact<{ [key: string]: never; }>;


export type CategoriesQuery = { __typename?: 'Query', categories: Array<{ __typename?: 'Category', id: string, name: string, color: string }> };

export type CategoriesWithCountsQueryVariables = Exact<{ [key: string]: never; }>;


export type CategoriesWithCountsQuery = { __typename?: 'Query', categories: Array<{ __typename?: 'Category', id: string, name: string, color: string, customerCount: number }> };

export type CreateCategoryMutationVariables = Exact<{
  input: CategoryInput;
}>;


export type CreateCategoryMutation = { __typename?: 'Mutation', createCategory: { __typename?: 'Category', id: string, name: string, color: string } };

export type UpdateCategoryMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  input: CategoryInput;
}>;


export type UpdateCategoryMutation = { __typename?: 'Mutation', updateCategory: { __typename?: 'Category', id: string, name: string, color: string } };

export type DeleteCategoryMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type DeleteCategoryMutation = { __typename?: 'Mutation', deleteCategory: string };

export type SetCustomerCategoryMutationVariables = Exact<{
  customerId: Scalars['ID']['input'];
  categoryId?: InputMaybe<Scalars['ID']['input']>;
}>;


export type SetCustomerCategoryMutation = { __typename?: 'Mutation', setCustomerCategory: { __typename?: 'Customer', id: string, updatedAt: string, category?: { __typename?: 'Category', id: string, name: string, color: string } | null } };

export type ChannelAccountFieldsFragment = { __typename?: 'ChannelAccount', id: string, provider: string, kind: string, name: string, enabled: boolean, isDefault: boolean, secretsSet: Array<string>, webhookUrl?: string | null, settings: Array<{ __typename?: 'ChannelSetting', key: string, value: string }> };

export type ChannelsQueryVariables = Exact<{ [key: string]: never; }>;


export type ChannelsQuery = { __typename?: 'Query', channelProviders: Array<{ __typename?: 'ChannelProvider', provider: string, kind: string, label: { __typename?: 'LocalizedText', en?: string | null, ru?: string | null, fa?: string | null }, settings: Array<{ __typename?: 'ChannelSettingField', key: string, required: boolean, secret: boolean, choices?: Array<string> | null, label: { __typename?: 'LocalizedText', en?: string | null, ru?: string | null, fa?: string | null }, help?: { __typename?: 'LocalizedText', en?: string | null, ru?: string | null, fa?: string | null } | null, choiceLabels?: Array<{ __typename?: 'ChannelSettingChoice', value: string, label: { __typename?: 'LocalizedText', en?: string | null, ru?: string | null, fa?: string | null } }> | null }> }>, channelAccounts: Array<{ __typename?: 'ChannelAccount', id: string, provider: string, kind: string, name: string, enabled: boolean, isDefault: boolean, secretsSet: Array<string>, webhookUrl?: string | null, settings: Array<{ __typename?: 'ChannelSetting', key: string, value: string }> }> };

export type SaveChannelAccountMutationVariables = Exact<{
  input: SaveChannelAccountInput;
}>;


export type SaveChannelAccountMutation = { __typename?: 'Mutation', saveChannelAccount: { __typename?: 'ChannelAccount', id: string, provider: string, kind: string, name: string, enabled: boolean, isDefault: boolean, secretsSet: Array<string>, webhookUrl?: string | null, settings: Array<{ __typename?: 'ChannelSetting', key: string, value: string }> } };

export type DeleteChannelAccountMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type DeleteChannelAccountMutation = { __typename?: 'Mutation', deleteChannelAccount: string };

export type SendTestMessageMutationVariables = Exact<{
  accountId: Scalars['ID']['input'];
  to: Scalars['String']['input'];
  text: Scalars['String']['input'];
}>;


export type SendTestMessageMutation = { __typename?: 'Mutation', sendTestMessage: { __typename?: 'SendOutcome', ok: boolean, providerMessageId?: string | null, retryable?: boolean | null, reason?: string | null, detail?: string | null } };

export type UploadLimitQueryVariables = Exact<{ [key: string]: never; }>;


export type UploadLimitQuery = { __typename?: 'Query', uploadMaxBytes: number };

export type CustomerConsentsQueryVariables = Exact<{
  id: Scalars['ID']['input'];
  first: Scalars['Int']['input'];
}>;


export type CustomerConsentsQuery = { __typename?: 'Query', customer: { __typename?: 'Customer', id: string, mobile?: string | null, email?: string | null, consents: Array<{ __typename?: 'CustomerConsent', kind: ConsentKind, state: ConsentState, record?: { __typename?: 'ConsentRecord', id: string, at: string, source?: string | null, capturedVia: ConsentCaptureChannel } | null }>, consentHistory: { __typename?: 'ConsentRecordPage', hasNextPage: boolean, records: Array<{ __typename?: 'ConsentRecord', id: string, kind: ConsentKind, granted: boolean, at: string, recordedAt: string, source?: string | null, capturedVia: ConsentCaptureChannel, actor: { __typename?: 'HistoryActor', kind: string, name: string } }> }, verification: { __typename?: 'CustomerVerification', status: VerificationStatus, verifiedAt?: string | null, verifiedBy?: string | null, phoneVerified: boolean, emailVerified: boolean } } };

export type GrantConsentMutationVariables = Exact<{
  input: ConsentChangeInput;
}>;


export type GrantConsentMutation = { __typename?: 'Mutation', grantConsent: { __typename?: 'CustomerConsent', kind: ConsentKind, state: ConsentState } };

export type WithdrawConsentMutationVariables = Exact<{
  input: ConsentChangeInput;
}>;


export type WithdrawConsentMutation = { __typename?: 'Mutation', withdrawConsent: { __typename?: 'CustomerConsent', kind: ConsentKind, state: ConsentState } };

export type VerifyCustomerMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type VerifyCustomerMutation = { __typename?: 'Mutation', verifyCustomer: { __typename?: 'CustomerVerification', status: VerificationStatus } };

export type SetContactVerifiedMutationVariables = Exact<{
  input: ContactVerificationInput;
}>;


export type SetContactVerifiedMutation = { __typename?: 'Mutation', setContactVerified: { __typename?: 'CustomerVerification', phoneVerified: boolean, emailVerified: boolean } };

export type CurrencyFieldsFragment = { __typename?: 'Currency', id: string, key: string, decimals: number, unitValue: number, spendable: boolean, position: number, name: { __typename?: 'LocalizedText', en?: string | null, ru?: string | null, fa?: string | null } };

export type CurrenciesQueryVariables = Exact<{ [key: string]: never; }>;


export type CurrenciesQuery = { __typename?: 'Query', currencies: Array<{ __typename?: 'Currency', id: string, key: string, decimals: number, unitValue: number, spendable: boolean, position: number, name: { __typename?: 'LocalizedText', en?: string | null, ru?: string | null, fa?: string | null } }> };

export type CreateCurrencyMutationVariables = Exact<{
  input: CurrencyInput;
}>;


export type CreateCurrencyMutation = { __typename?: 'Mutation', createCurrency: { __typename?: 'Currency', id: string, key: string, decimals: number, unitValue: number, spendable: boolean, position: number, name: { __typename?: 'LocalizedText', en?: string | null, ru?: string | null, fa?: string | null } } };

export type UpdateCurrencyMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  input: CurrencyInput;
}>;


export type UpdateCurrencyMutation = { __typename?: 'Mutation', updateCurrency: { __typename?: 'Currency', id: string, key: string, decimals: number, unitValue: number, spendable: boolean, position: number, name: { __typename?: 'LocalizedText', en?: string | null, ru?: string | null, fa?: string | null } } };

export type CustomerAnalyticsQueryVariables = Exact<{
  id: Scalars['ID']['input'];
  months: Scalars['Int']['input'];
  calendar: CalendarSystem;
  loyalty: Scalars['Boolean']['input'];
}>;


export type CustomerAnalyticsQuery = { __typename?: 'Query', customer: { __typename?: 'Customer', id: string, analytics: { __typename?: 'CustomerAnalytics', completeness: { __typename?: 'ProfileCompleteness', filled: number, counted: number, share: number, missing: Array<{ __typename?: 'MissingAttribute', key: string, label: { __typename?: 'LocalizedText', en?: string | null, ru?: string | null, fa?: string | null } }> }, lifecycle: { __typename?: 'CustomerLifecycle', stage: LifecycleStage, joinedAt: string, lastPurchaseAt?: string | null, rules: { __typename?: 'LifecycleRules', newDays: number, atRiskDays: number, lostDays: number } }, purchasesByMonth?: Array<{ __typename?: 'PurchaseMonth', month: string, from: string, count: number, amount: number, returnedAmount: number }>, balanceByMonth?: Array<{ __typename?: 'BalanceSeries', currencyKey: string, currencyName: { __typename?: 'LocalizedText', en?: string | null, ru?: string | null, fa?: string | null }, points: Array<{ __typename?: 'BalancePoint', month: string, from: string, balance: number }> }>, rfmHistory?: Array<{ __typename?: 'RfmSegmentChange', segment?: RfmSegment | null, from: string }> } } };

export type MyCustomerColumnsQueryVariables = Exact<{ [key: string]: never; }>;


export type MyCustomerColumnsQuery = { __typename?: 'Query', me?: { __typename?: 'Staff', id: string, customerColumns?: Array<{ __typename?: 'ListColumn', key: string, width?: number | null }> | null } | null };

export type UpdateMyCustomerColumnsMutationVariables = Exact<{
  columns: Array<ListColumnInput> | ListColumnInput;
}>;


export type UpdateMyCustomerColumnsMutation = { __typename?: 'Mutation', updateMyCustomerColumns: { __typename?: 'Staff', id: string, customerColumns?: Array<{ __typename?: 'ListColumn', key: string, width?: number | null }> | null } };

export type CustomerCountQueryVariables = Exact<{
  search?: InputMaybe<Array<Scalars['String']['input']> | Scalars['String']['input']>;
  filter?: InputMaybe<CustomerFilter>;
  segmentId?: InputMaybe<Scalars['ID']['input']>;
}>;


export type CustomerCountQuery = { __typename?: 'Query', customerCount: number };

export type CustomerFieldListQueryVariables = Exact<{ [key: string]: never; }>;


export type CustomerFieldListQuery = { __typename?: 'Query', customerFields: Array<{ __typename?: 'CustomerField', key: string, kind: FieldKind, operators: Array<FilterOperator>, sortable: boolean, source: string, attributeType?: AttributeType | null, decimals?: number | null, label: { __typename?: 'LocalizedText', en?: string | null, ru?: string | null, fa?: string | null }, choices: Array<{ __typename?: 'FieldChoice', value: string, label: { __typename?: 'LocalizedText', en?: string | null, ru?: string | null, fa?: string | null } }> }> };

export type CustomerHeaderQueryVariables = Exact<{
  id: Scalars['ID']['input'];
  withLoyalty: Scalars['Boolean']['input'];
}>;


export type CustomerHeaderQuery = { __typename?: 'Query', customer: { __typename?: 'Customer', id: string, verification: { __typename?: 'CustomerVerification', status: VerificationStatus }, tier?: { __typename?: 'CustomerTier', tier?: { __typename?: 'Tier', id: string, key: string, name: { __typename?: 'LocalizedText', en?: string | null, ru?: string | null, fa?: string | null } } | null }, balances?: Array<{ __typename?: 'Balance', amount: number, currency: { __typename?: 'Currency', key: string, decimals: number, position: number, name: { __typename?: 'LocalizedText', en?: string | null, ru?: string | null, fa?: string | null } } }> } };

export type CustomerLostCardsQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type CustomerLostCardsQuery = { __typename?: 'Query', customer: { __typename?: 'Customer', id: string, lostCards: Array<{ __typename?: 'LostCard', cardNumber: string, reportedAt: string, reason: string, reportedBy: string }> } };

export type ReportLostCardMutationVariables = Exact<{
  customerId: Scalars['ID']['input'];
  newCardNumber: Scalars['String']['input'];
  reason?: InputMaybe<Scalars['String']['input']>;
}>;


export type ReportLostCardMutation = { __typename?: 'Mutation', reportLostCard: { __typename?: 'Customer', id: string, cardNumber?: string | null, attributes: unknown, lostCards: Array<{ __typename?: 'LostCard', cardNumber: string, reportedAt: string, reason: string, reportedBy: string }> } };

export type CustomerFieldsFragment = { __typename?: 'Customer', id: string, number: number, mainCustomerId?: string | null, status: CustomerStatus, attributes: unknown, displayName: string, createdAt: string, updatedAt: string, tags: Array<{ __typename?: 'Tag', id: string, name: string, color: string }>, category?: { __typename?: 'Category', id: string, name: string, color: string } | null };

export type CustomersQueryVariables = Exact<{
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
  sort?: InputMaybe<CustomerSortInput>;
  search?: InputMaybe<Array<Scalars['String']['input']> | Scalars['String']['input']>;
  filter?: InputMaybe<CustomerFilter>;
  segmentId?: InputMaybe<Scalars['ID']['input']>;
  computedKeys?: Array<Scalars['String']['input']> | Scalars['String']['input'];
  withComputed?: Scalars['Boolean']['input'];
}>;


export type CustomersQuery = { __typename?: 'Query', customers: { __typename?: 'CustomerConnection', pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor?: string | null }, edges: Array<{ __typename?: 'CustomerEdge', node: { __typename?: 'Customer', fieldValues?: unknown, id: string, number: number, mainCustomerId?: string | null, status: CustomerStatus, attributes: unknown, displayName: string, createdAt: string, updatedAt: string, tags: Array<{ __typename?: 'Tag', id: string, name: string, color: string }>, category?: { __typename?: 'Category', id: string, name: string, color: string } | null } }> } };

export type CustomerQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type CustomerQuery = { __typename?: 'Query', customer: { __typename?: 'Customer', id: string, number: number, mainCustomerId?: string | null, status: CustomerStatus, attributes: unknown, displayName: string, createdAt: string, updatedAt: string, tags: Array<{ __typename?: 'Tag', id: string, name: string, color: string }>, category?: { __typename?: 'Category', id: string, name: string, color: string } | null } };

export type CreateCustomerMutationVariables = Exact<{
  input: CreateCustomerInput;
}>;


export type CreateCustomerMutation = { __typename?: 'Mutation', createCustomer: { __typename?: 'Customer', id: string, number: number, mainCustomerId?: string | null, status: CustomerStatus, attributes: unknown, displayName: string, createdAt: string, updatedAt: string, tags: Array<{ __typename?: 'Tag', id: string, name: string, color: string }>, category?: { __typename?: 'Category', id: string, name: string, color: string } | null } };

export type UpdateCustomerMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  input: UpdateCustomerInput;
}>;


export type UpdateCustomerMutation = { __typename?: 'Mutation', updateCustomer: { __typename?: 'Customer', id: string, number: number, mainCustomerId?: string | null, status: CustomerStatus, attributes: unknown, displayName: string, createdAt: string, updatedAt: string, tags: Array<{ __typename?: 'Tag', id: string, name: string, color: string }>, category?: { __typename?: 'Category', id: string, name: string, color: string } | null } };

export type DeleteCustomerMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type DeleteCustomerMutation = { __typename?: 'Mutation', deleteCustomer: string };

export type ActivateCustomerMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type ActivateCustomerMutation = { __typename?: 'Mutation', activateCustomer: { __typename?: 'Customer', id: string, status: CustomerStatus } };

export type DeactivateCustomerMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type DeactivateCustomerMutation = { __typename?: 'Mutation', deactivateCustomer: { __typename?: 'Customer', id: string, status: CustomerStatus } };

export type DuplicateCandidatesQueryVariables = Exact<{
  first: Scalars['Int']['input'];
  offset: Scalars['Int']['input'];
}>;


export type DuplicateCandidatesQuery = { __typename?: 'Query', duplicateCandidates: { __typename?: 'DuplicateCandidatesPage', totalCount: number, refreshedAt?: string | null, counts: Array<{ __typename?: 'DuplicateReasonCount', reason: DuplicateReason, count: number }>, groups: Array<{ __typename?: 'DuplicateGroupType', reason: DuplicateReason, key: string, score: number, customers: Array<{ __typename?: 'Customer', id: string, displayName: string, firstName?: string | null, lastName?: string | null, mobile?: string | null, email?: string | null, attributes: unknown, createdAt: string }> }> } };

export type MergePreviewQueryVariables = Exact<{
  mainCustomerId: Scalars['ID']['input'];
  mergedCustomerId: Scalars['ID']['input'];
}>;


export type MergePreviewQuery = { __typename?: 'Query', mergePreview: { __typename?: 'MergeCountsType', purchases: number, history: number, tags: number, groups: number, referrals: number, children: number, balances: Array<{ __typename?: 'MovedBalanceType', currency: string, amount: number }> } };

export type MergeCustomersMutationVariables = Exact<{
  mainCustomerId: Scalars['ID']['input'];
  mergedCustomerId: Scalars['ID']['input'];
}>;


export type MergeCustomersMutation = { __typename?: 'Mutation', mergeCustomers: { __typename?: 'CustomerMergeType', id: string, mainCustomerId: string, mergedCustomerId: string, undoUntil: string } };

export type UnmergeCustomerMutationVariables = Exact<{
  customerId: Scalars['ID']['input'];
}>;


export type UnmergeCustomerMutation = { __typename?: 'Mutation', unmergeCustomer: { __typename?: 'CustomerMergeType', id: string, mainCustomerId: string, mergedCustomerId: string } };

export type CustomerProfilesQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type CustomerProfilesQuery = { __typename?: 'Query', customer: { __typename?: 'Customer', id: string, mainCustomerId?: string | null, sources: Array<{ __typename?: 'CustomerSourceType', customerId: string, source?: string | null, subSource?: string | null, arrivedAt: string, first: boolean, child: boolean }>, childProfiles: Array<{ __typename?: 'Customer', id: string, displayName: string, mobile?: string | null, email?: string | null, createdAt: string }>, merge?: { __typename?: 'CustomerMergeType', id: string, mainCustomerId: string, mergedAt: string, undoUntil: string } | null } };

export type MergeSearchQueryVariables = Exact<{
  search?: InputMaybe<Array<Scalars['String']['input']> | Scalars['String']['input']>;
}>;


export type MergeSearchQuery = { __typename?: 'Query', customers: { __typename?: 'CustomerConnection', edges: Array<{ __typename?: 'CustomerEdge', node: { __typename?: 'Customer', id: string, displayName: string, firstName?: string | null, lastName?: string | null, mobile?: string | null, email?: string | null, attributes: unknown, createdAt: string } }> } };

export type EraseCustomerMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type EraseCustomerMutation = { __typename?: 'Mutation', eraseCustomer: { __typename?: 'ErasedCustomer', customerId: string, profiles: number, historyEvents: number } };

export type CustomerDataQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type CustomerDataQuery = { __typename?: 'Query', customerData: unknown };

export type CustomerExportFieldsFragment = { __typename?: 'CustomerExport', id: string, state: ExportState, format: ExportFormat, total?: number | null, done: number, fileName?: string | null, downloadPath?: string | null, expiresAt?: string | null, problem?: { __typename?: 'Problem', code: ProblemCode, params: unknown } | null };

export type StartCustomerExportMutationVariables = Exact<{
  input: CustomerExportInput;
}>;


export type StartCustomerExportMutation = { __typename?: 'Mutation', startCustomerExport: { __typename?: 'CustomerExport', id: string, state: ExportState, format: ExportFormat, total?: number | null, done: number, fileName?: string | null, downloadPath?: string | null, expiresAt?: string | null, problem?: { __typename?: 'Problem', code: ProblemCode, params: unknown } | null } };

export type CustomerExportQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type CustomerExportQuery = { __typename?: 'Query', customerExport: { __typename?: 'CustomerExport', id: string, state: ExportState, format: ExportFormat, total?: number | null, done: number, fileName?: string | null, downloadPath?: string | null, expiresAt?: string | null, problem?: { __typename?: 'Problem', code: ProblemCode, params: unknown } | null } };

export type GiftCardFieldsFragment = { __typename?: 'GiftCard', id: string, code: string, status: GiftCardStatus, value: number, currency: string, redeemBy?: string | null, note: string, batchId: string, batchNumber: number, blocked: boolean, redeemedAt?: string | null, redeemedCustomerId?: string | null, redeemedByName?: string | null };

export type GiftCardsQueryVariables = Exact<{
  offset: Scalars['Int']['input'];
  first: Scalars['Int']['input'];
  status?: InputMaybe<GiftCardStatus>;
  batchId?: InputMaybe<Scalars['ID']['input']>;
  code?: InputMaybe<Scalars['String']['input']>;
}>;


export type GiftCardsQuery = { __typename?: 'Query', giftCards: { __typename?: 'GiftCardPage', totalCount: number, nodes: Array<{ __typename?: 'GiftCard', id: string, code: string, status: GiftCardStatus, value: number, currency: string, redeemBy?: string | null, note: string, batchId: string, batchNumber: number, blocked: boolean, redeemedAt?: string | null, redeemedCustomerId?: string | null, redeemedByName?: string | null }> } };

export type GiftCardBatchesQueryVariables = Exact<{ [key: string]: never; }>;


export type GiftCardBatchesQuery = { __typename?: 'Query', giftCardBatches: Array<{ __typename?: 'GiftCardBatch', id: string, number: number, currency: string, value: number, redeemBy?: string | null, note: string, cardCount: number, redeemedCount: number, createdAt: string }> };

export type GiftCardBatchCodesQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type GiftCardBatchCodesQuery = { __typename?: 'Query', giftCardBatch?: { __typename?: 'GiftCardBatch', id: string, number: number, currency: string, value: number, redeemBy?: string | null, note: string, codes: Array<string> } | null };

export type IssueGiftCardsMutationVariables = Exact<{
  input: IssueGiftCardsInput;
}>;


export type IssueGiftCardsMutation = { __typename?: 'Mutation', issueGiftCards: { __typename?: 'GiftCardBatch', id: string, number: number, cardCount: number } };

export type SetGiftCardBlockedMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  blocked: Scalars['Boolean']['input'];
}>;


export type SetGiftCardBlockedMutation = { __typename?: 'Mutation', setGiftCardBlocked: { __typename?: 'GiftCard', id: string, code: string, status: GiftCardStatus, value: number, currency: string, redeemBy?: string | null, note: string, batchId: string, batchNumber: number, blocked: boolean, redeemedAt?: string | null, redeemedCustomerId?: string | null, redeemedByName?: string | null } };

export type RedeemGiftCardMutationVariables = Exact<{
  customerId: Scalars['ID']['input'];
  code: Scalars['String']['input'];
}>;


export type RedeemGiftCardMutation = { __typename?: 'Mutation', redeemGiftCard: { __typename?: 'GiftCard', id: string, code: string, status: GiftCardStatus, value: number, currency: string, redeemBy?: string | null, note: string, batchId: string, batchNumber: number, blocked: boolean, redeemedAt?: string | null, redeemedCustomerId?: string | null, redeemedByName?: string | null } };

export type GroupFieldsFragment = { __typename?: 'CustomerGroup', id: string, name: string, description: string, createdAt: string, memberCount: number };

export type GroupsQueryVariables = Exact<{ [key: string]: never; }>;


export type GroupsQuery = { __typename?: 'Query', groups: Array<{ __typename?: 'CustomerGroup', id: string, name: string, description: string, createdAt: string, memberCount: number }> };

export type CreateGroupMutationVariables = Exact<{
  input: CustomerGroupInput;
}>;


export type CreateGroupMutation = { __typename?: 'Mutation', createGroup: { __typename?: 'CustomerGroup', id: string, name: string, description: string, createdAt: string, memberCount: number } };

export type UpdateGroupMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  input: CustomerGroupInput;
}>;


export type UpdateGroupMutation = { __typename?: 'Mutation', updateGroup: { __typename?: 'CustomerGroup', id: string, name: string, description: string, createdAt: string, memberCount: number } };

export type DeleteGroupMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type DeleteGroupMutation = { __typename?: 'Mutation', deleteGroup: string };

export type AddCustomersToGroupMutationVariables = Exact<{
  groupId: Scalars['ID']['input'];
  selection: GroupMemberSelection;
}>;


export type AddCustomersToGroupMutation = { __typename?: 'Mutation', addCustomersToGroup: { __typename?: 'GroupMembershipResult', changed: number } };

export type RemoveCustomersFromGroupMutationVariables = Exact<{
  groupId: Scalars['ID']['input'];
  selection: GroupMemberSelection;
}>;


export type RemoveCustomersFromGroupMutation = { __typename?: 'Mutation', removeCustomersFromGroup: { __typename?: 'GroupMembershipResult', changed: number } };

export type CustomerGroupsQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type CustomerGroupsQuery = { __typename?: 'Query', customer: { __typename?: 'Customer', id: string, groups: Array<{ __typename?: 'CustomerGroup', id: string, name: string }> } };

export type CustomerHistoryQueryVariables = Exact<{
  id: Scalars['ID']['input'];
  first: Scalars['Int']['input'];
  after?: InputMaybe<Scalars['String']['input']>;
  types?: InputMaybe<Array<HistoryEventType> | HistoryEventType>;
  from?: InputMaybe<Scalars['DateTime']['input']>;
  to?: InputMaybe<Scalars['DateTime']['input']>;
}>;


export type CustomerHistoryQuery = { __typename?: 'Query', customer: { __typename?: 'Customer', id: string, history: { __typename?: 'HistoryEventConnection', totalCount: number, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor?: string | null }, edges: Array<{ __typename?: 'HistoryEventEdge', node: { __typename?: 'HistoryEvent', id: string, type: HistoryEventType, occurredAt: string, actor: { __typename?: 'HistoryActor', id?: string | null, name: string, kind: string }, changes: Array<{ __typename?: 'FieldChange', key: string, oldValue?: unknown | null, newValue?: unknown | null, erased: boolean }> } }> } } };

export type ImportFieldsFragment = { __typename?: 'Import', id: string, kind: ImportKind, state: ImportState, fileName: string, format: ImportFormat, encoding?: string | null, delimiter?: string | null, sheets: Array<string>, sheet?: string | null, mode: ImportMode, matchOn: ImportMatchOn, applyEarningRules: boolean, attachDuplicates: boolean, reportFileId?: string | null, createdAt: string, columns: Array<{ __typename?: 'ImportColumn', index: number, header: string, target?: string | null, samples: Array<string> }>, counts: { __typename?: 'ImportCounts', rows: number, created: number, updated: number, attached: number, skipped: number, invalid: number }, progress: { __typename?: 'ImportProgress', done: number, total?: number | null }, problem?: { __typename?: 'Problem', code: ProblemCode, params: unknown } | null };

export type ImportQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type ImportQuery = { __typename?: 'Query', import?: { __typename?: 'Import', id: string, kind: ImportKind, state: ImportState, fileName: string, format: ImportFormat, encoding?: string | null, delimiter?: string | null, sheets: Array<string>, sheet?: string | null, mode: ImportMode, matchOn: ImportMatchOn, applyEarningRules: boolean, attachDuplicates: boolean, reportFileId?: string | null, createdAt: string, columns: Array<{ __typename?: 'ImportColumn', index: number, header: string, target?: string | null, samples: Array<string> }>, counts: { __typename?: 'ImportCounts', rows: number, created: number, updated: number, attached: number, skipped: number, invalid: number }, progress: { __typename?: 'ImportProgress', done: number, total?: number | null }, problem?: { __typename?: 'Problem', code: ProblemCode, params: unknown } | null } | null };

export type ImportsQueryVariables = Exact<{
  first: Scalars['Int']['input'];
  after?: InputMaybe<Scalars['String']['input']>;
}>;


export type ImportsQuery = { __typename?: 'Query', imports: { __typename?: 'ImportConnection', edges: Array<{ __typename?: 'ImportEdge', node: { __typename?: 'Import', id: string, kind: ImportKind, state: ImportState, fileName: string, format: ImportFormat, encoding?: string | null, delimiter?: string | null, sheets: Array<string>, sheet?: string | null, mode: ImportMode, matchOn: ImportMatchOn, applyEarningRules: boolean, attachDuplicates: boolean, reportFileId?: string | null, createdAt: string, columns: Array<{ __typename?: 'ImportColumn', index: number, header: string, target?: string | null, samples: Array<string> }>, counts: { __typename?: 'ImportCounts', rows: number, created: number, updated: number, attached: number, skipped: number, invalid: number }, progress: { __typename?: 'ImportProgress', done: number, total?: number | null }, problem?: { __typename?: 'Problem', code: ProblemCode, params: unknown } | null } }>, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor?: string | null } } };

export type ImportTargetsQueryVariables = Exact<{
  kind: ImportKind;
}>;


export type ImportTargetsQuery = { __typename?: 'Query', importTargets: Array<{ __typename?: 'ImportTarget', key: string, kind: string, group: string, label: { __typename?: 'LocalizedText', en?: string | null, ru?: string | null, fa?: string | null } }> };

export type ImportTemplatesQueryVariables = Exact<{
  kind: ImportKind;
}>;


export type ImportTemplatesQuery = { __typename?: 'Query', importTemplates: Array<{ __typename?: 'ImportTemplate', id: string, name: string }> };

export type OpenImportMutationVariables = Exact<{
  input: OpenImportInput;
}>;


export type OpenImportMutation = { __typename?: 'Mutation', openImport: { __typename?: 'Import', id: string, kind: ImportKind, state: ImportState, fileName: string, format: ImportFormat, encoding?: string | null, delimiter?: string | null, sheets: Array<string>, sheet?: string | null, mode: ImportMode, matchOn: ImportMatchOn, applyEarningRules: boolean, attachDuplicates: boolean, reportFileId?: string | null, createdAt: string, columns: Array<{ __typename?: 'ImportColumn', index: number, header: string, target?: string | null, samples: Array<string> }>, counts: { __typename?: 'ImportCounts', rows: number, created: number, updated: number, attached: number, skipped: number, invalid: number }, progress: { __typename?: 'ImportProgress', done: number, total?: number | null }, problem?: { __typename?: 'Problem', code: ProblemCode, params: unknown } | null } };

export type ConfigureImportMutationVariables = Exact<{
  input: ConfigureImportInput;
}>;


export type ConfigureImportMutation = { __typename?: 'Mutation', configureImport: { __typename?: 'Import', id: string, kind: ImportKind, state: ImportState, fileName: string, format: ImportFormat, encoding?: string | null, delimiter?: string | null, sheets: Array<string>, sheet?: string | null, mode: ImportMode, matchOn: ImportMatchOn, applyEarningRules: boolean, attachDuplicates: boolean, reportFileId?: string | null, createdAt: string, columns: Array<{ __typename?: 'ImportColumn', index: number, header: string, target?: string | null, samples: Array<string> }>, counts: { __typename?: 'ImportCounts', rows: number, created: number, updated: number, attached: number, skipped: number, invalid: number }, progress: { __typename?: 'ImportProgress', done: number, total?: number | null }, problem?: { __typename?: 'Problem', code: ProblemCode, params: unknown } | null } };

export type ImportPreviewQueryVariables = Exact<{
  id: Scalars['ID']['input'];
  first: Scalars['Int']['input'];
}>;


export type ImportPreviewQuery = { __typename?: 'Query', importPreview: { __typename?: 'ImportPreview', outOfDateOrder: boolean, counts: { __typename?: 'ImportCounts', rows: number, created: number, updated: number, attached: number, skipped: number, invalid: number }, rows: Array<{ __typename?: 'ImportPreviewRow', line: number, outcome: ImportRowOutcome, problem?: { __typename?: 'Problem', code: ProblemCode, params: unknown } | null, cells: Array<{ __typename?: 'ImportPreviewCell', index: number, header: string, value?: string | null, problem?: { __typename?: 'Problem', code: ProblemCode, params: unknown } | null }> }> } };

export type StartImportMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type StartImportMutation = { __typename?: 'Mutation', startImport: { __typename?: 'Import', id: string, kind: ImportKind, state: ImportState, fileName: string, format: ImportFormat, encoding?: string | null, delimiter?: string | null, sheets: Array<string>, sheet?: string | null, mode: ImportMode, matchOn: ImportMatchOn, applyEarningRules: boolean, attachDuplicates: boolean, reportFileId?: string | null, createdAt: string, columns: Array<{ __typename?: 'ImportColumn', index: number, header: string, target?: string | null, samples: Array<string> }>, counts: { __typename?: 'ImportCounts', rows: number, created: number, updated: number, attached: number, skipped: number, invalid: number }, progress: { __typename?: 'ImportProgress', done: number, total?: number | null }, problem?: { __typename?: 'Problem', code: ProblemCode, params: unknown } | null } };

export type CancelImportMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type CancelImportMutation = { __typename?: 'Mutation', cancelImport: { __typename?: 'Import', id: string, kind: ImportKind, state: ImportState, fileName: string, format: ImportFormat, encoding?: string | null, delimiter?: string | null, sheets: Array<string>, sheet?: string | null, mode: ImportMode, matchOn: ImportMatchOn, applyEarningRules: boolean, attachDuplicates: boolean, reportFileId?: string | null, createdAt: string, columns: Array<{ __typename?: 'ImportColumn', index: number, header: string, target?: string | null, samples: Array<string> }>, counts: { __typename?: 'ImportCounts', rows: number, created: number, updated: number, attached: number, skipped: number, invalid: number }, progress: { __typename?: 'ImportProgress', done: number, total?: number | null }, problem?: { __typename?: 'Problem', code: ProblemCode, params: unknown } | null } };

export type SaveImportTemplateMutationVariables = Exact<{
  input: SaveImportTemplateInput;
}>;


export type SaveImportTemplateMutation = { __typename?: 'Mutation', saveImportTemplate: { __typename?: 'ImportTemplate', id: string, name: string } };

export type DeleteImportTemplateMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type DeleteImportTemplateMutation = { __typename?: 'Mutation', deleteImportTemplate: string };

export type JobRunsQueryVariables = Exact<{
  first: Scalars['Int']['input'];
  after?: InputMaybe<Scalars['String']['input']>;
  state?: InputMaybe<JobRunState>;
}>;


export type JobRunsQuery = { __typename?: 'Query', jobs: { __typename?: 'JobRunConnection', edges: Array<{ __typename?: 'JobRunEdge', node: { __typename?: 'JobRun', id: string, job: string, state: JobRunState, ownWorkspace: boolean, attempts: number, maxAttempts: number, queuedAt: string, startedAt?: string | null, finishedAt?: string | null, error?: string | null, canCancel: boolean, canRetry: boolean, progress?: { __typename?: 'JobProgress', done: number, total: number } | null } }>, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor?: string | null } } };

export type CancelJobMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type CancelJobMutation = { __typename?: 'Mutation', cancelJob: { __typename?: 'JobRun', id: string, state: JobRunState } };

export type RetryJobMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type RetryJobMutation = { __typename?: 'Mutation', retryJob: { __typename?: 'JobRun', id: string, state: JobRunState } };

export type CustomerBalancesQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type CustomerBalancesQuery = { __typename?: 'Query', customer: { __typename?: 'Customer', id: string, balances: Array<{ __typename?: 'Balance', amount: number, value: number, currency: { __typename?: 'Currency', id: string, key: string, decimals: number, unitValue: number, spendable: boolean, position: number, name: { __typename?: 'LocalizedText', en?: string | null, ru?: string | null, fa?: string | null } } }> } };

export type CustomerLedgerQueryVariables = Exact<{
  id: Scalars['ID']['input'];
  first: Scalars['Int']['input'];
  after?: InputMaybe<Scalars['String']['input']>;
  currency?: InputMaybe<Scalars['String']['input']>;
  from?: InputMaybe<Scalars['DateTime']['input']>;
  to?: InputMaybe<Scalars['DateTime']['input']>;
}>;


export type CustomerLedgerQuery = { __typename?: 'Query', customer: { __typename?: 'Customer', id: string, ledger: { __typename?: 'LedgerOperationConnection', pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor?: string | null }, edges: Array<{ __typename?: 'LedgerOperationEdge', node: { __typename?: 'LedgerOperation', id: string, kind: LedgerOperationKind, currency: string, amount: number, balanceAfter: number, expiresAt?: string | null, reason: string, reasonCode?: string | null, reasonParams?: unknown | null, comment: string, reversesId?: string | null, reversedById?: string | null, createdAt: string, actor: { __typename?: 'HistoryActor', name: string, kind: string } } }> } } };

export type AdjustBalanceMutationVariables = Exact<{
  input: AdjustBalanceInput;
}>;


export type AdjustBalanceMutation = { __typename?: 'Mutation', adjustBalance: { __typename?: 'LedgerOperation', id: string, amount: number, balanceAfter: number } };

export type ReverseLedgerOperationMutationVariables = Exact<{
  input: ReverseOperationInput;
}>;


export type ReverseLedgerOperationMutation = { __typename?: 'Mutation', reverseLedgerOperation: { __typename?: 'LedgerOperation', id: string, amount: number, balanceAfter: number } };

export type LoyaltyProgrammeQueryVariables = Exact<{ [key: string]: never; }>;


export type LoyaltyProgrammeQuery = { __typename?: 'Query', loyaltyProgramme: { __typename?: 'LoyaltyProgramme', rules: unknown, timeZone: string } };

export type UpdateLoyaltyProgrammeMutationVariables = Exact<{
  input: ProgrammeInput;
}>;


export type UpdateLoyaltyProgrammeMutation = { __typename?: 'Mutation', updateLoyaltyProgramme: { __typename?: 'LoyaltyProgramme', rules: unknown, timeZone: string } };

export type MailingFieldsFragment = { __typename?: 'Mailing', id: string, name: string, channel: string, templateId?: string | null, state: MailingState, scheduledAt?: string | null, sendAt?: string | null, timeZone: string, throttlePerMinute?: number | null, attributionDays: number, trackClicks: boolean, createdByName: string, createdAt: string, audience: { __typename?: 'MailingAudience', segmentId?: string | null, groupId?: string | null, customerIds?: Array<string> | null, filter?: unknown | null }, counts: { __typename?: 'MailingCounts', recipients: number, queued: number, sent: number, delivered: number, failed: number, skipped: number, unsubscribed: number, clicked: number, opened: number } };

export type MailingsQueryVariables = Exact<{
  first: Scalars['Int']['input'];
  offset: Scalars['Int']['input'];
}>;


export type MailingsQuery = { __typename?: 'Query', mailings: { __typename?: 'MailingPage', totalCount: number, nodes: Array<{ __typename?: 'Mailing', id: string, name: string, channel: string, templateId?: string | null, state: MailingState, scheduledAt?: string | null, sendAt?: string | null, timeZone: string, throttlePerMinute?: number | null, attributionDays: number, trackClicks: boolean, createdByName: string, createdAt: string, audience: { __typename?: 'MailingAudience', segmentId?: string | null, groupId?: string | null, customerIds?: Array<string> | null, filter?: unknown | null }, counts: { __typename?: 'MailingCounts', recipients: number, queued: number, sent: number, delivered: number, failed: number, skipped: number, unsubscribed: number, clicked: number, opened: number } }> } };

export type MailingQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type MailingQuery = { __typename?: 'Query', mailing: { __typename?: 'Mailing', id: string, name: string, channel: string, templateId?: string | null, state: MailingState, scheduledAt?: string | null, sendAt?: string | null, timeZone: string, throttlePerMinute?: number | null, attributionDays: number, trackClicks: boolean, createdByName: string, createdAt: string, audience: { __typename?: 'MailingAudience', segmentId?: string | null, groupId?: string | null, customerIds?: Array<string> | null, filter?: unknown | null }, counts: { __typename?: 'MailingCounts', recipients: number, queued: number, sent: number, delivered: number, failed: number, skipped: number, unsubscribed: number, clicked: number, opened: number } } };

export type CreateMailingMutationVariables = Exact<{
  input: MailingInput;
}>;


export type CreateMailingMutation = { __typename?: 'Mutation', createMailing: { __typename?: 'Mailing', id: string, name: string, channel: string, templateId?: string | null, state: MailingState, scheduledAt?: string | null, sendAt?: string | null, timeZone: string, throttlePerMinute?: number | null, attributionDays: number, trackClicks: boolean, createdByName: string, createdAt: string, audience: { __typename?: 'MailingAudience', segmentId?: string | null, groupId?: string | null, customerIds?: Array<string> | null, filter?: unknown | null }, counts: { __typename?: 'MailingCounts', recipients: number, queued: number, sent: number, delivered: number, failed: number, skipped: number, unsubscribed: number, clicked: number, opened: number } } };

export type UpdateMailingMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  input: MailingInput;
}>;


export type UpdateMailingMutation = { __typename?: 'Mutation', updateMailing: { __typename?: 'Mailing', id: string, name: string, channel: string, templateId?: string | null, state: MailingState, scheduledAt?: string | null, sendAt?: string | null, timeZone: string, throttlePerMinute?: number | null, attributionDays: number, trackClicks: boolean, createdByName: string, createdAt: string, audience: { __typename?: 'MailingAudience', segmentId?: string | null, groupId?: string | null, customerIds?: Array<string> | null, filter?: unknown | null }, counts: { __typename?: 'MailingCounts', recipients: number, queued: number, sent: number, delivered: number, failed: number, skipped: number, unsubscribed: number, clicked: number, opened: number } } };

export type StartMailingMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type StartMailingMutation = { __typename?: 'Mutation', startMailing: { __typename?: 'Mailing', id: string, name: string, channel: string, templateId?: string | null, state: MailingState, scheduledAt?: string | null, sendAt?: string | null, timeZone: string, throttlePerMinute?: number | null, attributionDays: number, trackClicks: boolean, createdByName: string, createdAt: string, audience: { __typename?: 'MailingAudience', segmentId?: string | null, groupId?: string | null, customerIds?: Array<string> | null, filter?: unknown | null }, counts: { __typename?: 'MailingCounts', recipients: number, queued: number, sent: number, delivered: number, failed: number, skipped: number, unsubscribed: number, clicked: number, opened: number } } };

export type CancelMailingMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type CancelMailingMutation = { __typename?: 'Mutation', cancelMailing: { __typename?: 'Mailing', id: string, name: string, channel: string, templateId?: string | null, state: MailingState, scheduledAt?: string | null, sendAt?: string | null, timeZone: string, throttlePerMinute?: number | null, attributionDays: number, trackClicks: boolean, createdByName: string, createdAt: string, audience: { __typename?: 'MailingAudience', segmentId?: string | null, groupId?: string | null, customerIds?: Array<string> | null, filter?: unknown | null }, counts: { __typename?: 'MailingCounts', recipients: number, queued: number, sent: number, delivered: number, failed: number, skipped: number, unsubscribed: number, clicked: number, opened: number } } };

export type SendTestMailingMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  to: Scalars['String']['input'];
}>;


export type SendTestMailingMutation = { __typename?: 'Mutation', sendTestMailing: string };

export type MailingAudienceCountFieldsFragment = { __typename?: 'MailingAudienceCount', total: number, reachable: number, excluded: Array<{ __typename?: 'MailingExclusion', reason: MailingExclusionReason, count: number }> };

export type MailingAudienceQueryVariables = Exact<{
  channel: Scalars['String']['input'];
  audience: MailingAudienceInput;
}>;


export type MailingAudienceQuery = { __typename?: 'Query', mailingAudience: { __typename?: 'MailingAudienceCount', total: number, reachable: number, excluded: Array<{ __typename?: 'MailingExclusion', reason: MailingExclusionReason, count: number }> } };

export type MailingReportQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type MailingReportQuery = { __typename?: 'Query', mailingReport: { __typename?: 'MailingReport', mailingState: MailingState, attributionDays: number, clicked: number, clickRate?: number | null, opened: number, openRate?: number | null, byState: Array<{ __typename?: 'MailingStateCount', state: MailingMessageState, count: number }>, failedByReason: Array<{ __typename?: 'MailingReasonCount', reason: string, count: number }>, skippedByReason: Array<{ __typename?: 'MailingReasonCount', reason: string, count: number }>, attributed: { __typename?: 'MailingAttribution', purchases: number, customers: number, revenue: number } } };

export type NewsPostFieldsFragment = { __typename?: 'NewsPost', id: string, segmentId?: string | null, segmentName?: string | null, segmentPrivate: boolean, publishAt?: string | null, expiresAt?: string | null, pinned: boolean, status: NewsStatus, readCount: number, createdByName: string, updatedAt: string, title: { __typename?: 'LocalizedText', en?: string | null, ru?: string | null, fa?: string | null }, body: { __typename?: 'LocalizedText', en?: string | null, ru?: string | null, fa?: string | null } };

export type NewsPostsQueryVariables = Exact<{
  status?: InputMaybe<NewsStatus>;
  first: Scalars['Int']['input'];
  offset: Scalars['Int']['input'];
}>;


export type NewsPostsQuery = { __typename?: 'Query', newsPosts: { __typename?: 'NewsPostPage', totalCount: number, items: Array<{ __typename?: 'NewsPost', id: string, segmentId?: string | null, segmentName?: string | null, segmentPrivate: boolean, publishAt?: string | null, expiresAt?: string | null, pinned: boolean, status: NewsStatus, readCount: number, createdByName: string, updatedAt: string, title: { __typename?: 'LocalizedText', en?: string | null, ru?: string | null, fa?: string | null }, body: { __typename?: 'LocalizedText', en?: string | null, ru?: string | null, fa?: string | null } }> } };

export type NewsPostQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type NewsPostQuery = { __typename?: 'Query', newsPost: { __typename?: 'NewsPost', id: string, segmentId?: string | null, segmentName?: string | null, segmentPrivate: boolean, publishAt?: string | null, expiresAt?: string | null, pinned: boolean, status: NewsStatus, readCount: number, createdByName: string, updatedAt: string, title: { __typename?: 'LocalizedText', en?: string | null, ru?: string | null, fa?: string | null }, body: { __typename?: 'LocalizedText', en?: string | null, ru?: string | null, fa?: string | null } } };

export type CreateNewsPostMutationVariables = Exact<{
  input: NewsPostInput;
}>;


export type CreateNewsPostMutation = { __typename?: 'Mutation', createNewsPost: { __typename?: 'NewsPost', id: string, segmentId?: string | null, segmentName?: string | null, segmentPrivate: boolean, publishAt?: string | null, expiresAt?: string | null, pinned: boolean, status: NewsStatus, readCount: number, createdByName: string, updatedAt: string, title: { __typename?: 'LocalizedText', en?: string | null, ru?: string | null, fa?: string | null }, body: { __typename?: 'LocalizedText', en?: string | null, ru?: string | null, fa?: string | null } } };

export type UpdateNewsPostMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  input: NewsPostInput;
}>;


export type UpdateNewsPostMutation = { __typename?: 'Mutation', updateNewsPost: { __typename?: 'NewsPost', id: string, segmentId?: string | null, segmentName?: string | null, segmentPrivate: boolean, publishAt?: string | null, expiresAt?: string | null, pinned: boolean, status: NewsStatus, readCount: number, createdByName: string, updatedAt: string, title: { __typename?: 'LocalizedText', en?: string | null, ru?: string | null, fa?: string | null }, body: { __typename?: 'LocalizedText', en?: string | null, ru?: string | null, fa?: string | null } } };

export type DeleteNewsPostMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type DeleteNewsPostMutation = { __typename?: 'Mutation', deleteNewsPost: string };

export type NoteFieldsFragment = { __typename?: 'Note', id: string, customerId: string, authorId?: string | null, authorName: string, body: string, pinned: boolean, createdAt: string, updatedAt: string, mentions: Array<{ __typename?: 'NoteMention', staffId: string, name: string }> };

export type CustomerNotesQueryVariables = Exact<{
  customerId: Scalars['ID']['input'];
  first: Scalars['Int']['input'];
  after?: InputMaybe<Scalars['String']['input']>;
}>;


export type CustomerNotesQuery = { __typename?: 'Query', customerNotes: { __typename?: 'NoteConnection', totalCount: number, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor?: string | null }, edges: Array<{ __typename?: 'NoteEdge', node: { __typename?: 'Note', id: string, customerId: string, authorId?: string | null, authorName: string, body: string, pinned: boolean, createdAt: string, updatedAt: string, mentions: Array<{ __typename?: 'NoteMention', staffId: string, name: string }> } }> } };

export type MentionableStaffQueryVariables = Exact<{
  search: Scalars['String']['input'];
}>;


export type MentionableStaffQuery = { __typename?: 'Query', mentionableStaff: Array<{ __typename?: 'MentionableStaff', id: string, name: string }> };

export type AddNoteMutationVariables = Exact<{
  input: AddNoteInput;
}>;


export type AddNoteMutation = { __typename?: 'Mutation', addNote: { __typename?: 'Note', id: string, customerId: string, authorId?: string | null, authorName: string, body: string, pinned: boolean, createdAt: string, updatedAt: string, mentions: Array<{ __typename?: 'NoteMention', staffId: string, name: string }> } };

export type EditNoteMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  input: EditNoteInput;
}>;


export type EditNoteMutation = { __typename?: 'Mutation', editNote: { __typename?: 'Note', id: string, customerId: string, authorId?: string | null, authorName: string, body: string, pinned: boolean, createdAt: string, updatedAt: string, mentions: Array<{ __typename?: 'NoteMention', staffId: string, name: string }> } };

export type DeleteNoteMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type DeleteNoteMutation = { __typename?: 'Mutation', deleteNote: string };

export type PinNoteMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  pinned: Scalars['Boolean']['input'];
}>;


export type PinNoteMutation = { __typename?: 'Mutation', pinNote: { __typename?: 'Note', id: string, customerId: string, authorId?: string | null, authorName: string, body: string, pinned: boolean, createdAt: string, updatedAt: string, mentions: Array<{ __typename?: 'NoteMention', staffId: string, name: string }> } };

export type MyUnreadNotificationCountQueryVariables = Exact<{ [key: string]: never; }>;


export type MyUnreadNotificationCountQuery = { __typename?: 'Query', myUnreadNotificationCount: number };

export type MyNotificationsQueryVariables = Exact<{
  first: Scalars['Int']['input'];
}>;


export type MyNotificationsQuery = { __typename?: 'Query', myNotifications: { __typename?: 'NotificationConnection', edges: Array<{ __typename?: 'NotificationEdge', node: { __typename?: 'Notification', id: string, kind: string, params: unknown, link?: string | null, createdAt: string, readAt?: string | null } }>, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean } } };

export type MarkNotificationsReadMutationVariables = Exact<{
  ids: Array<Scalars['ID']['input']> | Scalars['ID']['input'];
}>;


export type MarkNotificationsReadMutation = { __typename?: 'Mutation', markNotificationsRead: number };

export type MarkAllNotificationsReadMutationVariables = Exact<{ [key: string]: never; }>;


export type MarkAllNotificationsReadMutation = { __typename?: 'Mutation', markAllNotificationsRead: number };

export type UpdateMyPreferencesMutationVariables = Exact<{
  input: UpdatePreferencesInput;
}>;


export type UpdateMyPreferencesMutation = { __typename?: 'Mutation', updateMyPreferences: { __typename?: 'Staff', id: string, locale: Locale, calendar: CalendarSystem } };

export type MySessionsQueryVariables = Exact<{ [key: string]: never; }>;


export type MySessionsQuery = { __typename?: 'Query', mySessions: Array<{ __typename?: 'StaffSession', id: string, createdAt: string, lastSeenAt: string, expiresAt: string, ip?: string | null, userAgent?: string | null, current: boolean }> };

export type SignOutSessionMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type SignOutSessionMutation = { __typename?: 'Mutation', signOutSession: boolean };

export type SignOutEverywhereElseMutationVariables = Exact<{ [key: string]: never; }>;


export type SignOutEverywhereElseMutation = { __typename?: 'Mutation', signOutEverywhere: number };

export type ChangeMyPasswordMutationVariables = Exact<{
  input: ChangeMyPasswordInput;
}>;


export type ChangeMyPasswordMutation = { __typename?: 'Mutation', changeMyPassword: { __typename?: 'Staff', id: string, mustChangePassword: boolean } };

export type MyTwoFactorQueryVariables = Exact<{ [key: string]: never; }>;


export type MyTwoFactorQuery = { __typename?: 'Query', myTwoFactor: { __typename?: 'TwoFactorStatus', enabled: boolean, recoveryCodesLeft: number } };

export type StartTwoFactorEnrolmentMutationVariables = Exact<{ [key: string]: never; }>;


export type StartTwoFactorEnrolmentMutation = { __typename?: 'Mutation', startTwoFactorEnrolment: { __typename?: 'TwoFactorEnrolment', secret: string, uri: string, qr: string } };

export type ConfirmTwoFactorMutationVariables = Exact<{
  code: Scalars['String']['input'];
}>;


export type ConfirmTwoFactorMutation = { __typename?: 'Mutation', confirmTwoFactor: Array<string> };

export type TurnOffTwoFactorMutationVariables = Exact<{
  proof: Scalars['String']['input'];
}>;


export type TurnOffTwoFactorMutation = { __typename?: 'Mutation', turnOffTwoFactor: { __typename?: 'TwoFactorStatus', enabled: boolean, recoveryCodesLeft: number } };

export type ProductFieldsFragment = { __typename?: 'Product', id: string, sku: string, kind: ProductKind, price: number, unit: string, active: boolean, tracked: boolean, onHand: number, reorderLevel?: number | null, lowStock: boolean, name: { __typename?: 'LocalizedText', en?: string | null, ru?: string | null, fa?: string | null } };

export type AllProductsQueryVariables = Exact<{ [key: string]: never; }>;


export type AllProductsQuery = { __typename?: 'Query', products: Array<{ __typename?: 'Product', id: string, sku: string, kind: ProductKind, price: number, unit: string, active: boolean, tracked: boolean, onHand: number, reorderLevel?: number | null, lowStock: boolean, name: { __typename?: 'LocalizedText', en?: string | null, ru?: string | null, fa?: string | null } }> };

export type ActiveProductsQueryVariables = Exact<{ [key: string]: never; }>;


export type ActiveProductsQuery = { __typename?: 'Query', products: Array<{ __typename?: 'Product', id: string, sku: string, kind: ProductKind, price: number, unit: string, active: boolean, tracked: boolean, onHand: number, reorderLevel?: number | null, lowStock: boolean, name: { __typename?: 'LocalizedText', en?: string | null, ru?: string | null, fa?: string | null } }> };

export type ProductMovementsQueryVariables = Exact<{
  id: Scalars['ID']['input'];
  first: Scalars['Int']['input'];
  after?: InputMaybe<Scalars['String']['input']>;
}>;


export type ProductMovementsQuery = { __typename?: 'Query', product?: { __typename?: 'Product', id: string, movements: { __typename?: 'StockMovementConnection', edges: Array<{ __typename?: 'StockMovementEdge', cursor: string, node: { __typename?: 'StockMovement', id: string, kind: StockMovementKind, quantity: number, onHand: number, purchaseId?: string | null, note: string, createdAt: string, actor: { __typename?: 'HistoryActor', name: string } } }>, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor?: string | null } } } | null };

export type CreateProductMutationVariables = Exact<{
  input: ProductInput;
}>;


export type CreateProductMutation = { __typename?: 'Mutation', createProduct: { __typename?: 'Product', id: string, sku: string, kind: ProductKind, price: number, unit: string, active: boolean, tracked: boolean, onHand: number, reorderLevel?: number | null, lowStock: boolean, name: { __typename?: 'LocalizedText', en?: string | null, ru?: string | null, fa?: string | null } } };

export type UpdateProductMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  input: ProductInput;
}>;


export type UpdateProductMutation = { __typename?: 'Mutation', updateProduct: { __typename?: 'Product', id: string, sku: string, kind: ProductKind, price: number, unit: string, active: boolean, tracked: boolean, onHand: number, reorderLevel?: number | null, lowStock: boolean, name: { __typename?: 'LocalizedText', en?: string | null, ru?: string | null, fa?: string | null } } };

export type SetProductActiveMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  active: Scalars['Boolean']['input'];
}>;


export type SetProductActiveMutation = { __typename?: 'Mutation', setProductActive: { __typename?: 'Product', id: string, sku: string, kind: ProductKind, price: number, unit: string, active: boolean, tracked: boolean, onHand: number, reorderLevel?: number | null, lowStock: boolean, name: { __typename?: 'LocalizedText', en?: string | null, ru?: string | null, fa?: string | null } } };

export type DeleteProductMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type DeleteProductMutation = { __typename?: 'Mutation', deleteProduct: string };

export type ReceiveStockMutationVariables = Exact<{
  productId: Scalars['ID']['input'];
  quantity: Scalars['Float']['input'];
  note?: InputMaybe<Scalars['String']['input']>;
}>;


export type ReceiveStockMutation = { __typename?: 'Mutation', receiveStock: { __typename?: 'StockMovement', id: string, onHand: number } };

export type SetStockCountMutationVariables = Exact<{
  productId: Scalars['ID']['input'];
  counted: Scalars['Float']['input'];
  reason?: InputMaybe<Scalars['String']['input']>;
}>;


export type SetStockCountMutation = { __typename?: 'Mutation', setStockCount: { __typename?: 'StockMovement', id: string, onHand: number } };

export type ProductSalesQueryVariables = Exact<{
  from: Scalars['DateTime']['input'];
  to: Scalars['DateTime']['input'];
}>;


export type ProductSalesQuery = { __typename?: 'Query', productSales: Array<{ __typename?: 'ProductSales', quantity: number, revenue: number, product: { __typename?: 'Product', id: string, sku: string, unit: string, tracked: boolean, onHand: number, lowStock: boolean, name: { __typename?: 'LocalizedText', en?: string | null, ru?: string | null, fa?: string | null } } }> };

export type PurchaseFieldsFragment = { __typename?: 'Purchase', id: string, invoiceNumber: string, amount: number, spentValue: number, paidAmount: number, branch: string, paymentStatus: PaymentStatus, purchasedAt: string, returnedAmount: number, branchInfo?: { __typename?: 'Branch', code: string, name: { __typename?: 'LocalizedText', en?: string | null, ru?: string | null, fa?: string | null } } | null, items: Array<{ __typename?: 'PurchaseItem', sku: string, name: string, quantity: number, price: number, returnedQuantity: number }>, ledger: Array<{ __typename?: 'PurchaseLedgerEntry', operationId: string, customerId: string, currency: string, role: string, amount: number }>, actor: { __typename?: 'HistoryActor', kind: string, name: string } };

export type CustomerPurchasesQueryVariables = Exact<{
  id: Scalars['ID']['input'];
  first: Scalars['Int']['input'];
  after?: InputMaybe<Scalars['String']['input']>;
}>;


export type CustomerPurchasesQuery = { __typename?: 'Query', customer: { __typename?: 'Customer', id: string, purchaseSummary: { __typename?: 'PurchaseSummary', total: number, count: number, firstPurchaseAt?: string | null, lastPurchaseAt?: string | null }, purchases: { __typename?: 'PurchaseConnection', edges: Array<{ __typename?: 'PurchaseEdge', cursor: string, node: { __typename?: 'Purchase', id: string, invoiceNumber: string, amount: number, spentValue: number, paidAmount: number, branch: string, paymentStatus: PaymentStatus, purchasedAt: string, returnedAmount: number, branchInfo?: { __typename?: 'Branch', code: string, name: { __typename?: 'LocalizedText', en?: string | null, ru?: string | null, fa?: string | null } } | null, items: Array<{ __typename?: 'PurchaseItem', sku: string, name: string, quantity: number, price: number, returnedQuantity: number }>, ledger: Array<{ __typename?: 'PurchaseLedgerEntry', operationId: string, customerId: string, currency: string, role: string, amount: number }>, actor: { __typename?: 'HistoryActor', kind: string, name: string } } }>, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor?: string | null } } } };

export type RecordPurchaseMutationVariables = Exact<{
  input: RecordPurchaseInput;
}>;


export type RecordPurchaseMutation = { __typename?: 'Mutation', recordPurchase: { __typename?: 'Purchase', id: string, invoiceNumber: string, amount: number, spentValue: number, paidAmount: number, branch: string, paymentStatus: PaymentStatus, purchasedAt: string, returnedAmount: number, branchInfo?: { __typename?: 'Branch', code: string, name: { __typename?: 'LocalizedText', en?: string | null, ru?: string | null, fa?: string | null } } | null, items: Array<{ __typename?: 'PurchaseItem', sku: string, name: string, quantity: number, price: number, returnedQuantity: number }>, ledger: Array<{ __typename?: 'PurchaseLedgerEntry', operationId: string, customerId: string, currency: string, role: string, amount: number }>, actor: { __typename?: 'HistoryActor', kind: string, name: string } } };

export type ReturnPurchaseMutationVariables = Exact<{
  input: ReturnPurchaseInput;
}>;


export type ReturnPurchaseMutation = { __typename?: 'Mutation', returnPurchase: { __typename?: 'PurchaseReturn', id: string, amount: number, shortfall: Array<{ __typename?: 'CurrencyAmount', currency: string, amount: number }> } };

export type MarkPurchasePaidMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type MarkPurchasePaidMutation = { __typename?: 'Mutation', markPurchasePaid: { __typename?: 'Purchase', id: string, invoiceNumber: string, amount: number, spentValue: number, paidAmount: number, branch: string, paymentStatus: PaymentStatus, purchasedAt: string, returnedAmount: number, branchInfo?: { __typename?: 'Branch', code: string, name: { __typename?: 'LocalizedText', en?: string | null, ru?: string | null, fa?: string | null } } | null, items: Array<{ __typename?: 'PurchaseItem', sku: string, name: string, quantity: number, price: number, returnedQuantity: number }>, ledger: Array<{ __typename?: 'PurchaseLedgerEntry', operationId: string, customerId: string, currency: string, role: string, amount: number }>, actor: { __typename?: 'HistoryActor', kind: string, name: string } } };

export type RelationTypesQueryVariables = Exact<{ [key: string]: never; }>;


export type RelationTypesQuery = { __typename?: 'Query', relationTypes: Array<{ __typename?: 'RelationType', key: string, shipped: boolean, name: { __typename?: 'LocalizedText', en?: string | null, ru?: string | null, fa?: string | null }, inverseName?: { __typename?: 'LocalizedText', en?: string | null, ru?: string | null, fa?: string | null } | null }> };

export type CustomerRelationsQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type CustomerRelationsQuery = { __typename?: 'Query', customer: { __typename?: 'Customer', id: string, relations: Array<{ __typename?: 'CustomerRelation', id: string, createdAt: string, type: { __typename?: 'RelationType', key: string }, label: { __typename?: 'LocalizedText', en?: string | null, ru?: string | null, fa?: string | null }, related: { __typename?: 'Customer', id: string, displayName: string, number: number } }> } };

export type CustomerReferralsQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type CustomerReferralsQuery = { __typename?: 'Query', customer: { __typename?: 'Customer', id: string, referrer?: { __typename?: 'Customer', id: string, displayName: string, number: number } | null, referredCustomers: Array<{ __typename?: 'Customer', id: string, displayName: string, number: number }> } };

export type AddCustomerRelationMutationVariables = Exact<{
  input: AddCustomerRelationInput;
}>;


export type AddCustomerRelationMutation = { __typename?: 'Mutation', addCustomerRelation: Array<{ __typename?: 'CustomerRelation', id: string }> };

export type RemoveCustomerRelationMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type RemoveCustomerRelationMutation = { __typename?: 'Mutation', removeCustomerRelation: string };

export type SetReferrerMutationVariables = Exact<{
  input: RecordReferralInput;
}>;


export type SetReferrerMutation = { __typename?: 'Mutation', recordReferral: { __typename?: 'Referral', referrerId: string } };

export type ClearReferrerMutationVariables = Exact<{
  customerId: Scalars['ID']['input'];
}>;


export type ClearReferrerMutation = { __typename?: 'Mutation', clearReferral: { __typename?: 'Customer', id: string } };

export type CustomerMatchesQueryVariables = Exact<{
  search?: InputMaybe<Array<Scalars['String']['input']> | Scalars['String']['input']>;
}>;


export type CustomerMatchesQuery = { __typename?: 'Query', customers: { __typename?: 'CustomerConnection', edges: Array<{ __typename?: 'CustomerEdge', node: { __typename?: 'Customer', id: string, displayName: string, number: number, mobile?: string | null } }> } };

export type RelationTypesWithCountsQueryVariables = Exact<{ [key: string]: never; }>;


export type RelationTypesWithCountsQuery = { __typename?: 'Query', relationTypes: Array<{ __typename?: 'RelationType', key: string, shipped: boolean, relationCount: number, name: { __typename?: 'LocalizedText', en?: string | null, ru?: string | null, fa?: string | null }, inverseName?: { __typename?: 'LocalizedText', en?: string | null, ru?: string | null, fa?: string | null } | null }> };

export type CreateRelationTypeMutationVariables = Exact<{
  input: RelationTypeInput;
}>;


export type CreateRelationTypeMutation = { __typename?: 'Mutation', createRelationType: { __typename?: 'RelationType', key: string } };

export type UpdateRelationTypeMutationVariables = Exact<{
  key: Scalars['String']['input'];
  input: RelationTypeInput;
}>;


export type UpdateRelationTypeMutation = { __typename?: 'Mutation', updateRelationType: { __typename?: 'RelationType', key: string } };

export type DeleteRelationTypeMutationVariables = Exact<{
  key: Scalars['String']['input'];
}>;


export type DeleteRelationTypeMutation = { __typename?: 'Mutation', deleteRelationType: string };

export type DashboardQueryVariables = Exact<{
  input: DashboardInput;
  withTop: Scalars['Boolean']['input'];
  withProducts: Scalars['Boolean']['input'];
}>;


export type DashboardQuery = { __typename?: 'Query', dashboard: { __typename?: 'Dashboard', from: string, to: string, previousFrom?: string | null, previousTo?: string | null, calendar: CalendarSystem, timeZone: string, asOf?: string | null, members: { __typename?: 'ReportFigure', value: number, previous?: number | null }, newMembers: { __typename?: 'ReportFigure', value: number, previous?: number | null }, activeMembers: { __typename?: 'ReportFigure', value: number, previous?: number | null }, purchases: { __typename?: 'ReportFigure', value: number, previous?: number | null }, repeatCustomers: { __typename?: 'ReportFigure', value: number, previous?: number | null }, revenue: { __typename?: 'ReportMoneyFigure', value: number, previous?: number | null }, averagePurchase: { __typename?: 'ReportMoneyFigure', value: number, previous?: number | null }, balances: Array<{ __typename?: 'CurrencyFlow', issued: number, spent: number, expired: number, previousIssued?: number | null, previousSpent?: number | null, currency: { __typename?: 'Currency', id: string, key: string, decimals: number, name: { __typename?: 'LocalizedText', en?: string | null, ru?: string | null, fa?: string | null } } }>, series: Array<{ __typename?: 'ReportBucket', start: string, end: string, label: string, startDay: string, partial: boolean, newMembers: number, activeMembers: number, purchases: number, revenue: number }>, tiers: Array<{ __typename?: 'TierShare', customers: number, tier?: { __typename?: 'Tier', id: string, key: string, name: { __typename?: 'LocalizedText', en?: string | null, ru?: string | null, fa?: string | null } } | null }>, rfmSegments: Array<{ __typename?: 'RfmShare', segment?: RfmSegment | null, customers: number }>, topCustomers?: Array<{ __typename?: 'TopCustomer', customerId: string, displayName: string, purchases: number, revenue: number }>, topProducts?: Array<{ __typename?: 'ProductSales', quantity: number, revenue: number, product: { __typename?: 'Product', id: string, sku: string, unit: string, name: { __typename?: 'LocalizedText', en?: string | null, ru?: string | null, fa?: string | null } } }> } };

export type WorkspaceClockQueryVariables = Exact<{ [key: string]: never; }>;


export type WorkspaceClockQuery = { __typename?: 'Query', workspaceSettings: { __typename?: 'WorkspaceSettings', timeZone: string } };

export type ExportDashboardMutationVariables = Exact<{
  input: DashboardInput;
}>;


export type ExportDashboardMutation = { __typename?: 'Mutation', exportDashboard: { __typename?: 'ReportFile', fileId: string, name: string, downloadPath: string } };

export type CustomerRfmQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type CustomerRfmQuery = { __typename?: 'Query', customer: { __typename?: 'Customer', id: string, purchaseSummary: { __typename?: 'PurchaseSummary', count: number }, rfm?: { __typename?: 'Rfm', recencyDays: number, frequency: number, monetary: number, r: number, f: number, m: number, segment: RfmSegment, since: string, computedAt: string, history: Array<{ __typename?: 'RfmSegmentChange', segment?: RfmSegment | null, from: string }> } | null } };

export type RfmSegmentsQueryVariables = Exact<{ [key: string]: never; }>;


export type RfmSegmentsQuery = { __typename?: 'Query', rfmSegments: Array<{ __typename?: 'RfmSegmentCount', segment: RfmSegment, customers: number }> };

export type RecomputeRfmMutationVariables = Exact<{ [key: string]: never; }>;


export type RecomputeRfmMutation = { __typename?: 'Mutation', recomputeRfm: { __typename?: 'RfmRecomputation', customersScored: number, segmentsChanged: number, durationMs: number } };

export type RfmMovementQueryVariables = Exact<{ [key: string]: never; }>;


export type RfmMovementQuery = { __typename?: 'Query', rfmMovement: { __typename?: 'RfmMovement', computedAt?: string | null, previousComputedAt?: string | null, moves: Array<{ __typename?: 'RfmMove', from?: RfmSegment | null, to?: RfmSegment | null, customers: number }> } };

export type RoleFieldsFragment = { __typename?: 'Role', key: string, permissions: Array<string>, shipped: boolean, editable: boolean, staffCount: number, name: { __typename?: 'LocalizedText', en?: string | null, ru?: string | null, fa?: string | null } };

export type RolesQueryVariables = Exact<{ [key: string]: never; }>;


export type RolesQuery = { __typename?: 'Query', roles: Array<{ __typename?: 'Role', key: string, permissions: Array<string>, shipped: boolean, editable: boolean, staffCount: number, name: { __typename?: 'LocalizedText', en?: string | null, ru?: string | null, fa?: string | null } }> };

export type RoleNamesQueryVariables = Exact<{ [key: string]: never; }>;


export type RoleNamesQuery = { __typename?: 'Query', roleNames: Array<{ __typename?: 'RoleName', key: string, name: { __typename?: 'LocalizedText', en?: string | null, ru?: string | null, fa?: string | null } }> };

export type PermissionsQueryVariables = Exact<{ [key: string]: never; }>;


export type PermissionsQuery = { __typename?: 'Query', permissions: Array<{ __typename?: 'Permission', name: string, description: string, module: string }> };

export type CreateRoleMutationVariables = Exact<{
  input: CreateRoleInput;
}>;


export type CreateRoleMutation = { __typename?: 'Mutation', createRole: { __typename?: 'Role', key: string, permissions: Array<string>, shipped: boolean, editable: boolean, staffCount: number, name: { __typename?: 'LocalizedText', en?: string | null, ru?: string | null, fa?: string | null } } };

export type UpdateRoleMutationVariables = Exact<{
  key: Scalars['String']['input'];
  input: RoleInput;
}>;


export type UpdateRoleMutation = { __typename?: 'Mutation', updateRole: { __typename?: 'Role', key: string, permissions: Array<string>, shipped: boolean, editable: boolean, staffCount: number, name: { __typename?: 'LocalizedText', en?: string | null, ru?: string | null, fa?: string | null } } };

export type DeleteRoleMutationVariables = Exact<{
  key: Scalars['String']['input'];
}>;


export type DeleteRoleMutation = { __typename?: 'Mutation', deleteRole: string };

export type SegmentFieldsFragment = { __typename?: 'Segment', id: string, name: string, shared: boolean, sharedWithRoles: Array<string>, canEdit: boolean, filter?: unknown | null, search: Array<string>, memberCount: number, owner: { __typename?: 'SegmentOwner', id: string, name: string } };

export type SegmentsQueryVariables = Exact<{ [key: string]: never; }>;


export type SegmentsQuery = { __typename?: 'Query', segments: Array<{ __typename?: 'Segment', id: string, name: string, shared: boolean, sharedWithRoles: Array<string>, canEdit: boolean, filter?: unknown | null, search: Array<string>, memberCount: number, owner: { __typename?: 'SegmentOwner', id: string, name: string } }> };

export type CreateSegmentMutationVariables = Exact<{
  input: SegmentInput;
}>;


export type CreateSegmentMutation = { __typename?: 'Mutation', createSegment: { __typename?: 'Segment', id: string, name: string, shared: boolean, sharedWithRoles: Array<string>, canEdit: boolean, filter?: unknown | null, search: Array<string>, memberCount: number, owner: { __typename?: 'SegmentOwner', id: string, name: string } } };

export type UpdateSegmentMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  input: SegmentInput;
}>;


export type UpdateSegmentMutation = { __typename?: 'Mutation', updateSegment: { __typename?: 'Segment', id: string, name: string, shared: boolean, sharedWithRoles: Array<string>, canEdit: boolean, filter?: unknown | null, search: Array<string>, memberCount: number, owner: { __typename?: 'SegmentOwner', id: string, name: string } } };

export type DeleteSegmentMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type DeleteSegmentMutation = { __typename?: 'Mutation', deleteSegment: string };

export type CustomerSignOutMutationVariables = Exact<{ [key: string]: never; }>;


export type CustomerSignOutMutation = { __typename?: 'Mutation', customerSignOut: boolean };

export type MyOperationsQueryVariables = Exact<{
  first: Scalars['Int']['input'];
  after?: InputMaybe<Scalars['String']['input']>;
}>;


export type MyOperationsQuery = { __typename?: 'Query', myOperations: { __typename?: 'SelfServiceOperationConnection', edges: Array<{ __typename?: 'SelfServiceOperationEdge', node: { __typename?: 'SelfServiceOperation', id: string, currency: string, kind: LedgerOperationKind, amount: number, reason: string, createdAt: string } }>, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor?: string | null } } };

export type MyPurchasesQueryVariables = Exact<{
  first: Scalars['Int']['input'];
  after?: InputMaybe<Scalars['String']['input']>;
}>;


export type MyPurchasesQuery = { __typename?: 'Query', myPurchases: { __typename?: 'SelfServicePurchaseConnection', edges: Array<{ __typename?: 'SelfServicePurchaseEdge', node: { __typename?: 'SelfServicePurchase', id: string, invoiceNumber: string, amount: number, paidAmount: number, purchasedAt: string } }>, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor?: string | null } } };

export type MyRequestsQueryVariables = Exact<{ [key: string]: never; }>;


export type MyRequestsQuery = { __typename?: 'Query', myRequests: Array<{ __typename?: 'MyCustomerRequest', id: string, subject: string, text: string, status: CustomerRequestStatus, answer?: string | null, answeredAt?: string | null, createdAt: string }> };

export type SendRequestMutationVariables = Exact<{
  subject: Scalars['String']['input'];
  text: Scalars['String']['input'];
}>;


export type SendRequestMutation = { __typename?: 'Mutation', sendRequest: { __typename?: 'MyCustomerRequest', id: string } };

export type ChangeMyAccountPasswordMutationVariables = Exact<{
  currentPassword: Scalars['String']['input'];
  newPassword: Scalars['String']['input'];
}>;


export type ChangeMyAccountPasswordMutation = { __typename?: 'Mutation', changeMyAccountPassword: boolean };

export type MyNewsQueryVariables = Exact<{
  first: Scalars['Int']['input'];
  after?: InputMaybe<Scalars['String']['input']>;
  language?: InputMaybe<Locale>;
}>;


export type MyNewsQuery = { __typename?: 'Query', myUnreadNewsCount: number, myNews: { __typename?: 'MyNewsConnection', edges: Array<{ __typename?: 'MyNewsEdge', node: { __typename?: 'MyNewsItem', id: string, language: Locale, title: string, body: string, publishedAt: string, pinned: boolean, read: boolean } }>, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor?: string | null } } };

export type MarkMyNewsReadMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type MarkMyNewsReadMutation = { __typename?: 'Mutation', markMyNewsRead: boolean };

export type MyPushKeyQueryVariables = Exact<{ [key: string]: never; }>;


export type MyPushKeyQuery = { __typename?: 'Query', myPushKey?: string | null };

export type SubscribeMyPushMutationVariables = Exact<{
  input: MyPushSubscriptionInput;
}>;


export type SubscribeMyPushMutation = { __typename?: 'Mutation', subscribeMyPush: boolean };

export type UnsubscribeMyPushMutationVariables = Exact<{
  endpoint: Scalars['String']['input'];
}>;


export type UnsubscribeMyPushMutation = { __typename?: 'Mutation', unsubscribeMyPush: boolean };

export type SelfServiceAccountFieldsFragment = { __typename?: 'SelfServiceAccount', customerId: string, firstName: string, lastName: string, cardNumber?: string | null, email?: string | null, birthDate?: string | null, gender?: string | null, number?: number | null, consents: Array<{ __typename?: 'SelfServiceConsent', kind: ConsentKind, state: ConsentState, at?: string | null }>, tier?: { __typename?: 'SelfServiceTier', key: string, name: { __typename?: 'LocalizedText', en?: string | null, ru?: string | null, fa?: string | null } } | null, balances: Array<{ __typename?: 'Balance', amount: number, currency: { __typename?: 'Currency', key: string, decimals: number, name: { __typename?: 'LocalizedText', en?: string | null, ru?: string | null, fa?: string | null } } }> };

export type MyAccountQueryVariables = Exact<{ [key: string]: never; }>;


export type MyAccountQuery = { __typename?: 'Query', myAccount: { __typename?: 'SelfServiceAccount', customerId: string, firstName: string, lastName: string, cardNumber?: string | null, email?: string | null, birthDate?: string | null, gender?: string | null, number?: number | null, consents: Array<{ __typename?: 'SelfServiceConsent', kind: ConsentKind, state: ConsentState, at?: string | null }>, tier?: { __typename?: 'SelfServiceTier', key: string, name: { __typename?: 'LocalizedText', en?: string | null, ru?: string | null, fa?: string | null } } | null, balances: Array<{ __typename?: 'Balance', amount: number, currency: { __typename?: 'Currency', key: string, decimals: number, name: { __typename?: 'LocalizedText', en?: string | null, ru?: string | null, fa?: string | null } } }> } };

export type CustomerSignInMutationVariables = Exact<{
  workspace: Scalars['ID']['input'];
  login: Scalars['String']['input'];
  password: Scalars['String']['input'];
}>;


export type CustomerSignInMutation = { __typename?: 'Mutation', customerSignIn: { __typename?: 'SelfServiceAccount', customerId: string, firstName: string, lastName: string, cardNumber?: string | null, email?: string | null, birthDate?: string | null, gender?: string | null, number?: number | null, consents: Array<{ __typename?: 'SelfServiceConsent', kind: ConsentKind, state: ConsentState, at?: string | null }>, tier?: { __typename?: 'SelfServiceTier', key: string, name: { __typename?: 'LocalizedText', en?: string | null, ru?: string | null, fa?: string | null } } | null, balances: Array<{ __typename?: 'Balance', amount: number, currency: { __typename?: 'Currency', key: string, decimals: number, name: { __typename?: 'LocalizedText', en?: string | null, ru?: string | null, fa?: string | null } } }> } };

export type SelfSignUpOpenQueryVariables = Exact<{
  workspace: Scalars['ID']['input'];
}>;


export type SelfSignUpOpenQuery = { __typename?: 'Query', selfSignUpOpen: boolean };

export type StartCustomerSignUpMutationVariables = Exact<{
  workspace: Scalars['ID']['input'];
  mobile: Scalars['String']['input'];
  firstName: Scalars['String']['input'];
  lastName?: InputMaybe<Scalars['String']['input']>;
  language?: InputMaybe<Scalars['String']['input']>;
}>;


export type StartCustomerSignUpMutation = { __typename?: 'Mutation', startCustomerSignUp: string };

export type FinishCustomerSignUpMutationVariables = Exact<{
  signUpId: Scalars['ID']['input'];
  code: Scalars['String']['input'];
  password: Scalars['String']['input'];
  marketingConsent: Scalars['Boolean']['input'];
}>;


export type FinishCustomerSignUpMutation = { __typename?: 'Mutation', finishCustomerSignUp: { __typename?: 'SelfServiceAccount', customerId: string, firstName: string, lastName: string, cardNumber?: string | null, email?: string | null, birthDate?: string | null, gender?: string | null, number?: number | null, consents: Array<{ __typename?: 'SelfServiceConsent', kind: ConsentKind, state: ConsentState, at?: string | null }>, tier?: { __typename?: 'SelfServiceTier', key: string, name: { __typename?: 'LocalizedText', en?: string | null, ru?: string | null, fa?: string | null } } | null, balances: Array<{ __typename?: 'Balance', amount: number, currency: { __typename?: 'Currency', key: string, decimals: number, name: { __typename?: 'LocalizedText', en?: string | null, ru?: string | null, fa?: string | null } } }> } };

export type SetSelfServicePasswordMutationVariables = Exact<{
  token: Scalars['String']['input'];
  password: Scalars['String']['input'];
}>;


export type SetSelfServicePasswordMutation = { __typename?: 'Mutation', setSelfServicePassword: { __typename?: 'SelfServiceAccount', customerId: string, firstName: string, lastName: string, cardNumber?: string | null, email?: string | null, birthDate?: string | null, gender?: string | null, number?: number | null, consents: Array<{ __typename?: 'SelfServiceConsent', kind: ConsentKind, state: ConsentState, at?: string | null }>, tier?: { __typename?: 'SelfServiceTier', key: string, name: { __typename?: 'LocalizedText', en?: string | null, ru?: string | null, fa?: string | null } } | null, balances: Array<{ __typename?: 'Balance', amount: number, currency: { __typename?: 'Currency', key: string, decimals: number, name: { __typename?: 'LocalizedText', en?: string | null, ru?: string | null, fa?: string | null } } }> } };

export type StartCustomerPasswordResetMutationVariables = Exact<{
  workspace: Scalars['ID']['input'];
  login: Scalars['String']['input'];
  language?: InputMaybe<Scalars['String']['input']>;
}>;


export type StartCustomerPasswordResetMutation = { __typename?: 'Mutation', startCustomerPasswordReset: string };

export type FinishCustomerPasswordResetMutationVariables = Exact<{
  resetId: Scalars['ID']['input'];
  code: Scalars['String']['input'];
  password: Scalars['String']['input'];
}>;


export type FinishCustomerPasswordResetMutation = { __typename?: 'Mutation', finishCustomerPasswordReset: { __typename?: 'SelfServiceAccount', customerId: string, firstName: string, lastName: string, cardNumber?: string | null, email?: string | null, birthDate?: string | null, gender?: string | null, number?: number | null, consents: Array<{ __typename?: 'SelfServiceConsent', kind: ConsentKind, state: ConsentState, at?: string | null }>, tier?: { __typename?: 'SelfServiceTier', key: string, name: { __typename?: 'LocalizedText', en?: string | null, ru?: string | null, fa?: string | null } } | null, balances: Array<{ __typename?: 'Balance', amount: number, currency: { __typename?: 'Currency', key: string, decimals: number, name: { __typename?: 'LocalizedText', en?: string | null, ru?: string | null, fa?: string | null } } }> } };

export type ResetCustomerPasswordMutationVariables = Exact<{
  token: Scalars['String']['input'];
  password: Scalars['String']['input'];
}>;


export type ResetCustomerPasswordMutation = { __typename?: 'Mutation', resetCustomerPassword: { __typename?: 'SelfServiceAccount', customerId: string, firstName: string, lastName: string, cardNumber?: string | null, email?: string | null, birthDate?: string | null, gender?: string | null, number?: number | null, consents: Array<{ __typename?: 'SelfServiceConsent', kind: ConsentKind, state: ConsentState, at?: string | null }>, tier?: { __typename?: 'SelfServiceTier', key: string, name: { __typename?: 'LocalizedText', en?: string | null, ru?: string | null, fa?: string | null } } | null, balances: Array<{ __typename?: 'Balance', amount: number, currency: { __typename?: 'Currency', key: string, decimals: number, name: { __typename?: 'LocalizedText', en?: string | null, ru?: string | null, fa?: string | null } } }> } };

export type SetMyConsentMutationVariables = Exact<{
  kind: ConsentKind;
  granted: Scalars['Boolean']['input'];
}>;


export type SetMyConsentMutation = { __typename?: 'Mutation', setMyConsent: { __typename?: 'SelfServiceConsent', kind: ConsentKind, state: ConsentState, at?: string | null } };

export type UpdateMyProfileMutationVariables = Exact<{
  input: MyProfileInput;
}>;


export type UpdateMyProfileMutation = { __typename?: 'Mutation', updateMyProfile: { __typename?: 'SelfServiceAccount', customerId: string, firstName: string, lastName: string, cardNumber?: string | null, email?: string | null, birthDate?: string | null, gender?: string | null, number?: number | null, consents: Array<{ __typename?: 'SelfServiceConsent', kind: ConsentKind, state: ConsentState, at?: string | null }>, tier?: { __typename?: 'SelfServiceTier', key: string, name: { __typename?: 'LocalizedText', en?: string | null, ru?: string | null, fa?: string | null } } | null, balances: Array<{ __typename?: 'Balance', amount: number, currency: { __typename?: 'Currency', key: string, decimals: number, name: { __typename?: 'LocalizedText', en?: string | null, ru?: string | null, fa?: string | null } } }> } };

export type InviteToSelfServiceMutationVariables = Exact<{
  customerId: Scalars['ID']['input'];
}>;


export type InviteToSelfServiceMutation = { __typename?: 'Mutation', inviteCustomerToSelfService: { __typename?: 'SelfServiceInvitation', link: string, expiresAt: string, emailed: boolean } };

export type CustomerRequestFieldsFragment = { __typename?: 'CustomerRequest', id: string, customerId: string, customerName: string, subject: string, text: string, status: CustomerRequestStatus, answer?: string | null, answeredAt?: string | null, createdAt: string, answeredBy?: { __typename?: 'HistoryActor', name: string } | null };

export type CustomerRequestsQueryVariables = Exact<{
  status?: InputMaybe<CustomerRequestStatus>;
  first: Scalars['Int']['input'];
  after?: InputMaybe<Scalars['String']['input']>;
}>;


export type CustomerRequestsQuery = { __typename?: 'Query', customerRequests: { __typename?: 'CustomerRequestConnection', edges: Array<{ __typename?: 'CustomerRequestEdge', node: { __typename?: 'CustomerRequest', id: string, customerId: string, customerName: string, subject: string, text: string, status: CustomerRequestStatus, answer?: string | null, answeredAt?: string | null, createdAt: string, answeredBy?: { __typename?: 'HistoryActor', name: string } | null } }>, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor?: string | null } } };

export type AnswerCustomerRequestMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  text: Scalars['String']['input'];
}>;


export type AnswerCustomerRequestMutation = { __typename?: 'Mutation', answerCustomerRequest: { __typename?: 'CustomerRequest', id: string, customerId: string, customerName: string, subject: string, text: string, status: CustomerRequestStatus, answer?: string | null, answeredAt?: string | null, createdAt: string, answeredBy?: { __typename?: 'HistoryActor', name: string } | null } };

export type CloseCustomerRequestMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type CloseCustomerRequestMutation = { __typename?: 'Mutation', closeCustomerRequest: { __typename?: 'CustomerRequest', id: string, customerId: string, customerName: string, subject: string, text: string, status: CustomerRequestStatus, answer?: string | null, answeredAt?: string | null, createdAt: string, answeredBy?: { __typename?: 'HistoryActor', name: string } | null } };

export type StaffFieldsFragment = { __typename?: 'Staff', id: string, email: string, name: string, role: string, active: boolean, mustChangePassword: boolean, twoFactorEnabled: boolean, createdAt: string, roleName: { __typename?: 'LocalizedText', en?: string | null, ru?: string | null, fa?: string | null }, branch?: { __typename?: 'Branch', id: string, code: string, name: { __typename?: 'LocalizedText', en?: string | null, ru?: string | null, fa?: string | null } } | null };

export type StaffMembersQueryVariables = Exact<{ [key: string]: never; }>;


export type StaffMembersQuery = { __typename?: 'Query', staffMembers: Array<{ __typename?: 'Staff', id: string, email: string, name: string, role: string, active: boolean, mustChangePassword: boolean, twoFactorEnabled: boolean, createdAt: string, roleName: { __typename?: 'LocalizedText', en?: string | null, ru?: string | null, fa?: string | null }, branch?: { __typename?: 'Branch', id: string, code: string, name: { __typename?: 'LocalizedText', en?: string | null, ru?: string | null, fa?: string | null } } | null }> };

export type CreateStaffMutationVariables = Exact<{
  input: CreateStaffInput;
}>;


export type CreateStaffMutation = { __typename?: 'Mutation', createStaff: { __typename?: 'Staff', id: string, email: string, name: string, role: string, active: boolean, mustChangePassword: boolean, twoFactorEnabled: boolean, createdAt: string, roleName: { __typename?: 'LocalizedText', en?: string | null, ru?: string | null, fa?: string | null }, branch?: { __typename?: 'Branch', id: string, code: string, name: { __typename?: 'LocalizedText', en?: string | null, ru?: string | null, fa?: string | null } } | null } };

export type ChangeStaffRoleMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  role: Scalars['String']['input'];
}>;


export type ChangeStaffRoleMutation = { __typename?: 'Mutation', changeStaffRole: { __typename?: 'Staff', id: string, email: string, name: string, role: string, active: boolean, mustChangePassword: boolean, twoFactorEnabled: boolean, createdAt: string, roleName: { __typename?: 'LocalizedText', en?: string | null, ru?: string | null, fa?: string | null }, branch?: { __typename?: 'Branch', id: string, code: string, name: { __typename?: 'LocalizedText', en?: string | null, ru?: string | null, fa?: string | null } } | null } };

export type SetStaffBranchMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  branchId?: InputMaybe<Scalars['ID']['input']>;
}>;


export type SetStaffBranchMutation = { __typename?: 'Mutation', setStaffBranch: { __typename?: 'Staff', id: string, email: string, name: string, role: string, active: boolean, mustChangePassword: boolean, twoFactorEnabled: boolean, createdAt: string, roleName: { __typename?: 'LocalizedText', en?: string | null, ru?: string | null, fa?: string | null }, branch?: { __typename?: 'Branch', id: string, code: string, name: { __typename?: 'LocalizedText', en?: string | null, ru?: string | null, fa?: string | null } } | null } };

export type DeactivateStaffMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type DeactivateStaffMutation = { __typename?: 'Mutation', deactivateStaff: { __typename?: 'Staff', id: string, email: string, name: string, role: string, active: boolean, mustChangePassword: boolean, twoFactorEnabled: boolean, createdAt: string, roleName: { __typename?: 'LocalizedText', en?: string | null, ru?: string | null, fa?: string | null }, branch?: { __typename?: 'Branch', id: string, code: string, name: { __typename?: 'LocalizedText', en?: string | null, ru?: string | null, fa?: string | null } } | null } };

export type ReactivateStaffMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type ReactivateStaffMutation = { __typename?: 'Mutation', reactivateStaff: { __typename?: 'Staff', id: string, email: string, name: string, role: string, active: boolean, mustChangePassword: boolean, twoFactorEnabled: boolean, createdAt: string, roleName: { __typename?: 'LocalizedText', en?: string | null, ru?: string | null, fa?: string | null }, branch?: { __typename?: 'Branch', id: string, code: string, name: { __typename?: 'LocalizedText', en?: string | null, ru?: string | null, fa?: string | null } } | null } };

export type SetTemporaryPasswordMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  password: Scalars['String']['input'];
}>;


export type SetTemporaryPasswordMutation = { __typename?: 'Mutation', setTemporaryPassword: { __typename?: 'Staff', id: string, email: string, name: string, role: string, active: boolean, mustChangePassword: boolean, twoFactorEnabled: boolean, createdAt: string, roleName: { __typename?: 'LocalizedText', en?: string | null, ru?: string | null, fa?: string | null }, branch?: { __typename?: 'Branch', id: string, code: string, name: { __typename?: 'LocalizedText', en?: string | null, ru?: string | null, fa?: string | null } } | null } };

export type ResetStaffTwoFactorMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type ResetStaffTwoFactorMutation = { __typename?: 'Mutation', resetStaffTwoFactor: { __typename?: 'Staff', id: string, email: string, name: string, role: string, active: boolean, mustChangePassword: boolean, twoFactorEnabled: boolean, createdAt: string, roleName: { __typename?: 'LocalizedText', en?: string | null, ru?: string | null, fa?: string | null }, branch?: { __typename?: 'Branch', id: string, code: string, name: { __typename?: 'LocalizedText', en?: string | null, ru?: string | null, fa?: string | null } } | null } };

export type TagsQueryVariables = Exact<{ [key: string]: never; }>;


export type TagsQuery = { __typename?: 'Query', tags: Array<{ __typename?: 'Tag', id: string, name: string, color: string }> };

export type TagsWithCountsQueryVariables = Exact<{ [key: string]: never; }>;


export type TagsWithCountsQuery = { __typename?: 'Query', tags: Array<{ __typename?: 'Tag', id: string, name: string, color: string, customerCount: number }> };

export type CreateTagMutationVariables = Exact<{
  input: TagInput;
}>;


export type CreateTagMutation = { __typename?: 'Mutation', createTag: { __typename?: 'Tag', id: string, name: string, color: string } };

export type UpdateTagMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  input: TagInput;
}>;


export type UpdateTagMutation = { __typename?: 'Mutation', updateTag: { __typename?: 'Tag', id: string, name: string, color: string } };

export type DeleteTagMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type DeleteTagMutation = { __typename?: 'Mutation', deleteTag: string };

export type SetCustomerTagsMutationVariables = Exact<{
  customerId: Scalars['ID']['input'];
  tagIds: Array<Scalars['ID']['input']> | Scalars['ID']['input'];
}>;


export type SetCustomerTagsMutation = { __typename?: 'Mutation', setCustomerTags: { __typename?: 'Customer', id: string, updatedAt: string, tags: Array<{ __typename?: 'Tag', id: string, name: string, color: string }> } };

export type MessageTemplateFieldsFragment = { __typename?: 'MessageTemplate', id: string, name: string, channel: string, createdAt: string, updatedAt: string, contents: Array<{ __typename?: 'MessageTemplateContent', language: Locale, subject?: string | null, text?: string | null, html?: string | null }> };

export type MessageTemplatesQueryVariables = Exact<{ [key: string]: never; }>;


export type MessageTemplatesQuery = { __typename?: 'Query', messageTemplates: Array<{ __typename?: 'MessageTemplate', id: string, name: string, channel: string, createdAt: string, updatedAt: string, contents: Array<{ __typename?: 'MessageTemplateContent', language: Locale, subject?: string | null, text?: string | null, html?: string | null }> }> };

export type MessageTemplateQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type MessageTemplateQuery = { __typename?: 'Query', messageTemplate: { __typename?: 'MessageTemplate', id: string, name: string, channel: string, createdAt: string, updatedAt: string, contents: Array<{ __typename?: 'MessageTemplateContent', language: Locale, subject?: string | null, text?: string | null, html?: string | null }> } };

export type TemplateVariablesQueryVariables = Exact<{ [key: string]: never; }>;


export type TemplateVariablesQuery = { __typename?: 'Query', templateVariables: Array<string> };

export type CreateMessageTemplateMutationVariables = Exact<{
  input: MessageTemplateInput;
}>;


export type CreateMessageTemplateMutation = { __typename?: 'Mutation', createMessageTemplate: { __typename?: 'MessageTemplate', id: string, name: string, channel: string, createdAt: string, updatedAt: string, contents: Array<{ __typename?: 'MessageTemplateContent', language: Locale, subject?: string | null, text?: string | null, html?: string | null }> } };

export type UpdateMessageTemplateMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  input: MessageTemplateInput;
}>;


export type UpdateMessageTemplateMutation = { __typename?: 'Mutation', updateMessageTemplate: { __typename?: 'MessageTemplate', id: string, name: string, channel: string, createdAt: string, updatedAt: string, contents: Array<{ __typename?: 'MessageTemplateContent', language: Locale, subject?: string | null, text?: string | null, html?: string | null }> } };

export type DeleteMessageTemplateMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type DeleteMessageTemplateMutation = { __typename?: 'Mutation', deleteMessageTemplate: string };

export type PreviewTemplateQueryVariables = Exact<{
  customerId: Scalars['ID']['input'];
  draft: MessageTemplateInput;
  language?: InputMaybe<Locale>;
}>;


export type PreviewTemplateQuery = { __typename?: 'Query', previewTemplate: { __typename?: 'TemplatePreview', language?: Locale | null, subject?: string | null, text?: string | null, html?: string | null, smsLength?: { __typename?: 'SmsLength', encoding: string, characters: number, parts: number, perPart: number } | null, problem?: { __typename?: 'TemplatePreviewProblem', code: string, variable?: string | null, message?: string | null } | null } };

export type TierFieldsFragment = { __typename?: 'Tier', id: string, key: string, position: number, minPurchaseTotal?: number | null, minPurchaseCount?: number | null, minXp?: number | null, rules: unknown, name: { __typename?: 'LocalizedText', en?: string | null, ru?: string | null, fa?: string | null } };

export type TiersQueryVariables = Exact<{ [key: string]: never; }>;


export type TiersQuery = { __typename?: 'Query', tiers: Array<{ __typename?: 'Tier', customerCount: number, id: string, key: string, position: number, minPurchaseTotal?: number | null, minPurchaseCount?: number | null, minXp?: number | null, rules: unknown, name: { __typename?: 'LocalizedText', en?: string | null, ru?: string | null, fa?: string | null } }> };

export type CreateTierMutationVariables = Exact<{
  input: TierInput;
}>;


export type CreateTierMutation = { __typename?: 'Mutation', createTier: { __typename?: 'Tier', id: string, key: string, position: number, minPurchaseTotal?: number | null, minPurchaseCount?: number | null, minXp?: number | null, rules: unknown, name: { __typename?: 'LocalizedText', en?: string | null, ru?: string | null, fa?: string | null } } };

export type UpdateTierMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  input: TierInput;
}>;


export type UpdateTierMutation = { __typename?: 'Mutation', updateTier: { __typename?: 'Tier', id: string, key: string, position: number, minPurchaseTotal?: number | null, minPurchaseCount?: number | null, minXp?: number | null, rules: unknown, name: { __typename?: 'LocalizedText', en?: string | null, ru?: string | null, fa?: string | null } } };

export type DeleteTierMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type DeleteTierMutation = { __typename?: 'Mutation', deleteTier: string };

export type TierPolicyQueryVariables = Exact<{ [key: string]: never; }>;


export type TierPolicyQuery = { __typename?: 'Query', tierPolicy: { __typename?: 'TierPolicy', windowDays?: number | null, downgradePolicy: DowngradePolicy, periodMonths: number } };

export type UpdateTierPolicyMutationVariables = Exact<{
  input: TierPolicyInput;
}>;


export type UpdateTierPolicyMutation = { __typename?: 'Mutation', updateTierPolicy: { __typename?: 'TierPolicy', windowDays?: number | null, downgradePolicy: DowngradePolicy, periodMonths: number } };

export type RecomputeTiersMutationVariables = Exact<{ [key: string]: never; }>;


export type RecomputeTiersMutation = { __typename?: 'Mutation', recomputeTiers: { __typename?: 'TierRecomputeResult', evaluated: number, changed: number } };

export type CustomerTierQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type CustomerTierQuery = { __typename?: 'Query', customer: { __typename?: 'Customer', id: string, tier: { __typename?: 'CustomerTier', since?: string | null, reviewAt?: string | null, tier?: { __typename?: 'Tier', id: string, key: string, position: number, minPurchaseTotal?: number | null, minPurchaseCount?: number | null, minXp?: number | null, rules: unknown, name: { __typename?: 'LocalizedText', en?: string | null, ru?: string | null, fa?: string | null } } | null, manualTier?: { __typename?: 'Tier', id: string } | null, progress: { __typename?: 'TierProgress', purchaseTotal: number, purchaseCount: number, xp: number, purchaseTotalNeeded?: number | null, purchaseCountNeeded?: number | null, xpNeeded?: number | null, nextTier?: { __typename?: 'Tier', id: string, key: string, position: number, minPurchaseTotal?: number | null, minPurchaseCount?: number | null, minXp?: number | null, rules: unknown, name: { __typename?: 'LocalizedText', en?: string | null, ru?: string | null, fa?: string | null } } | null } } } };

export type SetCustomerManualTierMutationVariables = Exact<{
  customerId: Scalars['ID']['input'];
  tierId?: InputMaybe<Scalars['ID']['input']>;
}>;


export type SetCustomerManualTierMutation = { __typename?: 'Mutation', setCustomerManualTier: { __typename?: 'CustomerTier', tier?: { __typename?: 'Tier', id: string } | null, manualTier?: { __typename?: 'Tier', id: string } | null } };

export type WebhookFieldsFragment = { __typename?: 'Webhook', id: string, name: string, url: string, events: Array<string>, enabled: boolean, lastDelivery?: { __typename?: 'WebhookDelivery', id: string, type: string, state: WebhookDeliveryState, createdAt: string } | null };

export type WebhookDeliveryFieldsFragment = { __typename?: 'WebhookDelivery', id: string, type: string, state: WebhookDeliveryState, createdAt: string, nextAttemptAt?: string | null, attempts: Array<{ __typename?: 'WebhookAttempt', at: string, status?: number | null, error?: string | null }> };

export type WebhooksQueryVariables = Exact<{ [key: string]: never; }>;


export type WebhooksQuery = { __typename?: 'Query', webhookEventTypes: Array<string>, webhooks: Array<{ __typename?: 'Webhook', id: string, name: string, url: string, events: Array<string>, enabled: boolean, lastDelivery?: { __typename?: 'WebhookDelivery', id: string, type: string, state: WebhookDeliveryState, createdAt: string } | null }> };

export type WebhookDeliveriesQueryVariables = Exact<{
  webhookId: Scalars['ID']['input'];
  first: Scalars['Int']['input'];
  after?: InputMaybe<Scalars['String']['input']>;
}>;


export type WebhookDeliveriesQuery = { __typename?: 'Query', webhookDeliveries: { __typename?: 'WebhookDeliveryConnection', edges: Array<{ __typename?: 'WebhookDeliveryEdge', cursor: string, node: { __typename?: 'WebhookDelivery', id: string, type: string, state: WebhookDeliveryState, createdAt: string, nextAttemptAt?: string | null, attempts: Array<{ __typename?: 'WebhookAttempt', at: string, status?: number | null, error?: string | null }> } }>, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor?: string | null } } };

export type CreateWebhookMutationVariables = Exact<{
  input: WebhookInput;
}>;


export type CreateWebhookMutation = { __typename?: 'Mutation', createWebhook: { __typename?: 'WebhookWithSecret', secret: string, webhook: { __typename?: 'Webhook', id: string, name: string, url: string, events: Array<string>, enabled: boolean, lastDelivery?: { __typename?: 'WebhookDelivery', id: string, type: string, state: WebhookDeliveryState, createdAt: string } | null } } };

export type UpdateWebhookMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  input: WebhookInput;
}>;


export type UpdateWebhookMutation = { __typename?: 'Mutation', updateWebhook: { __typename?: 'Webhook', id: string, name: string, url: string, events: Array<string>, enabled: boolean, lastDelivery?: { __typename?: 'WebhookDelivery', id: string, type: string, state: WebhookDeliveryState, createdAt: string } | null } };

export type DeleteWebhookMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type DeleteWebhookMutation = { __typename?: 'Mutation', deleteWebhook: string };

export type RotateWebhookSecretMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type RotateWebhookSecretMutation = { __typename?: 'Mutation', rotateWebhookSecret: { __typename?: 'WebhookWithSecret', secret: string } };

export type SendTestWebhookMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type SendTestWebhookMutation = { __typename?: 'Mutation', sendTestWebhook: { __typename?: 'WebhookDelivery', id: string, type: string, state: WebhookDeliveryState, createdAt: string, nextAttemptAt?: string | null, attempts: Array<{ __typename?: 'WebhookAttempt', at: string, status?: number | null, error?: string | null }> } };

export type RedeliverWebhookMutationVariables = Exact<{
  deliveryId: Scalars['ID']['input'];
}>;


export type RedeliverWebhookMutation = { __typename?: 'Mutation', redeliverWebhook: { __typename?: 'WebhookDelivery', id: string, type: string, state: WebhookDeliveryState, createdAt: string, nextAttemptAt?: string | null, attempts: Array<{ __typename?: 'WebhookAttempt', at: string, status?: number | null, error?: string | null }> } };

export type WorkspaceSettingsQueryVariables = Exact<{ [key: string]: never; }>;


export type WorkspaceSettingsQuery = { __typename?: 'Query', me?: { __typename?: 'Staff', id: string, workspace: { __typename?: 'Workspace', id: string } } | null, workspaceSettings: { __typename?: 'WorkspaceSettings', name: string, defaultPhoneCountry: string, completenessAttributes?: Array<string> | null, timeZone: string, selfSignUp: boolean, twoFactorRequiredRoles: Array<string>, lifecycle: { __typename?: 'LifecycleRules', newDays: number, atRiskDays: number, lostDays: number }, quietHours?: { __typename?: 'QuietHours', start: string, end: string } | null } };

export type UpdateWorkspaceSettingsMutationVariables = Exact<{
  input: WorkspaceSettingsInput;
}>;


export type UpdateWorkspaceSettingsMutation = { __typename?: 'Mutation', updateWorkspaceSettings: { __typename?: 'WorkspaceSettings', name: string, defaultPhoneCountry: string, completenessAttributes?: Array<string> | null, timeZone: string, selfSignUp: boolean, twoFactorRequiredRoles: Array<string>, lifecycle: { __typename?: 'LifecycleRules', newDays: number, atRiskDays: number, lostDays: number }, quietHours?: { __typename?: 'QuietHours', start: string, end: string } | null } };

export const ApiKeyFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ApiKeyFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ApiKey"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"prefix"}},{"kind":"Field","name":{"kind":"Name","value":"permissions"}},{"kind":"Field","name":{"kind":"Name","value":"requestsPerMinute"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdBy"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"lastUsedAt"}},{"kind":"Field","name":{"kind":"Name","value":"revokedAt"}},{"kind":"Field","name":{"kind":"Name","value":"revokedBy"}}]}}]} as unknown as DocumentNode<ApiKeyFieldsFragment, unknown>;
export const SignedInStaffFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SignedInStaffFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Staff"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"roleName"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"en"}},{"kind":"Field","name":{"kind":"Name","value":"ru"}},{"kind":"Field","name":{"kind":"Name","value":"fa"}}]}},{"kind":"Field","name":{"kind":"Name","value":"mustChangePassword"}},{"kind":"Field","name":{"kind":"Name","value":"twoFactorSetupRequired"}},{"kind":"Field","name":{"kind":"Name","value":"locale"}},{"kind":"Field","name":{"kind":"Name","value":"calendar"}},{"kind":"Field","name":{"kind":"Name","value":"permissions"}},{"kind":"Field","name":{"kind":"Name","value":"branch"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"en"}},{"kind":"Field","name":{"kind":"Name","value":"ru"}},{"kind":"Field","name":{"kind":"Name","value":"fa"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"workspace"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<SignedInStaffFieldsFragment, unknown>;
export const AutomationFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AutomationFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Automation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"paused"}},{"kind":"Field","name":{"kind":"Name","value":"trigger"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"params"}}]}},{"kind":"Field","name":{"kind":"Name","value":"condition"}},{"kind":"Field","name":{"kind":"Name","value":"actions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"params"}}]}},{"kind":"Field","name":{"kind":"Name","value":"recentRuns"}},{"kind":"Field","name":{"kind":"Name","value":"templates"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<AutomationFieldsFragment, unknown>;
export const BalanceBatchFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"BalanceBatchFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"BalanceBatch"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"identifier"}},{"kind":"Field","name":{"kind":"Name","value":"totalLines"}},{"kind":"Field","name":{"kind":"Name","value":"matched"}},{"kind":"Field","name":{"kind":"Name","value":"unmatched"}},{"kind":"Field","name":{"kind":"Name","value":"invalid"}},{"kind":"Field","name":{"kind":"Name","value":"inactive"}},{"kind":"Field","name":{"kind":"Name","value":"wouldGoNegative"}},{"kind":"Field","name":{"kind":"Name","value":"tooLow"}},{"kind":"Field","name":{"kind":"Name","value":"applied"}}]}}]} as unknown as DocumentNode<BalanceBatchFieldsFragment, unknown>;
export const BalanceBatchLineFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"BalanceBatchLineFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"BalanceBatchLine"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"line"}},{"kind":"Field","name":{"kind":"Name","value":"identifier"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"problem"}},{"kind":"Field","name":{"kind":"Name","value":"detail"}},{"kind":"Field","name":{"kind":"Name","value":"detailProblem"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"params"}}]}}]}}]} as unknown as DocumentNode<BalanceBatchLineFieldsFragment, unknown>;
export const BranchFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"BranchFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Branch"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"en"}},{"kind":"Field","name":{"kind":"Name","value":"ru"}},{"kind":"Field","name":{"kind":"Name","value":"fa"}}]}},{"kind":"Field","name":{"kind":"Name","value":"address"}},{"kind":"Field","name":{"kind":"Name","value":"active"}}]}}]} as unknown as DocumentNode<BranchFieldsFragment, unknown>;
export const BulkJobFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"BulkJobFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"BulkJob"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"processed"}},{"kind":"Field","name":{"kind":"Name","value":"failed"}},{"kind":"Field","name":{"kind":"Name","value":"finishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"problems"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"customerId"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"problem"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"params"}}]}}]}}]}}]} as unknown as DocumentNode<BulkJobFieldsFragment, unknown>;
export const CardTabValueFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CardTabValueFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CardTabValue"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"customerId"}},{"kind":"Field","name":{"kind":"Name","value":"tone"}}]}}]} as unknown as DocumentNode<CardTabValueFieldsFragment, unknown>;
export const ChannelAccountFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ChannelAccountFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ChannelAccount"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"provider"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"enabled"}},{"kind":"Field","name":{"kind":"Name","value":"isDefault"}},{"kind":"Field","name":{"kind":"Name","value":"settings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}},{"kind":"Field","name":{"kind":"Name","value":"secretsSet"}},{"kind":"Field","name":{"kind":"Name","value":"webhookUrl"}}]}}]} as unknown as DocumentNode<ChannelAccountFieldsFragment, unknown>;
export const CurrencyFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CurrencyFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Currency"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"name"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"en"}},{"kind":"Field","name":{"kind":"Name","value":"ru"}},{"kind":"Field","name":{"kind":"Name","value":"fa"}}]}},{"kind":"Field","name":{"kind":"Name","value":"decimals"}},{"kind":"Field","name":{"kind":"Name","value":"unitValue"}},{"kind":"Field","name":{"kind":"Name","value":"spendable"}},{"kind":"Field","name":{"kind":"Name","value":"position"}}]}}]} as unknown as DocumentNode<CurrencyFieldsFragment, unknown>;
export const CustomerFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CustomerFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Customer"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"mainCustomerId"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"attributes"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"tags"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"color"}}]}},{"kind":"Field","name":{"kind":"Name","value":"category"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"color"}}]}}]}}]} as unknown as DocumentNode<CustomerFieldsFragment, unknown>;
export const CustomerExportFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CustomerExportFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CustomerExport"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"format"}},{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"done"}},{"kind":"Field","name":{"kind":"Name","value":"fileName"}},{"kind":"Field","name":{"kind":"Name","value":"downloadPath"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"problem"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"params"}}]}}]}}]} as unknown as DocumentNode<CustomerExportFieldsFragment, unknown>;
export const GiftCardFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"GiftCardFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"GiftCard"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"redeemBy"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"batchId"}},{"kind":"Field","name":{"kind":"Name","value":"batchNumber"}},{"kind":"Field","name":{"kind":"Name","value":"blocked"}},{"kind":"Field","name":{"kind":"Name","value":"redeemedAt"}},{"kind":"Field","name":{"kind":"Name","value":"redeemedCustomerId"}},{"kind":"Field","name":{"kind":"Name","value":"redeemedByName"}}]}}]} as unknown as DocumentNode<GiftCardFieldsFragment, unknown>;
export const GroupFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"GroupFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CustomerGroup"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"memberCount"}}]}}]} as unknown as DocumentNode<GroupFieldsFragment, unknown>;
export const ImportFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ImportFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Import"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"fileName"}},{"kind":"Field","name":{"kind":"Name","value":"format"}},{"kind":"Field","name":{"kind":"Name","value":"encoding"}},{"kind":"Field","name":{"kind":"Name","value":"delimiter"}},{"kind":"Field","name":{"kind":"Name","value":"sheets"}},{"kind":"Field","name":{"kind":"Name","value":"sheet"}},{"kind":"Field","name":{"kind":"Name","value":"columns"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"index"}},{"kind":"Field","name":{"kind":"Name","value":"header"}},{"kind":"Field","name":{"kind":"Name","value":"target"}},{"kind":"Field","name":{"kind":"Name","value":"samples"}}]}},{"kind":"Field","name":{"kind":"Name","value":"mode"}},{"kind":"Field","name":{"kind":"Name","value":"matchOn"}},{"kind":"Field","name":{"kind":"Name","value":"applyEarningRules"}},{"kind":"Field","name":{"kind":"Name","value":"attachDuplicates"}},{"kind":"Field","name":{"kind":"Name","value":"counts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rows"}},{"kind":"Field","name":{"kind":"Name","value":"created"}},{"kind":"Field","name":{"kind":"Name","value":"updated"}},{"kind":"Field","name":{"kind":"Name","value":"attached"}},{"kind":"Field","name":{"kind":"Name","value":"skipped"}},{"kind":"Field","name":{"kind":"Name","value":"invalid"}}]}},{"kind":"Field","name":{"kind":"Name","value":"progress"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"done"}},{"kind":"Field","name":{"kind":"Name","value":"total"}}]}},{"kind":"Field","name":{"kind":"Name","value":"problem"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"params"}}]}},{"kind":"Field","name":{"kind":"Name","value":"reportFileId"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]} as unknown as DocumentNode<ImportFieldsFragment, unknown>;
export const MailingFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MailingFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Mailing"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"channel"}},{"kind":"Field","name":{"kind":"Name","value":"templateId"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"scheduledAt"}},{"kind":"Field","name":{"kind":"Name","value":"sendAt"}},{"kind":"Field","name":{"kind":"Name","value":"timeZone"}},{"kind":"Field","name":{"kind":"Name","value":"throttlePerMinute"}},{"kind":"Field","name":{"kind":"Name","value":"attributionDays"}},{"kind":"Field","name":{"kind":"Name","value":"trackClicks"}},{"kind":"Field","name":{"kind":"Name","value":"createdByName"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"audience"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"segmentId"}},{"kind":"Field","name":{"kind":"Name","value":"groupId"}},{"kind":"Field","name":{"kind":"Name","value":"customerIds"}},{"kind":"Field","name":{"kind":"Name","value":"filter"}}]}},{"kind":"Field","name":{"kind":"Name","value":"counts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recipients"}},{"kind":"Field","name":{"kind":"Name","value":"queued"}},{"kind":"Field","name":{"kind":"Name","value":"sent"}},{"kind":"Field","name":{"kind":"Name","value":"delivered"}},{"kind":"Field","name":{"kind":"Name","value":"failed"}},{"kind":"Field","name":{"kind":"Name","value":"skipped"}},{"kind":"Field","name":{"kind":"Name","value":"unsubscribed"}},{"kind":"Field","name":{"kind":"Name","value":"clicked"}},{"kind":"Field","name":{"kind":"Name","value":"opened"}}]}}]}}]} as unknown as DocumentNode<MailingFieldsFragment, unknown>;
export const MailingAudienceCountFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MailingAudienceCountFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MailingAudienceCount"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"reachable"}},{"kind":"Field","name":{"kind":"Name","value":"excluded"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}}]}}]} as unknown as DocumentNode<MailingAudienceCountFieldsFragment, unknown>;
export const NewsPostFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"NewsPostFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"NewsPost"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"en"}},{"kind":"Field","name":{"kind":"Name","value":"ru"}},{"kind":"Field","name":{"kind":"Name","value":"fa"}}]}},{"kind":"Field","name":{"kind":"Name","value":"body"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"en"}},{"kind":"Field","name":{"kind":"Name","value":"ru"}},{"kind":"Field","name":{"kind":"Name","value":"fa"}}]}},{"kind":"Field","name":{"kind":"Name","value":"segmentId"}},{"kind":"Field","name":{"kind":"Name","value":"segmentName"}},{"kind":"Field","name":{"kind":"Name","value":"segmentPrivate"}},{"kind":"Field","name":{"kind":"Name","value":"publishAt"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"pinned"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"readCount"}},{"kind":"Field","name":{"kind":"Name","value":"createdByName"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}}]} as unknown as DocumentNode<NewsPostFieldsFragment, unknown>;
export const NoteFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"NoteFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Note"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"customerId"}},{"kind":"Field","name":{"kind":"Name","value":"authorId"}},{"kind":"Field","name":{"kind":"Name","value":"authorName"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"pinned"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"mentions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"staffId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<NoteFieldsFragment, unknown>;
export const ProductFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ProductFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Product"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"sku"}},{"kind":"Field","name":{"kind":"Name","value":"name"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"en"}},{"kind":"Field","name":{"kind":"Name","value":"ru"}},{"kind":"Field","name":{"kind":"Name","value":"fa"}}]}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"price"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}},{"kind":"Field","name":{"kind":"Name","value":"active"}},{"kind":"Field","name":{"kind":"Name","value":"tracked"}},{"kind":"Field","name":{"kind":"Name","value":"onHand"}},{"kind":"Field","name":{"kind":"Name","value":"reorderLevel"}},{"kind":"Field","name":{"kind":"Name","value":"lowStock"}}]}}]} as unknown as DocumentNode<ProductFieldsFragment, unknown>;
export const PurchaseFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PurchaseFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Purchase"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"invoiceNumber"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"spentValue"}},{"kind":"Field","name":{"kind":"Name","value":"paidAmount"}},{"kind":"Field","name":{"kind":"Name","value":"branch"}},{"kind":"Field","name":{"kind":"Name","value":"branchInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"en"}},{"kind":"Field","name":{"kind":"Name","value":"ru"}},{"kind":"Field","name":{"kind":"Name","value":"fa"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"paymentStatus"}},{"kind":"Field","name":{"kind":"Name","value":"purchasedAt"}},{"kind":"Field","name":{"kind":"Name","value":"returnedAmount"}},{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sku"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"quantity"}},{"kind":"Field","name":{"kind":"Name","value":"price"}},{"kind":"Field","name":{"kind":"Name","value":"returnedQuantity"}}]}},{"kind":"Field","name":{"kind":"Name","value":"ledger"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"operationId"}},{"kind":"Field","name":{"kind":"Name","value":"customerId"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"actor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<PurchaseFieldsFragment, unknown>;
export const RoleFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RoleFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Role"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"name"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"en"}},{"kind":"Field","name":{"kind":"Name","value":"ru"}},{"kind":"Field","name":{"kind":"Name","value":"fa"}}]}},{"kind":"Field","name":{"kind":"Name","value":"permissions"}},{"kind":"Field","name":{"kind":"Name","value":"shipped"}},{"kind":"Field","name":{"kind":"Name","value":"editable"}},{"kind":"Field","name":{"kind":"Name","value":"staffCount"}}]}}]} as unknown as DocumentNode<RoleFieldsFragment, unknown>;
export const SegmentFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SegmentFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Segment"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"shared"}},{"kind":"Field","name":{"kind":"Name","value":"sharedWithRoles"}},{"kind":"Field","name":{"kind":"Name","value":"canEdit"}},{"kind":"Field","name":{"kind":"Name","value":"filter"}},{"kind":"Field","name":{"kind":"Name","value":"search"}},{"kind":"Field","name":{"kind":"Name","value":"memberCount"}},{"kind":"Field","name":{"kind":"Name","value":"owner"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<SegmentFieldsFragment, unknown>;
export const SelfServiceAccountFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SelfServiceAccountFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SelfServiceAccount"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"customerId"}},{"kind":"Field","name":{"kind":"Name","value":"firstName"}},{"kind":"Field","name":{"kind":"Name","value":"lastName"}},{"kind":"Field","name":{"kind":"Name","value":"cardNumber"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"birthDate"}},{"kind":"Field","name":{"kind":"Name","value":"gender"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"consents"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"at"}}]}},{"kind":"Field","name":{"kind":"Name","value":"tier"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"name"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"en"}},{"kind":"Field","name":{"kind":"Name","value":"ru"}},{"kind":"Field","name":{"kind":"Name","value":"fa"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"balances"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"decimals"}},{"kind":"Field","name":{"kind":"Name","value":"name"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"en"}},{"kind":"Field","name":{"kind":"Name","value":"ru"}},{"kind":"Field","name":{"kind":"Name","value":"fa"}}]}}]}}]}}]}}]} as unknown as DocumentNode<SelfServiceAccountFieldsFragment, unknown>;
export const CustomerRequestFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CustomerRequestFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CustomerRequest"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"customerId"}},{"kind":"Field","name":{"kind":"Name","value":"customerName"}},{"kind":"Field","name":{"kind":"Name","value":"subject"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"answer"}},{"kind":"Field","name":{"kind":"Name","value":"answeredAt"}},{"kind":"Field","name":{"kind":"Name","value":"answeredBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]} as unknown as DocumentNode<CustomerRequestFieldsFragment, unknown>;
export const StaffFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"StaffFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Staff"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"roleName"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"en"}},{"kind":"Field","name":{"kind":"Name","value":"ru"}},{"kind":"Field","name":{"kind":"Name","value":"fa"}}]}},{"kind":"Field","name":{"kind":"Name","value":"active"}},{"kind":"Field","name":{"kind":"Name","value":"mustChangePassword"}},{"kind":"Field","name":{"kind":"Name","value":"twoFactorEnabled"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"branch"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"en"}},{"kind":"Field","name":{"kind":"Name","value":"ru"}},{"kind":"Field","name":{"kind":"Name","value":"fa"}}]}}]}}]}}]} as unknown as DocumentNode<StaffFieldsFragment, unknown>;
export const MessageTemplateFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MessageTemplateFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MessageTemplate"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"channel"}},{"kind":"Field","name":{"kind":"Name","value":"contents"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"language"}},{"kind":"Field","name":{"kind":"Name","value":"subject"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"html"}}]}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}}]} as unknown as DocumentNode<MessageTemplateFieldsFragment, unknown>;
export const TierFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TierFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Tier"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"name"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"en"}},{"kind":"Field","name":{"kind":"Name","value":"ru"}},{"kind":"Field","name":{"kind":"Name","value":"fa"}}]}},{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"minPurchaseTotal"}},{"kind":"Field","name":{"kind":"Name","value":"minPurchaseCount"}},{"kind":"Field","name":{"kind":"Name","value":"minXp"}},{"kind":"Field","name":{"kind":"Name","value":"rules"}}]}}]} as unknown as DocumentNode<TierFieldsFragment, unknown>;
export const WebhookFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"WebhookFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Webhook"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"events"}},{"kind":"Field","name":{"kind":"Name","value":"enabled"}},{"kind":"Field","name":{"kind":"Name","value":"lastDelivery"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]}}]} as unknown as DocumentNode<WebhookFieldsFragment, unknown>;
export const WebhookDeliveryFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"WebhookDeliveryFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"WebhookDelivery"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"nextAttemptAt"}},{"kind":"Field","name":{"kind":"Name","value":"attempts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"error"}}]}}]}}]} as unknown as DocumentNode<WebhookDeliveryFieldsFragment, unknown>;
export const ApiKeysDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ApiKeys"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"apiKeys"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ApiKeyFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ApiKeyFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ApiKey"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"prefix"}},{"kind":"Field","name":{"kind":"Name","value":"permissions"}},{"kind":"Field","name":{"kind":"Name","value":"requestsPerMinute"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdBy"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"lastUsedAt"}},{"kind":"Field","name":{"kind":"Name","value":"revokedAt"}},{"kind":"Field","name":{"kind":"Name","value":"revokedBy"}}]}}]} as unknown as DocumentNode<ApiKeysQuery, ApiKeysQueryVariables>;
export const ApiKeyPermissionsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ApiKeyPermissions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"apiKeyPermissions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"description"}}]}}]}}]} as unknown as DocumentNode<ApiKeyPermissionsQuery, ApiKeyPermissionsQueryVariables>;
export const CreateApiKeyDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateApiKey"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateApiKeyInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createApiKey"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"secret"}},{"kind":"Field","name":{"kind":"Name","value":"key"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ApiKeyFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ApiKeyFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ApiKey"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"prefix"}},{"kind":"Field","name":{"kind":"Name","value":"permissions"}},{"kind":"Field","name":{"kind":"Name","value":"requestsPerMinute"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdBy"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"lastUsedAt"}},{"kind":"Field","name":{"kind":"Name","value":"revokedAt"}},{"kind":"Field","name":{"kind":"Name","value":"revokedBy"}}]}}]} as unknown as DocumentNode<CreateApiKeyMutation, CreateApiKeyMutationVariables>;
export const RevokeApiKeyDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RevokeApiKey"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"revokeApiKey"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ApiKeyFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ApiKeyFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ApiKey"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"prefix"}},{"kind":"Field","name":{"kind":"Name","value":"permissions"}},{"kind":"Field","name":{"kind":"Name","value":"requestsPerMinute"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdBy"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"lastUsedAt"}},{"kind":"Field","name":{"kind":"Name","value":"revokedAt"}},{"kind":"Field","name":{"kind":"Name","value":"revokedBy"}}]}}]} as unknown as DocumentNode<RevokeApiKeyMutation, RevokeApiKeyMutationVariables>;
export const AttributeRegistryDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AttributeRegistry"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"includeRetired"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}},"defaultValue":{"kind":"BooleanValue","value":false}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"attributeDefinitions"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"includeRetired"},"value":{"kind":"Variable","name":{"kind":"Name","value":"includeRetired"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"system"}},{"kind":"Field","name":{"kind":"Name","value":"required"}},{"kind":"Field","name":{"kind":"Name","value":"unique"}},{"kind":"Field","name":{"kind":"Name","value":"defaultValue"}},{"kind":"Field","name":{"kind":"Name","value":"group"}},{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"shownInList"}},{"kind":"Field","name":{"kind":"Name","value":"filterable"}},{"kind":"Field","name":{"kind":"Name","value":"retired"}},{"kind":"Field","name":{"kind":"Name","value":"format"}},{"kind":"Field","name":{"kind":"Name","value":"formatMissing"}},{"kind":"Field","name":{"kind":"Name","value":"formatHint"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"en"}},{"kind":"Field","name":{"kind":"Name","value":"ru"}},{"kind":"Field","name":{"kind":"Name","value":"fa"}}]}},{"kind":"Field","name":{"kind":"Name","value":"label"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"en"}},{"kind":"Field","name":{"kind":"Name","value":"ru"}},{"kind":"Field","name":{"kind":"Name","value":"fa"}}]}},{"kind":"Field","name":{"kind":"Name","value":"helpText"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"en"}},{"kind":"Field","name":{"kind":"Name","value":"ru"}},{"kind":"Field","name":{"kind":"Name","value":"fa"}}]}},{"kind":"Field","name":{"kind":"Name","value":"choices"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"label"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"en"}},{"kind":"Field","name":{"kind":"Name","value":"ru"}},{"kind":"Field","name":{"kind":"Name","value":"fa"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"attributeGroups"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"label"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"en"}},{"kind":"Field","name":{"kind":"Name","value":"ru"}},{"kind":"Field","name":{"kind":"Name","value":"fa"}}]}}]}}]}}]} as unknown as DocumentNode<AttributeRegistryQuery, AttributeRegistryQueryVariables>;
export const CreateAttributeDefinitionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateAttributeDefinition"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateAttributeDefinitionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createAttributeDefinition"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<CreateAttributeDefinitionMutation, CreateAttributeDefinitionMutationVariables>;
export const UpdateAttributeDefinitionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateAttributeDefinition"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateAttributeDefinitionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateAttributeDefinition"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<UpdateAttributeDefinitionMutation, UpdateAttributeDefinitionMutationVariables>;
export const ReorderAttributeDefinitionsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ReorderAttributeDefinitions"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"ids"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reorderAttributeDefinitions"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"ids"},"value":{"kind":"Variable","name":{"kind":"Name","value":"ids"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"position"}}]}}]}}]} as unknown as DocumentNode<ReorderAttributeDefinitionsMutation, ReorderAttributeDefinitionsMutationVariables>;
export const RetireAttributeDefinitionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RetireAttributeDefinition"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"retireAttributeDefinition"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"retired"}}]}}]}}]} as unknown as DocumentNode<RetireAttributeDefinitionMutation, RetireAttributeDefinitionMutationVariables>;
export const RestoreAttributeDefinitionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RestoreAttributeDefinition"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"restoreAttributeDefinition"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"retired"}}]}}]}}]} as unknown as DocumentNode<RestoreAttributeDefinitionMutation, RestoreAttributeDefinitionMutationVariables>;
export const AttributeFormatsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AttributeFormats"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"attributeFormats"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"base"}},{"kind":"Field","name":{"kind":"Name","value":"module"}},{"kind":"Field","name":{"kind":"Name","value":"label"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"en"}},{"kind":"Field","name":{"kind":"Name","value":"ru"}},{"kind":"Field","name":{"kind":"Name","value":"fa"}}]}}]}}]}}]} as unknown as DocumentNode<AttributeFormatsQuery, AttributeFormatsQueryVariables>;
export const StartAttributeValuesReportDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"StartAttributeValuesReport"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"format"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"startAttributeValuesReport"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"format"},"value":{"kind":"Variable","name":{"kind":"Name","value":"format"}}}]}]}}]} as unknown as DocumentNode<StartAttributeValuesReportMutation, StartAttributeValuesReportMutationVariables>;
export const AttributeValuesCheckDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AttributeValuesCheck"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"format"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"attributeValuesCheck"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"format"},"value":{"kind":"Variable","name":{"kind":"Name","value":"format"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"format"}},{"kind":"Field","name":{"kind":"Name","value":"checked"}},{"kind":"Field","name":{"kind":"Name","value":"fit"}},{"kind":"Field","name":{"kind":"Name","value":"rewritten"}},{"kind":"Field","name":{"kind":"Name","value":"refused"}},{"kind":"Field","name":{"kind":"Name","value":"firstRefused"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"customerId"}},{"kind":"Field","name":{"kind":"Name","value":"customerNumber"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"problem"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"params"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"firstRewritten"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"customerId"}},{"kind":"Field","name":{"kind":"Name","value":"customerNumber"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"storedAs"}}]}}]}}]}}]} as unknown as DocumentNode<AttributeValuesCheckQuery, AttributeValuesCheckQueryVariables>;
export const AuditEventsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AuditEvents"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"auditEvents"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"occurredAt"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"actor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"subject"}},{"kind":"Field","name":{"kind":"Name","value":"details"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]}}]} as unknown as DocumentNode<AuditEventsQuery, AuditEventsQueryVariables>;
export const MeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SignedInStaffFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SignedInStaffFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Staff"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"roleName"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"en"}},{"kind":"Field","name":{"kind":"Name","value":"ru"}},{"kind":"Field","name":{"kind":"Name","value":"fa"}}]}},{"kind":"Field","name":{"kind":"Name","value":"mustChangePassword"}},{"kind":"Field","name":{"kind":"Name","value":"twoFactorSetupRequired"}},{"kind":"Field","name":{"kind":"Name","value":"locale"}},{"kind":"Field","name":{"kind":"Name","value":"calendar"}},{"kind":"Field","name":{"kind":"Name","value":"permissions"}},{"kind":"Field","name":{"kind":"Name","value":"branch"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"en"}},{"kind":"Field","name":{"kind":"Name","value":"ru"}},{"kind":"Field","name":{"kind":"Name","value":"fa"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"workspace"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<MeQuery, MeQueryVariables>;
export const LoginDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"Login"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"email"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"password"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"login"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"email"},"value":{"kind":"Variable","name":{"kind":"Name","value":"email"}}},{"kind":"Argument","name":{"kind":"Name","value":"password"},"value":{"kind":"Variable","name":{"kind":"Name","value":"password"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SignedInStaffFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SignedInStaffFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Staff"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"roleName"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"en"}},{"kind":"Field","name":{"kind":"Name","value":"ru"}},{"kind":"Field","name":{"kind":"Name","value":"fa"}}]}},{"kind":"Field","name":{"kind":"Name","value":"mustChangePassword"}},{"kind":"Field","name":{"kind":"Name","value":"twoFactorSetupRequired"}},{"kind":"Field","name":{"kind":"Name","value":"locale"}},{"kind":"Field","name":{"kind":"Name","value":"calendar"}},{"kind":"Field","name":{"kind":"Name","value":"permissions"}},{"kind":"Field","name":{"kind":"Name","value":"branch"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"en"}},{"kind":"Field","name":{"kind":"Name","value":"ru"}},{"kind":"Field","name":{"kind":"Name","value":"fa"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"workspace"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<LoginMutation, LoginMutationVariables>;
export const LoginSecondStepDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"LoginSecondStep"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"challenge"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"code"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"loginSecondStep"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"challenge"},"value":{"kind":"Variable","name":{"kind":"Name","value":"challenge"}}},{"kind":"Argument","name":{"kind":"Name","value":"code"},"value":{"kind":"Variable","name":{"kind":"Name","value":"code"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SignedInStaffFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SignedInStaffFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Staff"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"roleName"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"en"}},{"kind":"Field","name":{"kind":"Name","value":"ru"}},{"kind":"Field","name":{"kind":"Name","value":"fa"}}]}},{"kind":"Field","name":{"kind":"Name","value":"mustChangePassword"}},{"kind":"Field","name":{"kind":"Name","value":"twoFactorSetupRequired"}},{"kind":"Field","name":{"kind":"Name","value":"locale"}},{"kind":"Field","name":{"kind":"Name","value":"calendar"}},{"kind":"Field","name":{"kind":"Name","value":"permissions"}},{"kind":"Field","name":{"kind":"Name","value":"branch"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"en"}},{"kind":"Field","name":{"kind":"Name","value":"ru"}},{"kind":"Field","name":{"kind":"Name","value":"fa"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"workspace"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<LoginSecondStepMutation, LoginSecondStepMutationVariables>;
export const LogoutDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"Logout"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"logout"}}]}}]} as unknown as DocumentNode<LogoutMutation, LogoutMutationVariables>;
export const AutomationsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Automations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"automations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AutomationFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AutomationFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Automation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"paused"}},{"kind":"Field","name":{"kind":"Name","value":"trigger"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"params"}}]}},{"kind":"Field","name":{"kind":"Name","value":"condition"}},{"kind":"Field","name":{"kind":"Name","value":"actions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"params"}}]}},{"kind":"Field","name":{"kind":"Name","value":"recentRuns"}},{"kind":"Field","name":{"kind":"Name","value":"templates"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<AutomationsQuery, AutomationsQueryVariables>;
export const AutomationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Automation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"automation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AutomationFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AutomationFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Automation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"paused"}},{"kind":"Field","name":{"kind":"Name","value":"trigger"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"params"}}]}},{"kind":"Field","name":{"kind":"Name","value":"condition"}},{"kind":"Field","name":{"kind":"Name","value":"actions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"params"}}]}},{"kind":"Field","name":{"kind":"Name","value":"recentRuns"}},{"kind":"Field","name":{"kind":"Name","value":"templates"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<AutomationQuery, AutomationQueryVariables>;
export const CreateAutomationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateAutomation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AutomationInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createAutomation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AutomationFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AutomationFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Automation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"paused"}},{"kind":"Field","name":{"kind":"Name","value":"trigger"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"params"}}]}},{"kind":"Field","name":{"kind":"Name","value":"condition"}},{"kind":"Field","name":{"kind":"Name","value":"actions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"params"}}]}},{"kind":"Field","name":{"kind":"Name","value":"recentRuns"}},{"kind":"Field","name":{"kind":"Name","value":"templates"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<CreateAutomationMutation, CreateAutomationMutationVariables>;
export const UpdateAutomationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateAutomation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AutomationInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateAutomation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AutomationFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AutomationFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Automation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"paused"}},{"kind":"Field","name":{"kind":"Name","value":"trigger"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"params"}}]}},{"kind":"Field","name":{"kind":"Name","value":"condition"}},{"kind":"Field","name":{"kind":"Name","value":"actions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"params"}}]}},{"kind":"Field","name":{"kind":"Name","value":"recentRuns"}},{"kind":"Field","name":{"kind":"Name","value":"templates"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<UpdateAutomationMutation, UpdateAutomationMutationVariables>;
export const SetAutomationPausedDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SetAutomationPaused"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"paused"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setAutomationPaused"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"paused"},"value":{"kind":"Variable","name":{"kind":"Name","value":"paused"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"paused"}}]}}]}}]} as unknown as DocumentNode<SetAutomationPausedMutation, SetAutomationPausedMutationVariables>;
export const DeleteAutomationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DeleteAutomation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deleteAutomation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}]}]}}]} as unknown as DocumentNode<DeleteAutomationMutation, DeleteAutomationMutationVariables>;
export const AutomationRunsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AutomationRuns"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"automationId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"automationRuns"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"automationId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"automationId"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"customerId"}},{"kind":"Field","name":{"kind":"Name","value":"customerName"}},{"kind":"Field","name":{"kind":"Name","value":"customerNumber"}},{"kind":"Field","name":{"kind":"Name","value":"occurrence"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"errorCode"}},{"kind":"Field","name":{"kind":"Name","value":"attempts"}},{"kind":"Field","name":{"kind":"Name","value":"retryAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"outcomes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"detail"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]}}]} as unknown as DocumentNode<AutomationRunsQuery, AutomationRunsQueryVariables>;
export const PreviewBalanceBatchDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PreviewBalanceBatch"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"BalanceBatchInput"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"previewBalanceBatch"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"BalanceBatchFields"}},{"kind":"Field","name":{"kind":"Name","value":"problems"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"BalanceBatchLineFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"BalanceBatchFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"BalanceBatch"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"identifier"}},{"kind":"Field","name":{"kind":"Name","value":"totalLines"}},{"kind":"Field","name":{"kind":"Name","value":"matched"}},{"kind":"Field","name":{"kind":"Name","value":"unmatched"}},{"kind":"Field","name":{"kind":"Name","value":"invalid"}},{"kind":"Field","name":{"kind":"Name","value":"inactive"}},{"kind":"Field","name":{"kind":"Name","value":"wouldGoNegative"}},{"kind":"Field","name":{"kind":"Name","value":"tooLow"}},{"kind":"Field","name":{"kind":"Name","value":"applied"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"BalanceBatchLineFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"BalanceBatchLine"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"line"}},{"kind":"Field","name":{"kind":"Name","value":"identifier"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"problem"}},{"kind":"Field","name":{"kind":"Name","value":"detail"}},{"kind":"Field","name":{"kind":"Name","value":"detailProblem"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"params"}}]}}]}}]} as unknown as DocumentNode<PreviewBalanceBatchMutation, PreviewBalanceBatchMutationVariables>;
export const ConfirmBalanceBatchDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ConfirmBalanceBatch"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"confirmBalanceBatch"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"BalanceBatchFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"BalanceBatchFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"BalanceBatch"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"identifier"}},{"kind":"Field","name":{"kind":"Name","value":"totalLines"}},{"kind":"Field","name":{"kind":"Name","value":"matched"}},{"kind":"Field","name":{"kind":"Name","value":"unmatched"}},{"kind":"Field","name":{"kind":"Name","value":"invalid"}},{"kind":"Field","name":{"kind":"Name","value":"inactive"}},{"kind":"Field","name":{"kind":"Name","value":"wouldGoNegative"}},{"kind":"Field","name":{"kind":"Name","value":"tooLow"}},{"kind":"Field","name":{"kind":"Name","value":"applied"}}]}}]} as unknown as DocumentNode<ConfirmBalanceBatchMutation, ConfirmBalanceBatchMutationVariables>;
export const BalanceBatchDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"BalanceBatch"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"balanceBatch"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"BalanceBatchFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"BalanceBatchFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"BalanceBatch"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"identifier"}},{"kind":"Field","name":{"kind":"Name","value":"totalLines"}},{"kind":"Field","name":{"kind":"Name","value":"matched"}},{"kind":"Field","name":{"kind":"Name","value":"unmatched"}},{"kind":"Field","name":{"kind":"Name","value":"invalid"}},{"kind":"Field","name":{"kind":"Name","value":"inactive"}},{"kind":"Field","name":{"kind":"Name","value":"wouldGoNegative"}},{"kind":"Field","name":{"kind":"Name","value":"tooLow"}},{"kind":"Field","name":{"kind":"Name","value":"applied"}}]}}]} as unknown as DocumentNode<BalanceBatchQuery, BalanceBatchQueryVariables>;
export const BalanceBatchProblemsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"BalanceBatchProblems"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"afterLine"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"balanceBatch"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"problems"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"afterLine"},"value":{"kind":"Variable","name":{"kind":"Name","value":"afterLine"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"BalanceBatchLineFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"BalanceBatchLineFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"BalanceBatchLine"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"line"}},{"kind":"Field","name":{"kind":"Name","value":"identifier"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"problem"}},{"kind":"Field","name":{"kind":"Name","value":"detail"}},{"kind":"Field","name":{"kind":"Name","value":"detailProblem"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"params"}}]}}]}}]} as unknown as DocumentNode<BalanceBatchProblemsQuery, BalanceBatchProblemsQueryVariables>;
export const AllBranchesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AllBranches"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"branches"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"includeInactive"},"value":{"kind":"BooleanValue","value":true}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"BranchFields"}},{"kind":"Field","name":{"kind":"Name","value":"staffCount"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"BranchFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Branch"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"en"}},{"kind":"Field","name":{"kind":"Name","value":"ru"}},{"kind":"Field","name":{"kind":"Name","value":"fa"}}]}},{"kind":"Field","name":{"kind":"Name","value":"address"}},{"kind":"Field","name":{"kind":"Name","value":"active"}}]}}]} as unknown as DocumentNode<AllBranchesQuery, AllBranchesQueryVariables>;
export const ActiveBranchesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ActiveBranches"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"branches"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"BranchFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"BranchFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Branch"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"en"}},{"kind":"Field","name":{"kind":"Name","value":"ru"}},{"kind":"Field","name":{"kind":"Name","value":"fa"}}]}},{"kind":"Field","name":{"kind":"Name","value":"address"}},{"kind":"Field","name":{"kind":"Name","value":"active"}}]}}]} as unknown as DocumentNode<ActiveBranchesQuery, ActiveBranchesQueryVariables>;
export const CreateBranchDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateBranch"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"BranchInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createBranch"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"BranchFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"BranchFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Branch"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"en"}},{"kind":"Field","name":{"kind":"Name","value":"ru"}},{"kind":"Field","name":{"kind":"Name","value":"fa"}}]}},{"kind":"Field","name":{"kind":"Name","value":"address"}},{"kind":"Field","name":{"kind":"Name","value":"active"}}]}}]} as unknown as DocumentNode<CreateBranchMutation, CreateBranchMutationVariables>;
export const UpdateBranchDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateBranch"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"BranchInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateBranch"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"BranchFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"BranchFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Branch"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"en"}},{"kind":"Field","name":{"kind":"Name","value":"ru"}},{"kind":"Field","name":{"kind":"Name","value":"fa"}}]}},{"kind":"Field","name":{"kind":"Name","value":"address"}},{"kind":"Field","name":{"kind":"Name","value":"active"}}]}}]} as unknown as DocumentNode<UpdateBranchMutation, UpdateBranchMutationVariables>;
export const SetBranchActiveDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SetBranchActive"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"active"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setBranchActive"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"active"},"value":{"kind":"Variable","name":{"kind":"Name","value":"active"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"BranchFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"BranchFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Branch"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"en"}},{"kind":"Field","name":{"kind":"Name","value":"ru"}},{"kind":"Field","name":{"kind":"Name","value":"fa"}}]}},{"kind":"Field","name":{"kind":"Name","value":"address"}},{"kind":"Field","name":{"kind":"Name","value":"active"}}]}}]} as unknown as DocumentNode<SetBranchActiveMutation, SetBranchActiveMutationVariables>;
export const DeleteBranchDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DeleteBranch"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deleteBranch"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}]}]}}]} as unknown as DocumentNode<DeleteBranchMutation, DeleteBranchMutationVariables>;
export const StartBulkActionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"StartBulkAction"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"selection"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CustomerSelection"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"action"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"BulkActionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"startBulkAction"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"selection"},"value":{"kind":"Variable","name":{"kind":"Name","value":"selection"}}},{"kind":"Argument","name":{"kind":"Name","value":"action"},"value":{"kind":"Variable","name":{"kind":"Name","value":"action"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"BulkJobFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"BulkJobFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"BulkJob"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"processed"}},{"kind":"Field","name":{"kind":"Name","value":"failed"}},{"kind":"Field","name":{"kind":"Name","value":"finishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"problems"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"customerId"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"problem"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"params"}}]}}]}}]}}]} as unknown as DocumentNode<StartBulkActionMutation, StartBulkActionMutationVariables>;
export const BulkJobDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"BulkJob"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"bulkJob"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"BulkJobFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"BulkJobFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"BulkJob"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"processed"}},{"kind":"Field","name":{"kind":"Name","value":"failed"}},{"kind":"Field","name":{"kind":"Name","value":"finishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"problems"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"customerId"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"problem"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"params"}}]}}]}}]}}]} as unknown as DocumentNode<BulkJobQuery, BulkJobQueryVariables>;
export const CustomerCardTabsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CustomerCardTabs"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"customerId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"customerCardTabs"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"customerId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"customerId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"label"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"en"}},{"kind":"Field","name":{"kind":"Name","value":"ru"}},{"kind":"Field","name":{"kind":"Name","value":"fa"}}]}}]}}]}}]} as unknown as DocumentNode<CustomerCardTabsQuery, CustomerCardTabsQueryVariables>;
export const CustomerCardTabDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CustomerCardTab"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"customerId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"key"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"language"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Locale"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"customerCardTab"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"customerId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"customerId"}}},{"kind":"Argument","name":{"kind":"Name","value":"key"},"value":{"kind":"Variable","name":{"kind":"Name","value":"key"}}},{"kind":"Argument","name":{"kind":"Name","value":"language"},"value":{"kind":"Variable","name":{"kind":"Name","value":"language"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"empty"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"en"}},{"kind":"Field","name":{"kind":"Name","value":"ru"}},{"kind":"Field","name":{"kind":"Name","value":"fa"}}]}},{"kind":"Field","name":{"kind":"Name","value":"sections"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"title"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"en"}},{"kind":"Field","name":{"kind":"Name","value":"ru"}},{"kind":"Field","name":{"kind":"Name","value":"fa"}}]}},{"kind":"Field","name":{"kind":"Name","value":"fields"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"label"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"en"}},{"kind":"Field","name":{"kind":"Name","value":"ru"}},{"kind":"Field","name":{"kind":"Name","value":"fa"}}]}},{"kind":"Field","name":{"kind":"Name","value":"value"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CardTabValueFields"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"table"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"columns"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"label"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"en"}},{"kind":"Field","name":{"kind":"Name","value":"ru"}},{"kind":"Field","name":{"kind":"Name","value":"fa"}}]}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}},{"kind":"Field","name":{"kind":"Name","value":"rows"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cells"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CardTabValueFields"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"empty"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"en"}},{"kind":"Field","name":{"kind":"Name","value":"ru"}},{"kind":"Field","name":{"kind":"Name","value":"fa"}}]}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CardTabValueFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CardTabValue"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"customerId"}},{"kind":"Field","name":{"kind":"Name","value":"tone"}}]}}]} as unknown as DocumentNode<CustomerCardTabQuery, CustomerCardTabQueryVariables>;
export const CategoriesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Categories"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"categories"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"color"}}]}}]}}]} as unknown as DocumentNode<CategoriesQuery, CategoriesQueryVariables>;
export const CategoriesWithCountsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CategoriesWithCounts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"categories"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"color"}},{"kind":"Field","name":{"kind":"Name","value":"customerCount"}}]}}]}}]} as unknown as DocumentNode<CategoriesWithCountsQuery, CategoriesWithCountsQueryVariables>;
export const CreateCategoryDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateCategory"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CategoryInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createCategory"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"color"}}]}}]}}]} as unknown as DocumentNode<CreateCategoryMutation, CreateCategoryMutationVariables>;
export const UpdateCategoryDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateCategory"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CategoryInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateCategory"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"color"}}]}}]}}]} as unknown as DocumentNode<UpdateCategoryMutation, UpdateCategoryMutationVariables>;
export const DeleteCategoryDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DeleteCategory"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deleteCategory"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}]}]}}]} as unknown as DocumentNode<DeleteCategoryMutation, DeleteCategoryMutationVariables>;
export const SetCustomerCategoryDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SetCustomerCategory"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"customerId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"categoryId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setCustomerCategory"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"customerId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"customerId"}}},{"kind":"Argument","name":{"kind":"Name","value":"categoryId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"categoryId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"category"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"color"}}]}}]}}]}}]} as unknown as DocumentNode<SetCustomerCategoryMutation, SetCustomerCategoryMutationVariables>;
export const ChannelsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Channels"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"channelProviders"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"provider"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"label"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"en"}},{"kind":"Field","name":{"kind":"Name","value":"ru"}},{"kind":"Field","name":{"kind":"Name","value":"fa"}}]}},{"kind":"Field","name":{"kind":"Name","value":"settings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"label"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"en"}},{"kind":"Field","name":{"kind":"Name","value":"ru"}},{"kind":"Field","name":{"kind":"Name","value":"fa"}}]}},{"kind":"Field","name":{"kind":"Name","value":"required"}},{"kind":"Field","name":{"kind":"Name","value":"secret"}},{"kind":"Field","name":{"kind":"Name","value":"help"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"en"}},{"kind":"Field","name":{"kind":"Name","value":"ru"}},{"kind":"Field","name":{"kind":"Name","value":"fa"}}]}},{"kind":"Field","name":{"kind":"Name","value":"choices"}},{"kind":"Field","name":{"kind":"Name","value":"choiceLabels"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"label"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"en"}},{"kind":"Field","name":{"kind":"Name","value":"ru"}},{"kind":"Field","name":{"kind":"Name","value":"fa"}}]}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"channelAccounts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ChannelAccountFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ChannelAccountFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ChannelAccount"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"provider"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"enabled"}},{"kind":"Field","name":{"kind":"Name","value":"isDefault"}},{"kind":"Field","name":{"kind":"Name","value":"settings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}},{"kind":"Field","name":{"kind":"Name","value":"secretsSet"}},{"kind":"Field","name":{"kind":"Name","value":"webhookUrl"}}]}}]} as unknown as DocumentNode<ChannelsQuery, ChannelsQueryVariables>;
export const SaveChannelAccountDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SaveChannelAccount"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SaveChannelAccountInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"saveChannelAccount"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ChannelAccountFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ChannelAccountFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ChannelAccount"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"provider"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"enabled"}},{"kind":"Field","name":{"kind":"Name","value":"isDefault"}},{"kind":"Field","name":{"kind":"Name","value":"settings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}},{"kind":"Field","name":{"kind":"Name","value":"secretsSet"}},{"kind":"Field","name":{"kind":"Name","value":"webhookUrl"}}]}}]} as unknown as DocumentNode<SaveChannelAccountMutation, SaveChannelAccountMutationVariables>;
export const DeleteChannelAccountDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DeleteChannelAccount"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deleteChannelAccount"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}]}]}}]} as unknown as DocumentNode<DeleteChannelAccountMutation, DeleteChannelAccountMutationVariables>;
export const SendTestMessageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SendTestMessage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"accountId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"to"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"text"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sendTestMessage"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"accountId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"accountId"}}},{"kind":"Argument","name":{"kind":"Name","value":"to"},"value":{"kind":"Variable","name":{"kind":"Name","value":"to"}}},{"kind":"Argument","name":{"kind":"Name","value":"text"},"value":{"kind":"Variable","name":{"kind":"Name","value":"text"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ok"}},{"kind":"Field","name":{"kind":"Name","value":"providerMessageId"}},{"kind":"Field","name":{"kind":"Name","value":"retryable"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"detail"}}]}}]}}]} as unknown as DocumentNode<SendTestMessageMutation, SendTestMessageMutationVariables>;
export const UploadLimitDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"UploadLimit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"uploadMaxBytes"}}]}}]} as unknown as DocumentNode<UploadLimitQuery, UploadLimitQueryVariables>;
export const CustomerConsentsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CustomerConsents"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"customer"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"mobile"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"consents"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"record"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"capturedVia"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"consentHistory"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"records"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"granted"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"recordedAt"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"capturedVia"}},{"kind":"Field","name":{"kind":"Name","value":"actor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"verification"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"verifiedAt"}},{"kind":"Field","name":{"kind":"Name","value":"verifiedBy"}},{"kind":"Field","name":{"kind":"Name","value":"phoneVerified"}},{"kind":"Field","name":{"kind":"Name","value":"emailVerified"}}]}}]}}]}}]} as unknown as DocumentNode<CustomerConsentsQuery, CustomerConsentsQueryVariables>;
export const GrantConsentDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"GrantConsent"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ConsentChangeInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"grantConsent"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"state"}}]}}]}}]} as unknown as DocumentNode<GrantConsentMutation, GrantConsentMutationVariables>;
export const WithdrawConsentDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"WithdrawConsent"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ConsentChangeInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"withdrawConsent"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"state"}}]}}]}}]} as unknown as DocumentNode<WithdrawConsentMutation, WithdrawConsentMutationVariables>;
export const VerifyCustomerDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"VerifyCustomer"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"verifyCustomer"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<VerifyCustomerMutation, VerifyCustomerMutationVariables>;
export const SetContactVerifiedDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SetContactVerified"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ContactVerificationInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setContactVerified"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"phoneVerified"}},{"kind":"Field","name":{"kind":"Name","value":"emailVerified"}}]}}]}}]} as unknown as DocumentNode<SetContactVerifiedMutation, SetContactVerifiedMutationVariables>;
export const CurrenciesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Currencies"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"currencies"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CurrencyFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CurrencyFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Currency"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"name"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"en"}},{"kind":"Field","name":{"kind":"Name","value":"ru"}},{"kind":"Field","name":{"kind":"Name","value":"fa"}}]}},{"kind":"Field","name":{"kind":"Name","value":"decimals"}},{"kind":"Field","name":{"kind":"Name","value":"unitValue"}},{"kind":"Field","name":{"kind":"Name","value":"spendable"}},{"kind":"Field","name":{"kind":"Name","value":"position"}}]}}]} as unknown as DocumentNode<CurrenciesQuery, CurrenciesQueryVariables>;
export const CreateCurrencyDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateCurrency"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CurrencyInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createCurrency"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CurrencyFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CurrencyFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Currency"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"name"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"en"}},{"kind":"Field","name":{"kind":"Name","value":"ru"}},{"kind":"Field","name":{"kind":"Name","value":"fa"}}]}},{"kind":"Field","name":{"kind":"Name","value":"decimals"}},{"kind":"Field","name":{"kind":"Name","value":"unitValue"}},{"kind":"Field","name":{"kind":"Name","value":"spendable"}},{"kind":"Field","name":{"kind":"Name","value":"position"}}]}}]} as unknown as DocumentNode<CreateCurrencyMutation, CreateCurrencyMutationVariables>;
export const UpdateCurrencyDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateCurrency"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CurrencyInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateCurrency"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CurrencyFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CurrencyFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Currency"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"name"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"en"}},{"kind":"Field","name":{"kind":"Name","value":"ru"}},{"kind":"Field","name":{"kind":"Name","value":"fa"}}]}},{"kind":"Field","name":{"kind":"Name","value":"decimals"}},{"kind":"Field","name":{"kind":"Name","value":"unitValue"}},{"kind":"Field","name":{"kind":"Name","value":"spendable"}},{"kind":"Field","name":{"kind":"Name","value":"position"}}]}}]} as unknown as DocumentNode<UpdateCurrencyMutation, UpdateCurrencyMutationVariables>;
export const CustomerAnalyticsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CustomerAnalytics"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"months"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"calendar"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CalendarSystem"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"loyalty"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"customer"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"analytics"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"completeness"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"filled"}},{"kind":"Field","name":{"kind":"Name","value":"counted"}},{"kind":"Field","name":{"kind":"Name","value":"share"}},{"kind":"Field","name":{"kind":"Name","value":"missing"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"label"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"en"}},{"kind":"Field","name":{"kind":"Name","value":"ru"}},{"kind":"Field","name":{"kind":"Name","value":"fa"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"lifecycle"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"stage"}},{"kind":"Field","name":{"kind":"Name","value":"joinedAt"}},{"kind":"Field","name":{"kind":"Name","value":"lastPurchaseAt"}},{"kind":"Field","name":{"kind":"Name","value":"rules"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"newDays"}},{"kind":"Field","name":{"kind":"Name","value":"atRiskDays"}},{"kind":"Field","name":{"kind":"Name","value":"lostDays"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"purchasesByMonth"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"months"},"value":{"kind":"Variable","name":{"kind":"Name","value":"months"}}},{"kind":"Argument","name":{"kind":"Name","value":"calendar"},"value":{"kind":"Variable","name":{"kind":"Name","value":"calendar"}}}],"directives":[{"kind":"Directive","name":{"kind":"Name","value":"include"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"if"},"value":{"kind":"Variable","name":{"kind":"Name","value":"loyalty"}}}]}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"month"}},{"kind":"Field","name":{"kind":"Name","value":"from"}},{"kind":"Field","name":{"kind":"Name","value":"count"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"returnedAmount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"balanceByMonth"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"months"},"value":{"kind":"Variable","name":{"kind":"Name","value":"months"}}},{"kind":"Argument","name":{"kind":"Name","value":"calendar"},"value":{"kind":"Variable","name":{"kind":"Name","value":"calendar"}}}],"directives":[{"kind":"Directive","name":{"kind":"Name","value":"include"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"if"},"value":{"kind":"Variable","name":{"kind":"Name","value":"loyalty"}}}]}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"currencyKey"}},{"kind":"Field","name":{"kind":"Name","value":"currencyName"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"en"}},{"kind":"Field","name":{"kind":"Name","value":"ru"}},{"kind":"Field","name":{"kind":"Name","value":"fa"}}]}},{"kind":"Field","name":{"kind":"Name","value":"points"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"month"}},{"kind":"Field","name":{"kind":"Name","value":"from"}},{"kind":"Field","name":{"kind":"Name","value":"balance"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"rfmHistory"},"directives":[{"kind":"Directive","name":{"kind":"Name","value":"include"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"if"},"value":{"kind":"Variable","name":{"kind":"Name","value":"loyalty"}}}]}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"segment"}},{"kind":"Field","name":{"kind":"Name","value":"from"}}]}}]}}]}}]}}]} as unknown as DocumentNode<CustomerAnalyticsQuery, CustomerAnalyticsQueryVariables>;
export const MyCustomerColumnsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MyCustomerColumns"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"customerColumns"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"width"}}]}}]}}]}}]} as unknown as DocumentNode<MyCustomerColumnsQuery, MyCustomerColumnsQueryVariables>;
export const UpdateMyCustomerColumnsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateMyCustomerColumns"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"columns"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ListColumnInput"}}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateMyCustomerColumns"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"columns"},"value":{"kind":"Variable","name":{"kind":"Name","value":"columns"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"customerColumns"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"width"}}]}}]}}]}}]} as unknown as DocumentNode<UpdateMyCustomerColumnsMutation, UpdateMyCustomerColumnsMutationVariables>;
export const CustomerCountDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CustomerCount"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"search"}},"type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"CustomerFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"segmentId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"customerCount"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"search"},"value":{"kind":"Variable","name":{"kind":"Name","value":"search"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"segmentId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"segmentId"}}}]}]}}]} as unknown as DocumentNode<CustomerCountQuery, CustomerCountQueryVariables>;
export const CustomerFieldListDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CustomerFieldList"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"customerFields"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"label"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"en"}},{"kind":"Field","name":{"kind":"Name","value":"ru"}},{"kind":"Field","name":{"kind":"Name","value":"fa"}}]}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"operators"}},{"kind":"Field","name":{"kind":"Name","value":"choices"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"label"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"en"}},{"kind":"Field","name":{"kind":"Name","value":"ru"}},{"kind":"Field","name":{"kind":"Name","value":"fa"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"sortable"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"attributeType"}},{"kind":"Field","name":{"kind":"Name","value":"decimals"}}]}}]}}]} as unknown as DocumentNode<CustomerFieldListQuery, CustomerFieldListQueryVariables>;
export const CustomerHeaderDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CustomerHeader"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"withLoyalty"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"customer"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"verification"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"Field","name":{"kind":"Name","value":"tier"},"directives":[{"kind":"Directive","name":{"kind":"Name","value":"include"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"if"},"value":{"kind":"Variable","name":{"kind":"Name","value":"withLoyalty"}}}]}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"tier"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"name"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"en"}},{"kind":"Field","name":{"kind":"Name","value":"ru"}},{"kind":"Field","name":{"kind":"Name","value":"fa"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"balances"},"directives":[{"kind":"Directive","name":{"kind":"Name","value":"include"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"if"},"value":{"kind":"Variable","name":{"kind":"Name","value":"withLoyalty"}}}]}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"name"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"en"}},{"kind":"Field","name":{"kind":"Name","value":"ru"}},{"kind":"Field","name":{"kind":"Name","value":"fa"}}]}},{"kind":"Field","name":{"kind":"Name","value":"decimals"}},{"kind":"Field","name":{"kind":"Name","value":"position"}}]}}]}}]}}]}}]} as unknown as DocumentNode<CustomerHeaderQuery, CustomerHeaderQueryVariables>;
export const CustomerLostCardsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CustomerLostCards"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"customer"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"lostCards"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cardNumber"}},{"kind":"Field","name":{"kind":"Name","value":"reportedAt"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"reportedBy"}}]}}]}}]}}]} as unknown as DocumentNode<CustomerLostCardsQuery, CustomerLostCardsQueryVariables>;
export const ReportLostCardDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ReportLostCard"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"customerId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"newCardNumber"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"reason"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reportLostCard"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"customerId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"customerId"}}},{"kind":"Argument","name":{"kind":"Name","value":"newCardNumber"},"value":{"kind":"Variable","name":{"kind":"Name","value":"newCardNumber"}}},{"kind":"Argument","name":{"kind":"Name","value":"reason"},"value":{"kind":"Variable","name":{"kind":"Name","value":"reason"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"cardNumber"}},{"kind":"Field","name":{"kind":"Name","value":"attributes"}},{"kind":"Field","name":{"kind":"Name","value":"lostCards"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cardNumber"}},{"kind":"Field","name":{"kind":"Name","value":"reportedAt"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"reportedBy"}}]}}]}}]}}]} as unknown as DocumentNode<ReportLostCardMutation, ReportLostCardMutationVariables>;
export const CustomersDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Customers"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"sort"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"CustomerSortInput"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"search"}},"type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"CustomerFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"segmentId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"computedKeys"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}},"defaultValue":{"kind":"ListValue","values":[]}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"withComputed"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}},"defaultValue":{"kind":"BooleanValue","value":false}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"customers"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"sort"},"value":{"kind":"Variable","name":{"kind":"Name","value":"sort"}}},{"kind":"Argument","name":{"kind":"Name","value":"search"},"value":{"kind":"Variable","name":{"kind":"Name","value":"search"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"segmentId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"segmentId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CustomerFields"}},{"kind":"Field","name":{"kind":"Name","value":"fieldValues"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"keys"},"value":{"kind":"Variable","name":{"kind":"Name","value":"computedKeys"}}}],"directives":[{"kind":"Directive","name":{"kind":"Name","value":"include"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"if"},"value":{"kind":"Variable","name":{"kind":"Name","value":"withComputed"}}}]}]}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CustomerFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Customer"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"mainCustomerId"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"attributes"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"tags"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"color"}}]}},{"kind":"Field","name":{"kind":"Name","value":"category"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"color"}}]}}]}}]} as unknown as DocumentNode<CustomersQuery, CustomersQueryVariables>;
export const CustomerDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Customer"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"customer"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CustomerFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CustomerFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Customer"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"mainCustomerId"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"attributes"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"tags"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"color"}}]}},{"kind":"Field","name":{"kind":"Name","value":"category"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"color"}}]}}]}}]} as unknown as DocumentNode<CustomerQuery, CustomerQueryVariables>;
export const CreateCustomerDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateCustomer"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateCustomerInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createCustomer"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CustomerFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CustomerFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Customer"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"mainCustomerId"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"attributes"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"tags"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"color"}}]}},{"kind":"Field","name":{"kind":"Name","value":"category"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"color"}}]}}]}}]} as unknown as DocumentNode<CreateCustomerMutation, CreateCustomerMutationVariables>;
export const UpdateCustomerDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateCustomer"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateCustomerInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateCustomer"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CustomerFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CustomerFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Customer"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"mainCustomerId"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"attributes"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"tags"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"color"}}]}},{"kind":"Field","name":{"kind":"Name","value":"category"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"color"}}]}}]}}]} as unknown as DocumentNode<UpdateCustomerMutation, UpdateCustomerMutationVariables>;
export const DeleteCustomerDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DeleteCustomer"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deleteCustomer"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}]}]}}]} as unknown as DocumentNode<DeleteCustomerMutation, DeleteCustomerMutationVariables>;
export const ActivateCustomerDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ActivateCustomer"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"activateCustomer"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<ActivateCustomerMutation, ActivateCustomerMutationVariables>;
export const DeactivateCustomerDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DeactivateCustomer"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deactivateCustomer"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<DeactivateCustomerMutation, DeactivateCustomerMutationVariables>;
export const DuplicateCandidatesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DuplicateCandidates"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"offset"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"duplicateCandidates"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"offset"},"value":{"kind":"Variable","name":{"kind":"Name","value":"offset"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"refreshedAt"}},{"kind":"Field","name":{"kind":"Name","value":"counts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}},{"kind":"Field","name":{"kind":"Name","value":"groups"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"score"}},{"kind":"Field","name":{"kind":"Name","value":"customers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"firstName"}},{"kind":"Field","name":{"kind":"Name","value":"lastName"}},{"kind":"Field","name":{"kind":"Name","value":"mobile"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"attributes"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]}}]}}]}}]} as unknown as DocumentNode<DuplicateCandidatesQuery, DuplicateCandidatesQueryVariables>;
export const MergePreviewDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MergePreview"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"mainCustomerId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"mergedCustomerId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"mergePreview"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"mainCustomerId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"mainCustomerId"}}},{"kind":"Argument","name":{"kind":"Name","value":"mergedCustomerId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"mergedCustomerId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"purchases"}},{"kind":"Field","name":{"kind":"Name","value":"history"}},{"kind":"Field","name":{"kind":"Name","value":"tags"}},{"kind":"Field","name":{"kind":"Name","value":"groups"}},{"kind":"Field","name":{"kind":"Name","value":"referrals"}},{"kind":"Field","name":{"kind":"Name","value":"children"}},{"kind":"Field","name":{"kind":"Name","value":"balances"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}}]}}]}}]}}]} as unknown as DocumentNode<MergePreviewQuery, MergePreviewQueryVariables>;
export const MergeCustomersDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"MergeCustomers"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"mainCustomerId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"mergedCustomerId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"mergeCustomers"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"mainCustomerId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"mainCustomerId"}}},{"kind":"Argument","name":{"kind":"Name","value":"mergedCustomerId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"mergedCustomerId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"mainCustomerId"}},{"kind":"Field","name":{"kind":"Name","value":"mergedCustomerId"}},{"kind":"Field","name":{"kind":"Name","value":"undoUntil"}}]}}]}}]} as unknown as DocumentNode<MergeCustomersMutation, MergeCustomersMutationVariables>;
export const UnmergeCustomerDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UnmergeCustomer"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"customerId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"unmergeCustomer"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"customerId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"customerId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"mainCustomerId"}},{"kind":"Field","name":{"kind":"Name","value":"mergedCustomerId"}}]}}]}}]} as unknown as DocumentNode<UnmergeCustomerMutation, UnmergeCustomerMutationVariables>;
export const CustomerProfilesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CustomerProfiles"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"customer"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"mainCustomerId"}},{"kind":"Field","name":{"kind":"Name","value":"sources"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"customerId"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"subSource"}},{"kind":"Field","name":{"kind":"Name","value":"arrivedAt"}},{"kind":"Field","name":{"kind":"Name","value":"first"}},{"kind":"Field","name":{"kind":"Name","value":"child"}}]}},{"kind":"Field","name":{"kind":"Name","value":"childProfiles"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"mobile"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"merge"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"mainCustomerId"}},{"kind":"Field","name":{"kind":"Name","value":"mergedAt"}},{"kind":"Field","name":{"kind":"Name","value":"undoUntil"}}]}}]}}]}}]} as unknown as DocumentNode<CustomerProfilesQuery, CustomerProfilesQueryVariables>;
export const MergeSearchDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MergeSearch"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"search"}},"type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"customers"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"6"}},{"kind":"Argument","name":{"kind":"Name","value":"search"},"value":{"kind":"Variable","name":{"kind":"Name","value":"search"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"firstName"}},{"kind":"Field","name":{"kind":"Name","value":"lastName"}},{"kind":"Field","name":{"kind":"Name","value":"mobile"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"attributes"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]}}]}}]}}]} as unknown as DocumentNode<MergeSearchQuery, MergeSearchQueryVariables>;
export const EraseCustomerDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"EraseCustomer"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"eraseCustomer"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"customerId"}},{"kind":"Field","name":{"kind":"Name","value":"profiles"}},{"kind":"Field","name":{"kind":"Name","value":"historyEvents"}}]}}]}}]} as unknown as DocumentNode<EraseCustomerMutation, EraseCustomerMutationVariables>;
export const CustomerDataDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CustomerData"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"customerData"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}]}]}}]} as unknown as DocumentNode<CustomerDataQuery, CustomerDataQueryVariables>;
export const StartCustomerExportDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"StartCustomerExport"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CustomerExportInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"startCustomerExport"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CustomerExportFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CustomerExportFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CustomerExport"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"format"}},{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"done"}},{"kind":"Field","name":{"kind":"Name","value":"fileName"}},{"kind":"Field","name":{"kind":"Name","value":"downloadPath"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"problem"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"params"}}]}}]}}]} as unknown as DocumentNode<StartCustomerExportMutation, StartCustomerExportMutationVariables>;
export const CustomerExportDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CustomerExport"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"customerExport"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CustomerExportFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CustomerExportFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CustomerExport"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"format"}},{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"done"}},{"kind":"Field","name":{"kind":"Name","value":"fileName"}},{"kind":"Field","name":{"kind":"Name","value":"downloadPath"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"problem"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"params"}}]}}]}}]} as unknown as DocumentNode<CustomerExportQuery, CustomerExportQueryVariables>;
export const GiftCardsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"GiftCards"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"offset"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"status"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"GiftCardStatus"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"batchId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"code"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"giftCards"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"offset"},"value":{"kind":"Variable","name":{"kind":"Name","value":"offset"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"status"},"value":{"kind":"Variable","name":{"kind":"Name","value":"status"}}},{"kind":"Argument","name":{"kind":"Name","value":"batchId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"batchId"}}},{"kind":"Argument","name":{"kind":"Name","value":"code"},"value":{"kind":"Variable","name":{"kind":"Name","value":"code"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"GiftCardFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"GiftCardFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"GiftCard"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"redeemBy"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"batchId"}},{"kind":"Field","name":{"kind":"Name","value":"batchNumber"}},{"kind":"Field","name":{"kind":"Name","value":"blocked"}},{"kind":"Field","name":{"kind":"Name","value":"redeemedAt"}},{"kind":"Field","name":{"kind":"Name","value":"redeemedCustomerId"}},{"kind":"Field","name":{"kind":"Name","value":"redeemedByName"}}]}}]} as unknown as DocumentNode<GiftCardsQuery, GiftCardsQueryVariables>;
export const GiftCardBatchesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"GiftCardBatches"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"giftCardBatches"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"redeemBy"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"cardCount"}},{"kind":"Field","name":{"kind":"Name","value":"redeemedCount"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]}}]} as unknown as DocumentNode<GiftCardBatchesQuery, GiftCardBatchesQueryVariables>;
export const GiftCardBatchCodesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"GiftCardBatchCodes"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"giftCardBatch"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"redeemBy"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"codes"}}]}}]}}]} as unknown as DocumentNode<GiftCardBatchCodesQuery, GiftCardBatchCodesQueryVariables>;
export const IssueGiftCardsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"IssueGiftCards"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"IssueGiftCardsInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"issueGiftCards"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"cardCount"}}]}}]}}]} as unknown as DocumentNode<IssueGiftCardsMutation, IssueGiftCardsMutationVariables>;
export const SetGiftCardBlockedDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SetGiftCardBlocked"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"blocked"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setGiftCardBlocked"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"blocked"},"value":{"kind":"Variable","name":{"kind":"Name","value":"blocked"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"GiftCardFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"GiftCardFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"GiftCard"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"redeemBy"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"batchId"}},{"kind":"Field","name":{"kind":"Name","value":"batchNumber"}},{"kind":"Field","name":{"kind":"Name","value":"blocked"}},{"kind":"Field","name":{"kind":"Name","value":"redeemedAt"}},{"kind":"Field","name":{"kind":"Name","value":"redeemedCustomerId"}},{"kind":"Field","name":{"kind":"Name","value":"redeemedByName"}}]}}]} as unknown as DocumentNode<SetGiftCardBlockedMutation, SetGiftCardBlockedMutationVariables>;
export const RedeemGiftCardDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RedeemGiftCard"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"customerId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"code"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"redeemGiftCard"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"customerId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"customerId"}}},{"kind":"Argument","name":{"kind":"Name","value":"code"},"value":{"kind":"Variable","name":{"kind":"Name","value":"code"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"GiftCardFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"GiftCardFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"GiftCard"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"redeemBy"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"batchId"}},{"kind":"Field","name":{"kind":"Name","value":"batchNumber"}},{"kind":"Field","name":{"kind":"Name","value":"blocked"}},{"kind":"Field","name":{"kind":"Name","value":"redeemedAt"}},{"kind":"Field","name":{"kind":"Name","value":"redeemedCustomerId"}},{"kind":"Field","name":{"kind":"Name","value":"redeemedByName"}}]}}]} as unknown as DocumentNode<RedeemGiftCardMutation, RedeemGiftCardMutationVariables>;
export const GroupsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Groups"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"groups"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"GroupFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"GroupFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CustomerGroup"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"memberCount"}}]}}]} as unknown as DocumentNode<GroupsQuery, GroupsQueryVariables>;
export const CreateGroupDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateGroup"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CustomerGroupInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createGroup"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"GroupFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"GroupFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CustomerGroup"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"memberCount"}}]}}]} as unknown as DocumentNode<CreateGroupMutation, CreateGroupMutationVariables>;
export const UpdateGroupDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateGroup"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CustomerGroupInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateGroup"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"GroupFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"GroupFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CustomerGroup"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"memberCount"}}]}}]} as unknown as DocumentNode<UpdateGroupMutation, UpdateGroupMutationVariables>;
export const DeleteGroupDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DeleteGroup"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deleteGroup"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}]}]}}]} as unknown as DocumentNode<DeleteGroupMutation, DeleteGroupMutationVariables>;
export const AddCustomersToGroupDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AddCustomersToGroup"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"groupId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"selection"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"GroupMemberSelection"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"addCustomersToGroup"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"groupId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"groupId"}}},{"kind":"Argument","name":{"kind":"Name","value":"selection"},"value":{"kind":"Variable","name":{"kind":"Name","value":"selection"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"changed"}}]}}]}}]} as unknown as DocumentNode<AddCustomersToGroupMutation, AddCustomersToGroupMutationVariables>;
export const RemoveCustomersFromGroupDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RemoveCustomersFromGroup"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"groupId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"selection"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"GroupMemberSelection"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"removeCustomersFromGroup"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"groupId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"groupId"}}},{"kind":"Argument","name":{"kind":"Name","value":"selection"},"value":{"kind":"Variable","name":{"kind":"Name","value":"selection"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"changed"}}]}}]}}]} as unknown as DocumentNode<RemoveCustomersFromGroupMutation, RemoveCustomersFromGroupMutationVariables>;
export const CustomerGroupsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CustomerGroups"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"customer"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"groups"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<CustomerGroupsQuery, CustomerGroupsQueryVariables>;
export const CustomerHistoryDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CustomerHistory"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"types"}},"type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"HistoryEventType"}}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"from"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"DateTime"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"to"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"DateTime"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"customer"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"history"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"types"},"value":{"kind":"Variable","name":{"kind":"Name","value":"types"}}},{"kind":"Argument","name":{"kind":"Name","value":"from"},"value":{"kind":"Variable","name":{"kind":"Name","value":"from"}}},{"kind":"Argument","name":{"kind":"Name","value":"to"},"value":{"kind":"Variable","name":{"kind":"Name","value":"to"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"occurredAt"}},{"kind":"Field","name":{"kind":"Name","value":"actor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}},{"kind":"Field","name":{"kind":"Name","value":"changes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"oldValue"}},{"kind":"Field","name":{"kind":"Name","value":"newValue"}},{"kind":"Field","name":{"kind":"Name","value":"erased"}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<CustomerHistoryQuery, CustomerHistoryQueryVariables>;
export const ImportDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Import"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"import"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ImportFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ImportFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Import"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"fileName"}},{"kind":"Field","name":{"kind":"Name","value":"format"}},{"kind":"Field","name":{"kind":"Name","value":"encoding"}},{"kind":"Field","name":{"kind":"Name","value":"delimiter"}},{"kind":"Field","name":{"kind":"Name","value":"sheets"}},{"kind":"Field","name":{"kind":"Name","value":"sheet"}},{"kind":"Field","name":{"kind":"Name","value":"columns"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"index"}},{"kind":"Field","name":{"kind":"Name","value":"header"}},{"kind":"Field","name":{"kind":"Name","value":"target"}},{"kind":"Field","name":{"kind":"Name","value":"samples"}}]}},{"kind":"Field","name":{"kind":"Name","value":"mode"}},{"kind":"Field","name":{"kind":"Name","value":"matchOn"}},{"kind":"Field","name":{"kind":"Name","value":"applyEarningRules"}},{"kind":"Field","name":{"kind":"Name","value":"attachDuplicates"}},{"kind":"Field","name":{"kind":"Name","value":"counts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rows"}},{"kind":"Field","name":{"kind":"Name","value":"created"}},{"kind":"Field","name":{"kind":"Name","value":"updated"}},{"kind":"Field","name":{"kind":"Name","value":"attached"}},{"kind":"Field","name":{"kind":"Name","value":"skipped"}},{"kind":"Field","name":{"kind":"Name","value":"invalid"}}]}},{"kind":"Field","name":{"kind":"Name","value":"progress"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"done"}},{"kind":"Field","name":{"kind":"Name","value":"total"}}]}},{"kind":"Field","name":{"kind":"Name","value":"problem"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"params"}}]}},{"kind":"Field","name":{"kind":"Name","value":"reportFileId"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]} as unknown as DocumentNode<ImportQuery, ImportQueryVariables>;
export const ImportsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Imports"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"imports"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ImportFields"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ImportFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Import"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"fileName"}},{"kind":"Field","name":{"kind":"Name","value":"format"}},{"kind":"Field","name":{"kind":"Name","value":"encoding"}},{"kind":"Field","name":{"kind":"Name","value":"delimiter"}},{"kind":"Field","name":{"kind":"Name","value":"sheets"}},{"kind":"Field","name":{"kind":"Name","value":"sheet"}},{"kind":"Field","name":{"kind":"Name","value":"columns"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"index"}},{"kind":"Field","name":{"kind":"Name","value":"header"}},{"kind":"Field","name":{"kind":"Name","value":"target"}},{"kind":"Field","name":{"kind":"Name","value":"samples"}}]}},{"kind":"Field","name":{"kind":"Name","value":"mode"}},{"kind":"Field","name":{"kind":"Name","value":"matchOn"}},{"kind":"Field","name":{"kind":"Name","value":"applyEarningRules"}},{"kind":"Field","name":{"kind":"Name","value":"attachDuplicates"}},{"kind":"Field","name":{"kind":"Name","value":"counts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rows"}},{"kind":"Field","name":{"kind":"Name","value":"created"}},{"kind":"Field","name":{"kind":"Name","value":"updated"}},{"kind":"Field","name":{"kind":"Name","value":"attached"}},{"kind":"Field","name":{"kind":"Name","value":"skipped"}},{"kind":"Field","name":{"kind":"Name","value":"invalid"}}]}},{"kind":"Field","name":{"kind":"Name","value":"progress"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"done"}},{"kind":"Field","name":{"kind":"Name","value":"total"}}]}},{"kind":"Field","name":{"kind":"Name","value":"problem"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"params"}}]}},{"kind":"Field","name":{"kind":"Name","value":"reportFileId"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]} as unknown as DocumentNode<ImportsQuery, ImportsQueryVariables>;
export const ImportTargetsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ImportTargets"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"kind"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ImportKind"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"importTargets"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"kind"},"value":{"kind":"Variable","name":{"kind":"Name","value":"kind"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"label"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"en"}},{"kind":"Field","name":{"kind":"Name","value":"ru"}},{"kind":"Field","name":{"kind":"Name","value":"fa"}}]}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"group"}}]}}]}}]} as unknown as DocumentNode<ImportTargetsQuery, ImportTargetsQueryVariables>;
export const ImportTemplatesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ImportTemplates"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"kind"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ImportKind"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"importTemplates"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"kind"},"value":{"kind":"Variable","name":{"kind":"Name","value":"kind"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<ImportTemplatesQuery, ImportTemplatesQueryVariables>;
export const OpenImportDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"OpenImport"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"OpenImportInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"openImport"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ImportFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ImportFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Import"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"fileName"}},{"kind":"Field","name":{"kind":"Name","value":"format"}},{"kind":"Field","name":{"kind":"Name","value":"encoding"}},{"kind":"Field","name":{"kind":"Name","value":"delimiter"}},{"kind":"Field","name":{"kind":"Name","value":"sheets"}},{"kind":"Field","name":{"kind":"Name","value":"sheet"}},{"kind":"Field","name":{"kind":"Name","value":"columns"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"index"}},{"kind":"Field","name":{"kind":"Name","value":"header"}},{"kind":"Field","name":{"kind":"Name","value":"target"}},{"kind":"Field","name":{"kind":"Name","value":"samples"}}]}},{"kind":"Field","name":{"kind":"Name","value":"mode"}},{"kind":"Field","name":{"kind":"Name","value":"matchOn"}},{"kind":"Field","name":{"kind":"Name","value":"applyEarningRules"}},{"kind":"Field","name":{"kind":"Name","value":"attachDuplicates"}},{"kind":"Field","name":{"kind":"Name","value":"counts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rows"}},{"kind":"Field","name":{"kind":"Name","value":"created"}},{"kind":"Field","name":{"kind":"Name","value":"updated"}},{"kind":"Field","name":{"kind":"Name","value":"attached"}},{"kind":"Field","name":{"kind":"Name","value":"skipped"}},{"kind":"Field","name":{"kind":"Name","value":"invalid"}}]}},{"kind":"Field","name":{"kind":"Name","value":"progress"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"done"}},{"kind":"Field","name":{"kind":"Name","value":"total"}}]}},{"kind":"Field","name":{"kind":"Name","value":"problem"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"params"}}]}},{"kind":"Field","name":{"kind":"Name","value":"reportFileId"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]} as unknown as DocumentNode<OpenImportMutation, OpenImportMutationVariables>;
export const ConfigureImportDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ConfigureImport"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ConfigureImportInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"configureImport"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ImportFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ImportFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Import"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"fileName"}},{"kind":"Field","name":{"kind":"Name","value":"format"}},{"kind":"Field","name":{"kind":"Name","value":"encoding"}},{"kind":"Field","name":{"kind":"Name","value":"delimiter"}},{"kind":"Field","name":{"kind":"Name","value":"sheets"}},{"kind":"Field","name":{"kind":"Name","value":"sheet"}},{"kind":"Field","name":{"kind":"Name","value":"columns"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"index"}},{"kind":"Field","name":{"kind":"Name","value":"header"}},{"kind":"Field","name":{"kind":"Name","value":"target"}},{"kind":"Field","name":{"kind":"Name","value":"samples"}}]}},{"kind":"Field","name":{"kind":"Name","value":"mode"}},{"kind":"Field","name":{"kind":"Name","value":"matchOn"}},{"kind":"Field","name":{"kind":"Name","value":"applyEarningRules"}},{"kind":"Field","name":{"kind":"Name","value":"attachDuplicates"}},{"kind":"Field","name":{"kind":"Name","value":"counts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rows"}},{"kind":"Field","name":{"kind":"Name","value":"created"}},{"kind":"Field","name":{"kind":"Name","value":"updated"}},{"kind":"Field","name":{"kind":"Name","value":"attached"}},{"kind":"Field","name":{"kind":"Name","value":"skipped"}},{"kind":"Field","name":{"kind":"Name","value":"invalid"}}]}},{"kind":"Field","name":{"kind":"Name","value":"progress"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"done"}},{"kind":"Field","name":{"kind":"Name","value":"total"}}]}},{"kind":"Field","name":{"kind":"Name","value":"problem"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"params"}}]}},{"kind":"Field","name":{"kind":"Name","value":"reportFileId"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]} as unknown as DocumentNode<ConfigureImportMutation, ConfigureImportMutationVariables>;
export const ImportPreviewDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ImportPreview"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"importPreview"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"outOfDateOrder"}},{"kind":"Field","name":{"kind":"Name","value":"counts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rows"}},{"kind":"Field","name":{"kind":"Name","value":"created"}},{"kind":"Field","name":{"kind":"Name","value":"updated"}},{"kind":"Field","name":{"kind":"Name","value":"attached"}},{"kind":"Field","name":{"kind":"Name","value":"skipped"}},{"kind":"Field","name":{"kind":"Name","value":"invalid"}}]}},{"kind":"Field","name":{"kind":"Name","value":"rows"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"line"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"problem"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"params"}}]}},{"kind":"Field","name":{"kind":"Name","value":"cells"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"index"}},{"kind":"Field","name":{"kind":"Name","value":"header"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"problem"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"params"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<ImportPreviewQuery, ImportPreviewQueryVariables>;
export const StartImportDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"StartImport"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"startImport"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ImportFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ImportFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Import"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"fileName"}},{"kind":"Field","name":{"kind":"Name","value":"format"}},{"kind":"Field","name":{"kind":"Name","value":"encoding"}},{"kind":"Field","name":{"kind":"Name","value":"delimiter"}},{"kind":"Field","name":{"kind":"Name","value":"sheets"}},{"kind":"Field","name":{"kind":"Name","value":"sheet"}},{"kind":"Field","name":{"kind":"Name","value":"columns"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"index"}},{"kind":"Field","name":{"kind":"Name","value":"header"}},{"kind":"Field","name":{"kind":"Name","value":"target"}},{"kind":"Field","name":{"kind":"Name","value":"samples"}}]}},{"kind":"Field","name":{"kind":"Name","value":"mode"}},{"kind":"Field","name":{"kind":"Name","value":"matchOn"}},{"kind":"Field","name":{"kind":"Name","value":"applyEarningRules"}},{"kind":"Field","name":{"kind":"Name","value":"attachDuplicates"}},{"kind":"Field","name":{"kind":"Name","value":"counts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rows"}},{"kind":"Field","name":{"kind":"Name","value":"created"}},{"kind":"Field","name":{"kind":"Name","value":"updated"}},{"kind":"Field","name":{"kind":"Name","value":"attached"}},{"kind":"Field","name":{"kind":"Name","value":"skipped"}},{"kind":"Field","name":{"kind":"Name","value":"invalid"}}]}},{"kind":"Field","name":{"kind":"Name","value":"progress"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"done"}},{"kind":"Field","name":{"kind":"Name","value":"total"}}]}},{"kind":"Field","name":{"kind":"Name","value":"problem"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"params"}}]}},{"kind":"Field","name":{"kind":"Name","value":"reportFileId"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]} as unknown as DocumentNode<StartImportMutation, StartImportMutationVariables>;
export const CancelImportDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CancelImport"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cancelImport"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ImportFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ImportFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Import"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"fileName"}},{"kind":"Field","name":{"kind":"Name","value":"format"}},{"kind":"Field","name":{"kind":"Name","value":"encoding"}},{"kind":"Field","name":{"kind":"Name","value":"delimiter"}},{"kind":"Field","name":{"kind":"Name","value":"sheets"}},{"kind":"Field","name":{"kind":"Name","value":"sheet"}},{"kind":"Field","name":{"kind":"Name","value":"columns"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"index"}},{"kind":"Field","name":{"kind":"Name","value":"header"}},{"kind":"Field","name":{"kind":"Name","value":"target"}},{"kind":"Field","name":{"kind":"Name","value":"samples"}}]}},{"kind":"Field","name":{"kind":"Name","value":"mode"}},{"kind":"Field","name":{"kind":"Name","value":"matchOn"}},{"kind":"Field","name":{"kind":"Name","value":"applyEarningRules"}},{"kind":"Field","name":{"kind":"Name","value":"attachDuplicates"}},{"kind":"Field","name":{"kind":"Name","value":"counts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rows"}},{"kind":"Field","name":{"kind":"Name","value":"created"}},{"kind":"Field","name":{"kind":"Name","value":"updated"}},{"kind":"Field","name":{"kind":"Name","value":"attached"}},{"kind":"Field","name":{"kind":"Name","value":"skipped"}},{"kind":"Field","name":{"kind":"Name","value":"invalid"}}]}},{"kind":"Field","name":{"kind":"Name","value":"progress"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"done"}},{"kind":"Field","name":{"kind":"Name","value":"total"}}]}},{"kind":"Field","name":{"kind":"Name","value":"problem"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"params"}}]}},{"kind":"Field","name":{"kind":"Name","value":"reportFileId"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]} as unknown as DocumentNode<CancelImportMutation, CancelImportMutationVariables>;
export const SaveImportTemplateDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SaveImportTemplate"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SaveImportTemplateInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"saveImportTemplate"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<SaveImportTemplateMutation, SaveImportTemplateMutationVariables>;
export const DeleteImportTemplateDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DeleteImportTemplate"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deleteImportTemplate"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}]}]}}]} as unknown as DocumentNode<DeleteImportTemplateMutation, DeleteImportTemplateMutationVariables>;
export const JobRunsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"JobRuns"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"state"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"JobRunState"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"jobs"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"state"},"value":{"kind":"Variable","name":{"kind":"Name","value":"state"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"job"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"ownWorkspace"}},{"kind":"Field","name":{"kind":"Name","value":"attempts"}},{"kind":"Field","name":{"kind":"Name","value":"maxAttempts"}},{"kind":"Field","name":{"kind":"Name","value":"queuedAt"}},{"kind":"Field","name":{"kind":"Name","value":"startedAt"}},{"kind":"Field","name":{"kind":"Name","value":"finishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"progress"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"done"}},{"kind":"Field","name":{"kind":"Name","value":"total"}}]}},{"kind":"Field","name":{"kind":"Name","value":"error"}},{"kind":"Field","name":{"kind":"Name","value":"canCancel"}},{"kind":"Field","name":{"kind":"Name","value":"canRetry"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]}}]} as unknown as DocumentNode<JobRunsQuery, JobRunsQueryVariables>;
export const CancelJobDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CancelJob"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cancelJob"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"state"}}]}}]}}]} as unknown as DocumentNode<CancelJobMutation, CancelJobMutationVariables>;
export const RetryJobDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RetryJob"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"retryJob"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"state"}}]}}]}}]} as unknown as DocumentNode<RetryJobMutation, RetryJobMutationVariables>;
export const CustomerBalancesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CustomerBalances"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"customer"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"balances"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"currency"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CurrencyFields"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CurrencyFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Currency"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"name"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"en"}},{"kind":"Field","name":{"kind":"Name","value":"ru"}},{"kind":"Field","name":{"kind":"Name","value":"fa"}}]}},{"kind":"Field","name":{"kind":"Name","value":"decimals"}},{"kind":"Field","name":{"kind":"Name","value":"unitValue"}},{"kind":"Field","name":{"kind":"Name","value":"spendable"}},{"kind":"Field","name":{"kind":"Name","value":"position"}}]}}]} as unknown as DocumentNode<CustomerBalancesQuery, CustomerBalancesQueryVariables>;
export const CustomerLedgerDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CustomerLedger"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"currency"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"from"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"DateTime"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"to"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"DateTime"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"customer"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"ledger"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"currency"},"value":{"kind":"Variable","name":{"kind":"Name","value":"currency"}}},{"kind":"Argument","name":{"kind":"Name","value":"from"},"value":{"kind":"Variable","name":{"kind":"Name","value":"from"}}},{"kind":"Argument","name":{"kind":"Name","value":"to"},"value":{"kind":"Variable","name":{"kind":"Name","value":"to"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"balanceAfter"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"reasonCode"}},{"kind":"Field","name":{"kind":"Name","value":"reasonParams"}},{"kind":"Field","name":{"kind":"Name","value":"comment"}},{"kind":"Field","name":{"kind":"Name","value":"reversesId"}},{"kind":"Field","name":{"kind":"Name","value":"reversedById"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"actor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<CustomerLedgerQuery, CustomerLedgerQueryVariables>;
export const AdjustBalanceDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AdjustBalance"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AdjustBalanceInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"adjustBalance"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"balanceAfter"}}]}}]}}]} as unknown as DocumentNode<AdjustBalanceMutation, AdjustBalanceMutationVariables>;
export const ReverseLedgerOperationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ReverseLedgerOperation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ReverseOperationInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reverseLedgerOperation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"balanceAfter"}}]}}]}}]} as unknown as DocumentNode<ReverseLedgerOperationMutation, ReverseLedgerOperationMutationVariables>;
export const LoyaltyProgrammeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"LoyaltyProgramme"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"loyaltyProgramme"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rules"}},{"kind":"Field","name":{"kind":"Name","value":"timeZone"}}]}}]}}]} as unknown as DocumentNode<LoyaltyProgrammeQuery, LoyaltyProgrammeQueryVariables>;
export const UpdateLoyaltyProgrammeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateLoyaltyProgramme"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ProgrammeInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateLoyaltyProgramme"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rules"}},{"kind":"Field","name":{"kind":"Name","value":"timeZone"}}]}}]}}]} as unknown as DocumentNode<UpdateLoyaltyProgrammeMutation, UpdateLoyaltyProgrammeMutationVariables>;
export const MailingsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Mailings"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"offset"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"mailings"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"offset"},"value":{"kind":"Variable","name":{"kind":"Name","value":"offset"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MailingFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MailingFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Mailing"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"channel"}},{"kind":"Field","name":{"kind":"Name","value":"templateId"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"scheduledAt"}},{"kind":"Field","name":{"kind":"Name","value":"sendAt"}},{"kind":"Field","name":{"kind":"Name","value":"timeZone"}},{"kind":"Field","name":{"kind":"Name","value":"throttlePerMinute"}},{"kind":"Field","name":{"kind":"Name","value":"attributionDays"}},{"kind":"Field","name":{"kind":"Name","value":"trackClicks"}},{"kind":"Field","name":{"kind":"Name","value":"createdByName"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"audience"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"segmentId"}},{"kind":"Field","name":{"kind":"Name","value":"groupId"}},{"kind":"Field","name":{"kind":"Name","value":"customerIds"}},{"kind":"Field","name":{"kind":"Name","value":"filter"}}]}},{"kind":"Field","name":{"kind":"Name","value":"counts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recipients"}},{"kind":"Field","name":{"kind":"Name","value":"queued"}},{"kind":"Field","name":{"kind":"Name","value":"sent"}},{"kind":"Field","name":{"kind":"Name","value":"delivered"}},{"kind":"Field","name":{"kind":"Name","value":"failed"}},{"kind":"Field","name":{"kind":"Name","value":"skipped"}},{"kind":"Field","name":{"kind":"Name","value":"unsubscribed"}},{"kind":"Field","name":{"kind":"Name","value":"clicked"}},{"kind":"Field","name":{"kind":"Name","value":"opened"}}]}}]}}]} as unknown as DocumentNode<MailingsQuery, MailingsQueryVariables>;
export const MailingDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Mailing"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"mailing"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MailingFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MailingFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Mailing"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"channel"}},{"kind":"Field","name":{"kind":"Name","value":"templateId"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"scheduledAt"}},{"kind":"Field","name":{"kind":"Name","value":"sendAt"}},{"kind":"Field","name":{"kind":"Name","value":"timeZone"}},{"kind":"Field","name":{"kind":"Name","value":"throttlePerMinute"}},{"kind":"Field","name":{"kind":"Name","value":"attributionDays"}},{"kind":"Field","name":{"kind":"Name","value":"trackClicks"}},{"kind":"Field","name":{"kind":"Name","value":"createdByName"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"audience"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"segmentId"}},{"kind":"Field","name":{"kind":"Name","value":"groupId"}},{"kind":"Field","name":{"kind":"Name","value":"customerIds"}},{"kind":"Field","name":{"kind":"Name","value":"filter"}}]}},{"kind":"Field","name":{"kind":"Name","value":"counts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recipients"}},{"kind":"Field","name":{"kind":"Name","value":"queued"}},{"kind":"Field","name":{"kind":"Name","value":"sent"}},{"kind":"Field","name":{"kind":"Name","value":"delivered"}},{"kind":"Field","name":{"kind":"Name","value":"failed"}},{"kind":"Field","name":{"kind":"Name","value":"skipped"}},{"kind":"Field","name":{"kind":"Name","value":"unsubscribed"}},{"kind":"Field","name":{"kind":"Name","value":"clicked"}},{"kind":"Field","name":{"kind":"Name","value":"opened"}}]}}]}}]} as unknown as DocumentNode<MailingQuery, MailingQueryVariables>;
export const CreateMailingDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateMailing"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"MailingInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createMailing"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MailingFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MailingFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Mailing"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"channel"}},{"kind":"Field","name":{"kind":"Name","value":"templateId"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"scheduledAt"}},{"kind":"Field","name":{"kind":"Name","value":"sendAt"}},{"kind":"Field","name":{"kind":"Name","value":"timeZone"}},{"kind":"Field","name":{"kind":"Name","value":"throttlePerMinute"}},{"kind":"Field","name":{"kind":"Name","value":"attributionDays"}},{"kind":"Field","name":{"kind":"Name","value":"trackClicks"}},{"kind":"Field","name":{"kind":"Name","value":"createdByName"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"audience"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"segmentId"}},{"kind":"Field","name":{"kind":"Name","value":"groupId"}},{"kind":"Field","name":{"kind":"Name","value":"customerIds"}},{"kind":"Field","name":{"kind":"Name","value":"filter"}}]}},{"kind":"Field","name":{"kind":"Name","value":"counts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recipients"}},{"kind":"Field","name":{"kind":"Name","value":"queued"}},{"kind":"Field","name":{"kind":"Name","value":"sent"}},{"kind":"Field","name":{"kind":"Name","value":"delivered"}},{"kind":"Field","name":{"kind":"Name","value":"failed"}},{"kind":"Field","name":{"kind":"Name","value":"skipped"}},{"kind":"Field","name":{"kind":"Name","value":"unsubscribed"}},{"kind":"Field","name":{"kind":"Name","value":"clicked"}},{"kind":"Field","name":{"kind":"Name","value":"opened"}}]}}]}}]} as unknown as DocumentNode<CreateMailingMutation, CreateMailingMutationVariables>;
export const UpdateMailingDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateMailing"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"MailingInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateMailing"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MailingFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MailingFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Mailing"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"channel"}},{"kind":"Field","name":{"kind":"Name","value":"templateId"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"scheduledAt"}},{"kind":"Field","name":{"kind":"Name","value":"sendAt"}},{"kind":"Field","name":{"kind":"Name","value":"timeZone"}},{"kind":"Field","name":{"kind":"Name","value":"throttlePerMinute"}},{"kind":"Field","name":{"kind":"Name","value":"attributionDays"}},{"kind":"Field","name":{"kind":"Name","value":"trackClicks"}},{"kind":"Field","name":{"kind":"Name","value":"createdByName"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"audience"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"segmentId"}},{"kind":"Field","name":{"kind":"Name","value":"groupId"}},{"kind":"Field","name":{"kind":"Name","value":"customerIds"}},{"kind":"Field","name":{"kind":"Name","value":"filter"}}]}},{"kind":"Field","name":{"kind":"Name","value":"counts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recipients"}},{"kind":"Field","name":{"kind":"Name","value":"queued"}},{"kind":"Field","name":{"kind":"Name","value":"sent"}},{"kind":"Field","name":{"kind":"Name","value":"delivered"}},{"kind":"Field","name":{"kind":"Name","value":"failed"}},{"kind":"Field","name":{"kind":"Name","value":"skipped"}},{"kind":"Field","name":{"kind":"Name","value":"unsubscribed"}},{"kind":"Field","name":{"kind":"Name","value":"clicked"}},{"kind":"Field","name":{"kind":"Name","value":"opened"}}]}}]}}]} as unknown as DocumentNode<UpdateMailingMutation, UpdateMailingMutationVariables>;
export const StartMailingDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"StartMailing"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"startMailing"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MailingFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MailingFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Mailing"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"channel"}},{"kind":"Field","name":{"kind":"Name","value":"templateId"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"scheduledAt"}},{"kind":"Field","name":{"kind":"Name","value":"sendAt"}},{"kind":"Field","name":{"kind":"Name","value":"timeZone"}},{"kind":"Field","name":{"kind":"Name","value":"throttlePerMinute"}},{"kind":"Field","name":{"kind":"Name","value":"attributionDays"}},{"kind":"Field","name":{"kind":"Name","value":"trackClicks"}},{"kind":"Field","name":{"kind":"Name","value":"createdByName"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"audience"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"segmentId"}},{"kind":"Field","name":{"kind":"Name","value":"groupId"}},{"kind":"Field","name":{"kind":"Name","value":"customerIds"}},{"kind":"Field","name":{"kind":"Name","value":"filter"}}]}},{"kind":"Field","name":{"kind":"Name","value":"counts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recipients"}},{"kind":"Field","name":{"kind":"Name","value":"queued"}},{"kind":"Field","name":{"kind":"Name","value":"sent"}},{"kind":"Field","name":{"kind":"Name","value":"delivered"}},{"kind":"Field","name":{"kind":"Name","value":"failed"}},{"kind":"Field","name":{"kind":"Name","value":"skipped"}},{"kind":"Field","name":{"kind":"Name","value":"unsubscribed"}},{"kind":"Field","name":{"kind":"Name","value":"clicked"}},{"kind":"Field","name":{"kind":"Name","value":"opened"}}]}}]}}]} as unknown as DocumentNode<StartMailingMutation, StartMailingMutationVariables>;
export const CancelMailingDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CancelMailing"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cancelMailing"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MailingFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MailingFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Mailing"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"channel"}},{"kind":"Field","name":{"kind":"Name","value":"templateId"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"scheduledAt"}},{"kind":"Field","name":{"kind":"Name","value":"sendAt"}},{"kind":"Field","name":{"kind":"Name","value":"timeZone"}},{"kind":"Field","name":{"kind":"Name","value":"throttlePerMinute"}},{"kind":"Field","name":{"kind":"Name","value":"attributionDays"}},{"kind":"Field","name":{"kind":"Name","value":"trackClicks"}},{"kind":"Field","name":{"kind":"Name","value":"createdByName"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"audience"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"segmentId"}},{"kind":"Field","name":{"kind":"Name","value":"groupId"}},{"kind":"Field","name":{"kind":"Name","value":"customerIds"}},{"kind":"Field","name":{"kind":"Name","value":"filter"}}]}},{"kind":"Field","name":{"kind":"Name","value":"counts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recipients"}},{"kind":"Field","name":{"kind":"Name","value":"queued"}},{"kind":"Field","name":{"kind":"Name","value":"sent"}},{"kind":"Field","name":{"kind":"Name","value":"delivered"}},{"kind":"Field","name":{"kind":"Name","value":"failed"}},{"kind":"Field","name":{"kind":"Name","value":"skipped"}},{"kind":"Field","name":{"kind":"Name","value":"unsubscribed"}},{"kind":"Field","name":{"kind":"Name","value":"clicked"}},{"kind":"Field","name":{"kind":"Name","value":"opened"}}]}}]}}]} as unknown as DocumentNode<CancelMailingMutation, CancelMailingMutationVariables>;
export const SendTestMailingDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SendTestMailing"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"to"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sendTestMailing"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"mailingId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"to"},"value":{"kind":"Variable","name":{"kind":"Name","value":"to"}}}]}]}}]} as unknown as DocumentNode<SendTestMailingMutation, SendTestMailingMutationVariables>;
export const MailingAudienceDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MailingAudience"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"channel"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"audience"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"MailingAudienceInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"mailingAudience"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"channel"},"value":{"kind":"Variable","name":{"kind":"Name","value":"channel"}}},{"kind":"Argument","name":{"kind":"Name","value":"audience"},"value":{"kind":"Variable","name":{"kind":"Name","value":"audience"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MailingAudienceCountFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MailingAudienceCountFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MailingAudienceCount"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"reachable"}},{"kind":"Field","name":{"kind":"Name","value":"excluded"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}}]}}]} as unknown as DocumentNode<MailingAudienceQuery, MailingAudienceQueryVariables>;
export const MailingReportDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MailingReport"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"mailingReport"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"mailingId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"mailingState"}},{"kind":"Field","name":{"kind":"Name","value":"attributionDays"}},{"kind":"Field","name":{"kind":"Name","value":"byState"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}},{"kind":"Field","name":{"kind":"Name","value":"failedByReason"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}},{"kind":"Field","name":{"kind":"Name","value":"skippedByReason"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}},{"kind":"Field","name":{"kind":"Name","value":"attributed"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"purchases"}},{"kind":"Field","name":{"kind":"Name","value":"customers"}},{"kind":"Field","name":{"kind":"Name","value":"revenue"}}]}},{"kind":"Field","name":{"kind":"Name","value":"clicked"}},{"kind":"Field","name":{"kind":"Name","value":"clickRate"}},{"kind":"Field","name":{"kind":"Name","value":"opened"}},{"kind":"Field","name":{"kind":"Name","value":"openRate"}}]}}]}}]} as unknown as DocumentNode<MailingReportQuery, MailingReportQueryVariables>;
export const NewsPostsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"NewsPosts"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"status"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"NewsStatus"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"offset"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"newsPosts"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"status"},"value":{"kind":"Variable","name":{"kind":"Name","value":"status"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"offset"},"value":{"kind":"Variable","name":{"kind":"Name","value":"offset"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"NewsPostFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"NewsPostFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"NewsPost"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"en"}},{"kind":"Field","name":{"kind":"Name","value":"ru"}},{"kind":"Field","name":{"kind":"Name","value":"fa"}}]}},{"kind":"Field","name":{"kind":"Name","value":"body"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"en"}},{"kind":"Field","name":{"kind":"Name","value":"ru"}},{"kind":"Field","name":{"kind":"Name","value":"fa"}}]}},{"kind":"Field","name":{"kind":"Name","value":"segmentId"}},{"kind":"Field","name":{"kind":"Name","value":"segmentName"}},{"kind":"Field","name":{"kind":"Name","value":"segmentPrivate"}},{"kind":"Field","name":{"kind":"Name","value":"publishAt"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"pinned"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"readCount"}},{"kind":"Field","name":{"kind":"Name","value":"createdByName"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}}]} as unknown as DocumentNode<NewsPostsQuery, NewsPostsQueryVariables>;
export const NewsPostDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"NewsPost"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"newsPost"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"NewsPostFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"NewsPostFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"NewsPost"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"en"}},{"kind":"Field","name":{"kind":"Name","value":"ru"}},{"kind":"Field","name":{"kind":"Name","value":"fa"}}]}},{"kind":"Field","name":{"kind":"Name","value":"body"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"en"}},{"kind":"Field","name":{"kind":"Name","value":"ru"}},{"kind":"Field","name":{"kind":"Name","value":"fa"}}]}},{"kind":"Field","name":{"kind":"Name","value":"segmentId"}},{"kind":"Field","name":{"kind":"Name","value":"segmentName"}},{"kind":"Field","name":{"kind":"Name","value":"segmentPrivate"}},{"kind":"Field","name":{"kind":"Name","value":"publishAt"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"pinned"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"readCount"}},{"kind":"Field","name":{"kind":"Name","value":"createdByName"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}}]} as unknown as DocumentNode<NewsPostQuery, NewsPostQueryVariables>;
export const CreateNewsPostDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateNewsPost"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"NewsPostInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createNewsPost"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"NewsPostFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"NewsPostFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"NewsPost"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"en"}},{"kind":"Field","name":{"kind":"Name","value":"ru"}},{"kind":"Field","name":{"kind":"Name","value":"fa"}}]}},{"kind":"Field","name":{"kind":"Name","value":"body"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"en"}},{"kind":"Field","name":{"kind":"Name","value":"ru"}},{"kind":"Field","name":{"kind":"Name","value":"fa"}}]}},{"kind":"Field","name":{"kind":"Name","value":"segmentId"}},{"kind":"Field","name":{"kind":"Name","value":"segmentName"}},{"kind":"Field","name":{"kind":"Name","value":"segmentPrivate"}},{"kind":"Field","name":{"kind":"Name","value":"publishAt"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"pinned"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"readCount"}},{"kind":"Field","name":{"kind":"Name","value":"createdByName"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}}]} as unknown as DocumentNode<CreateNewsPostMutation, CreateNewsPostMutationVariables>;
export const UpdateNewsPostDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateNewsPost"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"NewsPostInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateNewsPost"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"NewsPostFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"NewsPostFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"NewsPost"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"en"}},{"kind":"Field","name":{"kind":"Name","value":"ru"}},{"kind":"Field","name":{"kind":"Name","value":"fa"}}]}},{"kind":"Field","name":{"kind":"Name","value":"body"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"en"}},{"kind":"Field","name":{"kind":"Name","value":"ru"}},{"kind":"Field","name":{"kind":"Name","value":"fa"}}]}},{"kind":"Field","name":{"kind":"Name","value":"segmentId"}},{"kind":"Field","name":{"kind":"Name","value":"segmentName"}},{"kind":"Field","name":{"kind":"Name","value":"segmentPrivate"}},{"kind":"Field","name":{"kind":"Name","value":"publishAt"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"pinned"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"readCount"}},{"kind":"Field","name":{"kind":"Name","value":"createdByName"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}}]} as unknown as DocumentNode<UpdateNewsPostMutation, UpdateNewsPostMutationVariables>;
export const DeleteNewsPostDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DeleteNewsPost"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deleteNewsPost"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}]}]}}]} as unknown as DocumentNode<DeleteNewsPostMutation, DeleteNewsPostMutationVariables>;
export const CustomerNotesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CustomerNotes"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"customerId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"customerNotes"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"customerId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"customerId"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"NoteFields"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"NoteFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Note"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"customerId"}},{"kind":"Field","name":{"kind":"Name","value":"authorId"}},{"kind":"Field","name":{"kind":"Name","value":"authorName"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"pinned"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"mentions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"staffId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<CustomerNotesQuery, CustomerNotesQueryVariables>;
export const MentionableStaffDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MentionableStaff"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"search"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"mentionableStaff"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"search"},"value":{"kind":"Variable","name":{"kind":"Name","value":"search"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"8"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<MentionableStaffQuery, MentionableStaffQueryVariables>;
export const AddNoteDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AddNote"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AddNoteInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"addNote"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"NoteFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"NoteFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Note"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"customerId"}},{"kind":"Field","name":{"kind":"Name","value":"authorId"}},{"kind":"Field","name":{"kind":"Name","value":"authorName"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"pinned"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"mentions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"staffId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<AddNoteMutation, AddNoteMutationVariables>;
export const EditNoteDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"EditNote"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"EditNoteInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"editNote"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"NoteFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"NoteFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Note"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"customerId"}},{"kind":"Field","name":{"kind":"Name","value":"authorId"}},{"kind":"Field","name":{"kind":"Name","value":"authorName"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"pinned"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"mentions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"staffId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<EditNoteMutation, EditNoteMutationVariables>;
export const DeleteNoteDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DeleteNote"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deleteNote"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}]}]}}]} as unknown as DocumentNode<DeleteNoteMutation, DeleteNoteMutationVariables>;
export const PinNoteDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PinNote"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"pinned"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"pinNote"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"pinned"},"value":{"kind":"Variable","name":{"kind":"Name","value":"pinned"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"NoteFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"NoteFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Note"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"customerId"}},{"kind":"Field","name":{"kind":"Name","value":"authorId"}},{"kind":"Field","name":{"kind":"Name","value":"authorName"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"pinned"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"mentions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"staffId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<PinNoteMutation, PinNoteMutationVariables>;
export const MyUnreadNotificationCountDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MyUnreadNotificationCount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"myUnreadNotificationCount"}}]}}]} as unknown as DocumentNode<MyUnreadNotificationCountQuery, MyUnreadNotificationCountQueryVariables>;
export const MyNotificationsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MyNotifications"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"myNotifications"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"params"}},{"kind":"Field","name":{"kind":"Name","value":"link"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"readAt"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}}]}}]}}]}}]} as unknown as DocumentNode<MyNotificationsQuery, MyNotificationsQueryVariables>;
export const MarkNotificationsReadDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"MarkNotificationsRead"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"ids"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"markNotificationsRead"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"ids"},"value":{"kind":"Variable","name":{"kind":"Name","value":"ids"}}}]}]}}]} as unknown as DocumentNode<MarkNotificationsReadMutation, MarkNotificationsReadMutationVariables>;
export const MarkAllNotificationsReadDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"MarkAllNotificationsRead"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"markAllNotificationsRead"}}]}}]} as unknown as DocumentNode<MarkAllNotificationsReadMutation, MarkAllNotificationsReadMutationVariables>;
export const UpdateMyPreferencesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateMyPreferences"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdatePreferencesInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateMyPreferences"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"locale"}},{"kind":"Field","name":{"kind":"Name","value":"calendar"}}]}}]}}]} as unknown as DocumentNode<UpdateMyPreferencesMutation, UpdateMyPreferencesMutationVariables>;
export const MySessionsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MySessions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"mySessions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"lastSeenAt"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"ip"}},{"kind":"Field","name":{"kind":"Name","value":"userAgent"}},{"kind":"Field","name":{"kind":"Name","value":"current"}}]}}]}}]} as unknown as DocumentNode<MySessionsQuery, MySessionsQueryVariables>;
export const SignOutSessionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SignOutSession"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"signOutSession"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}]}]}}]} as unknown as DocumentNode<SignOutSessionMutation, SignOutSessionMutationVariables>;
export const SignOutEverywhereElseDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SignOutEverywhereElse"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"signOutEverywhere"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"keepCurrent"},"value":{"kind":"BooleanValue","value":true}}]}]}}]} as unknown as DocumentNode<SignOutEverywhereElseMutation, SignOutEverywhereElseMutationVariables>;
export const ChangeMyPasswordDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ChangeMyPassword"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ChangeMyPasswordInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"changeMyPassword"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"mustChangePassword"}}]}}]}}]} as unknown as DocumentNode<ChangeMyPasswordMutation, ChangeMyPasswordMutationVariables>;
export const MyTwoFactorDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MyTwoFactor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"myTwoFactor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"enabled"}},{"kind":"Field","name":{"kind":"Name","value":"recoveryCodesLeft"}}]}}]}}]} as unknown as DocumentNode<MyTwoFactorQuery, MyTwoFactorQueryVariables>;
export const StartTwoFactorEnrolmentDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"StartTwoFactorEnrolment"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"startTwoFactorEnrolment"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"secret"}},{"kind":"Field","name":{"kind":"Name","value":"uri"}},{"kind":"Field","name":{"kind":"Name","value":"qr"}}]}}]}}]} as unknown as DocumentNode<StartTwoFactorEnrolmentMutation, StartTwoFactorEnrolmentMutationVariables>;
export const ConfirmTwoFactorDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ConfirmTwoFactor"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"code"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"confirmTwoFactor"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"code"},"value":{"kind":"Variable","name":{"kind":"Name","value":"code"}}}]}]}}]} as unknown as DocumentNode<ConfirmTwoFactorMutation, ConfirmTwoFactorMutationVariables>;
export const TurnOffTwoFactorDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"TurnOffTwoFactor"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"proof"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"turnOffTwoFactor"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"proof"},"value":{"kind":"Variable","name":{"kind":"Name","value":"proof"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"enabled"}},{"kind":"Field","name":{"kind":"Name","value":"recoveryCodesLeft"}}]}}]}}]} as unknown as DocumentNode<TurnOffTwoFactorMutation, TurnOffTwoFactorMutationVariables>;
export const AllProductsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AllProducts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"products"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"includeInactive"},"value":{"kind":"BooleanValue","value":true}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ProductFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ProductFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Product"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"sku"}},{"kind":"Field","name":{"kind":"Name","value":"name"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"en"}},{"kind":"Field","name":{"kind":"Name","value":"ru"}},{"kind":"Field","name":{"kind":"Name","value":"fa"}}]}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"price"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}},{"kind":"Field","name":{"kind":"Name","value":"active"}},{"kind":"Field","name":{"kind":"Name","value":"tracked"}},{"kind":"Field","name":{"kind":"Name","value":"onHand"}},{"kind":"Field","name":{"kind":"Name","value":"reorderLevel"}},{"kind":"Field","name":{"kind":"Name","value":"lowStock"}}]}}]} as unknown as DocumentNode<AllProductsQuery, AllProductsQueryVariables>;
export const ActiveProductsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ActiveProducts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"products"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ProductFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ProductFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Product"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"sku"}},{"kind":"Field","name":{"kind":"Name","value":"name"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"en"}},{"kind":"Field","name":{"kind":"Name","value":"ru"}},{"kind":"Field","name":{"kind":"Name","value":"fa"}}]}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"price"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}},{"kind":"Field","name":{"kind":"Name","value":"active"}},{"kind":"Field","name":{"kind":"Name","value":"tracked"}},{"kind":"Field","name":{"kind":"Name","value":"onHand"}},{"kind":"Field","name":{"kind":"Name","value":"reorderLevel"}},{"kind":"Field","name":{"kind":"Name","value":"lowStock"}}]}}]} as unknown as DocumentNode<ActiveProductsQuery, ActiveProductsQueryVariables>;
export const ProductMovementsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ProductMovements"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"product"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"movements"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"quantity"}},{"kind":"Field","name":{"kind":"Name","value":"onHand"}},{"kind":"Field","name":{"kind":"Name","value":"purchaseId"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"actor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]}}]}}]} as unknown as DocumentNode<ProductMovementsQuery, ProductMovementsQueryVariables>;
export const CreateProductDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateProduct"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ProductInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createProduct"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ProductFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ProductFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Product"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"sku"}},{"kind":"Field","name":{"kind":"Name","value":"name"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"en"}},{"kind":"Field","name":{"kind":"Name","value":"ru"}},{"kind":"Field","name":{"kind":"Name","value":"fa"}}]}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"price"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}},{"kind":"Field","name":{"kind":"Name","value":"active"}},{"kind":"Field","name":{"kind":"Name","value":"tracked"}},{"kind":"Field","name":{"kind":"Name","value":"onHand"}},{"kind":"Field","name":{"kind":"Name","value":"reorderLevel"}},{"kind":"Field","name":{"kind":"Name","value":"lowStock"}}]}}]} as unknown as DocumentNode<CreateProductMutation, CreateProductMutationVariables>;
export const UpdateProductDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateProduct"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ProductInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateProduct"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ProductFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ProductFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Product"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"sku"}},{"kind":"Field","name":{"kind":"Name","value":"name"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"en"}},{"kind":"Field","name":{"kind":"Name","value":"ru"}},{"kind":"Field","name":{"kind":"Name","value":"fa"}}]}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"price"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}},{"kind":"Field","name":{"kind":"Name","value":"active"}},{"kind":"Field","name":{"kind":"Name","value":"tracked"}},{"kind":"Field","name":{"kind":"Name","value":"onHand"}},{"kind":"Field","name":{"kind":"Name","value":"reorderLevel"}},{"kind":"Field","name":{"kind":"Name","value":"lowStock"}}]}}]} as unknown as DocumentNode<UpdateProductMutation, UpdateProductMutationVariables>;
export const SetProductActiveDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SetProductActive"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"active"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setProductActive"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"active"},"value":{"kind":"Variable","name":{"kind":"Name","value":"active"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ProductFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ProductFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Product"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"sku"}},{"kind":"Field","name":{"kind":"Name","value":"name"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"en"}},{"kind":"Field","name":{"kind":"Name","value":"ru"}},{"kind":"Field","name":{"kind":"Name","value":"fa"}}]}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"price"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}},{"kind":"Field","name":{"kind":"Name","value":"active"}},{"kind":"Field","name":{"kind":"Name","value":"tracked"}},{"kind":"Field","name":{"kind":"Name","value":"onHand"}},{"kind":"Field","name":{"kind":"Name","value":"reorderLevel"}},{"kind":"Field","name":{"kind":"Name","value":"lowStock"}}]}}]} as unknown as DocumentNode<SetProductActiveMutation, SetProductActiveMutationVariables>;
export const DeleteProductDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DeleteProduct"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deleteProduct"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}]}]}}]} as unknown as DocumentNode<DeleteProductMutation, DeleteProductMutationVariables>;
export const ReceiveStockDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ReceiveStock"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"productId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"quantity"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Float"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"note"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"receiveStock"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"productId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"productId"}}},{"kind":"Argument","name":{"kind":"Name","value":"quantity"},"value":{"kind":"Variable","name":{"kind":"Name","value":"quantity"}}},{"kind":"Argument","name":{"kind":"Name","value":"note"},"value":{"kind":"Variable","name":{"kind":"Name","value":"note"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"onHand"}}]}}]}}]} as unknown as DocumentNode<ReceiveStockMutation, ReceiveStockMutationVariables>;
export const SetStockCountDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SetStockCount"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"productId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"counted"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Float"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"reason"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setStockCount"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"productId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"productId"}}},{"kind":"Argument","name":{"kind":"Name","value":"counted"},"value":{"kind":"Variable","name":{"kind":"Name","value":"counted"}}},{"kind":"Argument","name":{"kind":"Name","value":"reason"},"value":{"kind":"Variable","name":{"kind":"Name","value":"reason"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"onHand"}}]}}]}}]} as unknown as DocumentNode<SetStockCountMutation, SetStockCountMutationVariables>;
export const ProductSalesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ProductSales"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"from"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DateTime"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"to"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DateTime"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"productSales"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"from"},"value":{"kind":"Variable","name":{"kind":"Name","value":"from"}}},{"kind":"Argument","name":{"kind":"Name","value":"to"},"value":{"kind":"Variable","name":{"kind":"Name","value":"to"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"product"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"sku"}},{"kind":"Field","name":{"kind":"Name","value":"name"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"en"}},{"kind":"Field","name":{"kind":"Name","value":"ru"}},{"kind":"Field","name":{"kind":"Name","value":"fa"}}]}},{"kind":"Field","name":{"kind":"Name","value":"unit"}},{"kind":"Field","name":{"kind":"Name","value":"tracked"}},{"kind":"Field","name":{"kind":"Name","value":"onHand"}},{"kind":"Field","name":{"kind":"Name","value":"lowStock"}}]}},{"kind":"Field","name":{"kind":"Name","value":"quantity"}},{"kind":"Field","name":{"kind":"Name","value":"revenue"}}]}}]}}]} as unknown as DocumentNode<ProductSalesQuery, ProductSalesQueryVariables>;
export const CustomerPurchasesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CustomerPurchases"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"customer"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"purchaseSummary"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"count"}},{"kind":"Field","name":{"kind":"Name","value":"firstPurchaseAt"}},{"kind":"Field","name":{"kind":"Name","value":"lastPurchaseAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"purchases"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PurchaseFields"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PurchaseFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Purchase"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"invoiceNumber"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"spentValue"}},{"kind":"Field","name":{"kind":"Name","value":"paidAmount"}},{"kind":"Field","name":{"kind":"Name","value":"branch"}},{"kind":"Field","name":{"kind":"Name","value":"branchInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"en"}},{"kind":"Field","name":{"kind":"Name","value":"ru"}},{"kind":"Field","name":{"kind":"Name","value":"fa"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"paymentStatus"}},{"kind":"Field","name":{"kind":"Name","value":"purchasedAt"}},{"kind":"Field","name":{"kind":"Name","value":"returnedAmount"}},{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sku"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"quantity"}},{"kind":"Field","name":{"kind":"Name","value":"price"}},{"kind":"Field","name":{"kind":"Name","value":"returnedQuantity"}}]}},{"kind":"Field","name":{"kind":"Name","value":"ledger"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"operationId"}},{"kind":"Field","name":{"kind":"Name","value":"customerId"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"actor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<CustomerPurchasesQuery, CustomerPurchasesQueryVariables>;
export const RecordPurchaseDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RecordPurchase"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RecordPurchaseInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordPurchase"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PurchaseFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PurchaseFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Purchase"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"invoiceNumber"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"spentValue"}},{"kind":"Field","name":{"kind":"Name","value":"paidAmount"}},{"kind":"Field","name":{"kind":"Name","value":"branch"}},{"kind":"Field","name":{"kind":"Name","value":"branchInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"en"}},{"kind":"Field","name":{"kind":"Name","value":"ru"}},{"kind":"Field","name":{"kind":"Name","value":"fa"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"paymentStatus"}},{"kind":"Field","name":{"kind":"Name","value":"purchasedAt"}},{"kind":"Field","name":{"kind":"Name","value":"returnedAmount"}},{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sku"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"quantity"}},{"kind":"Field","name":{"kind":"Name","value":"price"}},{"kind":"Field","name":{"kind":"Name","value":"returnedQuantity"}}]}},{"kind":"Field","name":{"kind":"Name","value":"ledger"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"operationId"}},{"kind":"Field","name":{"kind":"Name","value":"customerId"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"actor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<RecordPurchaseMutation, RecordPurchaseMutationVariables>;
export const ReturnPurchaseDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ReturnPurchase"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ReturnPurchaseInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"returnPurchase"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"shortfall"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}}]}}]}}]}}]} as unknown as DocumentNode<ReturnPurchaseMutation, ReturnPurchaseMutationVariables>;
export const MarkPurchasePaidDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"MarkPurchasePaid"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"markPurchasePaid"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"purchaseId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PurchaseFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PurchaseFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Purchase"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"invoiceNumber"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"spentValue"}},{"kind":"Field","name":{"kind":"Name","value":"paidAmount"}},{"kind":"Field","name":{"kind":"Name","value":"branch"}},{"kind":"Field","name":{"kind":"Name","value":"branchInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"en"}},{"kind":"Field","name":{"kind":"Name","value":"ru"}},{"kind":"Field","name":{"kind":"Name","value":"fa"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"paymentStatus"}},{"kind":"Field","name":{"kind":"Name","value":"purchasedAt"}},{"kind":"Field","name":{"kind":"Name","value":"returnedAmount"}},{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sku"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"quantity"}},{"kind":"Field","name":{"kind":"Name","value":"price"}},{"kind":"Field","name":{"kind":"Name","value":"returnedQuantity"}}]}},{"kind":"Field","name":{"kind":"Name","value":"ledger"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"operationId"}},{"kind":"Field","name":{"kind":"Name","value":"customerId"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"actor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<MarkPurchasePaidMutation, MarkPurchasePaidMutationVariables>;
export const RelationTypesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"RelationTypes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"relationTypes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"shipped"}},{"kind":"Field","name":{"kind":"Name","value":"name"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"en"}},{"kind":"Field","name":{"kind":"Name","value":"ru"}},{"kind":"Field","name":{"kind":"Name","value":"fa"}}]}},{"kind":"Field","name":{"kind":"Name","value":"inverseName"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"en"}},{"kind":"Field","name":{"kind":"Name","value":"ru"}},{"kind":"Field","name":{"kind":"Name","value":"fa"}}]}}]}}]}}]} as unknown as DocumentNode<RelationTypesQuery, RelationTypesQueryVariables>;
export const CustomerRelationsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CustomerRelations"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"customer"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"relations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"type"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}}]}},{"kind":"Field","name":{"kind":"Name","value":"label"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"en"}},{"kind":"Field","name":{"kind":"Name","value":"ru"}},{"kind":"Field","name":{"kind":"Name","value":"fa"}}]}},{"kind":"Field","name":{"kind":"Name","value":"related"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"number"}}]}}]}}]}}]}}]} as unknown as DocumentNode<CustomerRelationsQuery, CustomerRelationsQueryVariables>;
export const CustomerReferralsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CustomerReferrals"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"customer"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"referrer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"number"}}]}},{"kind":"Field","name":{"kind":"Name","value":"referredCustomers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"number"}}]}}]}}]}}]} as unknown as DocumentNode<CustomerReferralsQuery, CustomerReferralsQueryVariables>;
export const AddCustomerRelationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AddCustomerRelation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AddCustomerRelationInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"addCustomerRelation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<AddCustomerRelationMutation, AddCustomerRelationMutationVariables>;
export const RemoveCustomerRelationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RemoveCustomerRelation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"removeCustomerRelation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}]}]}}]} as unknown as DocumentNode<RemoveCustomerRelationMutation, RemoveCustomerRelationMutationVariables>;
export const SetReferrerDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SetReferrer"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RecordReferralInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordReferral"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"referrerId"}}]}}]}}]} as unknown as DocumentNode<SetReferrerMutation, SetReferrerMutationVariables>;
export const ClearReferrerDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ClearReferrer"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"customerId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"clearReferral"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"customerId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"customerId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<ClearReferrerMutation, ClearReferrerMutationVariables>;
export const CustomerMatchesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CustomerMatches"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"search"}},"type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"customers"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"10"}},{"kind":"Argument","name":{"kind":"Name","value":"search"},"value":{"kind":"Variable","name":{"kind":"Name","value":"search"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"mobile"}}]}}]}}]}}]}}]} as unknown as DocumentNode<CustomerMatchesQuery, CustomerMatchesQueryVariables>;
export const RelationTypesWithCountsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"RelationTypesWithCounts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"relationTypes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"shipped"}},{"kind":"Field","name":{"kind":"Name","value":"relationCount"}},{"kind":"Field","name":{"kind":"Name","value":"name"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"en"}},{"kind":"Field","name":{"kind":"Name","value":"ru"}},{"kind":"Field","name":{"kind":"Name","value":"fa"}}]}},{"kind":"Field","name":{"kind":"Name","value":"inverseName"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"en"}},{"kind":"Field","name":{"kind":"Name","value":"ru"}},{"kind":"Field","name":{"kind":"Name","value":"fa"}}]}}]}}]}}]} as unknown as DocumentNode<RelationTypesWithCountsQuery, RelationTypesWithCountsQueryVariables>;
export const CreateRelationTypeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateRelationType"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RelationTypeInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createRelationType"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}}]}}]}}]} as unknown as DocumentNode<CreateRelationTypeMutation, CreateRelationTypeMutationVariables>;
export const UpdateRelationTypeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateRelationType"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"key"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RelationTypeInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateRelationType"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"key"},"value":{"kind":"Variable","name":{"kind":"Name","value":"key"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}}]}}]}}]} as unknown as DocumentNode<UpdateRelationTypeMutation, UpdateRelationTypeMutationVariables>;
export const DeleteRelationTypeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DeleteRelationType"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"key"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deleteRelationType"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"key"},"value":{"kind":"Variable","name":{"kind":"Name","value":"key"}}}]}]}}]} as unknown as DocumentNode<DeleteRelationTypeMutation, DeleteRelationTypeMutationVariables>;
export const DashboardDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Dashboard"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DashboardInput"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"withTop"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"withProducts"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"dashboard"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"from"}},{"kind":"Field","name":{"kind":"Name","value":"to"}},{"kind":"Field","name":{"kind":"Name","value":"previousFrom"}},{"kind":"Field","name":{"kind":"Name","value":"previousTo"}},{"kind":"Field","name":{"kind":"Name","value":"calendar"}},{"kind":"Field","name":{"kind":"Name","value":"timeZone"}},{"kind":"Field","name":{"kind":"Name","value":"asOf"}},{"kind":"Field","name":{"kind":"Name","value":"members"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"previous"}}]}},{"kind":"Field","name":{"kind":"Name","value":"newMembers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"previous"}}]}},{"kind":"Field","name":{"kind":"Name","value":"activeMembers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"previous"}}]}},{"kind":"Field","name":{"kind":"Name","value":"purchases"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"previous"}}]}},{"kind":"Field","name":{"kind":"Name","value":"repeatCustomers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"previous"}}]}},{"kind":"Field","name":{"kind":"Name","value":"revenue"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"previous"}}]}},{"kind":"Field","name":{"kind":"Name","value":"averagePurchase"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"previous"}}]}},{"kind":"Field","name":{"kind":"Name","value":"balances"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"currency"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"name"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"en"}},{"kind":"Field","name":{"kind":"Name","value":"ru"}},{"kind":"Field","name":{"kind":"Name","value":"fa"}}]}},{"kind":"Field","name":{"kind":"Name","value":"decimals"}}]}},{"kind":"Field","name":{"kind":"Name","value":"issued"}},{"kind":"Field","name":{"kind":"Name","value":"spent"}},{"kind":"Field","name":{"kind":"Name","value":"expired"}},{"kind":"Field","name":{"kind":"Name","value":"previousIssued"}},{"kind":"Field","name":{"kind":"Name","value":"previousSpent"}}]}},{"kind":"Field","name":{"kind":"Name","value":"series"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"start"}},{"kind":"Field","name":{"kind":"Name","value":"end"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"startDay"}},{"kind":"Field","name":{"kind":"Name","value":"partial"}},{"kind":"Field","name":{"kind":"Name","value":"newMembers"}},{"kind":"Field","name":{"kind":"Name","value":"activeMembers"}},{"kind":"Field","name":{"kind":"Name","value":"purchases"}},{"kind":"Field","name":{"kind":"Name","value":"revenue"}}]}},{"kind":"Field","name":{"kind":"Name","value":"tiers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"tier"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"name"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"en"}},{"kind":"Field","name":{"kind":"Name","value":"ru"}},{"kind":"Field","name":{"kind":"Name","value":"fa"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"customers"}}]}},{"kind":"Field","name":{"kind":"Name","value":"rfmSegments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"segment"}},{"kind":"Field","name":{"kind":"Name","value":"customers"}}]}},{"kind":"Field","name":{"kind":"Name","value":"topCustomers"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"10"}}],"directives":[{"kind":"Directive","name":{"kind":"Name","value":"include"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"if"},"value":{"kind":"Variable","name":{"kind":"Name","value":"withTop"}}}]}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"customerId"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"purchases"}},{"kind":"Field","name":{"kind":"Name","value":"revenue"}}]}},{"kind":"Field","name":{"kind":"Name","value":"topProducts"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"10"}}],"directives":[{"kind":"Directive","name":{"kind":"Name","value":"include"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"if"},"value":{"kind":"Variable","name":{"kind":"Name","value":"withProducts"}}}]}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"product"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"sku"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}},{"kind":"Field","name":{"kind":"Name","value":"name"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"en"}},{"kind":"Field","name":{"kind":"Name","value":"ru"}},{"kind":"Field","name":{"kind":"Name","value":"fa"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"quantity"}},{"kind":"Field","name":{"kind":"Name","value":"revenue"}}]}}]}}]}}]} as unknown as DocumentNode<DashboardQuery, DashboardQueryVariables>;
export const WorkspaceClockDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"WorkspaceClock"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"workspaceSettings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"timeZone"}}]}}]}}]} as unknown as DocumentNode<WorkspaceClockQuery, WorkspaceClockQueryVariables>;
export const ExportDashboardDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ExportDashboard"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DashboardInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"exportDashboard"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"10"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fileId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"downloadPath"}}]}}]}}]} as unknown as DocumentNode<ExportDashboardMutation, ExportDashboardMutationVariables>;
export const CustomerRfmDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CustomerRfm"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"customer"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"purchaseSummary"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"count"}}]}},{"kind":"Field","name":{"kind":"Name","value":"rfm"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recencyDays"}},{"kind":"Field","name":{"kind":"Name","value":"frequency"}},{"kind":"Field","name":{"kind":"Name","value":"monetary"}},{"kind":"Field","name":{"kind":"Name","value":"r"}},{"kind":"Field","name":{"kind":"Name","value":"f"}},{"kind":"Field","name":{"kind":"Name","value":"m"}},{"kind":"Field","name":{"kind":"Name","value":"segment"}},{"kind":"Field","name":{"kind":"Name","value":"since"}},{"kind":"Field","name":{"kind":"Name","value":"computedAt"}},{"kind":"Field","name":{"kind":"Name","value":"history"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"20"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"segment"}},{"kind":"Field","name":{"kind":"Name","value":"from"}}]}}]}}]}}]}}]} as unknown as DocumentNode<CustomerRfmQuery, CustomerRfmQueryVariables>;
export const RfmSegmentsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"RfmSegments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rfmSegments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"segment"}},{"kind":"Field","name":{"kind":"Name","value":"customers"}}]}}]}}]} as unknown as DocumentNode<RfmSegmentsQuery, RfmSegmentsQueryVariables>;
export const RecomputeRfmDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RecomputeRfm"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recomputeRfm"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"customersScored"}},{"kind":"Field","name":{"kind":"Name","value":"segmentsChanged"}},{"kind":"Field","name":{"kind":"Name","value":"durationMs"}}]}}]}}]} as unknown as DocumentNode<RecomputeRfmMutation, RecomputeRfmMutationVariables>;
export const RfmMovementDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"RfmMovement"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rfmMovement"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"computedAt"}},{"kind":"Field","name":{"kind":"Name","value":"previousComputedAt"}},{"kind":"Field","name":{"kind":"Name","value":"moves"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"from"}},{"kind":"Field","name":{"kind":"Name","value":"to"}},{"kind":"Field","name":{"kind":"Name","value":"customers"}}]}}]}}]}}]} as unknown as DocumentNode<RfmMovementQuery, RfmMovementQueryVariables>;
export const RolesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Roles"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"roles"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"RoleFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RoleFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Role"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"name"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"en"}},{"kind":"Field","name":{"kind":"Name","value":"ru"}},{"kind":"Field","name":{"kind":"Name","value":"fa"}}]}},{"kind":"Field","name":{"kind":"Name","value":"permissions"}},{"kind":"Field","name":{"kind":"Name","value":"shipped"}},{"kind":"Field","name":{"kind":"Name","value":"editable"}},{"kind":"Field","name":{"kind":"Name","value":"staffCount"}}]}}]} as unknown as DocumentNode<RolesQuery, RolesQueryVariables>;
export const RoleNamesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"RoleNames"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"roleNames"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"name"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"en"}},{"kind":"Field","name":{"kind":"Name","value":"ru"}},{"kind":"Field","name":{"kind":"Name","value":"fa"}}]}}]}}]}}]} as unknown as DocumentNode<RoleNamesQuery, RoleNamesQueryVariables>;
export const PermissionsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Permissions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"permissions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"module"}}]}}]}}]} as unknown as DocumentNode<PermissionsQuery, PermissionsQueryVariables>;
export const CreateRoleDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateRole"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateRoleInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createRole"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"RoleFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RoleFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Role"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"name"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"en"}},{"kind":"Field","name":{"kind":"Name","value":"ru"}},{"kind":"Field","name":{"kind":"Name","value":"fa"}}]}},{"kind":"Field","name":{"kind":"Name","value":"permissions"}},{"kind":"Field","name":{"kind":"Name","value":"shipped"}},{"kind":"Field","name":{"kind":"Name","value":"editable"}},{"kind":"Field","name":{"kind":"Name","value":"staffCount"}}]}}]} as unknown as DocumentNode<CreateRoleMutation, CreateRoleMutationVariables>;
export const UpdateRoleDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateRole"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"key"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RoleInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateRole"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"key"},"value":{"kind":"Variable","name":{"kind":"Name","value":"key"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"RoleFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RoleFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Role"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"name"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"en"}},{"kind":"Field","name":{"kind":"Name","value":"ru"}},{"kind":"Field","name":{"kind":"Name","value":"fa"}}]}},{"kind":"Field","name":{"kind":"Name","value":"permissions"}},{"kind":"Field","name":{"kind":"Name","value":"shipped"}},{"kind":"Field","name":{"kind":"Name","value":"editable"}},{"kind":"Field","name":{"kind":"Name","value":"staffCount"}}]}}]} as unknown as DocumentNode<UpdateRoleMutation, UpdateRoleMutationVariables>;
export const DeleteRoleDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DeleteRole"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"key"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deleteRole"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"key"},"value":{"kind":"Variable","name":{"kind":"Name","value":"key"}}}]}]}}]} as unknown as DocumentNode<DeleteRoleMutation, DeleteRoleMutationVariables>;
export const SegmentsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Segments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"segments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SegmentFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SegmentFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Segment"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"shared"}},{"kind":"Field","name":{"kind":"Name","value":"sharedWithRoles"}},{"kind":"Field","name":{"kind":"Name","value":"canEdit"}},{"kind":"Field","name":{"kind":"Name","value":"filter"}},{"kind":"Field","name":{"kind":"Name","value":"search"}},{"kind":"Field","name":{"kind":"Name","value":"memberCount"}},{"kind":"Field","name":{"kind":"Name","value":"owner"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<SegmentsQuery, SegmentsQueryVariables>;
export const CreateSegmentDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateSegment"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SegmentInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createSegment"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SegmentFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SegmentFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Segment"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"shared"}},{"kind":"Field","name":{"kind":"Name","value":"sharedWithRoles"}},{"kind":"Field","name":{"kind":"Name","value":"canEdit"}},{"kind":"Field","name":{"kind":"Name","value":"filter"}},{"kind":"Field","name":{"kind":"Name","value":"search"}},{"kind":"Field","name":{"kind":"Name","value":"memberCount"}},{"kind":"Field","name":{"kind":"Name","value":"owner"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<CreateSegmentMutation, CreateSegmentMutationVariables>;
export const UpdateSegmentDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateSegment"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SegmentInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateSegment"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SegmentFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SegmentFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Segment"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"shared"}},{"kind":"Field","name":{"kind":"Name","value":"sharedWithRoles"}},{"kind":"Field","name":{"kind":"Name","value":"canEdit"}},{"kind":"Field","name":{"kind":"Name","value":"filter"}},{"kind":"Field","name":{"kind":"Name","value":"search"}},{"kind":"Field","name":{"kind":"Name","value":"memberCount"}},{"kind":"Field","name":{"kind":"Name","value":"owner"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<UpdateSegmentMutation, UpdateSegmentMutationVariables>;
export const DeleteSegmentDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DeleteSegment"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deleteSegment"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}]}]}}]} as unknown as DocumentNode<DeleteSegmentMutation, DeleteSegmentMutationVariables>;
export const CustomerSignOutDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CustomerSignOut"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"customerSignOut"}}]}}]} as unknown as DocumentNode<CustomerSignOutMutation, CustomerSignOutMutationVariables>;
export const MyOperationsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MyOperations"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"myOperations"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]}}]} as unknown as DocumentNode<MyOperationsQuery, MyOperationsQueryVariables>;
export const MyPurchasesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MyPurchases"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"myPurchases"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"invoiceNumber"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"paidAmount"}},{"kind":"Field","name":{"kind":"Name","value":"purchasedAt"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]}}]} as unknown as DocumentNode<MyPurchasesQuery, MyPurchasesQueryVariables>;
export const MyRequestsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MyRequests"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"myRequests"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"subject"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"answer"}},{"kind":"Field","name":{"kind":"Name","value":"answeredAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]}}]} as unknown as DocumentNode<MyRequestsQuery, MyRequestsQueryVariables>;
export const SendRequestDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SendRequest"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"subject"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"text"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sendRequest"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"subject"},"value":{"kind":"Variable","name":{"kind":"Name","value":"subject"}}},{"kind":"Argument","name":{"kind":"Name","value":"text"},"value":{"kind":"Variable","name":{"kind":"Name","value":"text"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<SendRequestMutation, SendRequestMutationVariables>;
export const ChangeMyAccountPasswordDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ChangeMyAccountPassword"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"currentPassword"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"newPassword"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"changeMyAccountPassword"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"currentPassword"},"value":{"kind":"Variable","name":{"kind":"Name","value":"currentPassword"}}},{"kind":"Argument","name":{"kind":"Name","value":"newPassword"},"value":{"kind":"Variable","name":{"kind":"Name","value":"newPassword"}}}]}]}}]} as unknown as DocumentNode<ChangeMyAccountPasswordMutation, ChangeMyAccountPasswordMutationVariables>;
export const MyNewsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MyNews"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"language"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Locale"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"myNews"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"language"},"value":{"kind":"Variable","name":{"kind":"Name","value":"language"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"language"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"publishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"pinned"}},{"kind":"Field","name":{"kind":"Name","value":"read"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"myUnreadNewsCount"}}]}}]} as unknown as DocumentNode<MyNewsQuery, MyNewsQueryVariables>;
export const MarkMyNewsReadDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"MarkMyNewsRead"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"markMyNewsRead"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}]}]}}]} as unknown as DocumentNode<MarkMyNewsReadMutation, MarkMyNewsReadMutationVariables>;
export const MyPushKeyDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MyPushKey"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"myPushKey"}}]}}]} as unknown as DocumentNode<MyPushKeyQuery, MyPushKeyQueryVariables>;
export const SubscribeMyPushDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SubscribeMyPush"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"MyPushSubscriptionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"subscribeMyPush"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}]}]}}]} as unknown as DocumentNode<SubscribeMyPushMutation, SubscribeMyPushMutationVariables>;
export const UnsubscribeMyPushDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UnsubscribeMyPush"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"endpoint"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"unsubscribeMyPush"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"endpoint"},"value":{"kind":"Variable","name":{"kind":"Name","value":"endpoint"}}}]}]}}]} as unknown as DocumentNode<UnsubscribeMyPushMutation, UnsubscribeMyPushMutationVariables>;
export const MyAccountDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MyAccount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"myAccount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SelfServiceAccountFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SelfServiceAccountFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SelfServiceAccount"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"customerId"}},{"kind":"Field","name":{"kind":"Name","value":"firstName"}},{"kind":"Field","name":{"kind":"Name","value":"lastName"}},{"kind":"Field","name":{"kind":"Name","value":"cardNumber"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"birthDate"}},{"kind":"Field","name":{"kind":"Name","value":"gender"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"consents"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"at"}}]}},{"kind":"Field","name":{"kind":"Name","value":"tier"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"name"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"en"}},{"kind":"Field","name":{"kind":"Name","value":"ru"}},{"kind":"Field","name":{"kind":"Name","value":"fa"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"balances"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"decimals"}},{"kind":"Field","name":{"kind":"Name","value":"name"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"en"}},{"kind":"Field","name":{"kind":"Name","value":"ru"}},{"kind":"Field","name":{"kind":"Name","value":"fa"}}]}}]}}]}}]}}]} as unknown as DocumentNode<MyAccountQuery, MyAccountQueryVariables>;
export const CustomerSignInDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CustomerSignIn"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"workspace"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"login"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"password"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"customerSignIn"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"workspace"},"value":{"kind":"Variable","name":{"kind":"Name","value":"workspace"}}},{"kind":"Argument","name":{"kind":"Name","value":"login"},"value":{"kind":"Variable","name":{"kind":"Name","value":"login"}}},{"kind":"Argument","name":{"kind":"Name","value":"password"},"value":{"kind":"Variable","name":{"kind":"Name","value":"password"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SelfServiceAccountFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SelfServiceAccountFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SelfServiceAccount"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"customerId"}},{"kind":"Field","name":{"kind":"Name","value":"firstName"}},{"kind":"Field","name":{"kind":"Name","value":"lastName"}},{"kind":"Field","name":{"kind":"Name","value":"cardNumber"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"birthDate"}},{"kind":"Field","name":{"kind":"Name","value":"gender"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"consents"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"at"}}]}},{"kind":"Field","name":{"kind":"Name","value":"tier"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"name"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"en"}},{"kind":"Field","name":{"kind":"Name","value":"ru"}},{"kind":"Field","name":{"kind":"Name","value":"fa"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"balances"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"decimals"}},{"kind":"Field","name":{"kind":"Name","value":"name"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"en"}},{"kind":"Field","name":{"kind":"Name","value":"ru"}},{"kind":"Field","name":{"kind":"Name","value":"fa"}}]}}]}}]}}]}}]} as unknown as DocumentNode<CustomerSignInMutation, CustomerSignInMutationVariables>;
export const SelfSignUpOpenDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SelfSignUpOpen"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"workspace"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"selfSignUpOpen"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"workspace"},"value":{"kind":"Variable","name":{"kind":"Name","value":"workspace"}}}]}]}}]} as unknown as DocumentNode<SelfSignUpOpenQuery, SelfSignUpOpenQueryVariables>;
export const StartCustomerSignUpDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"StartCustomerSignUp"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"workspace"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"mobile"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"firstName"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"lastName"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"language"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"startCustomerSignUp"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"workspace"},"value":{"kind":"Variable","name":{"kind":"Name","value":"workspace"}}},{"kind":"Argument","name":{"kind":"Name","value":"mobile"},"value":{"kind":"Variable","name":{"kind":"Name","value":"mobile"}}},{"kind":"Argument","name":{"kind":"Name","value":"firstName"},"value":{"kind":"Variable","name":{"kind":"Name","value":"firstName"}}},{"kind":"Argument","name":{"kind":"Name","value":"lastName"},"value":{"kind":"Variable","name":{"kind":"Name","value":"lastName"}}},{"kind":"Argument","name":{"kind":"Name","value":"language"},"value":{"kind":"Variable","name":{"kind":"Name","value":"language"}}}]}]}}]} as unknown as DocumentNode<StartCustomerSignUpMutation, StartCustomerSignUpMutationVariables>;
export const FinishCustomerSignUpDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"FinishCustomerSignUp"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"signUpId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"code"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"password"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"marketingConsent"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"finishCustomerSignUp"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"signUpId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"signUpId"}}},{"kind":"Argument","name":{"kind":"Name","value":"code"},"value":{"kind":"Variable","name":{"kind":"Name","value":"code"}}},{"kind":"Argument","name":{"kind":"Name","value":"password"},"value":{"kind":"Variable","name":{"kind":"Name","value":"password"}}},{"kind":"Argument","name":{"kind":"Name","value":"marketingConsent"},"value":{"kind":"Variable","name":{"kind":"Name","value":"marketingConsent"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SelfServiceAccountFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SelfServiceAccountFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SelfServiceAccount"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"customerId"}},{"kind":"Field","name":{"kind":"Name","value":"firstName"}},{"kind":"Field","name":{"kind":"Name","value":"lastName"}},{"kind":"Field","name":{"kind":"Name","value":"cardNumber"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"birthDate"}},{"kind":"Field","name":{"kind":"Name","value":"gender"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"consents"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"at"}}]}},{"kind":"Field","name":{"kind":"Name","value":"tier"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"name"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"en"}},{"kind":"Field","name":{"kind":"Name","value":"ru"}},{"kind":"Field","name":{"kind":"Name","value":"fa"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"balances"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"decimals"}},{"kind":"Field","name":{"kind":"Name","value":"name"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"en"}},{"kind":"Field","name":{"kind":"Name","value":"ru"}},{"kind":"Field","name":{"kind":"Name","value":"fa"}}]}}]}}]}}]}}]} as unknown as DocumentNode<FinishCustomerSignUpMutation, FinishCustomerSignUpMutationVariables>;
export const SetSelfServicePasswordDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SetSelfServicePassword"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"token"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"password"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setSelfServicePassword"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"token"},"value":{"kind":"Variable","name":{"kind":"Name","value":"token"}}},{"kind":"Argument","name":{"kind":"Name","value":"password"},"value":{"kind":"Variable","name":{"kind":"Name","value":"password"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SelfServiceAccountFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SelfServiceAccountFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SelfServiceAccount"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"customerId"}},{"kind":"Field","name":{"kind":"Name","value":"firstName"}},{"kind":"Field","name":{"kind":"Name","value":"lastName"}},{"kind":"Field","name":{"kind":"Name","value":"cardNumber"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"birthDate"}},{"kind":"Field","name":{"kind":"Name","value":"gender"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"consents"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"at"}}]}},{"kind":"Field","name":{"kind":"Name","value":"tier"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"name"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"en"}},{"kind":"Field","name":{"kind":"Name","value":"ru"}},{"kind":"Field","name":{"kind":"Name","value":"fa"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"balances"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"decimals"}},{"kind":"Field","name":{"kind":"Name","value":"name"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"en"}},{"kind":"Field","name":{"kind":"Name","value":"ru"}},{"kind":"Field","name":{"kind":"Name","value":"fa"}}]}}]}}]}}]}}]} as unknown as DocumentNode<SetSelfServicePasswordMutation, SetSelfServicePasswordMutationVariables>;
export const StartCustomerPasswordResetDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"StartCustomerPasswordReset"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"workspace"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"login"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"language"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"startCustomerPasswordReset"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"workspace"},"value":{"kind":"Variable","name":{"kind":"Name","value":"workspace"}}},{"kind":"Argument","name":{"kind":"Name","value":"login"},"value":{"kind":"Variable","name":{"kind":"Name","value":"login"}}},{"kind":"Argument","name":{"kind":"Name","value":"language"},"value":{"kind":"Variable","name":{"kind":"Name","value":"language"}}}]}]}}]} as unknown as DocumentNode<StartCustomerPasswordResetMutation, StartCustomerPasswordResetMutationVariables>;
export const FinishCustomerPasswordResetDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"FinishCustomerPasswordReset"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"resetId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"code"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"password"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"finishCustomerPasswordReset"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"resetId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"resetId"}}},{"kind":"Argument","name":{"kind":"Name","value":"code"},"value":{"kind":"Variable","name":{"kind":"Name","value":"code"}}},{"kind":"Argument","name":{"kind":"Name","value":"password"},"value":{"kind":"Variable","name":{"kind":"Name","value":"password"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SelfServiceAccountFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SelfServiceAccountFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SelfServiceAccount"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"customerId"}},{"kind":"Field","name":{"kind":"Name","value":"firstName"}},{"kind":"Field","name":{"kind":"Name","value":"lastName"}},{"kind":"Field","name":{"kind":"Name","value":"cardNumber"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"birthDate"}},{"kind":"Field","name":{"kind":"Name","value":"gender"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"consents"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"at"}}]}},{"kind":"Field","name":{"kind":"Name","value":"tier"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"name"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"en"}},{"kind":"Field","name":{"kind":"Name","value":"ru"}},{"kind":"Field","name":{"kind":"Name","value":"fa"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"balances"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"decimals"}},{"kind":"Field","name":{"kind":"Name","value":"name"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"en"}},{"kind":"Field","name":{"kind":"Name","value":"ru"}},{"kind":"Field","name":{"kind":"Name","value":"fa"}}]}}]}}]}}]}}]} as unknown as DocumentNode<FinishCustomerPasswordResetMutation, FinishCustomerPasswordResetMutationVariables>;
export const ResetCustomerPasswordDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ResetCustomerPassword"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"token"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"password"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"resetCustomerPassword"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"token"},"value":{"kind":"Variable","name":{"kind":"Name","value":"token"}}},{"kind":"Argument","name":{"kind":"Name","value":"password"},"value":{"kind":"Variable","name":{"kind":"Name","value":"password"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SelfServiceAccountFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SelfServiceAccountFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SelfServiceAccount"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"customerId"}},{"kind":"Field","name":{"kind":"Name","value":"firstName"}},{"kind":"Field","name":{"kind":"Name","value":"lastName"}},{"kind":"Field","name":{"kind":"Name","value":"cardNumber"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"birthDate"}},{"kind":"Field","name":{"kind":"Name","value":"gender"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"consents"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"at"}}]}},{"kind":"Field","name":{"kind":"Name","value":"tier"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"name"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"en"}},{"kind":"Field","name":{"kind":"Name","value":"ru"}},{"kind":"Field","name":{"kind":"Name","value":"fa"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"balances"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"decimals"}},{"kind":"Field","name":{"kind":"Name","value":"name"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"en"}},{"kind":"Field","name":{"kind":"Name","value":"ru"}},{"kind":"Field","name":{"kind":"Name","value":"fa"}}]}}]}}]}}]}}]} as unknown as DocumentNode<ResetCustomerPasswordMutation, ResetCustomerPasswordMutationVariables>;
export const SetMyConsentDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SetMyConsent"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"kind"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ConsentKind"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"granted"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setMyConsent"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"kind"},"value":{"kind":"Variable","name":{"kind":"Name","value":"kind"}}},{"kind":"Argument","name":{"kind":"Name","value":"granted"},"value":{"kind":"Variable","name":{"kind":"Name","value":"granted"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"at"}}]}}]}}]} as unknown as DocumentNode<SetMyConsentMutation, SetMyConsentMutationVariables>;
export const UpdateMyProfileDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateMyProfile"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"MyProfileInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateMyProfile"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SelfServiceAccountFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SelfServiceAccountFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SelfServiceAccount"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"customerId"}},{"kind":"Field","name":{"kind":"Name","value":"firstName"}},{"kind":"Field","name":{"kind":"Name","value":"lastName"}},{"kind":"Field","name":{"kind":"Name","value":"cardNumber"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"birthDate"}},{"kind":"Field","name":{"kind":"Name","value":"gender"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"consents"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"at"}}]}},{"kind":"Field","name":{"kind":"Name","value":"tier"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"name"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"en"}},{"kind":"Field","name":{"kind":"Name","value":"ru"}},{"kind":"Field","name":{"kind":"Name","value":"fa"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"balances"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"decimals"}},{"kind":"Field","name":{"kind":"Name","value":"name"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"en"}},{"kind":"Field","name":{"kind":"Name","value":"ru"}},{"kind":"Field","name":{"kind":"Name","value":"fa"}}]}}]}}]}}]}}]} as unknown as DocumentNode<UpdateMyProfileMutation, UpdateMyProfileMutationVariables>;
export const InviteToSelfServiceDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"InviteToSelfService"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"customerId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"inviteCustomerToSelfService"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"customerId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"customerId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"link"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"emailed"}}]}}]}}]} as unknown as DocumentNode<InviteToSelfServiceMutation, InviteToSelfServiceMutationVariables>;
export const CustomerRequestsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CustomerRequests"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"status"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"CustomerRequestStatus"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"customerRequests"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"status"},"value":{"kind":"Variable","name":{"kind":"Name","value":"status"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CustomerRequestFields"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CustomerRequestFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CustomerRequest"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"customerId"}},{"kind":"Field","name":{"kind":"Name","value":"customerName"}},{"kind":"Field","name":{"kind":"Name","value":"subject"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"answer"}},{"kind":"Field","name":{"kind":"Name","value":"answeredAt"}},{"kind":"Field","name":{"kind":"Name","value":"answeredBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]} as unknown as DocumentNode<CustomerRequestsQuery, CustomerRequestsQueryVariables>;
export const AnswerCustomerRequestDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AnswerCustomerRequest"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"text"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"answerCustomerRequest"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"text"},"value":{"kind":"Variable","name":{"kind":"Name","value":"text"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CustomerRequestFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CustomerRequestFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CustomerRequest"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"customerId"}},{"kind":"Field","name":{"kind":"Name","value":"customerName"}},{"kind":"Field","name":{"kind":"Name","value":"subject"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"answer"}},{"kind":"Field","name":{"kind":"Name","value":"answeredAt"}},{"kind":"Field","name":{"kind":"Name","value":"answeredBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]} as unknown as DocumentNode<AnswerCustomerRequestMutation, AnswerCustomerRequestMutationVariables>;
export const CloseCustomerRequestDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CloseCustomerRequest"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"closeCustomerRequest"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CustomerRequestFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CustomerRequestFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CustomerRequest"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"customerId"}},{"kind":"Field","name":{"kind":"Name","value":"customerName"}},{"kind":"Field","name":{"kind":"Name","value":"subject"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"answer"}},{"kind":"Field","name":{"kind":"Name","value":"answeredAt"}},{"kind":"Field","name":{"kind":"Name","value":"answeredBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]} as unknown as DocumentNode<CloseCustomerRequestMutation, CloseCustomerRequestMutationVariables>;
export const StaffMembersDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"StaffMembers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"staffMembers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"StaffFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"StaffFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Staff"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"roleName"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"en"}},{"kind":"Field","name":{"kind":"Name","value":"ru"}},{"kind":"Field","name":{"kind":"Name","value":"fa"}}]}},{"kind":"Field","name":{"kind":"Name","value":"active"}},{"kind":"Field","name":{"kind":"Name","value":"mustChangePassword"}},{"kind":"Field","name":{"kind":"Name","value":"twoFactorEnabled"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"branch"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"en"}},{"kind":"Field","name":{"kind":"Name","value":"ru"}},{"kind":"Field","name":{"kind":"Name","value":"fa"}}]}}]}}]}}]} as unknown as DocumentNode<StaffMembersQuery, StaffMembersQueryVariables>;
export const CreateStaffDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateStaff"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateStaffInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createStaff"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"StaffFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"StaffFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Staff"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"roleName"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"en"}},{"kind":"Field","name":{"kind":"Name","value":"ru"}},{"kind":"Field","name":{"kind":"Name","value":"fa"}}]}},{"kind":"Field","name":{"kind":"Name","value":"active"}},{"kind":"Field","name":{"kind":"Name","value":"mustChangePassword"}},{"kind":"Field","name":{"kind":"Name","value":"twoFactorEnabled"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"branch"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"en"}},{"kind":"Field","name":{"kind":"Name","value":"ru"}},{"kind":"Field","name":{"kind":"Name","value":"fa"}}]}}]}}]}}]} as unknown as DocumentNode<CreateStaffMutation, CreateStaffMutationVariables>;
export const ChangeStaffRoleDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ChangeStaffRole"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"role"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"changeStaffRole"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"role"},"value":{"kind":"Variable","name":{"kind":"Name","value":"role"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"StaffFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"StaffFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Staff"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"roleName"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"en"}},{"kind":"Field","name":{"kind":"Name","value":"ru"}},{"kind":"Field","name":{"kind":"Name","value":"fa"}}]}},{"kind":"Field","name":{"kind":"Name","value":"active"}},{"kind":"Field","name":{"kind":"Name","value":"mustChangePassword"}},{"kind":"Field","name":{"kind":"Name","value":"twoFactorEnabled"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"branch"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"en"}},{"kind":"Field","name":{"kind":"Name","value":"ru"}},{"kind":"Field","name":{"kind":"Name","value":"fa"}}]}}]}}]}}]} as unknown as DocumentNode<ChangeStaffRoleMutation, ChangeStaffRoleMutationVariables>;
export const SetStaffBranchDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SetStaffBranch"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"branchId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setStaffBranch"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"branchId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"branchId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"StaffFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"StaffFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Staff"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"roleName"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"en"}},{"kind":"Field","name":{"kind":"Name","value":"ru"}},{"kind":"Field","name":{"kind":"Name","value":"fa"}}]}},{"kind":"Field","name":{"kind":"Name","value":"active"}},{"kind":"Field","name":{"kind":"Name","value":"mustChangePassword"}},{"kind":"Field","name":{"kind":"Name","value":"twoFactorEnabled"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"branch"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"en"}},{"kind":"Field","name":{"kind":"Name","value":"ru"}},{"kind":"Field","name":{"kind":"Name","value":"fa"}}]}}]}}]}}]} as unknown as DocumentNode<SetStaffBranchMutation, SetStaffBranchMutationVariables>;
export const DeactivateStaffDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DeactivateStaff"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deactivateStaff"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"StaffFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"StaffFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Staff"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"roleName"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"en"}},{"kind":"Field","name":{"kind":"Name","value":"ru"}},{"kind":"Field","name":{"kind":"Name","value":"fa"}}]}},{"kind":"Field","name":{"kind":"Name","value":"active"}},{"kind":"Field","name":{"kind":"Name","value":"mustChangePassword"}},{"kind":"Field","name":{"kind":"Name","value":"twoFactorEnabled"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"branch"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"en"}},{"kind":"Field","name":{"kind":"Name","value":"ru"}},{"kind":"Field","name":{"kind":"Name","value":"fa"}}]}}]}}]}}]} as unknown as DocumentNode<DeactivateStaffMutation, DeactivateStaffMutationVariables>;
export const ReactivateStaffDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ReactivateStaff"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reactivateStaff"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"StaffFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"StaffFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Staff"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"roleName"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"en"}},{"kind":"Field","name":{"kind":"Name","value":"ru"}},{"kind":"Field","name":{"kind":"Name","value":"fa"}}]}},{"kind":"Field","name":{"kind":"Name","value":"active"}},{"kind":"Field","name":{"kind":"Name","value":"mustChangePassword"}},{"kind":"Field","name":{"kind":"Name","value":"twoFactorEnabled"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"branch"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"en"}},{"kind":"Field","name":{"kind":"Name","value":"ru"}},{"kind":"Field","name":{"kind":"Name","value":"fa"}}]}}]}}]}}]} as unknown as DocumentNode<ReactivateStaffMutation, ReactivateStaffMutationVariables>;
export const SetTemporaryPasswordDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SetTemporaryPassword"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"password"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setTemporaryPassword"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"password"},"value":{"kind":"Variable","name":{"kind":"Name","value":"password"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"StaffFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"StaffFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Staff"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"roleName"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"en"}},{"kind":"Field","name":{"kind":"Name","value":"ru"}},{"kind":"Field","name":{"kind":"Name","value":"fa"}}]}},{"kind":"Field","name":{"kind":"Name","value":"active"}},{"kind":"Field","name":{"kind":"Name","value":"mustChangePassword"}},{"kind":"Field","name":{"kind":"Name","value":"twoFactorEnabled"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"branch"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"en"}},{"kind":"Field","name":{"kind":"Name","value":"ru"}},{"kind":"Field","name":{"kind":"Name","value":"fa"}}]}}]}}]}}]} as unknown as DocumentNode<SetTemporaryPasswordMutation, SetTemporaryPasswordMutationVariables>;
export const ResetStaffTwoFactorDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ResetStaffTwoFactor"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"resetStaffTwoFactor"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"StaffFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"StaffFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Staff"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"roleName"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"en"}},{"kind":"Field","name":{"kind":"Name","value":"ru"}},{"kind":"Field","name":{"kind":"Name","value":"fa"}}]}},{"kind":"Field","name":{"kind":"Name","value":"active"}},{"kind":"Field","name":{"kind":"Name","value":"mustChangePassword"}},{"kind":"Field","name":{"kind":"Name","value":"twoFactorEnabled"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"branch"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"en"}},{"kind":"Field","name":{"kind":"Name","value":"ru"}},{"kind":"Field","name":{"kind":"Name","value":"fa"}}]}}]}}]}}]} as unknown as DocumentNode<ResetStaffTwoFactorMutation, ResetStaffTwoFactorMutationVariables>;
export const TagsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Tags"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"tags"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"color"}}]}}]}}]} as unknown as DocumentNode<TagsQuery, TagsQueryVariables>;
export const TagsWithCountsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"TagsWithCounts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"tags"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"color"}},{"kind":"Field","name":{"kind":"Name","value":"customerCount"}}]}}]}}]} as unknown as DocumentNode<TagsWithCountsQuery, TagsWithCountsQueryVariables>;
export const CreateTagDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateTag"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"TagInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createTag"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"color"}}]}}]}}]} as unknown as DocumentNode<CreateTagMutation, CreateTagMutationVariables>;
export const UpdateTagDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateTag"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"TagInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateTag"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"color"}}]}}]}}]} as unknown as DocumentNode<UpdateTagMutation, UpdateTagMutationVariables>;
export const DeleteTagDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DeleteTag"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deleteTag"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}]}]}}]} as unknown as DocumentNode<DeleteTagMutation, DeleteTagMutationVariables>;
export const SetCustomerTagsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SetCustomerTags"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"customerId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"tagIds"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setCustomerTags"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"customerId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"customerId"}}},{"kind":"Argument","name":{"kind":"Name","value":"tagIds"},"value":{"kind":"Variable","name":{"kind":"Name","value":"tagIds"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"tags"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"color"}}]}}]}}]}}]} as unknown as DocumentNode<SetCustomerTagsMutation, SetCustomerTagsMutationVariables>;
export const MessageTemplatesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MessageTemplates"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"messageTemplates"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MessageTemplateFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MessageTemplateFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MessageTemplate"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"channel"}},{"kind":"Field","name":{"kind":"Name","value":"contents"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"language"}},{"kind":"Field","name":{"kind":"Name","value":"subject"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"html"}}]}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}}]} as unknown as DocumentNode<MessageTemplatesQuery, MessageTemplatesQueryVariables>;
export const MessageTemplateDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MessageTemplate"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"messageTemplate"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MessageTemplateFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MessageTemplateFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MessageTemplate"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"channel"}},{"kind":"Field","name":{"kind":"Name","value":"contents"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"language"}},{"kind":"Field","name":{"kind":"Name","value":"subject"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"html"}}]}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}}]} as unknown as DocumentNode<MessageTemplateQuery, MessageTemplateQueryVariables>;
export const TemplateVariablesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"TemplateVariables"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"templateVariables"}}]}}]} as unknown as DocumentNode<TemplateVariablesQuery, TemplateVariablesQueryVariables>;
export const CreateMessageTemplateDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateMessageTemplate"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"MessageTemplateInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createMessageTemplate"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MessageTemplateFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MessageTemplateFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MessageTemplate"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"channel"}},{"kind":"Field","name":{"kind":"Name","value":"contents"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"language"}},{"kind":"Field","name":{"kind":"Name","value":"subject"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"html"}}]}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}}]} as unknown as DocumentNode<CreateMessageTemplateMutation, CreateMessageTemplateMutationVariables>;
export const UpdateMessageTemplateDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateMessageTemplate"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"MessageTemplateInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateMessageTemplate"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MessageTemplateFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MessageTemplateFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MessageTemplate"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"channel"}},{"kind":"Field","name":{"kind":"Name","value":"contents"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"language"}},{"kind":"Field","name":{"kind":"Name","value":"subject"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"html"}}]}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}}]} as unknown as DocumentNode<UpdateMessageTemplateMutation, UpdateMessageTemplateMutationVariables>;
export const DeleteMessageTemplateDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DeleteMessageTemplate"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deleteMessageTemplate"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}]}]}}]} as unknown as DocumentNode<DeleteMessageTemplateMutation, DeleteMessageTemplateMutationVariables>;
export const PreviewTemplateDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PreviewTemplate"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"customerId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"draft"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"MessageTemplateInput"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"language"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Locale"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"previewTemplate"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"customerId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"customerId"}}},{"kind":"Argument","name":{"kind":"Name","value":"draft"},"value":{"kind":"Variable","name":{"kind":"Name","value":"draft"}}},{"kind":"Argument","name":{"kind":"Name","value":"language"},"value":{"kind":"Variable","name":{"kind":"Name","value":"language"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"language"}},{"kind":"Field","name":{"kind":"Name","value":"subject"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"html"}},{"kind":"Field","name":{"kind":"Name","value":"smsLength"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"encoding"}},{"kind":"Field","name":{"kind":"Name","value":"characters"}},{"kind":"Field","name":{"kind":"Name","value":"parts"}},{"kind":"Field","name":{"kind":"Name","value":"perPart"}}]}},{"kind":"Field","name":{"kind":"Name","value":"problem"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"variable"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<PreviewTemplateQuery, PreviewTemplateQueryVariables>;
export const TiersDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Tiers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"tiers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TierFields"}},{"kind":"Field","name":{"kind":"Name","value":"customerCount"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TierFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Tier"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"name"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"en"}},{"kind":"Field","name":{"kind":"Name","value":"ru"}},{"kind":"Field","name":{"kind":"Name","value":"fa"}}]}},{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"minPurchaseTotal"}},{"kind":"Field","name":{"kind":"Name","value":"minPurchaseCount"}},{"kind":"Field","name":{"kind":"Name","value":"minXp"}},{"kind":"Field","name":{"kind":"Name","value":"rules"}}]}}]} as unknown as DocumentNode<TiersQuery, TiersQueryVariables>;
export const CreateTierDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateTier"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"TierInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createTier"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TierFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TierFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Tier"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"name"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"en"}},{"kind":"Field","name":{"kind":"Name","value":"ru"}},{"kind":"Field","name":{"kind":"Name","value":"fa"}}]}},{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"minPurchaseTotal"}},{"kind":"Field","name":{"kind":"Name","value":"minPurchaseCount"}},{"kind":"Field","name":{"kind":"Name","value":"minXp"}},{"kind":"Field","name":{"kind":"Name","value":"rules"}}]}}]} as unknown as DocumentNode<CreateTierMutation, CreateTierMutationVariables>;
export const UpdateTierDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateTier"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"TierInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateTier"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TierFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TierFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Tier"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"name"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"en"}},{"kind":"Field","name":{"kind":"Name","value":"ru"}},{"kind":"Field","name":{"kind":"Name","value":"fa"}}]}},{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"minPurchaseTotal"}},{"kind":"Field","name":{"kind":"Name","value":"minPurchaseCount"}},{"kind":"Field","name":{"kind":"Name","value":"minXp"}},{"kind":"Field","name":{"kind":"Name","value":"rules"}}]}}]} as unknown as DocumentNode<UpdateTierMutation, UpdateTierMutationVariables>;
export const DeleteTierDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DeleteTier"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deleteTier"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}]}]}}]} as unknown as DocumentNode<DeleteTierMutation, DeleteTierMutationVariables>;
export const TierPolicyDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"TierPolicy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"tierPolicy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"windowDays"}},{"kind":"Field","name":{"kind":"Name","value":"downgradePolicy"}},{"kind":"Field","name":{"kind":"Name","value":"periodMonths"}}]}}]}}]} as unknown as DocumentNode<TierPolicyQuery, TierPolicyQueryVariables>;
export const UpdateTierPolicyDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateTierPolicy"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"TierPolicyInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateTierPolicy"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"windowDays"}},{"kind":"Field","name":{"kind":"Name","value":"downgradePolicy"}},{"kind":"Field","name":{"kind":"Name","value":"periodMonths"}}]}}]}}]} as unknown as DocumentNode<UpdateTierPolicyMutation, UpdateTierPolicyMutationVariables>;
export const RecomputeTiersDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RecomputeTiers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recomputeTiers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"evaluated"}},{"kind":"Field","name":{"kind":"Name","value":"changed"}}]}}]}}]} as unknown as DocumentNode<RecomputeTiersMutation, RecomputeTiersMutationVariables>;
export const CustomerTierDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CustomerTier"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"customer"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"tier"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"tier"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TierFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"manualTier"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"since"}},{"kind":"Field","name":{"kind":"Name","value":"reviewAt"}},{"kind":"Field","name":{"kind":"Name","value":"progress"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"purchaseTotal"}},{"kind":"Field","name":{"kind":"Name","value":"purchaseCount"}},{"kind":"Field","name":{"kind":"Name","value":"xp"}},{"kind":"Field","name":{"kind":"Name","value":"nextTier"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TierFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"purchaseTotalNeeded"}},{"kind":"Field","name":{"kind":"Name","value":"purchaseCountNeeded"}},{"kind":"Field","name":{"kind":"Name","value":"xpNeeded"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TierFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Tier"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"name"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"en"}},{"kind":"Field","name":{"kind":"Name","value":"ru"}},{"kind":"Field","name":{"kind":"Name","value":"fa"}}]}},{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"minPurchaseTotal"}},{"kind":"Field","name":{"kind":"Name","value":"minPurchaseCount"}},{"kind":"Field","name":{"kind":"Name","value":"minXp"}},{"kind":"Field","name":{"kind":"Name","value":"rules"}}]}}]} as unknown as DocumentNode<CustomerTierQuery, CustomerTierQueryVariables>;
export const SetCustomerManualTierDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SetCustomerManualTier"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"customerId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"tierId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setCustomerManualTier"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"customerId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"customerId"}}},{"kind":"Argument","name":{"kind":"Name","value":"tierId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"tierId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"tier"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"manualTier"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<SetCustomerManualTierMutation, SetCustomerManualTierMutationVariables>;
export const WebhooksDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Webhooks"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"webhooks"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"WebhookFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"webhookEventTypes"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"WebhookFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Webhook"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"events"}},{"kind":"Field","name":{"kind":"Name","value":"enabled"}},{"kind":"Field","name":{"kind":"Name","value":"lastDelivery"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]}}]} as unknown as DocumentNode<WebhooksQuery, WebhooksQueryVariables>;
export const WebhookDeliveriesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"WebhookDeliveries"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"webhookId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"webhookDeliveries"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"webhookId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"webhookId"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"WebhookDeliveryFields"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"WebhookDeliveryFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"WebhookDelivery"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"nextAttemptAt"}},{"kind":"Field","name":{"kind":"Name","value":"attempts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"error"}}]}}]}}]} as unknown as DocumentNode<WebhookDeliveriesQuery, WebhookDeliveriesQueryVariables>;
export const CreateWebhookDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateWebhook"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"WebhookInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createWebhook"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"secret"}},{"kind":"Field","name":{"kind":"Name","value":"webhook"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"WebhookFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"WebhookFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Webhook"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"events"}},{"kind":"Field","name":{"kind":"Name","value":"enabled"}},{"kind":"Field","name":{"kind":"Name","value":"lastDelivery"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]}}]} as unknown as DocumentNode<CreateWebhookMutation, CreateWebhookMutationVariables>;
export const UpdateWebhookDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateWebhook"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"WebhookInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateWebhook"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"WebhookFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"WebhookFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Webhook"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"events"}},{"kind":"Field","name":{"kind":"Name","value":"enabled"}},{"kind":"Field","name":{"kind":"Name","value":"lastDelivery"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]}}]} as unknown as DocumentNode<UpdateWebhookMutation, UpdateWebhookMutationVariables>;
export const DeleteWebhookDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DeleteWebhook"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deleteWebhook"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}]}]}}]} as unknown as DocumentNode<DeleteWebhookMutation, DeleteWebhookMutationVariables>;
export const RotateWebhookSecretDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RotateWebhookSecret"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rotateWebhookSecret"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"secret"}}]}}]}}]} as unknown as DocumentNode<RotateWebhookSecretMutation, RotateWebhookSecretMutationVariables>;
export const SendTestWebhookDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SendTestWebhook"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sendTestWebhook"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"WebhookDeliveryFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"WebhookDeliveryFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"WebhookDelivery"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"nextAttemptAt"}},{"kind":"Field","name":{"kind":"Name","value":"attempts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"error"}}]}}]}}]} as unknown as DocumentNode<SendTestWebhookMutation, SendTestWebhookMutationVariables>;
export const RedeliverWebhookDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RedeliverWebhook"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"deliveryId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"redeliverWebhook"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"deliveryId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"deliveryId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"WebhookDeliveryFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"WebhookDeliveryFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"WebhookDelivery"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"nextAttemptAt"}},{"kind":"Field","name":{"kind":"Name","value":"attempts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"error"}}]}}]}}]} as unknown as DocumentNode<RedeliverWebhookMutation, RedeliverWebhookMutationVariables>;
export const WorkspaceSettingsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"WorkspaceSettings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"workspace"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"workspaceSettings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"defaultPhoneCountry"}},{"kind":"Field","name":{"kind":"Name","value":"lifecycle"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"newDays"}},{"kind":"Field","name":{"kind":"Name","value":"atRiskDays"}},{"kind":"Field","name":{"kind":"Name","value":"lostDays"}}]}},{"kind":"Field","name":{"kind":"Name","value":"completenessAttributes"}},{"kind":"Field","name":{"kind":"Name","value":"timeZone"}},{"kind":"Field","name":{"kind":"Name","value":"quietHours"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"start"}},{"kind":"Field","name":{"kind":"Name","value":"end"}}]}},{"kind":"Field","name":{"kind":"Name","value":"selfSignUp"}},{"kind":"Field","name":{"kind":"Name","value":"twoFactorRequiredRoles"}}]}}]}}]} as unknown as DocumentNode<WorkspaceSettingsQuery, WorkspaceSettingsQueryVariables>;
export const UpdateWorkspaceSettingsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateWorkspaceSettings"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"WorkspaceSettingsInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateWorkspaceSettings"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"defaultPhoneCountry"}},{"kind":"Field","name":{"kind":"Name","value":"lifecycle"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"newDays"}},{"kind":"Field","name":{"kind":"Name","value":"atRiskDays"}},{"kind":"Field","name":{"kind":"Name","value":"lostDays"}}]}},{"kind":"Field","name":{"kind":"Name","value":"completenessAttributes"}},{"kind":"Field","name":{"kind":"Name","value":"timeZone"}},{"kind":"Field","name":{"kind":"Name","value":"quietHours"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"start"}},{"kind":"Field","name":{"kind":"Name","value":"end"}}]}},{"kind":"Field","name":{"kind":"Name","value":"selfSignUp"}},{"kind":"Field","name":{"kind":"Name","value":"twoFactorRequiredRoles"}}]}}]}}]} as unknown as DocumentNode<UpdateWorkspaceSettingsMutation, UpdateWorkspaceSettingsMutationVariables>;