import type { CustomerEvent, CustomerEventType, PatronServices } from '@patron/sdk';
import type { FieldProblem, Path } from '../../graphql/errors.js';
import { checkParams, type ParamSpec } from './params.js';

/**
 * What starts an automation. Event triggers come from the outbox (after the change committed); date
 * triggers from the daily scan, which selects their customers in one query per automation. Each
 * occurrence of a trigger for a customer has a key (see README): the run table's unique key makes the
 * automation run once per customer and occurrence, whatever is delivered or scanned twice.
 */
export const TRIGGER_KINDS = [
  'JOINED',
  'PURCHASE_RECORDED',
  'BALANCE_CHANGED',
  'TIER_CHANGED',
  'BIRTHDAY',
  'DATE_ANNIVERSARY',
  'POINTS_EXPIRING',
  'NO_PURCHASE',
] as const;
export type TriggerKind = (typeof TRIGGER_KINDS)[number];

export interface Trigger {
  kind: TriggerKind;
  params: Record<string, unknown>;
}

export const DAYS = { min: 1, max: 3650 } as const;
export const EXPIRING_DAYS = { min: 1, max: 365 } as const;

const PARAMS: Record<TriggerKind, Record<string, ParamSpec>> = {
  JOINED: {},
  PURCHASE_RECORDED: {},
  BALANCE_CHANGED: { currency: { type: 'currency', optional: true } },
  TIER_CHANGED: { tier: { type: 'tier', optional: true } },
  BIRTHDAY: {},
  DATE_ANNIVERSARY: { attribute: { type: 'dateAttribute' } },
  POINTS_EXPIRING: {
    days: { type: 'days', ...EXPIRING_DAYS },
    currency: { type: 'currency', optional: true },
  },
  NO_PURCHASE: { days: { type: 'days', ...DAYS } },
};

/** The event each event trigger listens to; date triggers have none. */
export const TRIGGER_EVENTS: Partial<Record<TriggerKind, CustomerEventType>> = {
  JOINED: 'customer.created',
  PURCHASE_RECORDED: 'customer.purchaseRecorded',
  BALANCE_CHANGED: 'customer.balanceChanged',
  TIER_CHANGED: 'customer.tierChanged',
};

export const DATE_TRIGGERS: TriggerKind[] = [
  'BIRTHDAY',
  'DATE_ANNIVERSARY',
  'POINTS_EXPIRING',
  'NO_PURCHASE',
];

/** The trigger with its parameters checked against the workspace (attributes, currencies, tiers). */
export async function checkTrigger(
  services: PatronServices,
  workspaceId: string,
  input: { kind: TriggerKind; params?: unknown },
  path: Path,
  problems: FieldProblem[],
): Promise<Trigger> {
  const spec = PARAMS[input.kind];
  const params = await checkParams(services, workspaceId, spec, input.params, [...path, 'params'], problems);
  return { kind: input.kind, params };
}

/** Actions of automations write with this actor id: their own balance changes trigger nothing. */
export const AUTOMATION_ACTOR_PREFIX = 'automation:';

/** The occurrence this event is of this trigger, or null when the trigger does not fire on it. */
export function occurrenceOf(trigger: Trigger, event: CustomerEvent): string | null {
  if (TRIGGER_EVENTS[trigger.kind] !== event.type) return null;
  const change = (key: string) => event.changes.find((c) => c.key === key);
  switch (trigger.kind) {
    case 'JOINED':
      return 'joined';
    case 'PURCHASE_RECORDED': {
      const purchase = change('purchase')?.newValue as { id?: unknown } | null | undefined;
      return purchase?.id == null ? null : `purchase:${String(purchase.id)}`;
    }
    case 'BALANCE_CHANGED': {
      // A grant by an automation would otherwise start "balance changed" automations, perhaps in a loop.
      if (event.actor.id?.startsWith(AUTOMATION_ACTOR_PREFIX)) return null;
      const currency = trigger.params.currency as string | undefined;
      const changed = event.changes.some((c) =>
        currency ? c.key === `balance.${currency}` : c.key.startsWith('balance.'),
      );
      return changed ? `balance:${event.id}` : null;
    }
    case 'TIER_CHANGED': {
      const tier = change('tier');
      if (!tier) return null;
      const wanted = trigger.params.tier as string | undefined;
      if (wanted && tier.newValue !== wanted) return null;
      return `tier:${event.id}`;
    }
    default:
      return null;
  }
}
