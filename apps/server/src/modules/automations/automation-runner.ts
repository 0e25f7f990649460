import { localDay } from '@patron/filter';
import type { Actor, CustomerEvent, PatronServices } from '@patron/sdk';
import { groupBy } from '../../common/group-by.js';
import type { EmSql } from '../../db/em-sql.js';
import type { PreparedPool, Run } from '../../db/prepared-pool.js';
import { ACTIONS, type Action, type ActionKind } from './actions.js';
import type { Automation } from './automation.service.js';
import { dateSelection, daysToScan, isoDay } from './date-triggers.js';
import { NotDone, NotYet } from './not-done.js';
import { AUTOMATION_ACTOR_PREFIX, DATE_TRIGGERS, occurrenceOf, TRIGGER_EVENTS } from './triggers.js';

/**
 * One action's result on a run, by position: DONE with a detail, SKIPPED (did not apply: no consent,
 * no address…) or FAILED with a code. DONE and SKIPPED are never done again.
 */
export interface ActionOutcome {
  kind: string;
  state: 'DONE' | 'SKIPPED' | 'FAILED';
  code?: string;
  detail?: Record<string, unknown>;
}

interface RunRow {
  id: string;
  workspace_id: string;
  automation_id: string;
  automation_name: string;
  customer_id: string;
  occurrence: string;
  actions: Action[];
  outcomes: ActionOutcome[];
  attempts: number;
  created_at: Date;
}

const MINUTE = 60_000;
/** Failed runs are retried after 5, 10, 20, 40 and 80 minutes, then left failed in the log. */
export const MAX_ATTEMPTS = 6;
const retryDelay = (attempts: number) => 5 * MINUTE * 2 ** (attempts - 1);
/** A run claimed this long ago without an outcome was being done by a process that stopped. */
const STALE_CLAIM = '5 minutes';

const RUN_COLUMNS =
  'id, workspace_id, automation_id, automation_name, customer_id, occurrence, actions, outcomes, attempts, created_at';

export const automationActor = (automation: { id: string; name: string }): Actor => ({
  kind: 'system',
  id: `${AUTOMATION_ACTOR_PREFIX}${automation.id}`,
  name: automation.name,
});

/** The problem code a refusal carries (the first field's for bad input); null for anything unexpected. */
function problemCode(error: unknown): string | null {
  const ext = (error as { extensions?: { problem?: { code?: string } } } | null)?.extensions;
  return typeof ext?.problem?.code === 'string' ? ext.problem.code : null;
}

/**
 * Runs automations: creates a run per customer and occurrence (the unique key turns a second delivery
 * or scan into nothing) and does its actions in order, recording each outcome as it goes. A failed
 * action stops the run (FAILED with its code); the retry pass does the run again from the first action
 * not DONE, so what succeeded is never redone. Actions are idempotent per run and position as well, for
 * a crash between an action and its recorded outcome.
 */
export class AutomationRunner {
  constructor(
    private readonly sql: PreparedPool,
    private readonly services: PatronServices,
    private readonly load: (workspaceId: string, kinds: string[]) => Promise<Automation[]>,
  ) {}

  /**
   * A round of outbox events: the live automations of each workspace are read once for the round
   * (an import's thousand joining customers, in a workspace with no automation, are one query), and
   * each automation's runs for the round are created in one statement, then done in event order.
   */
  async onEvents(events: CustomerEvent[]): Promise<void> {
    for (const [workspaceId, ofWorkspace] of groupBy(events, (e) => e.workspaceId)) {
      const types = new Set(ofWorkspace.map((e) => e.type));
      const kinds = Object.entries(TRIGGER_EVENTS)
        .filter(([, type]) => types.has(type))
        .map(([kind]) => kind);
      for (const automation of await this.load(workspaceId, kinds)) await this.start(automation, ofWorkspace);
    }
  }

  /** The automation's runs for the events that are occurrences of its trigger, for customers it matches. */
  private async start(automation: Automation, events: CustomerEvent[]): Promise<void> {
    const occurrences = events.flatMap((event) => {
      const occurrence = occurrenceOf(automation.trigger, event);
      return occurrence ? [{ customerId: event.customerId, occurrence }] : [];
    });
    if (occurrences.length === 0) return;
    const where = await this.condition(automation);
    if (!where) return;
    const rows = await this.sql.once<{ id: string }>(
      `insert into automation_run (workspace_id, automation_id, automation_name, customer_id, occurrence, actions, claimed_at)
       select ?, ?, ?, c.id, o.occurrence, ?::jsonb, now()
         from unnest(?::uuid[], ?::text[]) with ordinality as o(customer_id, occurrence, n)
         join customer c on c.id = o.customer_id
        where ${where.sql}
        order by o.n
       on conflict do nothing returning id`,
      [
        automation.workspaceId,
        automation.id,
        automation.name,
        JSON.stringify(automation.actions),
        occurrences.map((o) => o.customerId),
        occurrences.map((o) => o.occurrence),
        ...where.params,
      ],
    );
    for (const row of rows) await this.perform(automation.workspaceId, row.id);
  }

  /**
   * The daily scan: each live date automation, for each local day of its workspace not yet covered,
   * selects its customers in one statement and creates their runs; then does them.
   */
  async scan(now = new Date()): Promise<number> {
    const automations = await this.load('', DATE_TRIGGERS);
    let created = 0;
    for (const automation of automations) {
      const { timeZone } = await this.services.workspaceSettings.get(automation.workspaceId);
      const today = localDay(now, timeZone);
      const days = daysToScan(automation.trigger, today, automation.scannedThrough);
      if (days.length === 0) continue;
      const where = await this.condition(automation, now);
      if (!where) continue;
      for (const day of days) {
        const selection = dateSelection(automation.trigger, day, timeZone);
        const rows = await this.sql.once<{ id: string }>(
          `insert into automation_run (workspace_id, automation_id, automation_name, customer_id, occurrence, actions, claimed_at)
           select ?, ?, ?, s.customer_id, s.occurrence, ?::jsonb, now()
             from (${selection.sql} and ${where.sql}) s
           on conflict do nothing returning id`,
          [
            automation.workspaceId,
            automation.id,
            automation.name,
            JSON.stringify(automation.actions),
            ...selection.params,
            ...where.params,
          ],
        );
        created += rows.length;
        for (const row of rows) await this.perform(automation.workspaceId, row.id);
      }
      // Only if the trigger was not edited meanwhile (an edit starts the scan over from today).
      await this.sql.query(
        `update automation set scanned_through = ?::date
          where workspace_id = ? and id = ? and scanned_through is not distinct from ?::date`,
        [isoDay(today), automation.workspaceId, automation.id, automation.scannedThrough],
      );
    }
    return created;
  }

  /** Failed runs whose retry is due, and runs a stopped process left half done: done again. */
  async retryDue(now = new Date()): Promise<number> {
    const rows = await this.sql.query<{ id: string; workspace_id: string }>(
      // The batch is picked once (materialized): a locking subquery re-run per row takes more than 100.
      `with due as materialized (
         select workspace_id, id from automation_run
          where ((state = 'FAILED' and retry_at <= ?)
                 or (state = 'PENDING' and claimed_at is null and retry_at <= ?)
                 or (state = 'PENDING' and claimed_at < now() - interval '${STALE_CLAIM}'))
            -- A paused automation's runs wait for it to be resumed.
            and exists (select 1 from automation a where a.workspace_id = automation_run.workspace_id
                         and a.id = automation_run.automation_id and not a.paused and a.deleted_at is null)
          order by retry_at nulls first limit 100 for update skip locked)
       update automation_run r set claimed_at = now()
         from due where r.workspace_id = due.workspace_id and r.id = due.id
        returning r.id, r.workspace_id`,
      [now, now],
    );
    for (const row of rows) await this.perform(row.workspace_id, row.id);
    return rows.length;
  }

  /**
   * The automation's condition as SQL over `c` (active customers only); null when it no longer
   * compiles (an attribute it names was retired): the automation is skipped, not the event or the scan.
   */
  private async condition(automation: Automation, now = new Date()) {
    try {
      const where = await this.services.customerSearch.where(
        { workspaceId: automation.workspaceId, staffId: null },
        { filter: automation.condition },
        now,
      );
      return { sql: `${where.sql} and c.status = 'ACTIVE'`, params: where.params };
    } catch (error) {
      if (!problemCode(error)) throw error;
      this.services.log(
        `automation ${automation.id}: its condition is refused (${problemCode(error)}); skipped`,
      );
      return null;
    }
  }

  /**
   * Does the run's actions not yet DONE or SKIPPED, in order, recording each outcome (with what the
   * action writes alongside it) in one transaction; stops at a failure.
   */
  async perform(workspaceId: string, runId: string): Promise<void> {
    const [run] = await this.sql.query<RunRow>(
      `select ${RUN_COLUMNS} from automation_run where workspace_id = ? and id = ?`,
      [workspaceId, runId],
    );
    if (!run) return;
    const outcomes = [...run.outcomes];
    const actor = automationActor({ id: run.automation_id, name: run.automation_name });
    let failed: string | null = null;
    let waitUntil: Date | null = null;
    // A failure trying again cannot mend (an address the provider rejects) stops the run for good.
    let final = false;
    for (const [index, action] of run.actions.entries()) {
      const before = outcomes[index]?.state;
      if (before === 'DONE' || before === 'SKIPPED') continue;
      const kind: ActionKind = ACTIONS[action.kind];
      const writes: ((sql: EmSql) => Promise<void>)[] = [];
      try {
        const result = await kind.perform(action.params, {
          services: this.services,
          workspaceId,
          customerId: run.customer_id,
          runId: String(run.id),
          occurrence: run.occurrence,
          automationId: run.automation_id,
          index,
          runStartedAt: new Date(run.created_at),
          actor,
          withOutcome: (write) => writes.push(write),
        });
        if (result instanceof NotYet) {
          waitUntil = result.at;
          break;
        }
        if (result instanceof NotDone) {
          outcomes[index] = {
            kind: action.kind,
            state: result.state,
            code: result.code,
            detail: result.detail,
          };
          if (result.state === 'FAILED') [failed, final] = [result.code, true];
        } else outcomes[index] = { kind: action.kind, state: 'DONE', detail: result };
      } catch (error) {
        failed = problemCode(error) ?? 'AUTOMATION_ACTION_FAILED';
        outcomes[index] = { kind: action.kind, state: 'FAILED', code: failed };
        writes.length = 0;
      }
      const record = (query: Run) =>
        query(
          'update automation_run set outcomes = ?::jsonb, updated_at = now() where workspace_id = ? and id = ?',
          [JSON.stringify(outcomes), workspaceId, runId],
        );
      if (writes.length === 0) await record(this.sql.query);
      else
        await this.sql.transaction(async (tx) => {
          const sql: EmSql = {
            execute: <T>(text: string, params: unknown[]) => tx(text, params) as Promise<T>,
          };
          for (const write of writes) await write(sql);
          await record(tx);
        });
      if (failed) break;
    }
    if (waitUntil) {
      await this.sql.query(
        `update automation_run set state = 'PENDING', retry_at = ?, claimed_at = null, updated_at = now()
          where workspace_id = ? and id = ?`,
        [waitUntil, workspaceId, runId],
      );
      return;
    }
    const attempts = run.attempts + 1;
    const retryAt =
      failed && !final && attempts < MAX_ATTEMPTS ? new Date(Date.now() + retryDelay(attempts)) : null;
    await this.sql.query(
      `update automation_run set state = ?, error_code = ?, attempts = ?, retry_at = ?, claimed_at = null,
              updated_at = now() where workspace_id = ? and id = ?`,
      [failed ? 'FAILED' : 'DONE', failed, attempts, retryAt, workspaceId, runId],
    );
  }
}
