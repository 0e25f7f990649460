import type { LocalizedText } from './module.js';
import type { PatronServices } from './services.js';

/**
 * A tab a module adds to the customer card (a ticketing plugin's "Tickets", a shop's "Orders").
 * The module supplies data only; the admin draws it with its own components, so the tab is
 * translated, right-to-left in Persian and safe: no module's script or HTML runs in the admin.
 */
export interface CardTabDefinition {
  /** Unique across modules, lower-kebab (`tickets`, `email-domain`): the tab's address on the card. */
  key: string;
  /** The tab's name; English is required (the fallback of the other languages). */
  label: LocalizedText;
  /** Tabs come after the built-in ones, by `order` (default 100), then by key. */
  order?: number;
  /** Who sees the tab: a permission this module declares or one another enabled module does. */
  permission: string;
  /**
   * The tab's content for one customer, asked when a staff member opens the tab. It must answer
   * within 5 seconds; a throw or a late answer shows CARD_TAB_FAILED in the tab (and is logged),
   * content of the wrong shape CARD_TAB_CONTENT_INVALID naming where it is wrong. The customer is
   * known to be in the workspace (a child profile too).
   */
  load(context: CardTabLoadContext): Promise<CardTabContent>;
}

export interface CardTabLoadContext {
  workspaceId: string;
  customerId: string;
  /** The staff member's language, for text the module words itself (a status, an empty text). */
  language: 'en' | 'ru' | 'fa';
  /** The module's services: its own and those in its `needs`. */
  services: PatronServices;
}

/** A label or title: one text for every language, or one per language. */
export type CardTabText = string | LocalizedText;

export type CardTabTone = 'good' | 'warning' | 'bad' | 'neutral';

/**
 * The value of each kind. The admin formats them in the staff member's language: numbers and
 * amounts with its digits (Persian in fa), dates in their calendar (Jalali by default in fa).
 */
export interface CardTabValues {
  text: string;
  number: number;
  /** `currency`: an ISO 4217 code (USD, IRR) or a workspace's currency name. */
  money: { amount: number; currency: string };
  /** A calendar day, `YYYY-MM-DD`. */
  date: string;
  /** A moment: a Date or an ISO string with its offset. */
  datetime: string | Date;
  /**
   * An absolute http(s) address (opened in a new tab), or another customer's card in the admin
   * (`customerId`); `text` defaults to the address.
   */
  link: { url: string; text?: string } | { customerId: string; text: string };
  status: { text: string; tone: CardTabTone };
}

export type CardTabValueKind = keyof CardTabValues;

/** One label and its value; a null value is shown as a dash. */
export type CardTabField = {
  [K in CardTabValueKind]: { label: CardTabText; kind: K; value: CardTabValues[K] | null };
}[CardTabValueKind];

export interface CardTabColumn {
  label: CardTabText;
  kind: CardTabValueKind;
}

/** Rows of values, each of its column's kind (or null), at most `CARD_TAB_LIMITS.rows` of them. */
export interface CardTabTable {
  columns: CardTabColumn[];
  rows: unknown[][];
  /** Shown instead of a table without rows. */
  empty?: CardTabText;
}

/** A titled part of the tab: either fields (a list of labels and values) or a table. */
export type CardTabSection =
  | { title?: CardTabText; fields: CardTabField[]; table?: never }
  | { title?: CardTabText; table: CardTabTable; fields?: never };

export interface CardTabContent {
  sections: CardTabSection[];
  /** Shown when there are no sections (nothing known about this customer). */
  empty?: CardTabText;
}

/** What one tab's content may hold; more is CARD_TAB_CONTENT_INVALID. */
export const CARD_TAB_LIMITS = {
  sections: 20,
  fields: 50,
  columns: 10,
  rows: 50,
  /** Characters of any text, label or address. */
  text: 1000,
} as const;
