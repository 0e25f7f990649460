import { type FieldProblem, fieldProblem } from '@patron/problems';
import { isUuid } from '../../common/ids.js';
import { violates } from '../../db/pg-errors.js';
import type { PreparedPool } from '../../db/prepared-pool.js';
import { badField, badInput, type Path, refusal } from '../../graphql/errors.js';
import { loadWorkspaceFacts, type WorkspaceFacts } from './template-data.js';
import { compilePart, LANGUAGES, type Language, type Part } from './template-engine.js';
import {
  type CompiledLanguage,
  CompiledRenderer,
  type RenderedMessage,
  type RenderProblem,
  type TemplateRenderer,
} from './template-renderer.js';
import { variableNames } from './template-variables.js';

export interface TemplateContent {
  language: Language;
  subject: string | null;
  text: string | null;
  html: string | null;
}

export interface MessageTemplate {
  id: string;
  name: string;
  channel: string;
  contents: TemplateContent[];
  createdAt: Date;
  updatedAt: Date;
}

export interface TemplateInput {
  name: string;
  channel: string;
  contents: { language: Language; subject?: string | null; text?: string | null; html?: string | null }[];
}

interface Row {
  id: string;
  name: string;
  channel: string;
  contents: Partial<Record<Language, Omit<TemplateContent, 'language'>>>;
  created_at: Date;
  updated_at: Date;
}

const COLUMNS = 'id, name, channel, contents, created_at, updated_at';
const CHANNEL = /^[A-Z][A-Z0-9_]{1,30}$/;
/** Subject and HTML are email's; every other channel sends text only. */
const EMAIL = 'EMAIL';
/** A push notification shows a title: the subject, optional (without it, the workspace's name). */
const TITLED = 'PUSH';
const MAX: Record<Part, number> = { subject: 500, text: 20_000, html: 200_000 };
const MAX_NAME = 100;

const toTemplate = (r: Row): MessageTemplate => ({
  id: r.id,
  name: r.name,
  channel: r.channel,
  contents: LANGUAGES.filter((l) => r.contents[l]).map((language) => ({
    language,
    subject: r.contents[language]?.subject ?? null,
    text: r.contents[language]?.text ?? null,
    html: r.contents[language]?.html ?? null,
  })),
  createdAt: new Date(r.created_at),
  updatedAt: new Date(r.updated_at),
});

/** An empty or blank part is no part. */
const given = (s: string | null | undefined): string | null => (s != null && s.trim() !== '' ? s : null);

/**
 * Message templates: kept only when every part parses and reads only known variables, rendered for
 * many customers at once (`renderer`) or one (`preview`).
 */
export class MessageTemplateService {
  constructor(private readonly sql: PreparedPool) {}

  async list(workspaceId: string, channel?: string | null): Promise<MessageTemplate[]> {
    const rows = await this.sql.query<Row>(
      `select ${COLUMNS} from message_template
        where workspace_id = ? and (?::text is null or channel = ?) order by lower(name), id limit 1000`,
      [workspaceId, channel ?? null, channel ?? null],
    );
    return rows.map(toTemplate);
  }

  async get(workspaceId: string, id: string, path: Path = ['id']): Promise<MessageTemplate> {
    const [row] = isUuid(id)
      ? await this.sql.query<Row>(
          `select ${COLUMNS} from message_template where workspace_id = ? and id = ?`,
          [workspaceId, id],
        )
      : [];
    if (!row) throw path.length ? badField(path, 'TEMPLATE_NOT_FOUND') : refusal('TEMPLATE_NOT_FOUND');
    return toTemplate(row);
  }

  /** The variables a template of this workspace may use, as `{{ name }}`. */
  async variables(workspaceId: string): Promise<string[]> {
    const facts = await loadWorkspaceFacts(this.sql.query, workspaceId);
    return variableNames(facts.currencies.map((c) => c.key));
  }

  async create(workspaceId: string, input: TemplateInput): Promise<MessageTemplate> {
    const { contents } = await this.checked(workspaceId, input, ['input']);
    try {
      const [row] = await this.sql.query<Row>(
        `insert into message_template (workspace_id, name, channel, contents) values (?, ?, ?, ?::jsonb)
         returning ${COLUMNS}`,
        [workspaceId, input.name.trim(), input.channel, JSON.stringify(contents)],
      );
      return toTemplate(row as Row);
    } catch (error) {
      throw this.nameTaken(error, input.name.trim());
    }
  }

  async update(workspaceId: string, id: string, input: TemplateInput): Promise<MessageTemplate> {
    await this.get(workspaceId, id);
    const { contents } = await this.checked(workspaceId, input, ['input']);
    try {
      const [row] = await this.sql.query<Row>(
        `update message_template set name = ?, channel = ?, contents = ?::jsonb, updated_at = now()
          where workspace_id = ? and id = ? returning ${COLUMNS}`,
        [input.name.trim(), input.channel, JSON.stringify(contents), workspaceId, id],
      );
      if (!row) throw badField(['id'], 'TEMPLATE_NOT_FOUND');
      return toTemplate(row);
    } catch (error) {
      throw this.nameTaken(error, input.name.trim());
    }
  }

  async delete(workspaceId: string, id: string): Promise<string> {
    const rows = isUuid(id)
      ? await this.sql.query<{ id: string }>(
          'delete from message_template where workspace_id = ? and id = ? returning id',
          [workspaceId, id],
        )
      : [];
    if (!rows.length) throw badField(['id'], 'TEMPLATE_NOT_FOUND');
    return id;
  }

  /** A saved template ready to render for many customers (see TemplateRenderer). */
  async renderer(workspaceId: string, templateId: string): Promise<TemplateRenderer> {
    const template = await this.get(workspaceId, templateId, []);
    return this.rendererFor(workspaceId, template);
  }

  /**
   * One customer's message from a saved template or a draft (checked like a save; its problems name
   * `draft.…`), in `language` when the template has it, else the customer's.
   */
  async preview(
    workspaceId: string,
    source: { templateId?: string | null; draft?: TemplateInput | null },
    customerId: string,
    language?: Language | null,
  ): Promise<{ channel: string; result: RenderedMessage | RenderProblem }> {
    let renderer: TemplateRenderer;
    if (source.draft) {
      const { facts, compiled } = await this.checked(workspaceId, source.draft, ['draft']);
      renderer = new CompiledRenderer(
        () => this.sql.query,
        workspaceId,
        '',
        source.draft.channel,
        compiled,
        facts,
      );
    } else {
      const template = await this.get(workspaceId, source.templateId ?? '', ['templateId']);
      renderer = await this.rendererFor(workspaceId, template);
    }
    // The preview shows where the link goes without a real, signed one: mailings sign theirs.
    const results = await renderer.render([customerId], () => ({ unsubscribeUrl: '#unsubscribe' }), {
      language: language ?? undefined,
    });
    const result = results.get(customerId) as RenderedMessage | RenderProblem;
    if ('code' in result && result.code === 'CUSTOMER_NOT_FOUND')
      throw badField(['customerId'], 'CUSTOMER_NOT_FOUND');
    return { channel: renderer.channel, result };
  }

  private async rendererFor(workspaceId: string, template: MessageTemplate): Promise<TemplateRenderer> {
    const { facts, compiled } = await this.checked(workspaceId, template, []);
    return new CompiledRenderer(
      () => this.sql.query,
      workspaceId,
      template.id,
      template.channel,
      compiled,
      facts,
    );
  }

  /**
   * Every rule of a template at once, so the editor can mark every field: name, channel, languages,
   * the parts a channel has, sizes, and each part's syntax and variables. Returns the contents to
   * store and the compiled parts.
   */
  private async checked(
    workspaceId: string,
    input: TemplateInput,
    base: Path,
  ): Promise<{
    contents: Partial<Record<Language, Omit<TemplateContent, 'language'>>>;
    compiled: Map<Language, CompiledLanguage>;
    facts: WorkspaceFacts;
  }> {
    const problems: FieldProblem[] = [];
    const name = input.name.trim();
    if (!name) problems.push(fieldProblem([...base, 'name'], 'REQUIRED'));
    if (name.length > MAX_NAME) problems.push(fieldProblem([...base, 'name'], 'TOO_LONG', { max: MAX_NAME }));
    const channel = input.channel;
    if (!CHANNEL.test(channel))
      problems.push(fieldProblem([...base, 'channel'], 'TEMPLATE_CHANNEL_INVALID', { channel }));
    if (!input.contents.length)
      problems.push(fieldProblem([...base, 'contents'], 'TEMPLATE_LANGUAGES_REQUIRED'));
    const facts = await loadWorkspaceFacts(this.sql.query, workspaceId);
    const currencyKeys = new Set(facts.currencies.map((c) => c.key));
    const contents: Partial<Record<Language, Omit<TemplateContent, 'language'>>> = {};
    const compiled = new Map<Language, CompiledLanguage>();
    input.contents.forEach((c, i) => {
      const at: Path = [...base, 'contents', i];
      const language = c.language as Language;
      if (contents[language]) {
        problems.push(fieldProblem([...at, 'language'], 'TEMPLATE_LANGUAGE_REPEATED', { language }));
        return;
      }
      const parts = { subject: given(c.subject), text: given(c.text), html: given(c.html) };
      contents[language] = parts;
      if (channel === EMAIL) {
        if (!parts.subject) problems.push(fieldProblem([...at, 'subject'], 'REQUIRED'));
        if (!parts.text && !parts.html)
          problems.push(fieldProblem([...at, 'text'], 'TEMPLATE_BODY_REQUIRED', { language }));
      } else {
        if (!parts.text) problems.push(fieldProblem([...at, 'text'], 'REQUIRED'));
        for (const part of ['subject', 'html'] as const)
          if (parts[part] && !(part === 'subject' && channel === TITLED))
            problems.push(fieldProblem([...at, part], 'TEMPLATE_PART_NOT_FOR_CHANNEL', { channel, part }));
      }
      const done: CompiledLanguage = {};
      for (const part of ['subject', 'text', 'html'] as const) {
        const source = parts[part];
        if (!source) continue;
        if (source.length > MAX[part]) {
          problems.push(fieldProblem([...at, part], 'TOO_LONG', { max: MAX[part] }));
          continue;
        }
        const outcome = compilePart(source, { path: [...at, part], language, part }, currencyKeys);
        if ('problem' in outcome) problems.push(outcome.problem);
        else done[part] = outcome.compiled;
      }
      compiled.set(language, done);
    });
    if (problems.length) throw badInput(problems);
    return { contents, compiled, facts };
  }

  private nameTaken(error: unknown, name: string): unknown {
    return violates(error, '23505', 'message_template_workspace_id_name_key')
      ? badField(['input', 'name'], 'TEMPLATE_NAME_TAKEN', { name })
      : error;
  }
}
