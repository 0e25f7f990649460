import { UniqueConstraintViolationException } from '@mikro-orm/core';
import type { EntityManager, MikroORM } from '@mikro-orm/postgresql';
import type { LocalizedText } from '@patron/sdk';
import { isUuid } from '../../common/ids.js';
import { CONFIG_KEY } from '../../common/keys.js';
import { cleanName, nameProblems } from '../../common/localized-name.js';
import { workspaceEm } from '../../db/workspace-scope.js';
import { badField, badInput, type FieldProblem, fieldProblem, refusal } from '../../graphql/errors.js';
import { fieldsChanged } from '../customer-search/field-cache.js';
import { Currency } from './currency.entity.js';
import { DEFAULT_CURRENCIES } from './default-currencies.js';

export interface CurrencyInput {
  key?: string | null;
  name: LocalizedText;
  decimals?: number | null;
  unitValue: number;
  spendable?: boolean | null;
  position?: number | null;
}

const CACHE_MS = 5000;

/** The balances a workspace keeps. Every ledger operation names one by its key. */
export class CurrencyService {
  private readonly cache = new Map<string, { at: number; value: Promise<Currency[]> }>();

  constructor(private readonly orm: MikroORM) {}

  /** In display order; kept a few seconds because every ledger operation reads it. */
  list(workspaceId: string): Promise<Currency[]> {
    const hit = this.cache.get(workspaceId);
    if (hit && Date.now() - hit.at < CACHE_MS) return hit.value;
    const value = workspaceEm(this.orm, workspaceId).find(Currency, {}, { orderBy: { position: 'asc' } });
    this.cache.set(workspaceId, { at: Date.now(), value });
    value.catch(() => this.cache.delete(workspaceId));
    return value;
  }

  async byKey(workspaceId: string, key: unknown, path: (string | number)[]): Promise<Currency> {
    const currency = (await this.list(workspaceId)).find((c) => c.key === key);
    if (!currency) {
      const known = (await this.list(workspaceId)).map((c) => c.key).join(', ');
      throw badField(path, 'CURRENCY_UNKNOWN', { currency: String(key), known });
    }
    return currency;
  }

  async create(workspaceId: string, input: CurrencyInput): Promise<Currency> {
    const problems = check(input, true);
    if (problems.length) throw badInput(problems);
    return this.save(workspaceId, async (em) => {
      const position = input.position ?? (await em.count(Currency, {})) + 1;
      return em.create(Currency, {
        workspaceId,
        key: input.key as string,
        name: cleanName(input.name),
        decimals: input.decimals ?? 0,
        unitValue: input.unitValue,
        spendable: input.spendable ?? true,
        position,
        createdAt: new Date(),
      });
    });
  }

  /** Name, value, spendability and position change; key and decimals are fixed once amounts exist. */
  async update(workspaceId: string, id: string, input: CurrencyInput): Promise<Currency> {
    const problems = check(input, false);
    if (problems.length) throw badInput(problems);
    return this.save(workspaceId, async (em) => {
      const currency = isUuid(id) ? await em.findOne(Currency, { id }) : null;
      if (!currency) throw refusal('CURRENCY_NOT_FOUND');
      if (input.key != null && input.key !== currency.key)
        throw badField(['input', 'key'], 'CURRENCY_KEY_FIXED');
      if (input.decimals != null && input.decimals !== currency.decimals)
        throw badField(['input', 'decimals'], 'CURRENCY_DECIMALS_FIXED');
      currency.name = cleanName(input.name);
      currency.unitValue = input.unitValue;
      if (input.spendable != null) currency.spendable = input.spendable;
      if (input.position != null) currency.position = input.position;
      return currency;
    });
  }

  /** A new workspace's currencies, in its creating transaction. */
  seedWorkspace(em: EntityManager, workspaceId: string): void {
    DEFAULT_CURRENCIES.forEach((c, i) => {
      em.create(Currency, { workspaceId, ...c, position: i + 1, createdAt: new Date() });
    });
  }

  /** Workspaces created before currencies existed get the defaults; one statement, nothing if none lack them. */
  async ensureDefaults(): Promise<void> {
    await this.orm.em.getConnection().execute(
      `insert into currency (workspace_id, key, name, decimals, unit_value, spendable, position)
       select w.id, d.key, d.name, d.decimals, d.unit_value, d.spendable, d.position
         from workspace w
         cross join jsonb_to_recordset(?::jsonb)
           as d(key text, name jsonb, decimals smallint, unit_value numeric, spendable boolean, position int)
        where not exists (select 1 from currency c where c.workspace_id = w.id)`,
      [
        JSON.stringify(
          DEFAULT_CURRENCIES.map((c, i) => ({
            key: c.key,
            name: c.name,
            decimals: c.decimals,
            unit_value: c.unitValue,
            spendable: c.spendable,
            position: i + 1,
          })),
        ),
      ],
    );
  }

  private async save(workspaceId: string, work: (em: EntityManager) => Promise<Currency>): Promise<Currency> {
    try {
      const currency = await workspaceEm(this.orm, workspaceId).transactional(work);
      this.cache.delete(workspaceId);
      fieldsChanged(workspaceId);
      return currency;
    } catch (error) {
      if (error instanceof UniqueConstraintViolationException)
        throw badField(['input', 'key'], 'CURRENCY_KEY_TAKEN');
      throw error;
    }
  }
}

function check(input: CurrencyInput, creating: boolean): FieldProblem[] {
  const problems: FieldProblem[] = [];
  if (creating && (typeof input.key !== 'string' || !CONFIG_KEY.test(input.key)))
    problems.push(fieldProblem(['input', 'key'], 'KEY_FORMAT'));
  problems.push(...nameProblems(cleanName(input.name ?? {}), ['input', 'name']));
  if (
    input.decimals != null &&
    (!Number.isInteger(input.decimals) || input.decimals < 0 || input.decimals > 4)
  )
    problems.push(fieldProblem(['input', 'decimals'], 'CURRENCY_DECIMALS_RANGE', { min: 0, max: 4 }));
  if (!Number.isFinite(input.unitValue) || input.unitValue < 0 || input.unitValue > 1e12)
    problems.push(fieldProblem(['input', 'unitValue'], 'NOT_NEGATIVE'));
  if (input.position != null && (!Number.isInteger(input.position) || input.position < 1))
    problems.push(fieldProblem(['input', 'position'], 'POSITION_FROM_ONE'));
  return problems;
}
