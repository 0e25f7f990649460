import { AutomationActionKind, AutomationTriggerKind } from '../gql/graphql';

/** A setting of a trigger or an action, as the server's params.ts checks it. */
export interface ParamSpec {
  name: string;
  type: 'days' | 'amount' | 'currency' | 'tier' | 'tag' | 'dateAttribute' | 'channel' | 'template';
  optional?: boolean;
}

type TriggerKind = (typeof AutomationTriggerKind)[keyof typeof AutomationTriggerKind];
type ActionKind = (typeof AutomationActionKind)[keyof typeof AutomationActionKind];

export const TRIGGER_KINDS = Object.values(AutomationTriggerKind) as TriggerKind[];
export const ACTION_KINDS = Object.values(AutomationActionKind) as ActionKind[];

export const TRIGGER_PARAMS: Record<TriggerKind, ParamSpec[]> = {
  JOINED: [],
  PURCHASE_RECORDED: [],
  BALANCE_CHANGED: [{ name: 'currency', type: 'currency', optional: true }],
  TIER_CHANGED: [{ name: 'tier', type: 'tier', optional: true }],
  BIRTHDAY: [],
  DATE_ANNIVERSARY: [{ name: 'attribute', type: 'dateAttribute' }],
  POINTS_EXPIRING: [
    { name: 'days', type: 'days' },
    { name: 'currency', type: 'currency', optional: true },
  ],
  NO_PURCHASE: [{ name: 'days', type: 'days' }],
};

/** A new action kind adds its settings here and their inputs in ParamInput. */
export const ACTION_PARAMS: Record<ActionKind, ParamSpec[]> = {
  GRANT_POINTS: [
    { name: 'currency', type: 'currency' },
    { name: 'amount', type: 'amount' },
    { name: 'expiresInDays', type: 'days', optional: true },
  ],
  ADD_TAG: [{ name: 'tagId', type: 'tag' }],
  SEND_MESSAGE: [
    { name: 'channel', type: 'channel' },
    { name: 'templateId', type: 'template' },
  ],
};

/** A changed setting, and what it leaves behind: another channel clears a template written for the old one. */
export function withParam(specs: ParamSpec[], params: Params, name: string, value: unknown): Params {
  const next = { ...params, [name]: value };
  if (specs.find((s) => s.name === name)?.type === 'channel')
    for (const spec of specs) if (spec.type === 'template') delete next[spec.name];
  return next;
}

export type Params = Record<string, unknown>;

/** Only the kind's settings, without empty ones: what the API is sent. */
export function cleanParams(specs: ParamSpec[], params: Params): Params {
  const out: Params = {};
  for (const spec of specs) {
    const value = params[spec.name];
    if (value === undefined || value === null || value === '') continue;
    out[spec.name] = spec.type === 'days' || spec.type === 'amount' ? Number(value) : value;
  }
  return out;
}
