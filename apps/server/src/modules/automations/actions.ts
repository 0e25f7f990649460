import type { Actor, PatronServices } from '@patron/sdk';
import type { EmSql } from '../../db/em-sql.js';
import { type FieldProblem, fieldProblem, type Path } from '../../graphql/errors.js';
import { amountProblem } from '../ledger/amounts.js';
import type { NotDone, NotYet } from './not-done.js';
import { checkParams, type ParamSpec } from './params.js';
import { sendMessage } from './send-message.js';

/** What one run asks an action to do: the customer, the run (for idempotency keys) and who acts. */
export interface ActionContext {
  services: PatronServices;
  workspaceId: string;
  customerId: string;
  runId: string;
  /** What started the run: `joined`, `birthday:2027`, `purchase:<id>`… */
  occurrence: string;
  automationId: string;
  /** The action's position in the list: with the run id, it names this action of this run. */
  index: number;
  /** When the run began: anything derived from time (an expiry) is the same on every retry. */
  runStartedAt: Date;
  actor: Actor;
  /**
   * Writes done in the same transaction as the action's recorded outcome (a sent message's history
   * row): a crash before that commit leaves neither, and the retry writes them once.
   */
  withOutcome(write: (sql: EmSql) => Promise<void>): void;
}

/**
 * One kind of action: its settings and how it is done. `perform` must be safe to repeat for the same
 * run and index (a retry after a crash may repeat an action whose outcome was not yet recorded):
 * grants carry an idempotency key made of the run and the index, adding a tag twice is adding it once.
 * It returns a short detail for the run log, NotDone, or NotYet (a message in quiet hours); a throw
 * is a failure the run's retry tries again (its problem code is kept).
 */
export interface ActionKind {
  params: Record<string, ParamSpec>;
  /** Checks across settings, once each is valid on its own (an amount's decimals for its currency). */
  check?(
    params: Record<string, unknown>,
    services: PatronServices,
    workspaceId: string,
    path: Path,
  ): Promise<FieldProblem[]>;
  perform(
    params: Record<string, unknown>,
    ctx: ActionContext,
  ): Promise<Record<string, unknown> | NotDone | NotYet>;
}

const DAY = 86_400_000;

/**
 * The actions, by kind. Adding one is one entry here: its settings' types in params.ts and a
 * `perform` that is idempotent per `ctx.runId` and `ctx.index`. The API's enum, validation, the run's
 * outcome and retries follow from this table.
 */
export const ACTIONS = {
  GRANT_POINTS: {
    params: {
      currency: { type: 'currency' },
      amount: { type: 'amount' },
      expiresInDays: { type: 'days', min: 1, max: 3650, optional: true },
    },
    async check(params, services, workspaceId, path) {
      const currency = (await services.currencies.list(workspaceId)).find((c) => c.key === params.currency);
      const problem =
        currency && amountProblem(params.amount as number, currency.decimals, [...path, 'amount']);
      return problem ? [problem] : [];
    },
    async perform(params, ctx) {
      const days = params.expiresInDays as number | undefined;
      const operation = await ctx.services.ledger.apply(
        ctx.workspaceId,
        ctx.actor,
        {
          customerId: ctx.customerId,
          currency: params.currency as string,
          amount: params.amount as number,
          kind: 'GRANT',
          reason: `Automation: ${ctx.actor.name}`,
          expiresAt: days ? new Date(ctx.runStartedAt.getTime() + days * DAY) : null,
          idempotencyKey: `automation-run:${ctx.runId}:${ctx.index}`,
        },
        ['actions', String(ctx.index), 'params'],
      );
      return { amount: params.amount, currency: params.currency, expiresAt: operation.expiresAt ?? null };
    },
  },
  ADD_TAG: {
    params: { tagId: { type: 'tag' } },
    async perform(params, ctx) {
      const tagId = params.tagId as string;
      // A tag deleted since the automation was saved fails the run with TAG_UNKNOWN (no dangling id).
      await ctx.services.tags.byIds(ctx.workspaceId, [tagId], ['actions', ctx.index, 'params', 'tagId']);
      const tags = await ctx.services.tags.list(ctx.workspaceId);
      const names = new Map(tags.map((t) => [t.id, t.name]));
      await ctx.services.customers.changeTags(
        ctx.workspaceId,
        ctx.actor,
        ctx.customerId,
        'add',
        [tagId],
        names,
      );
      return { tagId, tag: names.get(tagId) ?? null };
    },
  },
  SEND_MESSAGE: {
    params: { channel: { type: 'channel' }, templateId: { type: 'template' } },
    async check(params, services, workspaceId, path) {
      const template = (await services.messageTemplates.list(workspaceId)).find(
        (t) => t.id === params.templateId,
      );
      if (!template || template.channel === params.channel) return [];
      return [
        fieldProblem([...path, 'templateId'], 'AUTOMATION_TEMPLATE_CHANNEL', {
          templateChannel: template.channel,
          channel: String(params.channel),
        }),
      ];
    },
    perform: (params, ctx) => sendMessage(params.channel as string, params.templateId as string, ctx),
  },
} satisfies Record<string, ActionKind>;

export type ActionKindName = keyof typeof ACTIONS;
export const ACTION_KINDS = Object.keys(ACTIONS) as ActionKindName[];

export interface Action {
  kind: ActionKindName;
  params: Record<string, unknown>;
}

export const MAX_ACTIONS = 10;

export async function checkAction(
  services: PatronServices,
  workspaceId: string,
  input: { kind: ActionKindName; params?: unknown },
  path: Path,
  problems: FieldProblem[],
): Promise<Action> {
  const kind: ActionKind = ACTIONS[input.kind];
  const before = problems.length;
  const at = [...path, 'params'];
  const params = await checkParams(services, workspaceId, kind.params, input.params, at, problems);
  if (problems.length === before && kind.check)
    problems.push(...(await kind.check(params, services, workspaceId, at)));
  return { kind: input.kind, params };
}
