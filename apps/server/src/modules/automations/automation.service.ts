import type { Actor, PatronServices } from '@patron/sdk';
import { isUuid } from '../../common/ids.js';
import { visibleText } from '../../common/text.js';
import type { PreparedPool, Run } from '../../db/prepared-pool.js';
import { badInput, type FieldProblem, fieldProblem, refusal } from '../../graphql/errors.js';
import type { FilterGroupInput } from '../customer-search/filter-input.js';
import { type Action, type ActionKindName, checkAction, MAX_ACTIONS } from './actions.js';
import type { ActionOutcome } from './automation-runner.js';
import { checkTrigger, type Trigger, type TriggerKind } from './triggers.js';

export interface Automation {
  id: string;
  workspaceId: string;
  name: string;
  trigger: Trigger;
  condition: FilterGroupInput | null;
  actions: Action[];
  paused: boolean;
  scannedThrough: string | null;
  createdBy: string | null;
  createdAt: Date;
  updatedAt: Date;
}

export interface AutomationInput {
  name: string;
  trigger: { kind: TriggerKind; params?: unknown };
  filter?: FilterGroupInput | null;
  actions: { kind: ActionKindName; params?: unknown }[];
}

export interface AutomationRun {
  id: string;
  automationId: string;
  customerId: string;
  customerName: string;
  customerNumber: number;
  occurrence: string;
  state: 'PENDING' | 'DONE' | 'FAILED';
  outcomes: ActionOutcome[];
  errorCode: string | null;
  attempts: number;
  retryAt: Date | null;
  createdAt: Date;
  updatedAt: Date;
}

interface Row {
  id: string;
  workspace_id: string;
  name: string;
  trigger: Trigger;
  condition: FilterGroupInput | null;
  actions: Action[];
  paused: boolean;
  scanned_through: string | null;
  created_by: string | null;
  created_at: Date;
  updated_at: Date;
}

const COLUMNS = `id, workspace_id, name, trigger, condition, actions, paused, to_char(scanned_through, 'YYYY-MM-DD') as scanned_through,
  created_by, created_at, updated_at`;
const NAME_MAX = 120;

const toAutomation = (r: Row): Automation => ({
  id: r.id,
  workspaceId: r.workspace_id,
  name: r.name,
  trigger: r.trigger,
  condition: r.condition,
  actions: r.actions,
  paused: r.paused,
  scannedThrough: r.scanned_through,
  createdBy: r.created_by,
  createdAt: new Date(r.created_at),
  updatedAt: new Date(r.updated_at),
});

/**
 * Automations of a workspace: checked when saved (the trigger's and actions' settings against the
 * workspace, the condition by customer search), paused and resumed, edited (the run log stays, and
 * an occurrence already run is not run again), deleted softly: a deleted automation stops and leaves
 * the list, its runs stay as the record of what was granted. Every change is in the audit log.
 */
export class AutomationService {
  private balanceListeners = { any: true, checkedAt: 0, checking: false };

  constructor(
    private readonly sql: PreparedPool,
    private readonly services: PatronServices,
  ) {}

  /**
   * Whether a live automation in any workspace starts on balance changes: read from the database at
   * most every 5 s (in the background; until then the last answer, or yes), yes at once after a save.
   */
  listensToBalances(): boolean {
    const state = this.balanceListeners;
    if (!state.checking && Date.now() - state.checkedAt > 5_000) {
      state.checking = true;
      this.sql
        .query<{ any: boolean }>(
          `select exists (select 1 from automation where deleted_at is null and not paused
                           and trigger->>'kind' = 'BALANCE_CHANGED') as any`,
          [],
        )
        .then(([row]) => Object.assign(state, { any: Boolean(row?.any), checkedAt: Date.now() }))
        .catch(() => {})
        .finally(() => {
          state.checking = false;
        });
    }
    return state.any;
  }

  async list(workspaceId: string): Promise<Automation[]> {
    const rows = await this.sql.query<Row>(
      `select ${COLUMNS} from automation where workspace_id = ? and deleted_at is null order by lower(name), id`,
      [workspaceId],
    );
    return rows.map(toAutomation);
  }

  async get(workspaceId: string, id: string): Promise<Automation> {
    const [row] = isUuid(id)
      ? await this.sql.query<Row>(
          `select ${COLUMNS} from automation where workspace_id = ? and id = ? and deleted_at is null`,
          [workspaceId, id],
        )
      : [];
    if (!row) throw refusal('AUTOMATION_NOT_FOUND');
    return toAutomation(row);
  }

  /** Live (not paused, not deleted) automations with one of these trigger kinds; '' for every workspace. */
  async live(workspaceId: string, kinds: string[]): Promise<Automation[]> {
    const rows = await this.sql.query<Row>(
      `select ${COLUMNS} from automation
        where (?::uuid is null or workspace_id = ?::uuid) and deleted_at is null and not paused
          and trigger->>'kind' = any(?::text[]) order by workspace_id, created_at, id`,
      [workspaceId || null, workspaceId || null, `{${kinds.join(',')}}`],
    );
    return rows.map(toAutomation);
  }

  async create(workspaceId: string, actor: Actor, input: AutomationInput): Promise<Automation> {
    Object.assign(this.balanceListeners, { any: true, checkedAt: 0 });
    const value = await this.checked(workspaceId, input);
    return this.sql.transaction(async (run) => {
      const [row] = await run<Row>(
        `insert into automation (workspace_id, name, trigger, condition, actions, created_by)
         values (?, ?, ?::jsonb, ?::jsonb, ?::jsonb, ?) returning ${COLUMNS}`,
        [
          workspaceId,
          value.name,
          JSON.stringify(value.trigger),
          value.condition ? JSON.stringify(value.condition) : null,
          JSON.stringify(value.actions),
          actor.name,
        ],
      );
      const automation = toAutomation(row as Row);
      await this.record(run, workspaceId, actor, 'AUTOMATION_CREATED', automation);
      return automation;
    });
  }

  /** An edited trigger starts the daily scan over from today; past runs stay in the log. */
  async update(workspaceId: string, actor: Actor, id: string, input: AutomationInput): Promise<Automation> {
    Object.assign(this.balanceListeners, { any: true, checkedAt: 0 });
    const before = await this.get(workspaceId, id);
    const value = await this.checked(workspaceId, input);
    const triggerChanged = JSON.stringify(before.trigger) !== JSON.stringify(value.trigger);
    return this.sql.transaction(async (run) => {
      const [row] = await run<Row>(
        `update automation set name = ?, trigger = ?::jsonb, condition = ?::jsonb, actions = ?::jsonb,
                scanned_through = case when ? then null else scanned_through end, updated_at = now()
          where workspace_id = ? and id = ? and deleted_at is null returning ${COLUMNS}`,
        [
          value.name,
          JSON.stringify(value.trigger),
          value.condition ? JSON.stringify(value.condition) : null,
          JSON.stringify(value.actions),
          triggerChanged,
          workspaceId,
          id,
        ],
      );
      if (!row) throw refusal('AUTOMATION_NOT_FOUND');
      const automation = toAutomation(row);
      await this.record(run, workspaceId, actor, 'AUTOMATION_CHANGED', automation);
      return automation;
    });
  }

  /** Paused, it neither runs on events nor scans; resumed, it picks up from today (no backlog). */
  async setPaused(workspaceId: string, actor: Actor, id: string, paused: boolean): Promise<Automation> {
    Object.assign(this.balanceListeners, { any: true, checkedAt: 0 });
    await this.get(workspaceId, id);
    return this.sql.transaction(async (run) => {
      const [row] = await run<Row>(
        `update automation set paused = ?, updated_at = now(),
                scanned_through = case when ? then null else scanned_through end
          where workspace_id = ? and id = ? and deleted_at is null returning ${COLUMNS}`,
        [paused, !paused, workspaceId, id],
      );
      if (!row) throw refusal('AUTOMATION_NOT_FOUND');
      const automation = toAutomation(row);
      await this.record(
        run,
        workspaceId,
        actor,
        paused ? 'AUTOMATION_PAUSED' : 'AUTOMATION_RESUMED',
        automation,
      );
      return automation;
    });
  }

  async delete(workspaceId: string, actor: Actor, id: string): Promise<string> {
    const automation = await this.get(workspaceId, id);
    await this.sql.transaction(async (run) => {
      await run('update automation set deleted_at = now() where workspace_id = ? and id = ?', [
        workspaceId,
        id,
      ]);
      // Runs still waiting for a retry stop with it.
      await run(
        `update automation_run set retry_at = null where workspace_id = ? and automation_id = ? and state = 'FAILED'`,
        [workspaceId, id],
      );
      await this.record(run, workspaceId, actor, 'AUTOMATION_DELETED', automation);
    });
    return id;
  }

  /** The run log, newest first; keyset on the run id. */
  async runs(
    workspaceId: string,
    automationId: string,
    options: { first: number; after?: string | null; state?: string | null },
  ): Promise<{ runs: AutomationRun[]; hasNextPage: boolean; totalCount: number }> {
    await this.get(workspaceId, automationId);
    const after = options.after && /^\d{1,18}$/.test(options.after) ? options.after : null;
    const rows = await this.sql.query<Record<string, unknown>>(
      `select r.id, r.automation_id, r.customer_id, r.occurrence, r.state, r.outcomes, r.error_code, r.attempts,
              r.retry_at, r.created_at, r.updated_at, c.number as customer_number,
              trim(concat_ws(' ', c.first_name, c.last_name)) as customer_name
         from automation_run r join customer c on c.workspace_id = r.workspace_id and c.id = r.customer_id
        where r.workspace_id = ? and r.automation_id = ?
          and (?::bigint is null or r.id < ?::bigint) and (?::text is null or r.state = ?::text)
        order by r.id desc limit ?`,
      [
        workspaceId,
        automationId,
        after,
        after,
        options.state ?? null,
        options.state ?? null,
        options.first + 1,
      ],
    );
    const [count] = await this.sql.query<{ n: number }>(
      `select count(*)::int as n from automation_run where workspace_id = ? and automation_id = ?
          and (?::text is null or state = ?::text)`,
      [workspaceId, automationId, options.state ?? null, options.state ?? null],
    );
    return {
      runs: rows.slice(0, options.first).map((r) => ({
        id: String(r.id),
        automationId: r.automation_id as string,
        customerId: r.customer_id as string,
        customerName: r.customer_name as string,
        customerNumber: Number(r.customer_number),
        occurrence: r.occurrence as string,
        state: r.state as AutomationRun['state'],
        outcomes: r.outcomes as ActionOutcome[],
        errorCode: r.error_code as string | null,
        attempts: r.attempts as number,
        retryAt: r.retry_at ? new Date(r.retry_at as string) : null,
        createdAt: new Date(r.created_at as string),
        updatedAt: new Date(r.updated_at as string),
      })),
      hasNextPage: rows.length > options.first,
      totalCount: count?.n ?? 0,
    };
  }

  /** Runs of each automation of the workspace in the last 30 days. */
  async recentRunCounts(workspaceId: string): Promise<Map<string, number>> {
    const rows = await this.sql.query<{ automation_id: string; n: number }>(
      `select automation_id, count(*)::int as n from automation_run
        where workspace_id = ? and created_at > now() - interval '30 days' group by automation_id`,
      [workspaceId],
    );
    return new Map(rows.map((r) => [r.automation_id, r.n]));
  }

  /** Every problem of the input at once, each naming its field. */
  private async checked(workspaceId: string, input: AutomationInput) {
    const problems: FieldProblem[] = [];
    const name = visibleText(input.name);
    if (!name || name.length > NAME_MAX)
      problems.push(fieldProblem(['input', 'name'], 'AUTOMATION_NAME_REQUIRED', { max: NAME_MAX }));
    const trigger = await checkTrigger(
      this.services,
      workspaceId,
      input.trigger,
      ['input', 'trigger'],
      problems,
    );
    if (input.actions.length === 0)
      problems.push(fieldProblem(['input', 'actions'], 'AUTOMATION_ACTIONS_EMPTY'));
    if (input.actions.length > MAX_ACTIONS)
      problems.push(fieldProblem(['input', 'actions'], 'AUTOMATION_ACTIONS_TOO_MANY', { max: MAX_ACTIONS }));
    const actions: Action[] = [];
    for (const [i, action] of input.actions.slice(0, MAX_ACTIONS).entries())
      actions.push(await checkAction(this.services, workspaceId, action, ['input', 'actions', i], problems));
    const condition = input.filter ?? null;
    if (condition) {
      try {
        await this.services.customerSearch.validate(workspaceId, { search: [], filter: condition }, [
          'input',
        ]);
      } catch (error) {
        const fields = (
          error as { extensions?: { fields?: { path: (string | number)[]; problem: FieldProblem }[] } }
        ).extensions?.fields;
        if (!fields) throw error;
        problems.push(...fields.map((f) => ({ ...f.problem, path: f.path })));
      }
    }
    if (problems.length) throw badInput(problems);
    return { name, trigger, actions, condition: condition ? plain(condition) : null };
  }

  private async record(run: Run, workspaceId: string, actor: Actor, type: string, a: Automation) {
    await this.services.audit.record(run, {
      workspaceId,
      type,
      actor,
      subject: a.id,
      details: { name: a.name, trigger: a.trigger.kind, paused: a.paused },
    });
  }
}

/** The filter input as plain JSON (type-graphql gives class instances). */
const plain = (filter: FilterGroupInput): FilterGroupInput => JSON.parse(JSON.stringify(filter));
