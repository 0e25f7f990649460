import type { Actor } from '@patron/sdk';
import { isUuid } from '../../common/ids.js';
import type { PreparedPool, Run } from '../../db/prepared-pool.js';
import { pgArray } from '../../db/sql-array.js';
import { badField, type Path, refusal } from '../../graphql/errors.js';
import type { AuditService } from '../audit/audit.service.js';
import { recordHistory } from '../history/history.service.js';
import type { NotificationService } from '../notifications/notification.service.js';
import { checkedBody, mentionsIn, withDirectoryNames } from './note-body.js';
import { NOTE_HISTORY } from './note-history.js';

declare module '../notifications/notification-kinds.js' {
  interface NotificationKinds {
    /** `by`: who wrote the note; `customer`: the customer's name (or '' when the profile has none). */
    'note.mention': { by: string; customer: string };
  }
}

export interface Note {
  id: string;
  customerId: string;
  authorId: string | null;
  authorName: string;
  body: string;
  mentions: string[];
  pinned: boolean;
  createdAt: Date;
  updatedAt: Date;
}

/** Who is writing: a signed-in person (notes have a person as author, never an API key). */
export interface NoteWriter {
  id: string;
  name: string;
  isAdmin: boolean;
}

interface Row {
  id: string;
  customer_id: string;
  author_id: string | null;
  author_name: string;
  body: string;
  mentions: string[];
  pinned: boolean;
  created_at: Date;
  updated_at: Date;
}

const COLUMNS = 'id, customer_id, author_id, author_name, body, mentions, pinned, created_at, updated_at';

const toNote = (r: Row): Note => ({
  id: String(r.id),
  customerId: r.customer_id,
  authorId: r.author_id,
  authorName: r.author_name,
  body: r.body,
  mentions: r.mentions,
  pinned: r.pinned,
  createdAt: new Date(r.created_at),
  updatedAt: new Date(r.updated_at),
});

const BODY: Path = ['input', 'body'];
const NOTE_ID = /^\d{1,18}$/;
/** A cursor: pinned (1 or 0) and the id of the last note of the page. */
const CURSOR = /^([01]):(\d{1,18})$/;

/**
 * Notes on a customer's card. A note, its history row, its audit event and the bells of the people it
 * newly mentions are written in one transaction: a refusal or a failure leaves none of them.
 */
export class NoteService {
  constructor(
    private readonly sql: PreparedPool,
    private readonly notifications: NotificationService,
    private readonly audit: AuditService,
    private readonly afterCommit: () => void,
  ) {}

  /** A customer's notes, pinned first, newest first; keyset on (pinned, id). */
  async page(
    workspaceId: string,
    customerId: string,
    options: { first: number; after?: string | null },
  ): Promise<{ notes: Note[]; hasNextPage: boolean; totalCount: number }> {
    await this.customer(this.sql.query, workspaceId, customerId);
    const after = options.after ? CURSOR.exec(options.after) : null;
    if (options.after && !after) throw badField(['after'], 'CURSOR_INVALID');
    const rows = await this.sql.query<Row>(
      `select ${COLUMNS} from customer_note
        where workspace_id = ? and customer_id = ?
          and (?::int is null or (pinned::int, id) < (?::int, ?::bigint))
        order by pinned desc, id desc limit ?`,
      [
        workspaceId,
        customerId,
        after?.[1] ?? null,
        after?.[1] ?? null,
        after?.[2] ?? null,
        options.first + 1,
      ],
    );
    const [count] = await this.sql.query<{ n: number }>(
      'select count(*)::int as n from customer_note where workspace_id = ? and customer_id = ?',
      [workspaceId, customerId],
    );
    return {
      notes: rows.slice(0, options.first).map(toNote),
      hasNextPage: rows.length > options.first,
      totalCount: count?.n ?? 0,
    };
  }

  /** The cursor that continues a page after this note. */
  cursor(note: Note): string {
    return `${note.pinned ? 1 : 0}:${note.id}`;
  }

  async add(
    workspaceId: string,
    writer: NoteWriter,
    actor: Actor,
    input: { customerId: string; body: string; pinned?: boolean | null },
  ): Promise<Note> {
    const raw = checkedBody(input.body, BODY);
    const note = await this.sql.transaction(async (run) => {
      const customer = await this.customer(run, workspaceId, input.customerId, ['input', 'customerId']);
      const { body, mentioned } = await this.withMentions(run, workspaceId, raw, []);
      const [row] = await run<Row>(
        `insert into customer_note (workspace_id, customer_id, author_id, author_name, body, mentions, pinned)
         values (?, ?, ?, ?, ?, ?::uuid[], ?) returning ${COLUMNS}`,
        [
          workspaceId,
          input.customerId,
          writer.id,
          writer.name,
          body,
          pgArray(mentioned),
          input.pinned ?? false,
        ],
      );
      const note = toNote(row as Row);
      await recordHistory(run, workspaceId, note.customerId, NOTE_HISTORY.added, actor, [
        { key: 'note', oldValue: null, newValue: note.id },
      ]);
      await this.tell(run, workspaceId, writer, customer, mentioned);
      return note;
    });
    this.afterCommit();
    return note;
  }

  /** Only the author edits a note; only people mentioned for the first time get a bell. */
  async edit(
    workspaceId: string,
    writer: NoteWriter,
    actor: Actor,
    id: string,
    input: { body: string },
  ): Promise<Note> {
    const raw = checkedBody(input.body, BODY);
    const note = await this.sql.transaction(async (run) => {
      const before = await this.locked(run, workspaceId, id);
      if (before.authorId !== writer.id) throw refusal('NOTE_EDIT_NOT_AUTHOR');
      const customer = await this.customer(run, workspaceId, before.customerId);
      const { body, mentioned } = await this.withMentions(run, workspaceId, raw, before.mentions);
      const [row] = await run<Row>(
        `update customer_note set body = ?, mentions = ?::uuid[], updated_at = now()
          where workspace_id = ? and id = ? returning ${COLUMNS}`,
        [body, pgArray(mentioned), workspaceId, id],
      );
      const note = toNote(row as Row);
      await recordHistory(run, workspaceId, note.customerId, NOTE_HISTORY.edited, actor, [
        { key: 'note', oldValue: note.id, newValue: note.id },
      ]);
      const fresh = mentioned.filter((staffId) => !before.mentions.includes(staffId));
      await this.tell(run, workspaceId, writer, customer, fresh);
      return note;
    });
    this.afterCommit();
    return note;
  }

  /**
   * The author deletes their note; an admin may delete anyone's (a note that should not be there),
   * which the audit log keeps, without the text.
   */
  async delete(workspaceId: string, writer: NoteWriter, actor: Actor, id: string): Promise<string> {
    await this.sql.transaction(async (run) => {
      const note = await this.locked(run, workspaceId, id);
      const own = note.authorId === writer.id;
      if (!own && !writer.isAdmin) throw refusal('NOTE_DELETE_NOT_AUTHOR');
      await run('delete from customer_note where workspace_id = ? and id = ?', [workspaceId, id]);
      await recordHistory(run, workspaceId, note.customerId, NOTE_HISTORY.deleted, actor, [
        { key: 'note', oldValue: note.id, newValue: null },
      ]);
      if (!own)
        await this.audit.record(run, {
          workspaceId,
          type: 'NOTE_DELETED',
          actor,
          subject: note.customerId,
          details: { noteId: note.id, authorId: note.authorId, authorName: note.authorName },
        });
    });
    this.afterCommit();
    return id;
  }

  /** Pinning is the team's: anyone who writes notes pins or unpins any note of the customer. */
  async pin(workspaceId: string, id: string, pinned: boolean): Promise<Note> {
    if (!NOTE_ID.test(id)) throw refusal('NOTE_NOT_FOUND');
    const [row] = await this.sql.query<Row>(
      `update customer_note set pinned = ? where workspace_id = ? and id = ?::bigint returning ${COLUMNS}`,
      [pinned, workspaceId, id],
    );
    if (!row) throw refusal('NOTE_NOT_FOUND');
    return toNote(row);
  }

  /** Active staff of the workspace whose name or email contains `search`, by name: the mention picker. */
  async mentionable(
    workspaceId: string,
    search: string,
    first: number,
  ): Promise<{ id: string; name: string }[]> {
    const like = `%${search.trim().replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
    return this.sql.query<{ id: string; name: string }>(
      `select id, name from staff
        where workspace_id = ? and active and (name ilike ? or email ilike ?)
        order by lower(name), id limit ?`,
      [workspaceId, like, like, first],
    );
  }

  /** Names of the staff these ids are (any state): a note shows who it mentions even after they left. */
  async staffNames(workspaceId: string, ids: string[]): Promise<Map<string, string>> {
    if (ids.length === 0) return new Map();
    const rows = await this.sql.query<{ id: string; name: string }>(
      'select id, name from staff where workspace_id = ? and id = any(?::uuid[])',
      [workspaceId, pgArray(ids)],
    );
    return new Map(rows.map((r) => [r.id, r.name]));
  }

  /**
   * The body's mentions checked against the workspace's active staff and named as the directory
   * names them. Mentions the note already had are kept as written (their person may have left since).
   */
  private async withMentions(
    run: Run,
    workspaceId: string,
    raw: string,
    kept: string[],
  ): Promise<{ body: string; mentioned: string[] }> {
    const mentioned = mentionsIn(raw).map((m) => m.staffId);
    const fresh = mentioned.filter((id) => !kept.includes(id));
    const active = new Map(
      fresh.length === 0
        ? []
        : (
            await run<{ id: string; name: string }>(
              'select id, name from staff where workspace_id = ? and active and id = any(?::uuid[])',
              [workspaceId, pgArray(fresh)],
            )
          ).map((r) => [r.id, r.name]),
    );
    const unknown = fresh.find((id) => !active.has(id));
    if (unknown) throw badField(BODY, 'NOTE_MENTION_UNKNOWN', { id: unknown });
    return { body: withDirectoryNames(raw, active), mentioned };
  }

  /** A bell for each person newly mentioned, except the author (who knows). */
  private async tell(
    run: Run,
    workspaceId: string,
    writer: NoteWriter,
    customer: { id: string; name: string },
    staffIds: string[],
  ): Promise<void> {
    for (const staffId of staffIds) {
      if (staffId === writer.id) continue;
      await this.notifications.notify(
        {
          workspaceId,
          staffId,
          kind: 'note.mention',
          params: { by: writer.name, customer: customer.name },
          link: `#/customers/${customer.id}/show/notes`,
        },
        run,
      );
    }
  }

  /** The note, locked for the change; another workspace's note is not found. */
  private async locked(run: Run, workspaceId: string, id: string): Promise<Note> {
    if (!NOTE_ID.test(id)) throw refusal('NOTE_NOT_FOUND');
    const [row] = await run<Row>(
      `select ${COLUMNS} from customer_note where workspace_id = ? and id = ?::bigint for update`,
      [workspaceId, id],
    );
    if (!row) throw refusal('NOTE_NOT_FOUND');
    return toNote(row);
  }

  /** The customer of this workspace (its name for the bell); a deleted one takes no new notes. */
  private async customer(
    run: Run,
    workspaceId: string,
    customerId: string,
    path?: Path,
  ): Promise<{ id: string; name: string }> {
    if (!isUuid(customerId)) throw refusal('CUSTOMER_NOT_FOUND');
    const [row] = await run<{ name: string; deleted_at: Date | null }>(
      `select trim(concat_ws(' ', first_name, last_name)) as name, deleted_at
         from customer where workspace_id = ? and id = ?`,
      [workspaceId, customerId],
    );
    if (!row) throw refusal('CUSTOMER_NOT_FOUND');
    if (path && row.deleted_at) throw badField(path, 'CUSTOMER_DELETED');
    return { id: customerId, name: row.name };
  }
}
