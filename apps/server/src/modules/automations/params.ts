import type { PatronServices } from '@patron/sdk';
import { isUuid } from '../../common/ids.js';
import { type FieldProblem, fieldProblem, type Path } from '../../graphql/errors.js';

/**
 * The settings of a trigger or an action, by type. Each is checked against the workspace (a currency,
 * tier, tag, date attribute or message template must exist; a channel needs an account), and every
 * problem names its field.
 */
export type ParamSpec = { optional?: boolean } & (
  | { type: 'days'; min: number; max: number }
  | { type: 'amount' }
  | { type: 'currency' }
  | { type: 'tier' }
  | { type: 'tag' }
  | { type: 'dateAttribute' }
  | { type: 'channel' }
  | { type: 'template' }
);

export async function checkParams(
  services: PatronServices,
  workspaceId: string,
  specs: Record<string, ParamSpec>,
  raw: unknown,
  path: Path,
  problems: FieldProblem[],
): Promise<Record<string, unknown>> {
  const given = raw && typeof raw === 'object' && !Array.isArray(raw) ? (raw as Record<string, unknown>) : {};
  if (raw != null && given !== raw) problems.push(fieldProblem(path, 'AUTOMATION_PARAM_INVALID'));
  for (const name of Object.keys(given))
    if (!(name in specs))
      problems.push(fieldProblem([...path, name], 'AUTOMATION_PARAM_UNKNOWN', { param: name }));
  const out: Record<string, unknown> = {};
  for (const [name, spec] of Object.entries(specs)) {
    const value = given[name];
    const at = [...path, name];
    if (value == null || value === '') {
      if (!spec.optional) problems.push(fieldProblem(at, 'REQUIRED'));
      continue;
    }
    const checked = await checkOne(services, workspaceId, spec, value, at, problems);
    if (checked !== undefined) out[name] = checked;
  }
  return out;
}

async function checkOne(
  services: PatronServices,
  workspaceId: string,
  spec: ParamSpec,
  value: unknown,
  at: Path,
  problems: FieldProblem[],
): Promise<unknown> {
  switch (spec.type) {
    case 'days':
      if (!Number.isInteger(value) || (value as number) < spec.min || (value as number) > spec.max) {
        problems.push(fieldProblem(at, 'AUTOMATION_DAYS_RANGE', { min: spec.min, max: spec.max }));
        return undefined;
      }
      return value;
    case 'amount':
      if (typeof value !== 'number' || !Number.isFinite(value) || value <= 0) {
        problems.push(fieldProblem(at, 'AUTOMATION_AMOUNT_POSITIVE'));
        return undefined;
      }
      return value;
    case 'currency': {
      const currencies = await services.currencies.list(workspaceId);
      if (currencies.some((c) => c.key === value)) return value;
      const known = currencies.map((c) => c.key).join(', ');
      problems.push(fieldProblem(at, 'CURRENCY_UNKNOWN', { currency: String(value), known }));
      return undefined;
    }
    case 'tier': {
      const tiers = await services.tiers.list(workspaceId);
      if (tiers.some((t) => t.key === value)) return value;
      problems.push(fieldProblem(at, 'AUTOMATION_TIER_UNKNOWN', { key: String(value) }));
      return undefined;
    }
    case 'tag': {
      const tags = typeof value === 'string' && isUuid(value) ? await services.tags.list(workspaceId) : [];
      if (tags.some((t) => t.id === value)) return value;
      problems.push(fieldProblem(at, 'TAG_UNKNOWN', { id: JSON.stringify(value) }));
      return undefined;
    }
    case 'dateAttribute': {
      const attributes = await services.attributes.list(workspaceId);
      if (attributes.some((a) => a.key === value && a.type === 'DATE')) return value;
      problems.push(fieldProblem(at, 'AUTOMATION_DATE_ATTRIBUTE_UNKNOWN', { key: String(value) }));
      return undefined;
    }
    case 'channel': {
      // A kind some installed channel sends (EMAIL, SMS, TELEGRAM, a plugin's), with an account to send it.
      const channel = String(value);
      if (!services.channels.definitionFor(channel)) {
        problems.push(fieldProblem(at, 'AUTOMATION_CHANNEL_UNKNOWN', { channel }));
        return undefined;
      }
      if (!(await services.channels.accountFor(workspaceId, channel)))
        problems.push(fieldProblem(at, 'AUTOMATION_CHANNEL_NO_ACCOUNT', { channel }));
      return channel;
    }
    case 'template': {
      const templates =
        typeof value === 'string' && isUuid(value) ? await services.messageTemplates.list(workspaceId) : [];
      if (templates.some((t) => t.id === value)) return value;
      problems.push(fieldProblem(at, 'TEMPLATE_NOT_FOUND'));
      return undefined;
    }
  }
}
