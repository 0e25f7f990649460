import { LockMode, UniqueConstraintViolationException } from '@mikro-orm/core';
import type { EntityManager, MikroORM } from '@mikro-orm/postgresql';
import type { Actor } from '@patron/sdk';
import { isUuid } from '../../common/ids.js';
import type { Run } from '../../db/prepared-pool.js';
import { pgArray } from '../../db/sql-array.js';
import { workspaceEm } from '../../db/workspace-scope.js';
import {
  badField,
  badInput,
  type FieldProblem,
  fieldProblem,
  type Path,
  refusal,
} from '../../graphql/errors.js';
import { AttributeService } from '../attributes/attribute.service.js';
import type { AttributeDefinition } from '../attributes/attribute-definition.entity.js';
import type { CountryCode, NormalizeOptions } from '../attributes/values/index.js';
import { searchColumns } from '../customer-search/search-document.js';
import type { HistoryService } from '../history/history.service.js';
import { Customer, type CustomerStatus } from './customer.entity.js';
import { type BulkCustomer, writeCustomersWithin } from './customer-bulk.js';
import { CUSTOMER_HISTORY } from './customer-history.js';
import type { CustomerNumbering } from './customer-numbers.js';
import type { CustomerSnapshot, ValueCount } from './customer-snapshot.js';
import { type AttributeMap, diffAttributes, resolveAttributes } from './customer-values.js';
import { LOST_CARD_REASON_MAX, type LostCard, lostCardsOf, lostSince, recordLostCard } from './lost-cards.js';

export type TagChange = 'add' | 'remove' | 'replace';
/** A new profile that matches a live customer: refuse a taken unique value, or attach it as a child. */
export type OnDuplicate = 'REFUSE' | 'ATTACH_AS_CHILD';

/** Unique indexes that back a uniqueness rule, so a lost race still names the field. */
const UNIQUE_INDEX_FIELD: Record<string, string> = {
  customer_mobile_unique: 'mobile',
  customer_card_unique: 'cardNumber',
};

const attributePath = (key: string): Path => ['input', 'attributes', key];

/** Attributes with a generated, indexed column: look values up there instead of scanning the JSONB. */
const INDEXED_COLUMN: Record<string, string> = { mobile: 'mobile', cardNumber: 'card_number' };

/** The one way customers change: validation, history and events all happen here. */
export class CustomerService {
  constructor(
    private readonly orm: MikroORM,
    private readonly attributes: AttributeService,
    private readonly history: HistoryService,
    private readonly afterCommit: () => void,
    /** The workspace's country for phone numbers written without a country code. */
    private readonly phoneCountry: (workspaceId: string) => Promise<CountryCode>,
  ) {}

  /**
   * Many customers created or changed at once (an import), set-based in the caller's transaction,
   * with the same history and outbox rows as `create` and `update`; the values must already be
   * checked by the registry. Ids in input order (null: nothing changed). `numbering`: new customers'
   * numbers may follow an earlier write still under way (customer-numbers.ts).
   */
  writeManyWithin(
    run: Run,
    workspaceId: string,
    actor: Actor,
    definitions: readonly AttributeDefinition[],
    customers: readonly BulkCustomer[],
    tagNames: ReadonlyMap<string, string>,
    numbering?: CustomerNumbering,
  ): Promise<(string | null)[]> {
    return writeCustomersWithin(run, workspaceId, actor, definitions, customers, tagNames, numbering);
  }

  /**
   * One new customer in the caller's transaction (a self sign-up writes its password and consents in
   * the same one): checked by the registry like `create`, with the same history and outbox rows. A
   * value another customer holds fails the transaction on its unique index.
   */
  async createWithin(run: Run, workspaceId: string, actor: Actor, input: unknown): Promise<string> {
    const definitions = await this.attributes.definitions(workspaceId);
    const { values, problems } = resolveAttributes(
      definitions,
      input,
      null,
      await this.valueOptions(workspaceId),
    );
    if (problems.length) throw badInput(problems);
    const [id] = await writeCustomersWithin(
      run,
      workspaceId,
      actor,
      definitions,
      [{ values, changes: diffAttributes({}, values), tags: [] }],
      new Map(),
    );
    return id as string;
  }

  /** How values are read in this workspace: its phone country and the formats of enabled modules. */
  private async valueOptions(workspaceId: string): Promise<NormalizeOptions> {
    return { defaultCountry: await this.phoneCountry(workspaceId), formats: this.attributes.formats };
  }

  /** The numbers of these customers (children included), by id. */
  async numbers(workspaceId: string, customerIds: string[]): Promise<Map<string, number>> {
    const rows = await this.orm.em
      .getConnection()
      .execute<{ id: string; number: number }[]>(
        'select id, number from customer where workspace_id = ? and id = any(?::uuid[])',
        [workspaceId, pgArray(customerIds.filter(isUuid))],
      );
    return new Map(rows.map((r) => [r.id, r.number]));
  }

  /** The live customers among these ids (unknown, deleted and child profiles left out). */
  async liveByIds(workspaceId: string, customerIds: string[]): Promise<Customer[]> {
    const ids = customerIds.filter(isUuid);
    if (!ids.length) return [];
    return workspaceEm(this.orm, workspaceId).find(Customer, { id: { $in: ids }, deletedAt: null });
  }

  async get(workspaceId: string, customerId: string): Promise<Customer> {
    const customer = isUuid(customerId)
      ? await workspaceEm(this.orm, workspaceId).findOne(Customer, { id: customerId, deletedAt: null })
      : null;
    if (!customer) throw refusal('CUSTOMER_NOT_FOUND');
    return customer;
  }

  /** A live customer or a child profile (attached or merged), for the card; nothing else reads children. */
  async getProfile(workspaceId: string, customerId: string): Promise<Customer> {
    const customer = isUuid(customerId)
      ? await workspaceEm(this.orm, workspaceId).findOne(Customer, {
          id: customerId,
          $or: [{ deletedAt: null }, { mainCustomerId: { $ne: null } }],
        })
      : null;
    if (!customer) throw refusal('CUSTOMER_NOT_FOUND');
    return customer;
  }

  /**
   * Creates a customer. With ATTACH_AS_CHILD a profile whose mobile (first) or email a live customer
   * has becomes that customer's child profile: stored as it arrived, out of lists and uniqueness
   * (deletedAt set, see modules/duplicates), and written in both histories.
   */
  async create(
    workspaceId: string,
    actor: Actor,
    input: unknown,
    status: CustomerStatus = 'ACTIVE',
    onDuplicate: OnDuplicate = 'REFUSE',
  ): Promise<Customer> {
    if (status === 'ERASED') throw badField(['input', 'status'], 'CUSTOMER_STATUS_RESERVED');
    const definitions = await this.attributes.definitions(workspaceId);
    const { values, problems } = resolveAttributes(
      definitions,
      input,
      null,
      await this.valueOptions(workspaceId),
    );
    if (problems.length) throw badInput(problems);

    const customer = await this.write(workspaceId, async (em) => {
      await this.checkCardNotLost(em, workspaceId, values.cardNumber, attributePath('cardNumber'));
      const main = onDuplicate === 'ATTACH_AS_CHILD' ? await this.findMain(em, workspaceId, values) : null;
      if (!main) await this.checkUnique(em, workspaceId, definitions, values, null);
      const now = new Date();
      const created = em.create(Customer, {
        workspaceId,
        status,
        attributes: values,
        ...derivedColumns(values, definitions),
        tags: [],
        createdAt: now,
        updatedAt: now,
        deletedAt: main ? now : null,
        mainCustomerId: main?.id ?? null,
      });
      await em.flush();
      const changes = diffAttributes({}, values);
      if (main) changes.push({ key: 'mainCustomerId', oldValue: null, newValue: main.id });
      this.history.record(em, {
        workspaceId,
        customerId: created.id,
        type: CUSTOMER_HISTORY.created,
        actor,
        changes,
      });
      if (main) {
        const profile = {
          id: created.id,
          source: values.source ?? null,
          subSource: values.subSource ?? null,
        };
        this.history.record(em, {
          workspaceId,
          customerId: main.id,
          type: CUSTOMER_HISTORY.profileAttached,
          actor,
          changes: [{ key: 'childProfile', oldValue: null, newValue: profile }],
        });
      }
      return created;
    });
    return customer;
  }

  /** The live customer a new profile belongs to: same mobile, else same (normalised) email. */
  private async findMain(em: EntityManager, workspaceId: string, values: AttributeMap) {
    for (const [key, column] of [
      ['mobile', 'mobile'],
      ['email', 'email'],
    ] as const) {
      const value = values[key];
      if (typeof value !== 'string') continue;
      // The same lock checkUnique takes, so a main created meanwhile with this value is seen.
      await this.lockValue(em, workspaceId, key, JSON.stringify(value));
      const [found] = await em.getConnection().execute<{ id: string }[]>(
        `select id from customer where workspace_id = ? and deleted_at is null and ${column} = ?
            order by created_at, id limit 1 for update`,
        [workspaceId, value],
        'all',
        em.getTransactionContext(),
      );
      if (found) return found;
    }
    return null;
  }

  private async lockValue(em: EntityManager, workspaceId: string, key: string, json: string) {
    await em
      .getConnection()
      .execute(
        'select pg_advisory_xact_lock(hashtextextended(?, 0))',
        [`${workspaceId}:${key}:${json}`],
        'all',
        em.getTransactionContext(),
      );
  }

  /** A card number reported lost is never given again (create, edit, reissue). */
  private async checkCardNotLost(em: EntityManager, workspaceId: string, value: unknown, path: Path) {
    if (typeof value !== 'string') return;
    // The lock a reissue takes on the number it records as lost, so the two never cross.
    await this.lockValue(em, workspaceId, 'cardNumber', JSON.stringify(value));
    if (await lostSince(em, workspaceId, value)) throw badField(path, 'CARD_NUMBER_LOST');
  }

  async update(workspaceId: string, actor: Actor, customerId: string, input: unknown): Promise<Customer> {
    const definitions = await this.attributes.definitions(workspaceId);
    const options = await this.valueOptions(workspaceId);
    return this.write(workspaceId, async (em) => {
      const customer = await this.lockChangeable(em, customerId);
      const { values, problems } = resolveAttributes(definitions, input, customer.attributes, options);
      if (problems.length) throw badInput(problems);
      const changes = diffAttributes(customer.attributes, values);
      if (changes.length === 0) return customer;
      if (changes.some((c) => c.key === 'cardNumber'))
        await this.checkCardNotLost(em, workspaceId, values.cardNumber, attributePath('cardNumber'));
      await this.checkUnique(em, workspaceId, definitions, values, customer.id);
      customer.attributes = values;
      Object.assign(customer, derivedColumns(values, definitions));
      customer.updatedAt = new Date();
      this.history.record(em, { workspaceId, customerId, type: CUSTOMER_HISTORY.updated, actor, changes });
      return customer;
    });
  }

  async setStatus(
    workspaceId: string,
    actor: Actor,
    customerId: string,
    status: CustomerStatus,
  ): Promise<Customer> {
    return this.write(workspaceId, async (em) => {
      const customer = await this.lockChangeable(em, customerId);
      if (customer.status === status) return customer;
      const changes = [{ key: 'status', oldValue: customer.status, newValue: status }];
      customer.status = status;
      customer.updatedAt = new Date();
      const type = status === 'ACTIVE' ? CUSTOMER_HISTORY.activated : CUSTOMER_HISTORY.deactivated;
      this.history.record(em, { workspaceId, customerId, type, actor, changes });
      return customer;
    });
  }

  /**
   * Adds, removes or replaces tags on one customer; a change is one CUSTOMER_TAGGED history event with
   * the tag names before and after. `names` maps every tag id of the workspace to its name.
   */
  async changeTags(
    workspaceId: string,
    actor: Actor,
    customerId: string,
    mode: TagChange,
    tagIds: readonly string[],
    names: ReadonlyMap<string, string>,
  ): Promise<Customer> {
    return this.write(workspaceId, async (em) => {
      const customer = await this.lockChangeable(em, customerId);
      const before = customer.tags ?? [];
      const after =
        mode === 'replace'
          ? [...new Set(tagIds)]
          : mode === 'add'
            ? [...new Set([...before, ...tagIds])]
            : before.filter((id) => !tagIds.includes(id));
      if (after.length === before.length && after.every((id) => before.includes(id))) return customer;
      const label = (ids: string[]) => ids.map((id) => names.get(id) ?? id);
      customer.tags = after;
      customer.updatedAt = new Date();
      this.history.record(em, {
        workspaceId,
        customerId,
        type: CUSTOMER_HISTORY.tagged,
        actor,
        changes: [{ key: 'tags', oldValue: label(before), newValue: label(after) }],
      });
      return customer;
    });
  }

  /** Hides the customer everywhere; the row and its history stay, so nothing is lost. */
  async delete(workspaceId: string, actor: Actor, customerId: string): Promise<string> {
    await this.write(workspaceId, async (em) => {
      const customer = await this.lock(em, customerId);
      customer.deletedAt = new Date();
      this.history.record(em, {
        workspaceId,
        customerId,
        type: CUSTOMER_HISTORY.deleted,
        actor,
        changes: [],
      });
    });
    return customerId;
  }

  /**
   * The customer's card is lost: in one transaction its number is kept as lost for good, the customer
   * gets the new one (checked as an edited card number is: format, unique, never a lost one) and one
   * CARD_REISSUED history entry says old → new and why.
   */
  async reissueCard(
    workspaceId: string,
    actor: Actor,
    customerId: string,
    newCardNumber: string,
    reason: string,
  ): Promise<Customer> {
    const why = reason.trim();
    if (why.length > LOST_CARD_REASON_MAX)
      throw badField(['reason'], 'TOO_LONG', { max: LOST_CARD_REASON_MAX });
    const definitions = await this.attributes.definitions(workspaceId);
    const card = definitions.find((d) => d.key === 'cardNumber');
    return this.write(workspaceId, async (em) => {
      const customer = await this.lockChangeable(em, customerId);
      const old = customer.attributes.cardNumber;
      if (typeof old !== 'string') throw badField(['customerId'], 'CARD_NONE_TO_REPORT');
      const { values, problems } = resolveAttributes(
        card ? [card] : [],
        { cardNumber: newCardNumber },
        customer.attributes,
        { formats: this.attributes.formats },
      );
      if (problems.length) throw badInput(problems.map((p) => ({ ...p, path: ['newCardNumber'] })));
      const fresh = values.cardNumber;
      if (typeof fresh !== 'string') throw badField(['newCardNumber'], 'REQUIRED');
      // The old number's lock, as a writer giving it away takes it: none can slip in before it is lost.
      await this.lockValue(em, workspaceId, 'cardNumber', JSON.stringify(old));
      await recordLostCard(em, workspaceId, { cardNumber: old, customerId, reason: why, actor });
      await this.checkCardNotLost(em, workspaceId, fresh, ['newCardNumber']);
      await this.checkUnique(em, workspaceId, card ? [card] : [], values, customer.id, () => [
        'newCardNumber',
      ]);
      customer.attributes = values;
      Object.assign(customer, derivedColumns(values, definitions));
      customer.updatedAt = new Date();
      this.history.record(em, {
        workspaceId,
        customerId,
        type: CUSTOMER_HISTORY.cardReissued,
        actor,
        changes: [
          { key: 'cardNumber', oldValue: old, newValue: fresh },
          { key: 'reason', oldValue: null, newValue: why },
        ],
      });
      return customer;
    });
  }

  /** The live customer holding this card; a lost card is CARD_LOST (when), never its new number. */
  async getByCard(workspaceId: string, cardNumber: string): Promise<Customer> {
    const number = cardNumber.trim();
    const em = workspaceEm(this.orm, workspaceId);
    const [held] = number
      ? await em
          .getConnection()
          .execute<{ id: string }[]>(
            'select id from customer where workspace_id = ? and deleted_at is null and card_number = ?',
            [workspaceId, number],
          )
      : [];
    const customer = held ? await em.findOne(Customer, { id: held.id, deletedAt: null }) : null;
    if (customer) return customer;
    const since = number ? await lostSince(em, workspaceId, number) : null;
    if (since) throw refusal('CARD_LOST', { reportedAt: since.toISOString() });
    throw refusal('CUSTOMER_NOT_FOUND');
  }

  /** The lost cards of these profiles, newest first. */
  lostCards(workspaceId: string, customerIds: string[]): Promise<LostCard[]> {
    return lostCardsOf(workspaceEm(this.orm, workspaceId), workspaceId, customerIds.filter(isUuid));
  }

  async countByAttribute(workspaceId: string, key: string, limit: number): Promise<ValueCount[]> {
    const rows = await this.orm.em.getConnection().execute<{ value: string; count: string }[]>(
      `select attributes->>? as value, count(*) as count from customer
        where workspace_id = ? and deleted_at is null and jsonb_exists(attributes, ?)
        group by 1 order by 2 desc, 1 limit ?`,
      [key, workspaceId, key, limit],
    );
    return rows.map((r) => ({ value: r.value, count: Number(r.count) }));
  }

  snapshot(customer: Customer): CustomerSnapshot {
    return {
      id: customer.id,
      workspaceId: customer.workspaceId,
      status: customer.status,
      attributes: customer.attributes,
      createdAt: customer.createdAt,
      updatedAt: customer.updatedAt,
    };
  }

  private async write<T>(workspaceId: string, work: (em: EntityManager) => Promise<T>): Promise<T> {
    try {
      const result = await workspaceEm(this.orm, workspaceId).transactional(work);
      this.afterCommit();
      return result;
    } catch (error) {
      if (error instanceof UniqueConstraintViolationException) {
        const field = Object.entries(UNIQUE_INDEX_FIELD).find(([index]) =>
          error.message.includes(index),
        )?.[1];
        if (field) throw badField(['input', 'attributes', field], 'VALUE_TAKEN');
      }
      throw error;
    }
  }

  private async lock(em: EntityManager, customerId: string): Promise<Customer> {
    const customer = isUuid(customerId)
      ? await em.findOne(
          Customer,
          { id: customerId, deletedAt: null },
          { lockMode: LockMode.PESSIMISTIC_WRITE },
        )
      : null;
    if (!customer) throw refusal('CUSTOMER_NOT_FOUND');
    return customer;
  }

  /** A profile whose data may still change: not erased (modules/erase). */
  private async lockChangeable(em: EntityManager, customerId: string): Promise<Customer> {
    const customer = await this.lock(em, customerId);
    if (customer.status === 'ERASED') throw refusal('CUSTOMER_ERASED');
    return customer;
  }

  /** Unique attributes: serialised per value with an advisory lock so two writers cannot both pass. */
  private async checkUnique(
    em: EntityManager,
    workspaceId: string,
    definitions: AttributeDefinition[],
    values: AttributeMap,
    selfId: string | null,
    at: (key: string) => Path = attributePath,
  ): Promise<void> {
    const problems: FieldProblem[] = [];
    for (const def of definitions) {
      const value = values[def.key];
      if (!def.unique || value === undefined) continue;
      const json = JSON.stringify(value);
      const conn = em.getConnection();
      const ctx = em.getTransactionContext();
      await this.lockValue(em, workspaceId, def.key, json);
      const column = INDEXED_COLUMN[def.key];
      const match = column ? `${column} = ?` : 'attributes -> ? = ?::jsonb';
      const taken = await conn.execute<{ id: string }[]>(
        `select id from customer where workspace_id = ? and deleted_at is null
          and ${match} and id <> coalesce(?::uuid, '00000000-0000-0000-0000-000000000000') limit 1`,
        column ? [workspaceId, value, selfId] : [workspaceId, def.key, json, selfId],
        'all',
        ctx,
      );
      if (taken.length > 0) {
        problems.push(fieldProblem(at(def.key), 'VALUE_TAKEN'));
      }
    }
    if (problems.length) throw badInput(problems);
  }
}

function derivedColumns(values: AttributeMap, definitions: AttributeDefinition[]) {
  const { folded, searchText } = searchColumns(values, definitions);
  return { folded, searchText };
}
