import type { ProblemCode } from '@patron/problems';
import type { Run } from '../../db/prepared-pool.js';
import { htmlToText } from './html-text.js';
import { type CustomerValues, loadCustomerValues, tierNameIn, type WorkspaceFacts } from './template-data.js';
import { type CompiledPart, LANGUAGES, type Language, renderPart } from './template-engine.js';
import type { VariableRoot } from './template-variables.js';

/** One customer's message, every part filled. An email written only in HTML gets its text from it. */
export interface RenderedMessage {
  language: Language;
  subject: string | null;
  text: string;
  html: string | null;
}

/**
 * Why a customer gets no message: a variable the template uses has no value for them (and no
 * `default` gives one), the render broke a limit, or the id is no live customer of the workspace.
 */
export type RenderProblem =
  | { code: 'TEMPLATE_VARIABLE_MISSING'; params: { variable: string } }
  | { code: 'TEMPLATE_RENDER_FAILED'; params: { message: string } }
  | { code: 'CUSTOMER_NOT_FOUND'; params: Record<string, never> };

export const isRenderProblem = (r: RenderedMessage | RenderProblem): r is RenderProblem => 'code' in r;

/** What only the caller knows per message: the signed unsubscribe link of a mailing's recipient. */
export interface RenderExtra {
  unsubscribeUrl?: string | null;
}

export interface TemplateRenderer {
  readonly templateId: string;
  readonly channel: string;
  /** The languages the template is written in, in the order en, ru, fa. */
  readonly languages: Language[];
  /**
   * Renders the template for every customer given, loading their values in a constant number of
   * statements (at most four), then rendering in memory. Every id gets an entry.
   */
  render(
    customerIds: string[],
    extra?: (customerId: string) => RenderExtra,
    options?: { language?: Language },
  ): Promise<Map<string, RenderedMessage | RenderProblem>>;
}

export type CompiledLanguage = Partial<Record<'subject' | 'text' | 'html', CompiledPart>>;

/** The customer's language when the template has it, else the first of en, ru, fa it has. */
export function pickLanguage(available: Language[], ...wanted: (string | null | undefined)[]): Language {
  for (const w of wanted) if (w && (available as string[]).includes(w)) return w as Language;
  return available[0] as Language;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export class CompiledRenderer implements TemplateRenderer {
  readonly languages: Language[];
  private readonly roots = new Set<VariableRoot>();

  constructor(
    private readonly query: () => Run,
    private readonly workspaceId: string,
    readonly templateId: string,
    readonly channel: string,
    private readonly compiled: Map<Language, CompiledLanguage>,
    private readonly facts: WorkspaceFacts,
  ) {
    this.languages = LANGUAGES.filter((l) => compiled.has(l));
    for (const parts of compiled.values())
      for (const part of Object.values(parts)) for (const root of part.roots) this.roots.add(root);
  }

  async render(
    customerIds: string[],
    extra: (customerId: string) => RenderExtra = () => ({}),
    options: { language?: Language } = {},
  ): Promise<Map<string, RenderedMessage | RenderProblem>> {
    const ids = [...new Set(customerIds)];
    const values = await loadCustomerValues(
      this.query(),
      this.workspaceId,
      this.facts,
      ids.filter((id) => UUID.test(id)),
      this.roots,
    );
    const out = new Map<string, RenderedMessage | RenderProblem>();
    for (const id of ids) {
      const v = values.get(id);
      out.set(
        id,
        v ? this.renderOne(v, extra(id), options.language) : { code: 'CUSTOMER_NOT_FOUND', params: {} },
      );
    }
    return out;
  }

  private renderOne(
    v: CustomerValues,
    extra: RenderExtra,
    requested?: Language,
  ): RenderedMessage | RenderProblem {
    const language = pickLanguage(this.languages, requested, v.language);
    const parts = this.compiled.get(language) as CompiledLanguage;
    const scope: Record<string, unknown> = {
      customer: v.customer,
      balances: v.balances,
      points_expiring: v.expiring,
      workspace: { name: this.facts.name },
    };
    const tier = tierNameIn(v, language);
    if (tier !== undefined) scope.tier = { name: tier };
    if (extra.unsubscribeUrl) scope.unsubscribe_url = extra.unsubscribeUrl;
    const filled: Partial<Record<'subject' | 'text' | 'html', string>> = {};
    for (const [name, part] of Object.entries(parts) as ['subject' | 'text' | 'html', CompiledPart][]) {
      const outcome = renderPart(part, scope);
      if (!outcome.ok) return problemOf(outcome);
      filled[name] = outcome.value;
    }
    return {
      language,
      subject: filled.subject ?? null,
      text: filled.text ?? htmlToText(filled.html ?? ''),
      html: filled.html ?? null,
    };
  }
}

function problemOf(outcome: { code: string; variable?: string; message?: string }): RenderProblem {
  const code = outcome.code as ProblemCode;
  return code === 'TEMPLATE_VARIABLE_MISSING'
    ? { code, params: { variable: outcome.variable ?? '' } }
    : { code: 'TEMPLATE_RENDER_FAILED', params: { message: outcome.message ?? '' } };
}
