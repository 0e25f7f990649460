import { genderFromPatronymic } from '@patron/filter';
import { plannedEachTime, type Run } from '../../db/prepared-pool.js';
import type { AttributeDefinition } from '../attributes/attribute-definition.entity.js';
import type { ConsentKind } from '../consents/consent-kinds.js';
import { diffAttributes, sameValue } from '../customers/customer-values.js';
import { lostAmong } from '../customers/lost-cards.js';
import type { MappedRow, RowProblem } from './import-rows.js';

export type ImportMode = 'CREATE_ONLY' | 'UPDATE_ONLY' | 'CREATE_OR_UPDATE';
export type MatchOn = 'MOBILE' | 'EMAIL' | 'CARD_NUMBER' | 'EXTERNAL_ID';
export type Outcome = 'NEW' | 'UPDATE' | 'ATTACH' | 'SKIP' | 'INVALID';

export const MATCH_KEY: Record<MatchOn, string> = {
  MOBILE: 'mobile',
  EMAIL: 'email',
  CARD_NUMBER: 'cardNumber',
  EXTERNAL_ID: 'externalId',
};
/** Generated, indexed columns of customer; other keys are read from the JSONB. */
const COLUMN: Record<string, string> = { mobile: 'mobile', email: 'email', cardNumber: 'card_number' };
/** Where a customer holds an attribute's value in SQL: its indexed column, else the JSONB's text. */
const heldIn = (key: string): string => COLUMN[key] ?? `attributes->>'${key.replace(/'/g, "''")}'`;

export interface Existing {
  id: string;
  attributes: Record<string, unknown>;
  tags: string[];
  /** The row version read (xmin): a later write of the customer changes it. */
  version: string;
}

export interface Classified {
  row: MappedRow;
  outcome: Outcome;
  problem: RowProblem | null;
  existing: Existing | null;
  /** NEW: every value; UPDATE: the stored values with the row's over them. */
  values: Record<string, unknown>;
  changes: { key: string; oldValue: unknown; newValue: unknown }[];
  tagIds: string[];
  /** Opening balances not yet written (their key is new). */
  balances: { currency: string; amount: number; key: string }[];
  /** Consents whose state the row changes. */
  consents: { kind: ConsentKind; granted: boolean }[];
  /** ATTACH: the main profile the row becomes a child of. */
  mainId?: string;
}

export interface ClassifyContext {
  workspaceId: string;
  mode: ImportMode;
  matchOn: MatchOn;
  /** A would-be new row whose mobile or email a live customer has becomes that customer's child. */
  attachDuplicates?: boolean;
  definitions: AttributeDefinition[];
  /** Lower-case tag name → id; names missing here are left out of the tag ids. */
  tagIds: Map<string, string>;
  balanceKey: (line: number, currency: string) => string;
  /** Lock the matched customers (inside the applying transaction). */
  lock: boolean;
  /** The current consents of matched customers, to leave out what a row does not change. */
  consentStates?: (run: Run, customerIds: string[]) => Promise<Map<string, Map<ConsentKind, boolean>>>;
}

/**
 * Decides what each row of a chunk does against the customers as they are: NEW, UPDATE, ATTACH (with
 * `attachDuplicates`), SKIP (no change, or left out by the mode) or INVALID. One query per lookup for
 * the whole chunk.
 */
export async function classify(run: Run, rows: MappedRow[], ctx: ClassifyContext): Promise<Classified[]> {
  const key = MATCH_KEY[ctx.matchOn];
  const matchValues = rows.map((r) => (typeof r.values[key] === 'string' ? (r.values[key] as string) : null));
  const existing = await lookup(
    run,
    ctx.workspaceId,
    key,
    [...new Set(matchValues.filter((v): v is string => !!v))],
    ctx.lock,
  );
  const byValue = new Map(existing.map((e) => [String(e.attributes[key]), e]));
  const cardOf = (r: MappedRow) => (typeof r.values.cardNumber === 'string' ? r.values.cardNumber : null);
  const lostCards = await lostAmong(run, ctx.workspaceId, [
    ...new Set(rows.map(cardOf).filter((v): v is string => !!v)),
  ]);
  const uniqueDefs = ctx.definitions.filter((d) => d.unique && d.key !== key && !d.retiredAt);
  const taken = new Map<string, Map<string, string>>();
  for (const def of uniqueDefs) {
    // A matched customer owns the values it holds (they are unique among live customers): only the
    // others are looked up, so a re-imported row that keeps its values costs no query.
    const owners = new Map<string, string>();
    for (const e of existing) {
      const held = e.attributes[def.key];
      if (typeof held === 'string') owners.set(held, e.id);
    }
    const values = [
      ...new Set(
        rows
          .map((r) => r.values[def.key])
          .filter((v): v is string => typeof v === 'string' && !owners.has(v)),
      ),
    ];
    if (values.length > 0)
      for (const o of await ownersOf(run, ctx.workspaceId, def.key, values)) owners.set(o.value, o.id);
    taken.set(def.key, owners);
  }
  const balanceKeys = rows.flatMap((r) => r.balances.map((b) => ctx.balanceKey(r.line, b.currency)));
  const written = new Set(
    balanceKeys.length === 0
      ? []
      : (
          await run<{ idempotency_key: string }>(
            plannedEachTime(
              'select idempotency_key from ledger_operation where workspace_id = ? and idempotency_key = any(?::text[])',
            ),
            [ctx.workspaceId, balanceKeys],
          )
        ).map((r) => r.idempotency_key),
  );
  const consentStates =
    ctx.consentStates && rows.some((r) => r.consents.length > 0)
      ? await ctx.consentStates(
          run,
          existing.map((e) => e.id),
        )
      : new Map<string, Map<ConsentKind, boolean>>();
  const mains = ctx.attachDuplicates ? await findMains(run, ctx.workspaceId, rows, ctx.lock) : null;
  const firstLine = new Map<string, number>();
  const claimed = new Map<string, Map<string, number>>();
  // A row's unique values are the file's from its line on: a later row with one of them is refused.
  const claim = (row: MappedRow) => {
    for (const def of uniqueDefs) {
      const value = row.values[def.key];
      if (typeof value !== 'string') continue;
      if (!claimed.has(def.key)) claimed.set(def.key, new Map());
      claimed.get(def.key)?.set(value, row.line);
    }
  };
  const required = ctx.definitions.filter((d) => d.required && !d.retiredAt);
  return rows.map((row, i) => {
    const result: Classified = {
      row,
      outcome: 'INVALID',
      problem: row.problem,
      existing: null,
      values: {},
      changes: [],
      tagIds: [],
      balances: [],
      consents: [],
    };
    if (row.problem) return result;
    // A lost card number is never given again: not to a new customer, a matched one or a child.
    const card = cardOf(row);
    if (card && lostCards.has(card)) {
      result.problem = { code: 'CARD_NUMBER_LOST', params: {} };
      return result;
    }
    const match = matchValues[i];
    if (!match) {
      result.problem = { code: 'IMPORT_ROW_NO_MATCH_VALUE', params: { target: key } };
      return result;
    }
    const seen = firstLine.get(match);
    if (seen !== undefined) {
      result.problem = { code: 'IMPORT_ROW_DUPLICATE', params: { line: seen, target: key } };
      return result;
    }
    firstLine.set(match, row.line);
    const found = byValue.get(match) ?? null;
    result.existing = found;
    if (found && ctx.mode === 'CREATE_ONLY') {
      result.outcome = 'SKIP';
      result.problem = { code: 'IMPORT_ROW_EXISTS', params: { target: key } };
      return result;
    }
    if (!found && ctx.mode === 'UPDATE_ONLY') {
      result.outcome = 'SKIP';
      result.problem = { code: 'IMPORT_ROW_NOT_FOUND', params: { target: key } };
      return result;
    }
    const main = found || !mains ? null : mains.mainOf(row.values);
    if (main) return attach(result, main, mains?.children.get(main) ?? [], ctx, required);
    for (const def of uniqueDefs) {
      const value = row.values[def.key];
      if (typeof value !== 'string') continue;
      const owner = taken.get(def.key)?.get(value);
      const inFile = claimed.get(def.key)?.get(value);
      if ((owner && owner !== found?.id) || inFile !== undefined) {
        result.problem = { code: 'VALUE_TAKEN', params: {} };
        return result;
      }
    }
    if (found && changesNothing(row, found, ctx, written, consentStates.get(found.id))) {
      claim(row);
      result.outcome = 'SKIP';
      result.problem = null;
      return result;
    }
    const before = found?.attributes ?? {};
    const values = { ...before, ...row.values };
    suggestGender(values, row.values, ctx.definitions);
    if (!found) {
      for (const def of ctx.definitions)
        if (!def.retiredAt && values[def.key] === undefined && def.defaultValue != null)
          values[def.key] = def.defaultValue;
      const missing = required.find((d) => values[d.key] === undefined);
      if (missing) {
        result.problem = { code: 'REQUIRED', params: {} };
        return result;
      }
    }
    claim(row);
    result.values = values;
    result.changes = diffAttributes(before, values);
    const currentTags = found?.tags ?? [];
    const added = row.tags.map((n) => ctx.tagIds.get(n.toLowerCase())).filter((id): id is string => !!id);
    result.tagIds = [...new Set([...currentTags, ...added])];
    result.balances = row.balances
      .filter((b) => b.amount > 0)
      .map((b) => ({ ...b, key: ctx.balanceKey(row.line, b.currency) }))
      .filter((b) => !written.has(b.key));
    const consents = found ? consentStates.get(found.id) : undefined;
    result.consents = row.consents.filter((c) => consents?.get(c.kind) !== c.granted);
    const tagsChanged = result.tagIds.length !== currentTags.length;
    if (!found) result.outcome = 'NEW';
    else if (
      result.changes.length > 0 ||
      tagsChanged ||
      result.balances.length > 0 ||
      result.consents.length > 0
    )
      result.outcome = 'UPDATE';
    else result.outcome = 'SKIP';
    result.problem = null;
    return result;
  });
}

/**
 * The chunk's rows classified for writing them in `run`'s transaction. Read without locks first: a
 * re-imported row that changes nothing (the common case) then locks nothing, so its customer's heap
 * page is neither dirtied nor WAL-logged. Only the customers the chunk will update are locked, and
 * their version checked to be the one read; if one changed meanwhile (or the chunk attaches children,
 * whose mains must stay put), the chunk is classified again under lock, as it stands now.
 */
export async function classifyForWrite(
  run: Run,
  rows: MappedRow[],
  ctx: Omit<ClassifyContext, 'lock'>,
): Promise<Classified[]> {
  const read = await classify(run, rows, { ...ctx, lock: false });
  if (await stillAsRead(run, ctx.workspaceId, read)) return read;
  return classify(run, rows, { ...ctx, lock: true });
}

/** Locks the customers the chunk updates; true when each is still live and at the version read. */
async function stillAsRead(run: Run, workspaceId: string, classified: Classified[]): Promise<boolean> {
  if (classified.some((c) => c.outcome === 'ATTACH')) return false;
  const read = new Map<string, string>();
  for (const c of classified)
    if (c.outcome === 'UPDATE' && c.existing) read.set(c.existing.id, c.existing.version);
  if (read.size === 0) return true;
  const now = await run<{ id: string; version: string }>(
    plannedEachTime(`select id, xmin::text as version from customer
      where workspace_id = ? and id = any(?::uuid[]) and deleted_at is null for update`),
    [workspaceId, [...read.keys()]],
  );
  return now.length === read.size && now.every((c) => read.get(c.id) === c.version);
}

/**
 * True when a matched row would change nothing (SKIP), told without building the merged values and
 * their diff: every value as stored, no gender to suggest, no tag to add, no balance to open, no
 * consent to change. Anything else takes the full path, which decides the same way.
 */
function changesNothing(
  row: MappedRow,
  found: Existing,
  ctx: ClassifyContext,
  written: Set<string>,
  consents: Map<ConsentKind, boolean> | undefined,
): boolean {
  const stored = found.attributes;
  for (const key in row.values) if (!sameValue(stored[key] ?? null, row.values[key] ?? null)) return false;
  if (stored.gender == null && row.values.gender == null && row.values.middleName != null) return false;
  const tags = found.tags;
  if (new Set(tags).size !== tags.length) return false;
  for (const name of row.tags) {
    const id = ctx.tagIds.get(name.toLowerCase());
    if (id && !tags.includes(id)) return false;
  }
  for (const b of row.balances)
    if (b.amount > 0 && !written.has(ctx.balanceKey(row.line, b.currency))) return false;
  return row.consents.every((c) => consents?.get(c.kind) === c.granted);
}

/**
 * ATTACH: the row, stored as it arrived (with the attributes' defaults), becomes a child of `mainId`;
 * a child of that main with exactly these values is the same row imported before: SKIP.
 */
function attach(
  result: Classified,
  mainId: string,
  children: Record<string, unknown>[],
  ctx: ClassifyContext,
  required: AttributeDefinition[],
): Classified {
  const values = { ...result.row.values };
  suggestGender(values, result.row.values, ctx.definitions);
  for (const def of ctx.definitions)
    if (!def.retiredAt && values[def.key] === undefined && def.defaultValue != null)
      values[def.key] = def.defaultValue;
  if (required.some((d) => values[d.key] === undefined)) {
    result.problem = { code: 'REQUIRED', params: {} };
    return result;
  }
  result.problem = null;
  if (children.some((child) => sameValues(child, values))) {
    result.outcome = 'SKIP';
    return result;
  }
  result.outcome = 'ATTACH';
  result.mainId = mainId;
  result.values = values;
  result.changes = [
    ...diffAttributes({}, values),
    { key: 'mainCustomerId', oldValue: null, newValue: mainId },
  ];
  result.tagIds = [
    ...new Set(
      result.row.tags.map((n) => ctx.tagIds.get(n.toLowerCase())).filter((id): id is string => !!id),
    ),
  ];
  return result;
}

const canonical = (v: unknown): string =>
  v && typeof v === 'object' && !Array.isArray(v)
    ? `{${Object.keys(v)
        .sort()
        .map((k) => `${JSON.stringify(k)}:${canonical((v as Record<string, unknown>)[k])}`)
        .join(',')}}`
    : JSON.stringify(v);
const sameValues = (a: Record<string, unknown>, b: Record<string, unknown>) => canonical(a) === canonical(b);

/**
 * The main profiles rows may attach to, as `customers.create(…, 'ATTACH_AS_CHILD')` finds them: the
 * oldest live customer with the row's mobile, else with its (normalised) email; and their children's
 * values, to tell a row imported before.
 */
async function findMains(run: Run, workspaceId: string, rows: MappedRow[], lock: boolean) {
  const byColumn = new Map<string, Map<string, string>>();
  for (const column of ['mobile', 'email'] as const) {
    const values = [
      ...new Set(rows.map((r) => r.values[column]).filter((v): v is string => typeof v === 'string')),
    ];
    const owners =
      values.length === 0
        ? []
        : await run<{ id: string; value: string }>(
            plannedEachTime(`select id, ${column} as value from customer
              where workspace_id = ? and deleted_at is null and ${column} = any(?::text[])
              order by created_at desc, id desc${lock ? ' for update' : ''}`),
            [workspaceId, values],
          );
    // Newest first, so the oldest owner of a value is the one kept.
    byColumn.set(column, new Map(owners.map((o) => [o.value, o.id])));
  }
  const ids = [...new Set([...byColumn.values()].flatMap((m) => [...m.values()]))];
  const children = new Map<string, Record<string, unknown>[]>();
  if (ids.length > 0)
    for (const c of await run<{ main_customer_id: string; attributes: Record<string, unknown> }>(
      plannedEachTime(
        'select main_customer_id, attributes from customer where workspace_id = ? and main_customer_id = any(?::uuid[])',
      ),
      [workspaceId, ids],
    ))
      children.set(c.main_customer_id, [...(children.get(c.main_customer_id) ?? []), c.attributes]);
  return {
    children,
    mainOf: (values: Record<string, unknown>) =>
      (typeof values.mobile === 'string' ? byColumn.get('mobile')?.get(values.mobile) : undefined) ??
      (typeof values.email === 'string' ? byColumn.get('email')?.get(values.email) : undefined) ??
      null,
  };
}

/** Which live customers hold these values of a unique attribute: the value and the id only. */
async function ownersOf(
  run: Run,
  workspaceId: string,
  key: string,
  values: string[],
): Promise<{ id: string; value: string }[]> {
  const held = heldIn(key);
  return run<{ id: string; value: string }>(
    plannedEachTime(
      `select id, ${held} as value from customer where workspace_id = ? and deleted_at is null and ${held} = any(?::text[])`,
    ),
    [workspaceId, values],
  );
}

export async function lookup(
  run: Run,
  workspaceId: string,
  key: string,
  values: string[],
  lock: boolean,
): Promise<Existing[]> {
  if (values.length === 0) return [];
  return run<Existing>(
    plannedEachTime(`select id, attributes, tags, xmin::text as version from customer
      where workspace_id = ? and deleted_at is null and ${heldIn(key)} = any(?::text[])${lock ? ' for update' : ''}`),
    [workspaceId, values],
  );
}

/**
 * A row that brings a Russian patronymic (middleName) for a customer with no gender, in the file or
 * stored, gets the gender it implies (C13) — when the workspace's gender attribute offers that value.
 */
function suggestGender(
  values: Record<string, unknown>,
  rowValues: Record<string, unknown>,
  definitions: AttributeDefinition[],
): void {
  if (values.gender != null || rowValues.middleName == null) return;
  const gender = genderFromPatronymic(rowValues.middleName);
  const def = definitions.find((d) => d.key === 'gender' && !d.retiredAt);
  if (gender && def?.choices?.some((c) => c.value === gender)) values.gender = gender;
}
