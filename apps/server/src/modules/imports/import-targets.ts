import type { LocalizedText } from '@patron/sdk';
import type { AttributeDefinition } from '../attributes/attribute-definition.entity.js';
import { CONSENT_KINDS, CONSENT_LABELS } from '../consents/consent-kinds.js';
import type { Currency } from '../currencies/currency.entity.js';

export type ImportKind = 'CUSTOMERS' | 'PURCHASES' | 'OPERATIONS';

/** Something a column can be imported into. */
export interface ImportTarget {
  key: string;
  label: LocalizedText;
  /** The attribute type for attributes; TAGS, BALANCE or a purchase field's kind otherwise. */
  kind: string;
  group: string;
  /** Other words a header may use for it, lower case (en/ru/fa). */
  synonyms?: string[];
}

export const BALANCE_PREFIX = 'balance:';
/** A consent's state, e.g. consent:SMS: yes grants it, no withdraws it (recorded as given via IMPORT). */
export const CONSENT_PREFIX = 'consent:';

const SYNONYMS: Record<string, string[]> = {
  firstName: ['first name', 'name', 'given name', 'имя', 'نام'],
  lastName: ['last name', 'surname', 'family name', 'фамилия', 'نام خانوادگی', 'نام‌خانوادگی'],
  middleName: ['middle name', 'patronymic', 'отчество'],
  mobile: [
    'mobile',
    'phone',
    'mobile phone',
    'cell',
    'tel',
    'telephone',
    'телефон',
    'мобильный',
    'моб телефон',
    'موبایل',
    'شماره موبایل',
    'تلفن',
    'شماره تلفن',
  ],
  email: ['email', 'e-mail', 'mail', 'почта', 'эл почта', 'электронная почта', 'ایمیل', 'پست الکترونیک'],
  cardNumber: ['card', 'card number', 'card no', 'карта', 'номер карты', 'کارت', 'شماره کارت'],
  birthDate: [
    'birthday',
    'birth date',
    'date of birth',
    'dob',
    'день рождения',
    'дата рождения',
    'تولد',
    'تاریخ تولد',
  ],
  gender: ['gender', 'sex', 'пол', 'جنسیت'],
  city: ['city', 'город', 'شهر'],
  externalId: [
    'external id',
    'id',
    'customer id',
    'client id',
    'код клиента',
    'внешний id',
    'شناسه',
    'کد مشتری',
  ],
  tags: ['tags', 'tag', 'labels', 'теги', 'метки', 'برچسب', 'برچسب‌ها', 'برچسب ها'],
  source: ['source', 'channel', 'источник', 'منبع'],
  subSource: ['sub-source', 'subsource', 'sub source', 'подысточник', 'زیرمنبع'],
  customer: ['customer', 'client', 'mobile', 'phone', 'клиент', 'телефон', 'مشتری', 'موبایل'],
  branch: [
    'branch',
    'store',
    'shop',
    'branch code',
    'филиал',
    'магазин',
    'точка',
    'شعبه',
    'فروشگاه',
    'کد شعبه',
  ],
  date: ['date', 'purchase date', 'дата', 'дата покупки', 'تاریخ', 'تاریخ خرید'],
  amount: ['amount', 'total', 'sum', 'сумма', 'итого', 'مبلغ', 'جمع'],
  invoice: [
    'invoice',
    'receipt',
    'check',
    'order',
    'чек',
    'номер чека',
    'счёт',
    'фактура',
    'فاکتور',
    'شماره فاکتور',
  ],
  items: ['items', 'products', 'goods', 'товары', 'позиции', 'اقلام', 'کالاها'],
  isReturn: ['return', 'is return', 'refund', 'возврат', 'مرجوعی', 'برگشت'],
};

const CONSENT_SYNONYMS: Record<string, string[]> = {
  PERSONAL_DATA: ['personal data consent', 'согласие на обработку пд', 'согласие пд', 'رضایت داده شخصی'],
  SMS: ['sms consent', 'sms opt in', 'согласие sms', 'рассылка sms', 'رضایت sms'],
  EMAIL: ['email consent', 'email opt in', 'согласие email', 'рассылка email', 'رضایت email'],
  PUSH: ['push consent', 'согласие push'],
  TELEGRAM: ['telegram consent', 'согласие telegram'],
  WHATSAPP: ['whatsapp consent', 'согласие whatsapp'],
};

/** What customers' columns can go into: every live attribute, tags and an opening balance per currency. */
export function customerTargets(definitions: AttributeDefinition[], currencies: Currency[]): ImportTarget[] {
  const groups = ['main', 'demography', 'psychography', 'interests'];
  const rank = (g: string) => (groups.includes(g) ? groups.indexOf(g) : groups.length);
  const targets: ImportTarget[] = definitions
    .filter((d) => !d.retiredAt)
    .sort((a, b) => rank(a.groupKey) - rank(b.groupKey) || a.position - b.position)
    .map((d) => ({ key: d.key, label: d.label, kind: d.type, group: d.groupKey, synonyms: SYNONYMS[d.key] }));
  targets.push({
    key: 'tags',
    label: { en: 'Tags', ru: 'Теги', fa: 'برچسب‌ها' },
    kind: 'TAGS',
    group: 'import',
    synonyms: SYNONYMS.tags,
  });
  for (const kind of CONSENT_KINDS)
    targets.push({
      key: `${CONSENT_PREFIX}${kind}`,
      label: CONSENT_LABELS[kind],
      kind: 'CONSENT',
      group: 'import',
      synonyms: CONSENT_SYNONYMS[kind],
    });
  for (const c of currencies) {
    const name = (lang: 'en' | 'ru' | 'fa') => c.name[lang] ?? c.name.en ?? c.key;
    targets.push({
      key: `${BALANCE_PREFIX}${c.key}`,
      label: {
        en: `Opening balance: ${name('en')}`,
        ru: `Начальный баланс: ${name('ru')}`,
        fa: `موجودی آغازین: ${name('fa')}`,
      },
      kind: 'BALANCE',
      group: 'import',
      synonyms: [
        c.key.toLowerCase(),
        ...[c.name.en, c.name.ru, c.name.fa].filter((n): n is string => !!n).map((n) => n.toLowerCase()),
      ],
    });
  }
  return targets;
}

export const PURCHASE_TARGETS: ImportTarget[] = [
  {
    key: 'customer',
    label: { en: 'Customer', ru: 'Клиент', fa: 'مشتری' },
    kind: 'IDENTIFIER',
    group: 'purchase',
  },
  { key: 'date', label: { en: 'Date', ru: 'Дата', fa: 'تاریخ' }, kind: 'DATETIME', group: 'purchase' },
  { key: 'amount', label: { en: 'Amount', ru: 'Сумма', fa: 'مبلغ' }, kind: 'MONEY', group: 'purchase' },
  {
    key: 'invoice',
    label: { en: 'Invoice', ru: 'Номер чека', fa: 'شماره فاکتور' },
    kind: 'TEXT',
    group: 'purchase',
  },
  { key: 'items', label: { en: 'Items', ru: 'Товары', fa: 'اقلام' }, kind: 'LONG_TEXT', group: 'purchase' },
  { key: 'branch', label: { en: 'Branch', ru: 'Филиал', fa: 'شعبه' }, kind: 'TEXT', group: 'purchase' },
  {
    key: 'isReturn',
    label: { en: 'Return', ru: 'Возврат', fa: 'مرجوعی' },
    kind: 'BOOLEAN',
    group: 'purchase',
  },
].map((t) => ({ ...t, synonyms: SYNONYMS[t.key] }));

/** Other words an operations file's headers may use, beside those of SYNONYMS (en/ru/fa). */
const OPERATION_SYNONYMS: Record<string, string[]> = {
  currency: ['currency', 'points type', 'валюта', 'тип баллов', 'ارز', 'نوع امتیاز', 'واحد'],
  amount: [...(SYNONYMS.amount ?? []), 'points', 'bonus', 'change', 'баллы', 'бонусы', 'изменение', 'امتیاز'],
  date: ['date', 'operation date', 'дата', 'дата операции', 'تاریخ', 'تاریخ عملیات', 'تاریخ تراکنش'],
  reason: ['reason', 'description', 'причина', 'основание', 'описание', 'دلیل', 'علت', 'شرح'],
  comment: ['comment', 'note', 'internal comment', 'комментарий', 'примечание', 'یادداشت', 'توضیحات'],
  operationId: [
    'operation id',
    'transaction id',
    'operation',
    'id операции',
    'номер операции',
    'операция',
    'شناسه عملیات',
    'شناسه تراکنش',
  ],
  expiresAt: [
    'expires',
    'expiry',
    'expiry date',
    'expires at',
    'срок действия',
    'сгорает',
    'انقضا',
    'تاریخ انقضا',
  ],
};

/**
 * Columns of a ledger history file (kind OPERATIONS, "Points and balance history"): one operation per
 * row, signed (+ earned or credited, − spent), with the date it happened in the earlier system.
 */
export const OPERATION_TARGETS: ImportTarget[] = [
  {
    key: 'customer',
    label: { en: 'Customer', ru: 'Клиент', fa: 'مشتری' },
    kind: 'IDENTIFIER',
    group: 'operation',
    synonyms: SYNONYMS.customer,
  },
  {
    key: 'currency',
    label: { en: 'Currency', ru: 'Валюта', fa: 'ارز' },
    kind: 'CURRENCY',
    group: 'operation',
  },
  {
    key: 'amount',
    label: { en: 'Amount (+/−)', ru: 'Сумма (+/−)', fa: 'مقدار (+/−)' },
    kind: 'NUMBER',
    group: 'operation',
  },
  { key: 'date', label: { en: 'Date', ru: 'Дата', fa: 'تاریخ' }, kind: 'DATETIME', group: 'operation' },
  { key: 'reason', label: { en: 'Reason', ru: 'Причина', fa: 'دلیل' }, kind: 'TEXT', group: 'operation' },
  {
    key: 'comment',
    label: { en: 'Comment (internal)', ru: 'Комментарий (внутренний)', fa: 'یادداشت (داخلی)' },
    kind: 'LONG_TEXT',
    group: 'operation',
  },
  {
    key: 'operationId',
    label: { en: 'Operation ID', ru: 'ID операции', fa: 'شناسه عملیات' },
    kind: 'TEXT',
    group: 'operation',
  },
  {
    key: 'expiresAt',
    label: { en: 'Expires', ru: 'Сгорает', fa: 'تاریخ انقضا' },
    kind: 'DATETIME',
    group: 'operation',
  },
].map((t) => ({ ...t, synonyms: t.synonyms ?? OPERATION_SYNONYMS[t.key] }));

/** A header as compared: lower case, Russian ё as е, Arabic yeh and kaf as Persian, no punctuation. */
export function foldHeader(text: string): string {
  return text
    .toLowerCase()
    .normalize('NFKC')
    .replace(/ё/g, 'е')
    .replace(/ي/g, 'ی')
    .replace(/ك/g, 'ک')
    .replace(/[\u200c\u200f\u200e]/g, ' ')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/**
 * The target each header suggests: its key, its label in any language or a known synonym, each
 * target at most once (the first column that names it wins).
 */
export function suggestTargets(headers: string[], targets: ImportTarget[]): (string | null)[] {
  const byWord = new Map<string, string>();
  const add = (word: string | null | undefined, key: string) => {
    const folded = word ? foldHeader(word) : '';
    if (folded && !byWord.has(folded)) byWord.set(folded, key);
  };
  for (const t of targets) {
    add(t.key, t.key);
    add(t.label.en, t.key);
    add(t.label.ru, t.key);
    add(t.label.fa, t.key);
  }
  for (const t of targets) for (const s of t.synonyms ?? []) add(s, t.key);
  const taken = new Set<string>();
  return headers.map((h) => {
    const key = byWord.get(foldHeader(h)) ?? null;
    if (key === null || taken.has(key)) return null;
    taken.add(key);
    return key;
  });
}

export function localized(label: LocalizedText, locale: string | null | undefined): string {
  const lang = (locale ?? 'en').toLowerCase() as 'en' | 'ru' | 'fa';
  return label[lang] ?? label.en ?? label.ru ?? label.fa ?? '';
}
