import type { MikroORM } from '@mikro-orm/postgresql';
import type { Actor, PatronModule } from '@patron/sdk';
import type { EmSql } from '../../db/em-sql.js';
import type { Run } from '../../db/prepared-pool.js';
import { auditTypesOf } from './audit.types.js';

export interface AuditRecord {
  workspaceId: string;
  /** UPPER_SNAKE, declared by the module that writes it (e.g. STAFF_CREATED, SIGN_IN_LOCKED). */
  type: string;
  actor: Actor;
  subject?: string | null;
  details?: Record<string, unknown>;
}

/**
 * The transaction an event is written in: an ORM one (`emSql(em)`) or a pool one (its `run`, or a
 * PreparedPool's `query` outside one).
 */
export type AuditSql = EmSql | Run;

export interface AuditEvent {
  id: string;
  occurredAt: Date;
  type: string;
  actor: Actor;
  subject: string | null;
  details: Record<string, unknown>;
}

/**
 * The one way the audit log is written and read. An event is written in the transaction of the
 * change it records (pass that transaction, AuditSql), so a change that rolls back leaves no event.
 */
export class AuditService {
  private readonly declared: ReadonlySet<string>;

  constructor(
    private readonly orm: MikroORM,
    modules: readonly PatronModule[],
  ) {
    this.declared = new Set(auditTypesOf(modules));
  }

  async record(sql: AuditSql, event: AuditRecord): Promise<void> {
    // A programming error: the admin would have no words for it, and the filter no value.
    if (!this.declared.has(event.type)) {
      throw new Error(
        `The audit event type ${event.type} is declared by no enabled module (auditEventTypes)`,
      );
    }
    const execute =
      typeof sql === 'function' ? sql : (text: string, params: unknown[]) => sql.execute(text, params);
    await execute(
      `insert into audit_event (workspace_id, type, actor_kind, actor_id, actor_name, subject, details)
       values (?, ?, ?, ?, ?, ?, ?::jsonb)`,
      [
        event.workspaceId,
        event.type,
        event.actor.kind,
        event.actor.id,
        event.actor.name,
        event.subject ?? null,
        JSON.stringify(event.details ?? {}),
      ],
    );
  }

  /** Newest first, keyset on id. */
  async page(
    workspaceId: string,
    options: { first: number; after?: string | null; types?: string[] | null },
  ): Promise<{ events: AuditEvent[]; hasNextPage: boolean }> {
    const rows = await this.orm.em.getConnection().execute<
      {
        id: string;
        occurred_at: Date;
        type: string;
        actor_kind: Actor['kind'];
        actor_id: string | null;
        actor_name: string;
        subject: string | null;
        details: Record<string, unknown>;
      }[]
    >(
      `select id, occurred_at, type, actor_kind, actor_id, actor_name, subject, details from audit_event
        where workspace_id = ? and (?::bigint is null or id < ?::bigint)
          and (?::jsonb is null or type in (select jsonb_array_elements_text(?::jsonb)))
        order by id desc limit ?`,
      [
        workspaceId,
        options.after ?? null,
        options.after ?? null,
        // As JSON: the driver would spread an array parameter into a list of placeholders.
        options.types ? JSON.stringify(options.types) : null,
        options.types ? JSON.stringify(options.types) : null,
        options.first + 1,
      ],
    );
    return {
      hasNextPage: rows.length > options.first,
      events: rows.slice(0, options.first).map((r) => ({
        id: String(r.id),
        occurredAt: new Date(r.occurred_at),
        type: r.type,
        actor: { kind: r.actor_kind, id: r.actor_id, name: r.actor_name },
        subject: r.subject,
        details: r.details,
      })),
    };
  }
}
