import { HistoryEventType } from '../gql/graphql';
import { browserName } from '../preferences/browserName';

/** One change as the API keeps it: a key and its values (`erased` once the customer was erased). */
export interface Change {
  key: string;
  oldValue?: unknown;
  newValue?: unknown;
  erased?: boolean | null;
}

export interface DescribedEvent {
  type: string;
  changes: readonly Change[];
}

/** Where an event leads: the card's tab of the object, another customer, a tier. */
export interface EventLink {
  to: string;
  label: string;
}

export interface Description {
  lines: string[];
  links: EventLink[];
}

/** What a template needs to turn keys into names, all in the reader's language. */
export interface Words {
  t(key: string, params?: Record<string, unknown>): string;
  /** An attribute's label (or the key of one that no longer exists). */
  fieldLabel(key: string): string;
  /** An attribute value as the card shows it. */
  fieldValue(key: string, value: unknown): string;
  currency(key: string): string;
  /** An amount of a currency, with its decimals. */
  amount(value: number, currencyKey: string): string;
  money(value: number): string;
  /** A tier's name and id by its key (null: no tier). */
  tier(key: string | null): { name: string; id: string | null };
  list(names: readonly string[]): string;
  /** A name kept in the three languages (a relation type's) in the reader's. */
  localized(text: unknown, fallback: string): string;
}

type Template = (changes: readonly Change[], w: Words, customerId: string) => Description;

const NONE: Description = { lines: [], links: [] };
const obj = (value: unknown): Record<string, unknown> =>
  value && typeof value === 'object' ? (value as Record<string, unknown>) : {};
const str = (value: unknown): string => (typeof value === 'string' ? value : '');
const names = (value: unknown): string[] => (Array.isArray(value) ? value.map(String) : []);
const num = (value: unknown): number => (typeof value === 'number' ? value : Number(value) || 0);
const find = (changes: readonly Change[], key: string) => changes.find((c) => c.key === key);
const card = (customerId: string, tab = '') => `/customers/${customerId}/show${tab ? `/${tab}` : ''}`;
const erased = (c: Change) => c.erased === true;

/** Attribute changes: "Label: old → new", "Label: value" when first set, "Label: erased". */
function attributeLines(changes: readonly Change[], w: Words): string[] {
  return changes
    .filter((c) => c.key !== 'mainCustomerId')
    .map((c) => {
      const field = w.fieldLabel(c.key);
      if (erased(c)) return w.t('patron.history.say.fieldErased', { field });
      if (c.oldValue == null)
        return w.t('patron.history.say.fieldSet', { field, value: w.fieldValue(c.key, c.newValue) });
      if (c.newValue == null) return w.t('patron.history.say.fieldCleared', { field });
      return w.t('patron.history.say.field', {
        field,
        old: w.fieldValue(c.key, c.oldValue),
        new: w.fieldValue(c.key, c.newValue),
      });
    });
}

/** "Added: a, b" and "Removed: c" from the names before and after. */
function addedRemoved(change: Change | undefined, w: Words, added: string, removed: string): string[] {
  if (!change) return [];
  const before = names(change.oldValue);
  const after = names(change.newValue);
  const plus = after.filter((n) => !before.includes(n));
  const minus = before.filter((n) => !after.includes(n));
  return [
    ...(plus.length ? [w.t(added, { names: w.list(plus) })] : []),
    ...(minus.length ? [w.t(removed, { names: w.list(minus) })] : []),
  ];
}

/** A ledger reason in the reader's language: a system reason by its code, a typed one as typed. */
export function reasonWords(w: Pick<Words, 't'>, reason: string, code: unknown, params: unknown): string {
  if (typeof code !== 'string' || !code) return reason;
  const text = w.t(`patron.history.reasons.${code}`, { _: reason });
  const invoice = str(obj(params).invoice);
  return invoice ? w.t('patron.history.say.withInvoice', { reason: text, invoice }) : text;
}

const balance: Template = (changes, w, customerId) => {
  const lines: string[] = [];
  for (const c of changes) {
    if (!c.key.startsWith('balance.')) continue;
    const currency = c.key.slice('balance.'.length);
    lines.push(
      w.t('patron.history.say.balance', {
        currency: w.currency(currency),
        old: w.amount(num(c.oldValue), currency),
        new: w.amount(num(c.newValue), currency),
      }),
    );
  }
  const op = obj(find(changes, 'operation')?.newValue);
  if (op.kind) {
    const kind = w.t(`patron.loyalty.kinds.${str(op.kind)}`, { _: str(op.kind) });
    const reason = reasonWords(w, str(op.reason), op.reasonCode, op.reasonParams);
    lines.push(reason ? w.t('patron.history.say.operation', { kind, reason }) : kind);
  }
  return { lines, links: [{ to: card(customerId, 'loyalty'), label: w.t('patron.history.links.ledger') }] };
};

const purchase: Template = (changes, w, customerId) => {
  const links = [{ to: card(customerId, 'purchases'), label: w.t('patron.history.links.purchases') }];
  const paid = find(changes, 'paymentStatus');
  if (paid) {
    const status = w.t(`patron.purchases.status.${str(paid.newValue)}`, { _: str(paid.newValue) });
    return { lines: [w.t('patron.history.say.paymentStatus', { status })], links };
  }
  const p = obj(find(changes, 'purchase')?.newValue);
  const amount = w.money(num(p.amount));
  const invoice = str(p.invoiceNumber);
  const lines = [
    invoice
      ? w.t('patron.history.say.purchase', { invoice, amount })
      : w.t('patron.history.say.purchaseNoInvoice', { amount }),
  ];
  if (str(p.branch)) lines.push(w.t('patron.history.say.branch', { branch: str(p.branch) }));
  if (p.paymentStatus && p.paymentStatus !== 'PAID') {
    const status = w.t(`patron.purchases.status.${str(p.paymentStatus)}`, { _: str(p.paymentStatus) });
    lines.push(w.t('patron.history.say.paymentStatus', { status }));
  }
  return { lines, links };
};

const returned: Template = (changes, w, customerId) => {
  const c = find(changes, 'purchase');
  const before = num(obj(c?.oldValue).returnedAmount);
  const after = obj(c?.newValue);
  const lines = [
    w.t('patron.history.say.returned', {
      amount: w.money(num(after.returnedAmount) - before),
      total: w.money(num(after.returnedAmount)),
    }),
  ];
  if (str(after.reason)) lines.push(w.t('patron.history.say.returnReason', { reason: str(after.reason) }));
  return {
    lines,
    links: [{ to: card(customerId, 'purchases'), label: w.t('patron.history.links.purchases') }],
  };
};

const tier: Template = (changes, w) => {
  const c = find(changes, 'tier');
  if (!c) return NONE;
  const before = w.tier(c.oldValue == null ? null : str(c.oldValue));
  const after = w.tier(c.newValue == null ? null : str(c.newValue));
  return {
    lines: [w.t('patron.history.say.tier', { old: before.name, new: after.name })],
    links: after.id ? [{ to: `/tiers/${after.id}`, label: w.t('patron.history.links.tier') }] : [],
  };
};

const rfm: Template = (changes, w) => {
  const c = find(changes, 'rfm');
  if (!c) return NONE;
  const segment = (value: unknown) =>
    value == null ? w.t('patron.rfm.noSegment') : w.t(`patron.rfm.segments.${str(value)}`, { _: str(value) });
  return {
    lines: [w.t('patron.history.say.rfm', { old: segment(c.oldValue), new: segment(c.newValue) })],
    links: [],
  };
};

const other = (id: unknown, w: Words, label: string): EventLink[] =>
  typeof id === 'string' && id ? [{ to: card(id), label: w.t(label) }] : [];

/** `consentSms` → `SMS`, `consentPersonalData` → `PERSONAL_DATA`: the kind a consent field is about. */
const consentKind = (key: string) =>
  key
    .replace(/^consent/, '')
    .replace(/([a-z])([A-Z])/g, '$1_$2')
    .toUpperCase();

const consent: Template = (changes, w) => {
  const lines = changes.flatMap((c) => {
    if (c.key.startsWith('consent'))
      return [
        `${w.t(`patron.consents.kinds.${consentKind(c.key)}`)}: ${w.t(`patron.consents.states.${str(c.newValue)}`)}`,
      ];
    if (c.key === 'capturedVia')
      return [`${w.t('patron.consents.capturedVia')}: ${w.t(`patron.consents.channels.${str(c.newValue)}`)}`];
    if (c.key === 'source') return [`${w.t('patron.consents.source')}: ${str(c.newValue)}`];
    return [];
  });
  return { lines, links: [] };
};

const CONTACTS: Record<string, string> = {
  phoneVerified: 'patron.consents.phone',
  emailVerified: 'patron.consents.email',
};

/** The profile's verification and the phone's and email's own marks. */
const verification: Template = (changes, w) => ({
  lines: changes.flatMap((c) => {
    if (c.key === 'verification')
      return [
        w.t('patron.history.say.field', {
          field: w.t('patron.consents.verification'),
          old: w.t(`patron.consents.verificationStatus.${str(c.oldValue) || 'NEW'}`),
          new: w.t(`patron.consents.verificationStatus.${str(c.newValue)}`),
        }),
      ];
    const contact = CONTACTS[c.key];
    if (!contact) return [];
    return [
      w.t(
        c.newValue === true ? 'patron.history.say.contactVerified' : 'patron.history.say.contactUnverified',
        {
          contact: w.t(contact),
        },
      ),
    ];
  }),
  links: [],
});

/** A message a mailing or an automation sent: which one and by what channel, why it failed, the link clicked. */
const message: Template = (changes, w) => {
  const byAutomation = find(changes, 'automation');
  const sender = obj((byAutomation ?? find(changes, 'mailing'))?.newValue);
  const channel = str(sender.channel);
  const reason = find(changes, 'reason')?.newValue;
  const url = find(changes, 'url')?.newValue;
  const [say, to, label] = byAutomation
    ? ['patron.history.say.automation', 'automations', 'patron.automations.runs']
    : ['patron.history.say.mailing', 'mailings', 'patron.mailings.report'];
  return {
    lines: [
      w.t(say, {
        name: str(sender.name),
        channel: w.t(`patron.mailings.channels.${channel}`, { _: channel }),
      }),
      ...(reason ? [w.t('patron.history.say.failedBecause', { reason: str(reason) })] : []),
      ...(url ? [w.t('patron.history.say.clickedUrl', { url: str(url) })] : []),
    ],
    links: sender.id ? [{ to: `/${to}/${str(sender.id)}/show`, label: w.t(label) }] : [],
  };
};

const note: Template = (_, w, customerId) => ({
  lines: [],
  links: [{ to: card(customerId, 'notes'), label: w.t('patron.history.links.notes') }],
});

/** A customer request's subject, text and answer as far as the event has them; links to the requests screen. */
const request: Template = (changes, w) => {
  const said = (key: string, label: string, param: string) => {
    const value = str(find(changes, key)?.newValue);
    return value ? [w.t(`patron.history.say.${label}`, { [param]: value })] : [];
  };
  return {
    lines: [
      ...said('subject', 'requestSubject', 'subject'),
      ...said('text', 'requestText', 'text'),
      ...said('answer', 'requestAnswer', 'answer'),
    ],
    links: [{ to: '/customerRequests', label: w.t('patron.history.links.requests') }],
  };
};

/** A typed link to another customer, named from this customer's side. */
const relation: Template = (changes, w) => {
  const c = find(changes, 'relation');
  const value = obj(c?.newValue ?? c?.oldValue);
  return {
    lines: [`${w.localized(value.label, str(value.type))}: ${str(value.name)}`],
    links: other(value.customerId, w, 'patron.history.links.relative'),
  };
};

/** How a customer's password was set (`account-password.ts` of the server), as the history says it. */
const PASSWORD_SET_SAYS: Record<string, string> = {
  signedUp: 'selfServiceSignedUp',
  resetBySms: 'selfServiceResetBySms',
  resetByEmail: 'selfServiceResetByEmail',
  passwordChanged: 'selfServicePasswordChanged',
};

const TEMPLATES: Record<HistoryEventType, Template> = {
  CONSENT_GRANTED: consent,
  CONSENT_WITHDRAWN: consent,
  CUSTOMER_VERIFIED: verification,
  CUSTOMER_UNCONFIRMED: verification,
  CONTACT_VERIFICATION_CHANGED: verification,
  NOTE_ADDED: note,
  SELF_SERVICE_INVITED: (_, w) => ({ lines: [w.t('patron.history.say.invitedToSelfService')], links: [] }),
  SELF_SERVICE_PASSWORD_SET: (changes, w) => ({
    // One entry for a password set with an invitation, by joining, after a forgotten one or changed.
    lines: [
      w.t(
        `patron.history.say.${PASSWORD_SET_SAYS[str(find(changes, 'selfService')?.newValue)] ?? 'selfServicePasswordSet'}`,
      ),
    ],
    links: [],
  }),
  SELF_SERVICE_SIGNED_IN: (changes, w) => {
    const browser = browserName(str(find(changes, 'userAgent')?.newValue));
    return {
      lines: [
        browser
          ? w.t('patron.history.say.selfServiceSignedInFrom', { browser })
          : w.t('patron.history.say.selfServiceSignedIn'),
      ],
      links: [],
    };
  },
  CUSTOMER_REQUEST_SENT: request,
  CUSTOMER_REQUEST_ANSWERED: request,
  CUSTOMER_REQUEST_CLOSED: request,
  MESSAGE_SENT: message,
  MESSAGE_DELIVERED: message,
  MESSAGE_FAILED: message,
  MESSAGE_CLICKED: message,
  MESSAGE_OPENED: message,
  NOTE_EDITED: note,
  NOTE_DELETED: note,
  RELATION_ADDED: relation,
  RELATION_REMOVED: relation,
  CATEGORY_CHANGED: (changes, w) => {
    const c = find(changes, 'category');
    const name = (v: unknown) => str(v) || w.t('patron.history.say.noCategory');
    return {
      lines: [
        w.t('patron.history.say.field', {
          field: w.t('patron.categories.label'),
          old: name(c?.oldValue),
          new: name(c?.newValue),
        }),
      ],
      links: [],
    };
  },
  REFERRAL_CLEARED: (changes, w) => ({
    lines: [w.t('patron.history.say.referralCleared')],
    links: other(find(changes, 'referrer')?.oldValue, w, 'patron.history.links.referrer'),
  }),
  CUSTOMER_CREATED: (changes, w) => {
    const main = find(changes, 'mainCustomerId');
    return {
      lines: [...(main ? [w.t('patron.history.say.createdAsChild')] : []), ...attributeLines(changes, w)],
      links: other(main?.newValue, w, 'patron.history.links.mainCustomer'),
    };
  },
  CUSTOMER_UPDATED: (changes, w) => ({ lines: attributeLines(changes, w), links: [] }),
  CUSTOMER_ACTIVATED: () => NONE,
  CUSTOMER_DEACTIVATED: () => NONE,
  CUSTOMER_DELETED: () => NONE,
  CUSTOMER_TAGGED: (changes, w) => ({
    lines: addedRemoved(
      find(changes, 'tags'),
      w,
      'patron.history.say.tagsAdded',
      'patron.history.say.tagsRemoved',
    ),
    links: [],
  }),
  CUSTOMER_ERASED: (_, w) => ({ lines: [w.t('patron.history.say.erased')], links: [] }),
  BALANCE_CHANGED: balance,
  PURCHASE_RECORDED: purchase,
  PURCHASE_RETURNED: returned,
  TIER_CHANGED: tier,
  GROUPS_CHANGED: (changes, w) => ({
    lines: addedRemoved(
      find(changes, 'groups'),
      w,
      'patron.history.say.groupsAdded',
      'patron.history.say.groupsRemoved',
    ),
    links: [{ to: '/groups', label: w.t('patron.history.links.groups') }],
  }),
  RFM_CHANGED: rfm,
  GIFT_CARD_REDEEMED: (changes, w) => {
    const cardValue = obj(find(changes, 'giftCard')?.newValue);
    const currency = str(cardValue.currency);
    return {
      lines: [
        w.t('patron.history.say.giftCard', {
          code: str(cardValue.code),
          amount: w.amount(num(cardValue.value), currency),
          currency: w.currency(currency),
        }),
      ],
      links: [],
    };
  },
  REFERRAL_RECORDED: (changes, w) => ({
    lines: [w.t('patron.history.say.referred')],
    links: other(find(changes, 'referrer')?.newValue, w, 'patron.history.links.referrer'),
  }),
  CARD_REISSUED: (changes, w) => {
    const card = find(changes, 'cardNumber');
    const reason = str(find(changes, 'reason')?.newValue);
    if (!card || erased(card)) return { lines: attributeLines(changes, w), links: [] };
    return {
      lines: [
        w.t('patron.history.say.cardReissued', { old: str(card.oldValue), new: str(card.newValue) }),
        ...(reason ? [w.t('patron.history.say.cardReason', { reason })] : []),
      ],
      links: [],
    };
  },
  CUSTOMER_PROFILE_ATTACHED: (changes, w) => {
    const profile = obj(find(changes, 'childProfile')?.newValue);
    const source = str(profile.source);
    return {
      lines: [
        source ? w.t('patron.history.say.attachedFrom', { source }) : w.t('patron.history.say.attached'),
      ],
      links: other(profile.id, w, 'patron.history.links.childProfile'),
    };
  },
  CUSTOMER_MERGED: (changes, w) => {
    const moved = obj(find(changes, 'mergedProfile')?.newValue);
    const counts = (['purchases', 'tags', 'groups', 'referrals', 'children'] as const)
      .filter((k) => num(moved[k]) > 0)
      .map((k) => w.t(`patron.history.say.moved.${k}`, { smart_count: num(moved[k]) }));
    const balances = (Array.isArray(moved.balances) ? moved.balances : []).map((b) => {
      const { currency, amount } = obj(b);
      return w.t('patron.history.say.movedBalance', {
        currency: w.currency(str(currency)),
        amount: w.amount(num(amount), str(currency)),
      });
    });
    const all = [...counts, ...balances];
    return {
      lines: [w.t('patron.history.say.merged'), ...(all.length ? [w.list(all)] : [])],
      links: other(moved.id, w, 'patron.history.links.mergedProfile'),
    };
  },
  CUSTOMER_MERGED_INTO: (changes, w) => ({
    lines: [w.t('patron.history.say.mergedInto')],
    links: other(find(changes, 'mainCustomerId')?.newValue, w, 'patron.history.links.mainCustomer'),
  }),
  CUSTOMER_UNMERGED: (changes, w) => {
    const profile = obj(find(changes, 'mergedProfile')?.oldValue).id;
    const main = find(changes, 'mainCustomerId')?.oldValue;
    return {
      lines: [w.t('patron.history.say.unmerged')],
      links: [
        ...other(profile, w, 'patron.history.links.mergedProfile'),
        ...other(main, w, 'patron.history.links.mainCustomer'),
      ],
    };
  },
};

/** The types the SPA has a template for (a unit test compares them with the schema's). */
export const TEMPLATE_TYPES = Object.keys(TEMPLATES);

const isKnown = (type: string): type is HistoryEventType => type in TEMPLATES;

/**
 * An event in the reader's words, by its type's template. A type this SPA does not know yet (a
 * plugin's) shows each change as "key: old → new", never as JSON.
 */
export function describeEvent(event: DescribedEvent, customerId: string, w: Words): Description {
  if (isKnown(event.type)) return TEMPLATES[event.type](event.changes, w, customerId);
  return { lines: attributeLines(event.changes, w), links: [] };
}

/** Every type the schema declares, for the type filter: the customer's own life first, then loyalty. */
export const HISTORY_TYPES = Object.values(HistoryEventType);
