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

export type AttributeGroup = {
  __typename?: 'AttributeGroup';
  key: Scalars['String']['output'];
  label: LocalizedText;
  position: Scalars['Int']['output'];
};

export type AttributeType =
  | 'ADDRESS'
  | 'BOOLEAN'
  | 'DATE'
  | 'DATETIME'
  | 'EMAIL'
  | 'LONG_TEXT'
  | 'MONEY'
  | 'MULTIPLE_CHOICE'
  | 'NUMBER'
  | 'PHONE'
  | 'SINGLE_CHOICE'
  | 'TEXT'
  | 'URL';

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
  /** Units for every line: with a segment, or a file without amounts. */
  amount?: InputMaybe<Scalars['Float']['input']>;
  comment?: InputMaybe<Scalars['String']['input']>;
  /** Lines of identifier[,amount]; comma, semicolon or tab; a header line is allowed. */
  csv?: InputMaybe<Scalars['String']['input']>;
  currency: Scalars['String']['input'];
  expiresAt?: InputMaybe<Scalars['DateTime']['input']>;
  /** Required with csv. */
  identifier?: InputMaybe<BatchIdentifier>;
  reason?: InputMaybe<Scalars['String']['input']>;
  /** Instead of a file: every customer of this segment. */
  segmentId?: InputMaybe<Scalars['ID']['input']>;
};

export type BalanceBatchLine = {
  __typename?: 'BalanceBatchLine';
  amount: Scalars['Float']['output'];
  detail?: Maybe<Scalars['String']['output']>;
  identifier: Scalars['String']['output'];
  line: Scalars['Int']['output'];
  /** UNMATCHED, INVALID, INACTIVE, NEGATIVE (at preview) or TOO_LOW (when applied). */
  problem: Scalars['String']['output'];
};

export type BalanceBatchStatus =
  | 'APPLYING'
  | 'DONE'
  | 'PREVIEW';

/** The CSV column that names the customer. */
export type BatchIdentifier =
  | 'CARD_NUMBER'
  | 'CUSTOMER_ID'
  | 'EMAIL'
  | 'MOBILE';

export type BulkActionInput = {
  /** SET_FIELDS: attribute values keyed by attribute key (null clears). */
  attributes?: InputMaybe<Scalars['JSON']['input']>;
  kind: BulkActionKind;
  /** ADD_TAGS / REMOVE_TAGS / REPLACE_TAGS. */
  tagIds?: InputMaybe<Array<Scalars['ID']['input']>>;
};

export type BulkActionKind =
  | 'ACTIVATE'
  | 'ADD_TAGS'
  | 'DEACTIVATE'
  | 'DELETE'
  | 'REMOVE_TAGS'
  | 'REPLACE_TAGS'
  | 'SET_FIELDS';

export type BulkJob = {
  __typename?: 'BulkJob';
  createdAt: Scalars['DateTime']['output'];
  failed: Scalars['Int']['output'];
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
  message: Scalars['String']['output'];
};

export type BulkJobStatus =
  | 'DONE'
  | 'FAILED'
  | 'QUEUED'
  | 'RUNNING';

export type CalendarSystem =
  | 'GREGORIAN'
  | 'JALALI';

export type CreateAttributeDefinitionInput = {
  choices?: InputMaybe<Array<AttributeChoiceInput>>;
  defaultValue?: InputMaybe<Scalars['JSON']['input']>;
  filterable?: Scalars['Boolean']['input'];
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
  status?: CustomerStatus;
};

export type CreateStaffInput = {
  email: Scalars['String']['input'];
  name: Scalars['String']['input'];
  /** At least 10 characters; stored only as an argon2 hash. */
  password: Scalars['String']['input'];
  role: StaffRole;
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
  /** Every attribute value (system and custom) keyed by attribute key. Dates are YYYY-MM-DD, date-times ISO 8601, phones E.164. */
  attributes: Scalars['JSON']['output'];
  /** Every currency of the workspace, zero included. */
  balances: Array<Balance>;
  cardNumber?: Maybe<Scalars['String']['output']>;
  createdAt: Scalars['DateTime']['output'];
  displayName: Scalars['String']['output'];
  email?: Maybe<Scalars['String']['output']>;
  /** Values of computed customer fields (customerFields whose source is a module or plugin, e.g. balance_coins) by key. */
  fieldValues: Scalars['JSON']['output'];
  firstName?: Maybe<Scalars['String']['output']>;
  /** Everything that happened to the customer, newest first. */
  history: HistoryEventConnection;
  id: Scalars['ID']['output'];
  lastName?: Maybe<Scalars['String']['output']>;
  /** Ledger operations, newest first; from inclusive, to exclusive. */
  ledger: LedgerOperationConnection;
  mobile?: Maybe<Scalars['String']['output']>;
  status: CustomerStatus;
  tags: Array<Tag>;
  updatedAt: Scalars['DateTime']['output'];
};


export type CustomerFieldValuesArgs = {
  keys: Array<Scalars['String']['input']>;
};


export type CustomerHistoryArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: Scalars['Int']['input'];
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

export type CustomerConnection = {
  __typename?: 'CustomerConnection';
  edges: Array<CustomerEdge>;
  pageInfo: PageInfo;
  /** Exact number of matching customers; counted only when asked. */
  totalCount: Scalars['Int']['output'];
};

export type CustomerEdge = {
  __typename?: 'CustomerEdge';
  cursor: Scalars['String']['output'];
  node: Customer;
};

export type CustomerField = {
  __typename?: 'CustomerField';
  attributeType?: Maybe<AttributeType>;
  /** For CHOICE and MULTI fields (tags: value is the tag id). */
  choices: Array<FieldChoice>;
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

export type CustomerStatus =
  | 'ACTIVE'
  | 'INACTIVE';

export type EmailDomainCount = {
  __typename?: 'EmailDomainCount';
  customers: Scalars['Int']['output'];
  domain: Scalars['String']['output'];
};

export type FieldChange = {
  __typename?: 'FieldChange';
  key: Scalars['String']['output'];
  newValue?: Maybe<Scalars['JSON']['output']>;
  oldValue?: Maybe<Scalars['JSON']['output']>;
};

export type FieldChoice = {
  __typename?: 'FieldChoice';
  label: LocalizedText;
  value: Scalars['String']['output'];
};

export type FieldKind =
  | 'BOOLEAN'
  | 'CHOICE'
  | 'DATE'
  | 'DATETIME'
  | 'MULTI'
  | 'NUMBER'
  | 'TEXT';

export type FilterConditionInput = {
  field: Scalars['String']['input'];
  operator: FilterOperator;
  value?: InputMaybe<Scalars['JSON']['input']>;
};

export type FilterGroupOp =
  | 'AND'
  | 'OR';

export type FilterOperator =
  | 'AFTER'
  | 'BEFORE'
  | 'BETWEEN'
  | 'CONTAINS'
  | 'EQ'
  | 'FILLED'
  | 'GT'
  | 'GTE'
  | 'HAS_ALL'
  | 'HAS_ANY'
  | 'HAS_NONE'
  | 'IN'
  | 'LAST_DAYS'
  | 'LT'
  | 'LTE'
  | 'NEQ'
  | 'NEXT_DAYS'
  | 'NOT_FILLED'
  | 'NOT_IN'
  | 'STARTS_WITH';

export type HistoryActor = {
  __typename?: 'HistoryActor';
  id?: Maybe<Scalars['ID']['output']>;
  /** staff, plugin or system */
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

export type HistoryEventType =
  | 'BALANCE_CHANGED'
  | 'CUSTOMER_ACTIVATED'
  | 'CUSTOMER_CREATED'
  | 'CUSTOMER_DEACTIVATED'
  | 'CUSTOMER_DELETED'
  | 'CUSTOMER_TAGGED'
  | 'CUSTOMER_UPDATED';

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
  id: Scalars['ID']['output'];
  idempotencyKey: Scalars['String']['output'];
  kind: LedgerOperationKind;
  /** Shown to the customer. */
  reason: Scalars['String']['output'];
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
export type LedgerOperationKind =
  | 'ADJUSTMENT'
  | 'EARN'
  | 'EXPIRY'
  | 'GRANT'
  | 'RETURN'
  | 'REVERSAL'
  | 'SPEND';

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

export type Locale =
  | 'EN'
  | 'FA'
  | 'RU';

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

export type Mutation = {
  __typename?: 'Mutation';
  activateCustomer: Customer;
  /** Adds to or subtracts from a customer's balance. A subtraction beyond the balance is refused; the same idempotencyKey again returns the first operation. */
  adjustBalance: LedgerOperation;
  /** Applies a previewed batch in the background, each line exactly once; confirming again changes nothing. */
  confirmBalanceBatch: BalanceBatch;
  createAttributeDefinition: AttributeDefinition;
  createAttributeGroup: AttributeGroup;
  createCurrency: Currency;
  createCustomer: Customer;
  createSegment: Segment;
  createStaff: Staff;
  createTag: Tag;
  deactivateCustomer: Customer;
  deleteCustomer: Scalars['ID']['output'];
  /** Owner only; a shared segment also by an admin. */
  deleteSegment: Scalars['ID']['output'];
  /** Removes the tag from every customer too (in each customer's history). */
  deleteTag: Scalars['ID']['output'];
  /** Signs in and sets the httpOnly session cookie. */
  login: Staff;
  logout: Scalars['Boolean']['output'];
  /** Uploads and matches a batch, writing nothing to balances: read the preview, then confirm it. */
  previewBalanceBatch: BalanceBatch;
  /** Sets positions in the order given (ids of one group). */
  reorderAttributeDefinitions: Array<AttributeDefinition>;
  restoreAttributeDefinition: AttributeDefinition;
  retireAttributeDefinition: AttributeDefinition;
  /** Corrects an operation with its mirror image; each operation can be reversed once. */
  reverseLedgerOperation: LedgerOperation;
  /** Sets a customer's tags to exactly these. */
  setCustomerTags: Customer;
  /** Runs in the background; poll bulkJob(id) for progress. Every change lands in each customer's history. DELETE also needs customers.delete. */
  startBulkAction: BulkJob;
  updateAttributeDefinition: AttributeDefinition;
  /** Name, value, spendability and position; key and decimals are fixed. */
  updateCurrency: Currency;
  updateCustomer: Customer;
  /** Saves the columns of my customer table (any field key), in order. */
  updateMyCustomerColumns: Staff;
  updateMyPreferences: Staff;
  /** Owner only; a shared segment also by an admin. */
  updateSegment: Segment;
  updateTag: Tag;
};


export type MutationActivateCustomerArgs = {
  id: Scalars['ID']['input'];
};


export type MutationAdjustBalanceArgs = {
  input: AdjustBalanceInput;
};


export type MutationConfirmBalanceBatchArgs = {
  id: Scalars['ID']['input'];
};


export type MutationCreateAttributeDefinitionArgs = {
  input: CreateAttributeDefinitionInput;
};


export type MutationCreateAttributeGroupArgs = {
  key: Scalars['String']['input'];
  label: LocalizedTextInput;
};


export type MutationCreateCurrencyArgs = {
  input: CurrencyInput;
};


export type MutationCreateCustomerArgs = {
  input: CreateCustomerInput;
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


export type MutationDeactivateCustomerArgs = {
  id: Scalars['ID']['input'];
};


export type MutationDeleteCustomerArgs = {
  id: Scalars['ID']['input'];
};


export type MutationDeleteSegmentArgs = {
  id: Scalars['ID']['input'];
};


export type MutationDeleteTagArgs = {
  id: Scalars['ID']['input'];
};


export type MutationLoginArgs = {
  email: Scalars['String']['input'];
  password: Scalars['String']['input'];
};


export type MutationPreviewBalanceBatchArgs = {
  input: BalanceBatchInput;
};


export type MutationReorderAttributeDefinitionsArgs = {
  ids: Array<Scalars['ID']['input']>;
};


export type MutationRestoreAttributeDefinitionArgs = {
  id: Scalars['ID']['input'];
};


export type MutationRetireAttributeDefinitionArgs = {
  id: Scalars['ID']['input'];
};


export type MutationReverseLedgerOperationArgs = {
  input: ReverseOperationInput;
};


export type MutationSetCustomerTagsArgs = {
  customerId: Scalars['ID']['input'];
  tagIds: Array<Scalars['ID']['input']>;
};


export type MutationStartBulkActionArgs = {
  action: BulkActionInput;
  selection: CustomerSelection;
};


export type MutationUpdateAttributeDefinitionArgs = {
  id: Scalars['ID']['input'];
  input: UpdateAttributeDefinitionInput;
};


export type MutationUpdateCurrencyArgs = {
  id: Scalars['ID']['input'];
  input: CurrencyInput;
};


export type MutationUpdateCustomerArgs = {
  id: Scalars['ID']['input'];
  input: UpdateCustomerInput;
};


export type MutationUpdateMyCustomerColumnsArgs = {
  columns: Array<ListColumnInput>;
};


export type MutationUpdateMyPreferencesArgs = {
  input: UpdatePreferencesInput;
};


export type MutationUpdateSegmentArgs = {
  id: Scalars['ID']['input'];
  input: SegmentInput;
};


export type MutationUpdateTagArgs = {
  id: Scalars['ID']['input'];
  input: TagInput;
};

export type PageInfo = {
  __typename?: 'PageInfo';
  endCursor?: Maybe<Scalars['String']['output']>;
  hasNextPage: Scalars['Boolean']['output'];
  hasPreviousPage: Scalars['Boolean']['output'];
  startCursor?: Maybe<Scalars['String']['output']>;
};

export type Query = {
  __typename?: 'Query';
  /** The attribute registry, in group and position order. */
  attributeDefinitions: Array<AttributeDefinition>;
  attributeGroups: Array<AttributeGroup>;
  balanceBatch: BalanceBatch;
  bulkJob: BulkJob;
  /** The workspace's most recent bulk jobs, newest first. */
  bulkJobs: Array<BulkJob>;
  /** The balances this workspace keeps, in display order. */
  currencies: Array<Currency>;
  customer: Customer;
  /** Exact number of customers matching search AND filter AND segment. */
  customerCount: Scalars['Int']['output'];
  /** Every field a filter, a column or a sort can use: attributes, status, tags, createdAt, updatedAt and fields other modules register. */
  customerFields: Array<CustomerField>;
  /** Customers matching search (any chip) AND filter AND segment, a page at a time (keyset cursors over any sortable field). */
  customers: CustomerConnection;
  /** The most common email domains among customers (email-domain plugin). */
  emailDomainStats: Array<EmailDomainCount>;
  /** The signed-in staff member, or null. */
  me?: Maybe<Staff>;
  segment: Segment;
  /** Own private segments and every shared one, by name. */
  segments: Array<Segment>;
  staffMembers: Array<Staff>;
  /** Every tag of the workspace, by name. */
  tags: Array<Tag>;
};


export type QueryAttributeDefinitionsArgs = {
  includeRetired?: Scalars['Boolean']['input'];
};


export type QueryBalanceBatchArgs = {
  id: Scalars['ID']['input'];
};


export type QueryBulkJobArgs = {
  id: Scalars['ID']['input'];
};


export type QueryBulkJobsArgs = {
  first?: Scalars['Int']['input'];
};


export type QueryCustomerArgs = {
  id: Scalars['ID']['input'];
};


export type QueryCustomerCountArgs = {
  filter?: InputMaybe<CustomerFilter>;
  search?: InputMaybe<Array<Scalars['String']['input']>>;
  segmentId?: InputMaybe<Scalars['ID']['input']>;
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


export type QueryEmailDomainStatsArgs = {
  limit?: Scalars['Int']['input'];
};


export type QuerySegmentArgs = {
  id: Scalars['ID']['input'];
};

export type ReverseOperationInput = {
  comment?: InputMaybe<Scalars['String']['input']>;
  idempotencyKey: Scalars['String']['input'];
  operationId: Scalars['ID']['input'];
  reason?: InputMaybe<Scalars['String']['input']>;
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
  updatedAt: Scalars['DateTime']['output'];
};

export type SegmentInput = {
  filter?: InputMaybe<CustomerFilter>;
  name: Scalars['String']['input'];
  search?: InputMaybe<Array<Scalars['String']['input']>>;
  shared?: Scalars['Boolean']['input'];
};

export type SegmentOwner = {
  __typename?: 'SegmentOwner';
  id: Scalars['ID']['output'];
  name: Scalars['String']['output'];
};

export type SortDirection =
  | 'ASC'
  | 'DESC';

export type Staff = {
  __typename?: 'Staff';
  calendar: CalendarSystem;
  /** The customer table's columns chosen by this staff member, in order; null until chosen. */
  customerColumns?: Maybe<Array<ListColumn>>;
  email: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  locale: Locale;
  name: Scalars['String']['output'];
  /** Permission names this staff member holds, e.g. customers.read */
  permissions: Array<Scalars['String']['output']>;
  role: StaffRole;
  workspace: Workspace;
};

export type StaffRole =
  | 'ADMIN'
  | 'ANALYST'
  | 'MANAGER'
  | 'OPERATOR';

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

export type UpdateAttributeDefinitionInput = {
  choices?: InputMaybe<Array<AttributeChoiceInput>>;
  defaultValue?: InputMaybe<Scalars['JSON']['input']>;
  filterable?: InputMaybe<Scalars['Boolean']['input']>;
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

export type Workspace = {
  __typename?: 'Workspace';
  id: Scalars['ID']['output'];
  name: Scalars['String']['output'];
};

export type AttributeRegistryQueryVariables = Exact<{
  includeRetired?: Scalars['Boolean']['input'];
}>;


export type AttributeRegistryQuery = { __typename?: 'Query', attributeDefinitions: Array<{ __typename?: 'AttributeDefinition', id: string, key: string, type: AttributeType, system: boolean, required: boolean, unique: boolean, defaultValue?: unknown | null, group: string, position: number, shownInList: boolean, filterable: boolean, retired: boolean, label: { __typename?: 'LocalizedText', en?: string | null, ru?: string | null, fa?: string | null }, helpText?: { __typename?: 'LocalizedText', en?: string | null, ru?: string | null, fa?: string | null } | null, choices: Array<{ __typename?: 'AttributeChoice', value: string, label: { __typename?: 'LocalizedText', en?: string | null, ru?: string | null, fa?: string | null } }> }>, attributeGroups: Array<{ __typename?: 'AttributeGroup', key: string, position: number, label: { __typename?: 'LocalizedText', en?: string | null, ru?: string | null, fa?: string | null } }> };

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

export type MeQueryVariables = Exact<{ [key: string]: never; }>;


export type MeQuery = { __typename?: 'Query', me?: { __typename?: 'Staff', id: string, email: string, name: string, role: StaffRole, locale: Locale, calendar: CalendarSystem, permissions: Array<string>, workspace: { __typename?: 'Workspace', id: string, name: string } } | null };

export type LoginMutationVariables = Exact<{
  email: Scalars['String']['input'];
  password: Scalars['String']['input'];
}>;


export type LoginMutation = { __typename?: 'Mutation', login: { __typename?: 'Staff', id: string, locale: Locale, calendar: CalendarSystem } };

export type LogoutMutationVariables = Exact<{ [key: string]: never; }>;


export type LogoutMutation = { __typename?: 'Mutation', logout: boolean };

export type BalanceBatchFieldsFragment = { __typename?: 'BalanceBatch', id: string, status: BalanceBatchStatus, currency: string, identifier: string, totalLines: number, matched: number, unmatched: number, invalid: number, inactive: number, wouldGoNegative: number, tooLow: number, applied: number };

export type BalanceBatchLineFieldsFragment = { __typename?: 'BalanceBatchLine', line: number, identifier: string, amount: number, problem: string, detail?: string | null };

export type PreviewBalanceBatchMutationVariables = Exact<{
  input: BalanceBatchInput;
  first: Scalars['Int']['input'];
}>;


export type PreviewBalanceBatchMutation = { __typename?: 'Mutation', previewBalanceBatch: { __typename?: 'BalanceBatch', id: string, status: BalanceBatchStatus, currency: string, identifier: string, totalLines: number, matched: number, unmatched: number, invalid: number, inactive: number, wouldGoNegative: number, tooLow: number, applied: number, problems: Array<{ __typename?: 'BalanceBatchLine', line: number, identifier: string, amount: number, problem: string, detail?: string | null }> } };

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


export type BalanceBatchProblemsQuery = { __typename?: 'Query', balanceBatch: { __typename?: 'BalanceBatch', id: string, problems: Array<{ __typename?: 'BalanceBatchLine', line: number, identifier: string, amount: number, problem: string, detail?: string | null }> } };

export type BulkJobFieldsFragment = { __typename?: 'BulkJob', id: string, kind: BulkActionKind, status: BulkJobStatus, total?: number | null, processed: number, failed: number, problems: Array<{ __typename?: 'BulkJobProblem', customerId?: string | null, message: string }> };

export type StartBulkActionMutationVariables = Exact<{
  selection: CustomerSelection;
  action: BulkActionInput;
}>;


export type StartBulkActionMutation = { __typename?: 'Mutation', startBulkAction: { __typename?: 'BulkJob', id: string, kind: BulkActionKind, status: BulkJobStatus, total?: number | null, processed: number, failed: number, problems: Array<{ __typename?: 'BulkJobProblem', customerId?: string | null, message: string }> } };

export type BulkJobQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type BulkJobQuery = { __typename?: 'Query', bulkJob: { __typename?: 'BulkJob', id: string, kind: BulkActionKind, status: BulkJobStatus, total?: number | null, processed: number, failed: number, problems: Array<{ __typename?: 'BulkJobProblem', customerId?: string | null, message: string }> } };

export type MyCustomerColumnsQueryVariables = Exact<{ [key: string]: never; }>;


export type MyCustomerColumnsQuery = { __typename?: 'Query', me?: { __typename?: 'Staff', id: string, customerColumns?: Array<{ __typename?: 'ListColumn', key: string, width?: number | null }> | null } | null };

export type UpdateMyCustomerColumnsMutationVariables = Exact<{
  columns: Array<ListColumnInput> | ListColumnInput;
}>;


export type UpdateMyCustomerColumnsMutation = { __typename?: 'Mutation', updateMyCustomerColumns: { __typename?: 'Staff', id: string, customerColumns?: Array<{ __typename?: 'ListColumn', key: string, width?: number | null }> | null } };

export type CustomerFieldListQueryVariables = Exact<{ [key: string]: never; }>;


export type CustomerFieldListQuery = { __typename?: 'Query', customerFields: Array<{ __typename?: 'CustomerField', key: string, kind: FieldKind, operators: Array<FilterOperator>, sortable: boolean, source: string, attributeType?: AttributeType | null, label: { __typename?: 'LocalizedText', en?: string | null, ru?: string | null, fa?: string | null }, choices: Array<{ __typename?: 'FieldChoice', value: string, label: { __typename?: 'LocalizedText', en?: string | null, ru?: string | null, fa?: string | null } }> }> };

export type CustomerHistoryQueryVariables = Exact<{
  id: Scalars['ID']['input'];
  first: Scalars['Int']['input'];
  after?: InputMaybe<Scalars['String']['input']>;
  types?: InputMaybe<Array<HistoryEventType> | HistoryEventType>;
}>;


export type CustomerHistoryQuery = { __typename?: 'Query', customer: { __typename?: 'Customer', id: string, history: { __typename?: 'HistoryEventConnection', totalCount: number, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor?: string | null }, edges: Array<{ __typename?: 'HistoryEventEdge', node: { __typename?: 'HistoryEvent', id: string, type: HistoryEventType, occurredAt: string, actor: { __typename?: 'HistoryActor', id?: string | null, name: string, kind: string }, changes: Array<{ __typename?: 'FieldChange', key: string, oldValue?: unknown | null, newValue?: unknown | null }> } }> } } };

export type ActivateCustomerMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type ActivateCustomerMutation = { __typename?: 'Mutation', activateCustomer: { __typename?: 'Customer', id: string, status: CustomerStatus } };

export type DeactivateCustomerMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type DeactivateCustomerMutation = { __typename?: 'Mutation', deactivateCustomer: { __typename?: 'Customer', id: string, status: CustomerStatus } };

export type CustomerFieldsFragment = { __typename?: 'Customer', id: string, status: CustomerStatus, attributes: unknown, displayName: string, createdAt: string, updatedAt: string, tags: Array<{ __typename?: 'Tag', id: string, name: string, color: string }> };

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


export type CustomersQuery = { __typename?: 'Query', customers: { __typename?: 'CustomerConnection', pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor?: string | null }, edges: Array<{ __typename?: 'CustomerEdge', node: { __typename?: 'Customer', fieldValues?: unknown, id: string, status: CustomerStatus, attributes: unknown, displayName: string, createdAt: string, updatedAt: string, tags: Array<{ __typename?: 'Tag', id: string, name: string, color: string }> } }> } };

export type CustomerQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type CustomerQuery = { __typename?: 'Query', customer: { __typename?: 'Customer', id: string, status: CustomerStatus, attributes: unknown, displayName: string, createdAt: string, updatedAt: string, tags: Array<{ __typename?: 'Tag', id: string, name: string, color: string }> } };

export type CreateCustomerMutationVariables = Exact<{
  input: CreateCustomerInput;
}>;


export type CreateCustomerMutation = { __typename?: 'Mutation', createCustomer: { __typename?: 'Customer', id: string, status: CustomerStatus, attributes: unknown, displayName: string, createdAt: string, updatedAt: string, tags: Array<{ __typename?: 'Tag', id: string, name: string, color: string }> } };

export type UpdateCustomerMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  input: UpdateCustomerInput;
}>;


export type UpdateCustomerMutation = { __typename?: 'Mutation', updateCustomer: { __typename?: 'Customer', id: string, status: CustomerStatus, attributes: unknown, displayName: string, createdAt: string, updatedAt: string, tags: Array<{ __typename?: 'Tag', id: string, name: string, color: string }> } };

export type DeleteCustomerMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type DeleteCustomerMutation = { __typename?: 'Mutation', deleteCustomer: string };

export type CustomerCountQueryVariables = Exact<{
  search?: InputMaybe<Array<Scalars['String']['input']> | Scalars['String']['input']>;
  filter?: InputMaybe<CustomerFilter>;
  segmentId?: InputMaybe<Scalars['ID']['input']>;
}>;


export type CustomerCountQuery = { __typename?: 'Query', customerCount: number };

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


export type CustomerLedgerQuery = { __typename?: 'Query', customer: { __typename?: 'Customer', id: string, ledger: { __typename?: 'LedgerOperationConnection', pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor?: string | null }, edges: Array<{ __typename?: 'LedgerOperationEdge', node: { __typename?: 'LedgerOperation', id: string, kind: LedgerOperationKind, currency: string, amount: number, balanceAfter: number, expiresAt?: string | null, reason: string, comment: string, reversesId?: string | null, reversedById?: string | null, createdAt: string, actor: { __typename?: 'HistoryActor', name: string, kind: string } } }> } } };

export type AdjustBalanceMutationVariables = Exact<{
  input: AdjustBalanceInput;
}>;


export type AdjustBalanceMutation = { __typename?: 'Mutation', adjustBalance: { __typename?: 'LedgerOperation', id: string, amount: number, balanceAfter: number } };

export type ReverseLedgerOperationMutationVariables = Exact<{
  input: ReverseOperationInput;
}>;


export type ReverseLedgerOperationMutation = { __typename?: 'Mutation', reverseLedgerOperation: { __typename?: 'LedgerOperation', id: string, amount: number, balanceAfter: number } };

export type UpdateMyPreferencesMutationVariables = Exact<{
  input: UpdatePreferencesInput;
}>;


export type UpdateMyPreferencesMutation = { __typename?: 'Mutation', updateMyPreferences: { __typename?: 'Staff', id: string, locale: Locale, calendar: CalendarSystem } };

export type SegmentFieldsFragment = { __typename?: 'Segment', id: string, name: string, shared: boolean, canEdit: boolean, filter?: unknown | null, search: Array<string>, memberCount: number, owner: { __typename?: 'SegmentOwner', id: string, name: string } };

export type SegmentsQueryVariables = Exact<{ [key: string]: never; }>;


export type SegmentsQuery = { __typename?: 'Query', segments: Array<{ __typename?: 'Segment', id: string, name: string, shared: boolean, canEdit: boolean, filter?: unknown | null, search: Array<string>, memberCount: number, owner: { __typename?: 'SegmentOwner', id: string, name: string } }> };

export type CreateSegmentMutationVariables = Exact<{
  input: SegmentInput;
}>;


export type CreateSegmentMutation = { __typename?: 'Mutation', createSegment: { __typename?: 'Segment', id: string, name: string, shared: boolean, canEdit: boolean, filter?: unknown | null, search: Array<string>, memberCount: number, owner: { __typename?: 'SegmentOwner', id: string, name: string } } };

export type UpdateSegmentMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  input: SegmentInput;
}>;


export type UpdateSegmentMutation = { __typename?: 'Mutation', updateSegment: { __typename?: 'Segment', id: string, name: string, shared: boolean, canEdit: boolean, filter?: unknown | null, search: Array<string>, memberCount: number, owner: { __typename?: 'SegmentOwner', id: string, name: string } } };

export type DeleteSegmentMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type DeleteSegmentMutation = { __typename?: 'Mutation', deleteSegment: string };

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

export const BalanceBatchFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"BalanceBatchFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"BalanceBatch"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"identifier"}},{"kind":"Field","name":{"kind":"Name","value":"totalLines"}},{"kind":"Field","name":{"kind":"Name","value":"matched"}},{"kind":"Field","name":{"kind":"Name","value":"unmatched"}},{"kind":"Field","name":{"kind":"Name","value":"invalid"}},{"kind":"Field","name":{"kind":"Name","value":"inactive"}},{"kind":"Field","name":{"kind":"Name","value":"wouldGoNegative"}},{"kind":"Field","name":{"kind":"Name","value":"tooLow"}},{"kind":"Field","name":{"kind":"Name","value":"applied"}}]}}]} as unknown as DocumentNode<BalanceBatchFieldsFragment, unknown>;
export const BalanceBatchLineFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"BalanceBatchLineFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"BalanceBatchLine"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"line"}},{"kind":"Field","name":{"kind":"Name","value":"identifier"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"problem"}},{"kind":"Field","name":{"kind":"Name","value":"detail"}}]}}]} as unknown as DocumentNode<BalanceBatchLineFieldsFragment, unknown>;
export const BulkJobFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"BulkJobFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"BulkJob"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"processed"}},{"kind":"Field","name":{"kind":"Name","value":"failed"}},{"kind":"Field","name":{"kind":"Name","value":"problems"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"customerId"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]} as unknown as DocumentNode<BulkJobFieldsFragment, unknown>;
export const CustomerFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CustomerFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Customer"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"attributes"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"tags"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"color"}}]}}]}}]} as unknown as DocumentNode<CustomerFieldsFragment, unknown>;
export const CurrencyFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CurrencyFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Currency"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"name"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"en"}},{"kind":"Field","name":{"kind":"Name","value":"ru"}},{"kind":"Field","name":{"kind":"Name","value":"fa"}}]}},{"kind":"Field","name":{"kind":"Name","value":"decimals"}},{"kind":"Field","name":{"kind":"Name","value":"unitValue"}},{"kind":"Field","name":{"kind":"Name","value":"spendable"}},{"kind":"Field","name":{"kind":"Name","value":"position"}}]}}]} as unknown as DocumentNode<CurrencyFieldsFragment, unknown>;
export const SegmentFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SegmentFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Segment"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"shared"}},{"kind":"Field","name":{"kind":"Name","value":"canEdit"}},{"kind":"Field","name":{"kind":"Name","value":"filter"}},{"kind":"Field","name":{"kind":"Name","value":"search"}},{"kind":"Field","name":{"kind":"Name","value":"memberCount"}},{"kind":"Field","name":{"kind":"Name","value":"owner"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<SegmentFieldsFragment, unknown>;
export const AttributeRegistryDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AttributeRegistry"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"includeRetired"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}},"defaultValue":{"kind":"BooleanValue","value":false}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"attributeDefinitions"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"includeRetired"},"value":{"kind":"Variable","name":{"kind":"Name","value":"includeRetired"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"system"}},{"kind":"Field","name":{"kind":"Name","value":"required"}},{"kind":"Field","name":{"kind":"Name","value":"unique"}},{"kind":"Field","name":{"kind":"Name","value":"defaultValue"}},{"kind":"Field","name":{"kind":"Name","value":"group"}},{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"shownInList"}},{"kind":"Field","name":{"kind":"Name","value":"filterable"}},{"kind":"Field","name":{"kind":"Name","value":"retired"}},{"kind":"Field","name":{"kind":"Name","value":"label"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"en"}},{"kind":"Field","name":{"kind":"Name","value":"ru"}},{"kind":"Field","name":{"kind":"Name","value":"fa"}}]}},{"kind":"Field","name":{"kind":"Name","value":"helpText"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"en"}},{"kind":"Field","name":{"kind":"Name","value":"ru"}},{"kind":"Field","name":{"kind":"Name","value":"fa"}}]}},{"kind":"Field","name":{"kind":"Name","value":"choices"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"label"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"en"}},{"kind":"Field","name":{"kind":"Name","value":"ru"}},{"kind":"Field","name":{"kind":"Name","value":"fa"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"attributeGroups"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"label"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"en"}},{"kind":"Field","name":{"kind":"Name","value":"ru"}},{"kind":"Field","name":{"kind":"Name","value":"fa"}}]}}]}}]}}]} as unknown as DocumentNode<AttributeRegistryQuery, AttributeRegistryQueryVariables>;
export const CreateAttributeDefinitionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateAttributeDefinition"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateAttributeDefinitionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createAttributeDefinition"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<CreateAttributeDefinitionMutation, CreateAttributeDefinitionMutationVariables>;
export const UpdateAttributeDefinitionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateAttributeDefinition"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateAttributeDefinitionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateAttributeDefinition"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<UpdateAttributeDefinitionMutation, UpdateAttributeDefinitionMutationVariables>;
export const ReorderAttributeDefinitionsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ReorderAttributeDefinitions"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"ids"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reorderAttributeDefinitions"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"ids"},"value":{"kind":"Variable","name":{"kind":"Name","value":"ids"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"position"}}]}}]}}]} as unknown as DocumentNode<ReorderAttributeDefinitionsMutation, ReorderAttributeDefinitionsMutationVariables>;
export const RetireAttributeDefinitionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RetireAttributeDefinition"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"retireAttributeDefinition"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"retired"}}]}}]}}]} as unknown as DocumentNode<RetireAttributeDefinitionMutation, RetireAttributeDefinitionMutationVariables>;
export const RestoreAttributeDefinitionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RestoreAttributeDefinition"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"restoreAttributeDefinition"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"retired"}}]}}]}}]} as unknown as DocumentNode<RestoreAttributeDefinitionMutation, RestoreAttributeDefinitionMutationVariables>;
export const MeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"locale"}},{"kind":"Field","name":{"kind":"Name","value":"calendar"}},{"kind":"Field","name":{"kind":"Name","value":"permissions"}},{"kind":"Field","name":{"kind":"Name","value":"workspace"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<MeQuery, MeQueryVariables>;
export const LoginDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"Login"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"email"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"password"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"login"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"email"},"value":{"kind":"Variable","name":{"kind":"Name","value":"email"}}},{"kind":"Argument","name":{"kind":"Name","value":"password"},"value":{"kind":"Variable","name":{"kind":"Name","value":"password"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"locale"}},{"kind":"Field","name":{"kind":"Name","value":"calendar"}}]}}]}}]} as unknown as DocumentNode<LoginMutation, LoginMutationVariables>;
export const LogoutDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"Logout"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"logout"}}]}}]} as unknown as DocumentNode<LogoutMutation, LogoutMutationVariables>;
export const PreviewBalanceBatchDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PreviewBalanceBatch"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"BalanceBatchInput"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"previewBalanceBatch"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"BalanceBatchFields"}},{"kind":"Field","name":{"kind":"Name","value":"problems"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"BalanceBatchLineFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"BalanceBatchFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"BalanceBatch"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"identifier"}},{"kind":"Field","name":{"kind":"Name","value":"totalLines"}},{"kind":"Field","name":{"kind":"Name","value":"matched"}},{"kind":"Field","name":{"kind":"Name","value":"unmatched"}},{"kind":"Field","name":{"kind":"Name","value":"invalid"}},{"kind":"Field","name":{"kind":"Name","value":"inactive"}},{"kind":"Field","name":{"kind":"Name","value":"wouldGoNegative"}},{"kind":"Field","name":{"kind":"Name","value":"tooLow"}},{"kind":"Field","name":{"kind":"Name","value":"applied"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"BalanceBatchLineFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"BalanceBatchLine"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"line"}},{"kind":"Field","name":{"kind":"Name","value":"identifier"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"problem"}},{"kind":"Field","name":{"kind":"Name","value":"detail"}}]}}]} as unknown as DocumentNode<PreviewBalanceBatchMutation, PreviewBalanceBatchMutationVariables>;
export const ConfirmBalanceBatchDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ConfirmBalanceBatch"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"confirmBalanceBatch"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"BalanceBatchFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"BalanceBatchFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"BalanceBatch"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"identifier"}},{"kind":"Field","name":{"kind":"Name","value":"totalLines"}},{"kind":"Field","name":{"kind":"Name","value":"matched"}},{"kind":"Field","name":{"kind":"Name","value":"unmatched"}},{"kind":"Field","name":{"kind":"Name","value":"invalid"}},{"kind":"Field","name":{"kind":"Name","value":"inactive"}},{"kind":"Field","name":{"kind":"Name","value":"wouldGoNegative"}},{"kind":"Field","name":{"kind":"Name","value":"tooLow"}},{"kind":"Field","name":{"kind":"Name","value":"applied"}}]}}]} as unknown as DocumentNode<ConfirmBalanceBatchMutation, ConfirmBalanceBatchMutationVariables>;
export const BalanceBatchDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"BalanceBatch"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"balanceBatch"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"BalanceBatchFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"BalanceBatchFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"BalanceBatch"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"identifier"}},{"kind":"Field","name":{"kind":"Name","value":"totalLines"}},{"kind":"Field","name":{"kind":"Name","value":"matched"}},{"kind":"Field","name":{"kind":"Name","value":"unmatched"}},{"kind":"Field","name":{"kind":"Name","value":"invalid"}},{"kind":"Field","name":{"kind":"Name","value":"inactive"}},{"kind":"Field","name":{"kind":"Name","value":"wouldGoNegative"}},{"kind":"Field","name":{"kind":"Name","value":"tooLow"}},{"kind":"Field","name":{"kind":"Name","value":"applied"}}]}}]} as unknown as DocumentNode<BalanceBatchQuery, BalanceBatchQueryVariables>;
export const BalanceBatchProblemsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"BalanceBatchProblems"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"afterLine"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"balanceBatch"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"problems"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"afterLine"},"value":{"kind":"Variable","name":{"kind":"Name","value":"afterLine"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"BalanceBatchLineFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"BalanceBatchLineFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"BalanceBatchLine"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"line"}},{"kind":"Field","name":{"kind":"Name","value":"identifier"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"problem"}},{"kind":"Field","name":{"kind":"Name","value":"detail"}}]}}]} as unknown as DocumentNode<BalanceBatchProblemsQuery, BalanceBatchProblemsQueryVariables>;
export const StartBulkActionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"StartBulkAction"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"selection"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CustomerSelection"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"action"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"BulkActionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"startBulkAction"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"selection"},"value":{"kind":"Variable","name":{"kind":"Name","value":"selection"}}},{"kind":"Argument","name":{"kind":"Name","value":"action"},"value":{"kind":"Variable","name":{"kind":"Name","value":"action"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"BulkJobFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"BulkJobFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"BulkJob"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"processed"}},{"kind":"Field","name":{"kind":"Name","value":"failed"}},{"kind":"Field","name":{"kind":"Name","value":"problems"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"customerId"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]} as unknown as DocumentNode<StartBulkActionMutation, StartBulkActionMutationVariables>;
export const BulkJobDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"BulkJob"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"bulkJob"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"BulkJobFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"BulkJobFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"BulkJob"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"processed"}},{"kind":"Field","name":{"kind":"Name","value":"failed"}},{"kind":"Field","name":{"kind":"Name","value":"problems"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"customerId"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]} as unknown as DocumentNode<BulkJobQuery, BulkJobQueryVariables>;
export const MyCustomerColumnsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MyCustomerColumns"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"customerColumns"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"width"}}]}}]}}]}}]} as unknown as DocumentNode<MyCustomerColumnsQuery, MyCustomerColumnsQueryVariables>;
export const UpdateMyCustomerColumnsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateMyCustomerColumns"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"columns"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ListColumnInput"}}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateMyCustomerColumns"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"columns"},"value":{"kind":"Variable","name":{"kind":"Name","value":"columns"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"customerColumns"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"width"}}]}}]}}]}}]} as unknown as DocumentNode<UpdateMyCustomerColumnsMutation, UpdateMyCustomerColumnsMutationVariables>;
export const CustomerFieldListDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CustomerFieldList"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"customerFields"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"label"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"en"}},{"kind":"Field","name":{"kind":"Name","value":"ru"}},{"kind":"Field","name":{"kind":"Name","value":"fa"}}]}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"operators"}},{"kind":"Field","name":{"kind":"Name","value":"choices"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"label"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"en"}},{"kind":"Field","name":{"kind":"Name","value":"ru"}},{"kind":"Field","name":{"kind":"Name","value":"fa"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"sortable"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"attributeType"}}]}}]}}]} as unknown as DocumentNode<CustomerFieldListQuery, CustomerFieldListQueryVariables>;
export const CustomerHistoryDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CustomerHistory"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"types"}},"type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"HistoryEventType"}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"customer"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"history"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"types"},"value":{"kind":"Variable","name":{"kind":"Name","value":"types"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"occurredAt"}},{"kind":"Field","name":{"kind":"Name","value":"actor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}},{"kind":"Field","name":{"kind":"Name","value":"changes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"oldValue"}},{"kind":"Field","name":{"kind":"Name","value":"newValue"}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<CustomerHistoryQuery, CustomerHistoryQueryVariables>;
export const ActivateCustomerDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ActivateCustomer"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"activateCustomer"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<ActivateCustomerMutation, ActivateCustomerMutationVariables>;
export const DeactivateCustomerDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DeactivateCustomer"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deactivateCustomer"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<DeactivateCustomerMutation, DeactivateCustomerMutationVariables>;
export const CustomersDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Customers"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"sort"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"CustomerSortInput"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"search"}},"type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"CustomerFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"segmentId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"computedKeys"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}},"defaultValue":{"kind":"ListValue","values":[]}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"withComputed"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}},"defaultValue":{"kind":"BooleanValue","value":false}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"customers"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"sort"},"value":{"kind":"Variable","name":{"kind":"Name","value":"sort"}}},{"kind":"Argument","name":{"kind":"Name","value":"search"},"value":{"kind":"Variable","name":{"kind":"Name","value":"search"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"segmentId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"segmentId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CustomerFields"}},{"kind":"Field","name":{"kind":"Name","value":"fieldValues"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"keys"},"value":{"kind":"Variable","name":{"kind":"Name","value":"computedKeys"}}}],"directives":[{"kind":"Directive","name":{"kind":"Name","value":"include"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"if"},"value":{"kind":"Variable","name":{"kind":"Name","value":"withComputed"}}}]}]}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CustomerFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Customer"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"attributes"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"tags"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"color"}}]}}]}}]} as unknown as DocumentNode<CustomersQuery, CustomersQueryVariables>;
export const CustomerDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Customer"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"customer"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CustomerFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CustomerFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Customer"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"attributes"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"tags"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"color"}}]}}]}}]} as unknown as DocumentNode<CustomerQuery, CustomerQueryVariables>;
export const CreateCustomerDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateCustomer"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateCustomerInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createCustomer"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CustomerFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CustomerFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Customer"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"attributes"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"tags"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"color"}}]}}]}}]} as unknown as DocumentNode<CreateCustomerMutation, CreateCustomerMutationVariables>;
export const UpdateCustomerDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateCustomer"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateCustomerInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateCustomer"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CustomerFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CustomerFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Customer"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"attributes"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"tags"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"color"}}]}}]}}]} as unknown as DocumentNode<UpdateCustomerMutation, UpdateCustomerMutationVariables>;
export const DeleteCustomerDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DeleteCustomer"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deleteCustomer"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}]}]}}]} as unknown as DocumentNode<DeleteCustomerMutation, DeleteCustomerMutationVariables>;
export const CustomerCountDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CustomerCount"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"search"}},"type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"CustomerFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"segmentId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"customerCount"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"search"},"value":{"kind":"Variable","name":{"kind":"Name","value":"search"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"segmentId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"segmentId"}}}]}]}}]} as unknown as DocumentNode<CustomerCountQuery, CustomerCountQueryVariables>;
export const CurrenciesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Currencies"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"currencies"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CurrencyFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CurrencyFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Currency"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"name"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"en"}},{"kind":"Field","name":{"kind":"Name","value":"ru"}},{"kind":"Field","name":{"kind":"Name","value":"fa"}}]}},{"kind":"Field","name":{"kind":"Name","value":"decimals"}},{"kind":"Field","name":{"kind":"Name","value":"unitValue"}},{"kind":"Field","name":{"kind":"Name","value":"spendable"}},{"kind":"Field","name":{"kind":"Name","value":"position"}}]}}]} as unknown as DocumentNode<CurrenciesQuery, CurrenciesQueryVariables>;
export const CreateCurrencyDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateCurrency"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CurrencyInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createCurrency"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CurrencyFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CurrencyFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Currency"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"name"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"en"}},{"kind":"Field","name":{"kind":"Name","value":"ru"}},{"kind":"Field","name":{"kind":"Name","value":"fa"}}]}},{"kind":"Field","name":{"kind":"Name","value":"decimals"}},{"kind":"Field","name":{"kind":"Name","value":"unitValue"}},{"kind":"Field","name":{"kind":"Name","value":"spendable"}},{"kind":"Field","name":{"kind":"Name","value":"position"}}]}}]} as unknown as DocumentNode<CreateCurrencyMutation, CreateCurrencyMutationVariables>;
export const UpdateCurrencyDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateCurrency"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CurrencyInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateCurrency"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CurrencyFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CurrencyFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Currency"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"name"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"en"}},{"kind":"Field","name":{"kind":"Name","value":"ru"}},{"kind":"Field","name":{"kind":"Name","value":"fa"}}]}},{"kind":"Field","name":{"kind":"Name","value":"decimals"}},{"kind":"Field","name":{"kind":"Name","value":"unitValue"}},{"kind":"Field","name":{"kind":"Name","value":"spendable"}},{"kind":"Field","name":{"kind":"Name","value":"position"}}]}}]} as unknown as DocumentNode<UpdateCurrencyMutation, UpdateCurrencyMutationVariables>;
export const CustomerBalancesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CustomerBalances"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"customer"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"balances"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"currency"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CurrencyFields"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CurrencyFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Currency"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"name"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"en"}},{"kind":"Field","name":{"kind":"Name","value":"ru"}},{"kind":"Field","name":{"kind":"Name","value":"fa"}}]}},{"kind":"Field","name":{"kind":"Name","value":"decimals"}},{"kind":"Field","name":{"kind":"Name","value":"unitValue"}},{"kind":"Field","name":{"kind":"Name","value":"spendable"}},{"kind":"Field","name":{"kind":"Name","value":"position"}}]}}]} as unknown as DocumentNode<CustomerBalancesQuery, CustomerBalancesQueryVariables>;
export const CustomerLedgerDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CustomerLedger"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"currency"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"from"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"DateTime"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"to"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"DateTime"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"customer"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"ledger"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"currency"},"value":{"kind":"Variable","name":{"kind":"Name","value":"currency"}}},{"kind":"Argument","name":{"kind":"Name","value":"from"},"value":{"kind":"Variable","name":{"kind":"Name","value":"from"}}},{"kind":"Argument","name":{"kind":"Name","value":"to"},"value":{"kind":"Variable","name":{"kind":"Name","value":"to"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"balanceAfter"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"comment"}},{"kind":"Field","name":{"kind":"Name","value":"reversesId"}},{"kind":"Field","name":{"kind":"Name","value":"reversedById"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"actor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<CustomerLedgerQuery, CustomerLedgerQueryVariables>;
export const AdjustBalanceDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AdjustBalance"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AdjustBalanceInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"adjustBalance"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"balanceAfter"}}]}}]}}]} as unknown as DocumentNode<AdjustBalanceMutation, AdjustBalanceMutationVariables>;
export const ReverseLedgerOperationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ReverseLedgerOperation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ReverseOperationInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reverseLedgerOperation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"balanceAfter"}}]}}]}}]} as unknown as DocumentNode<ReverseLedgerOperationMutation, ReverseLedgerOperationMutationVariables>;
export const UpdateMyPreferencesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateMyPreferences"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdatePreferencesInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateMyPreferences"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"locale"}},{"kind":"Field","name":{"kind":"Name","value":"calendar"}}]}}]}}]} as unknown as DocumentNode<UpdateMyPreferencesMutation, UpdateMyPreferencesMutationVariables>;
export const SegmentsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Segments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"segments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SegmentFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SegmentFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Segment"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"shared"}},{"kind":"Field","name":{"kind":"Name","value":"canEdit"}},{"kind":"Field","name":{"kind":"Name","value":"filter"}},{"kind":"Field","name":{"kind":"Name","value":"search"}},{"kind":"Field","name":{"kind":"Name","value":"memberCount"}},{"kind":"Field","name":{"kind":"Name","value":"owner"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<SegmentsQuery, SegmentsQueryVariables>;
export const CreateSegmentDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateSegment"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SegmentInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createSegment"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SegmentFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SegmentFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Segment"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"shared"}},{"kind":"Field","name":{"kind":"Name","value":"canEdit"}},{"kind":"Field","name":{"kind":"Name","value":"filter"}},{"kind":"Field","name":{"kind":"Name","value":"search"}},{"kind":"Field","name":{"kind":"Name","value":"memberCount"}},{"kind":"Field","name":{"kind":"Name","value":"owner"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<CreateSegmentMutation, CreateSegmentMutationVariables>;
export const UpdateSegmentDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateSegment"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SegmentInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateSegment"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SegmentFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SegmentFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Segment"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"shared"}},{"kind":"Field","name":{"kind":"Name","value":"canEdit"}},{"kind":"Field","name":{"kind":"Name","value":"filter"}},{"kind":"Field","name":{"kind":"Name","value":"search"}},{"kind":"Field","name":{"kind":"Name","value":"memberCount"}},{"kind":"Field","name":{"kind":"Name","value":"owner"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<UpdateSegmentMutation, UpdateSegmentMutationVariables>;
export const DeleteSegmentDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DeleteSegment"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deleteSegment"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}]}]}}]} as unknown as DocumentNode<DeleteSegmentMutation, DeleteSegmentMutationVariables>;
export const TagsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Tags"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"tags"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"color"}}]}}]}}]} as unknown as DocumentNode<TagsQuery, TagsQueryVariables>;
export const TagsWithCountsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"TagsWithCounts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"tags"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"color"}},{"kind":"Field","name":{"kind":"Name","value":"customerCount"}}]}}]}}]} as unknown as DocumentNode<TagsWithCountsQuery, TagsWithCountsQueryVariables>;
export const CreateTagDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateTag"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"TagInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createTag"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"color"}}]}}]}}]} as unknown as DocumentNode<CreateTagMutation, CreateTagMutationVariables>;
export const UpdateTagDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateTag"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"TagInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateTag"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"color"}}]}}]}}]} as unknown as DocumentNode<UpdateTagMutation, UpdateTagMutationVariables>;
export const DeleteTagDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DeleteTag"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deleteTag"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}]}]}}]} as unknown as DocumentNode<DeleteTagMutation, DeleteTagMutationVariables>;
export const SetCustomerTagsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SetCustomerTags"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"customerId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"tagIds"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setCustomerTags"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"customerId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"customerId"}}},{"kind":"Argument","name":{"kind":"Name","value":"tagIds"},"value":{"kind":"Variable","name":{"kind":"Name","value":"tagIds"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"tags"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"color"}}]}}]}}]}}]} as unknown as DocumentNode<SetCustomerTagsMutation, SetCustomerTagsMutationVariables>;