import type { EmSql } from '../../db/em-sql.js';
import type { MarketingChannel } from '../consents/consent-kinds.js';
import { recordMessageHistory } from '../mailings/mailing-history.js';
import { nextSendMoment } from '../mailings/send-moment.js';
import { isRenderProblem } from '../message-templates/template-renderer.js';
import type { ActionContext } from './actions.js';
import { NotDone, NotYet } from './not-done.js';

/** How long a welcome message waits for a consent given just after the customer joined. */
export const JOIN_CONSENT_WAIT_MS = 2 * 60_000;
const CONSENT_RECHECK_MS = 15_000;

/** A retryable failure: the runner keeps its code and the run's retry sends again. */
const retryLater = (code: string, detail?: string) =>
  Object.assign(new Error(detail ?? code), { extensions: { problem: { code, params: {} } } });

const problemCode = (error: unknown): string | undefined =>
  (error as { extensions?: { problem?: { code?: string } } } | null)?.extensions?.problem?.code;

/**
 * SEND_MESSAGE: renders the template for the customer and sends it through the channel's default
 * account. Checked at send time, not when the run began: the consent (withdrawn → SKIPPED
 * NO_CONSENT), the address (none → SKIPPED NO_ADDRESS) and every variable (missing → SKIPPED with the
 * template's code: never a half-filled message). A provider's "later" throws (the run is retried), a
 * final refusal is FAILED with its reason. The message id is the run's and the position's, the same
 * on every retry, so a provider that deduplicates by it sees one message.
 */
export async function sendMessage(
  channel: string,
  templateId: string,
  ctx: ActionContext,
): Promise<Record<string, unknown> | NotDone | NotYet> {
  const { services, workspaceId, customerId } = ctx;
  const consent = services.channels.consentFor(channel);
  const addressSql = services.channels.addressSql(channel);
  // The channel's module was removed since the automation was saved.
  if (!consent || !addressSql) return NotDone.failed('AUTOMATION_CHANNEL_UNKNOWN', { channel });
  const template = await services.messageTemplates.get(workspaceId, templateId, []).catch((error) => {
    if (problemCode(error) === 'TEMPLATE_NOT_FOUND') return null;
    throw error;
  });
  if (!template) return NotDone.failed('TEMPLATE_NOT_FOUND', { channel, templateId });
  const detail = { channel, templateId, template: template.name };

  if (!(await services.consents.hasConsent(workspaceId, customerId, consent as MarketingChannel))) {
    // A till creates the customer and grants the consent in a second call: a welcome waits for it.
    const sinceJoined = Date.now() - ctx.runStartedAt.getTime();
    if (ctx.occurrence === 'joined' && sinceJoined < JOIN_CONSENT_WAIT_MS)
      return new NotYet(new Date(Date.now() + CONSENT_RECHECK_MS));
    return NotDone.skipped('NO_CONSENT', detail);
  }
  const [row] = await services.sql.query<{ address: string | null }>(
    `select ${addressSql} as address from customer c where c.workspace_id = ? and c.id = ?`,
    [workspaceId, customerId],
  );
  const to = row?.address?.trim();
  if (!to) return NotDone.skipped('NO_ADDRESS', detail);

  const unsubscribeUrl = services.channels.unsubscribeUrl(workspaceId, customerId, consent);
  const renderer = await services.messageTemplates.renderer(workspaceId, templateId);
  const rendered = (await renderer.render([customerId], () => ({ unsubscribeUrl }))).get(customerId);
  if (!rendered || isRenderProblem(rendered))
    return NotDone.skipped(rendered?.code ?? 'CUSTOMER_NOT_FOUND', { ...detail, ...rendered?.params });

  // Checked last, as it leaves: no message leaves in the workspace's quiet hours (a birthday scanned just after
  // midnight waits; consent and the rest are checked again when it is taken up).
  const clock = await services.workspaceSettings.get(workspaceId);
  const now = new Date();
  const allowed = nextSendMoment(now, clock.timeZone, clock.quietHours);
  if (allowed.getTime() > now.getTime()) return new NotYet(allowed);

  const outcome = await services.channels.send(workspaceId, channel, {
    id: `automation-${ctx.runId}-${ctx.index}`,
    workspaceId,
    to,
    subject: rendered.subject,
    text: rendered.text,
    html: rendered.html,
    unsubscribeUrl,
  });
  if (!outcome.ok && outcome.retryable) throw retryLater(outcome.reason, outcome.detail);

  const sender = { id: ctx.automationId, name: ctx.actor.name, channel };
  ctx.withOutcome((sql: EmSql) =>
    recordMessageHistory(sql, workspaceId, ctx.actor, [
      {
        customerId,
        state: outcome.ok ? 'SENT' : 'FAILED',
        source: 'automation',
        sender,
        reason: outcome.ok ? null : outcome.reason,
        at: new Date(),
      },
    ]),
  );
  const sent = { ...detail, language: rendered.language, accountId: outcome.accountId };
  return outcome.ok
    ? { ...sent, providerMessageId: outcome.providerMessageId ?? null }
    : NotDone.failed(outcome.reason, sent);
}
