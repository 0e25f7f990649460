import type { Actor } from '@patron/sdk';
import { isUuid } from '../../common/ids.js';
import { isBlank } from '../../common/text.js';
import type { PreparedPool, Run } from '../../db/prepared-pool.js';
import { badField, badInput, type FieldProblem, fieldProblem, refusal } from '../../graphql/errors.js';
import { recordHistory } from '../history/history.service.js';
import type { SelfServiceCaller } from './customer-sessions.js';
import { CUSTOMER_ACTOR, SELF_SERVICE_HISTORY } from './self-service-history.js';

export const REQUEST_STATUSES = ['OPEN', 'ANSWERED', 'CLOSED'] as const;
export type RequestStatus = (typeof REQUEST_STATUSES)[number];
export const SUBJECT_MAX = 200;
export const TEXT_MAX = 4000;
/** What one customer may have sent and not yet seen closed: a flood is refused before it fills the table. */
const MY_REQUESTS_MAX = 100;

export interface CustomerRequest {
  id: string;
  customerId: string;
  customerName: string;
  subject: string;
  text: string;
  status: RequestStatus;
  answer: string | null;
  answeredAt: Date | null;
  answeredBy: { kind: string; id: string | null; name: string } | null;
  createdAt: Date;
  updatedAt: Date;
}

interface Row {
  id: string;
  customer_id: string;
  customer_name: string;
  subject: string;
  text: string;
  status: RequestStatus;
  answer: string | null;
  answered_at: Date | null;
  answered_by_kind: string | null;
  answered_by_id: string | null;
  answered_by_name: string | null;
  created_at: Date;
  updated_at: Date;
}

const COLUMNS = `r.id, r.customer_id, r.subject, r.text, r.status, r.answer, r.answered_at, r.answered_by_kind,
  r.answered_by_id, r.answered_by_name, r.created_at, r.updated_at,
  trim(coalesce(c.attributes->>'firstName', '') || ' ' || coalesce(c.attributes->>'lastName', '')) as customer_name`;
const FROM = 'customer_request r join customer c on c.workspace_id = r.workspace_id and c.id = r.customer_id';

function toRequest(r: Row): CustomerRequest {
  return {
    id: r.id,
    customerId: r.customer_id,
    customerName: r.customer_name,
    subject: r.subject,
    text: r.text,
    status: r.status,
    answer: r.answer,
    answeredAt: r.answered_at ? new Date(r.answered_at) : null,
    answeredBy: r.answered_by_kind
      ? { kind: r.answered_by_kind, id: r.answered_by_id, name: r.answered_by_name ?? '' }
      : null,
    createdAt: new Date(r.created_at),
    updatedAt: new Date(r.updated_at),
  };
}

/** A page cursor: the creation time and id of the last row shown. */
const CURSOR = /^(\d{4}-\d\d-\d\dT[\d:.]+Z)\|([0-9a-f-]{36})$/;
export const requestCursor = (r: CustomerRequest): string => `${r.createdAt.toISOString()}|${r.id}`;

function textProblems(path: string, value: string, max: number): FieldProblem[] {
  if (isBlank(value)) return [fieldProblem([path], 'REQUIRED')];
  if (value.trim().length > max) return [fieldProblem([path], 'TOO_LONG', { max })];
  return [];
}

/**
 * Requests customers send from self-service, and staff answers. A request is OPEN, ANSWERED (the
 * customer sees the answer; staff may answer again to correct it) or CLOSED (no more answers).
 * Each step writes a history entry on the customer in its transaction.
 */
export class CustomerRequestService {
  constructor(private readonly sql: PreparedPool) {}

  async send(caller: SelfServiceCaller, input: { subject: string; text: string }): Promise<CustomerRequest> {
    const problems = [
      ...textProblems('subject', input.subject, SUBJECT_MAX),
      ...textProblems('text', input.text, TEXT_MAX),
    ];
    if (problems.length) throw badInput(problems);
    return this.sql.transaction(async (run) => {
      const [open] = await run<{ n: number }>(
        `select count(*)::int as n from customer_request
          where workspace_id = ? and customer_id = ? and status <> 'CLOSED'`,
        [caller.workspaceId, caller.customerId],
      );
      if ((open?.n ?? 0) >= MY_REQUESTS_MAX)
        throw badField(['text'], 'TOO_MANY_ITEMS', { max: MY_REQUESTS_MAX });
      const [row] = await run<{ id: string }>(
        `insert into customer_request (workspace_id, customer_id, subject, text) values (?, ?, ?, ?) returning id`,
        [caller.workspaceId, caller.customerId, input.subject.trim(), input.text.trim()],
      );
      const id = row?.id as string;
      await recordHistory(
        run,
        caller.workspaceId,
        caller.customerId,
        SELF_SERVICE_HISTORY.requestSent,
        CUSTOMER_ACTOR,
        [
          { key: 'subject', oldValue: null, newValue: input.subject.trim() },
          { key: 'text', oldValue: null, newValue: input.text.trim() },
        ],
      );
      return this.one(run, caller.workspaceId, id);
    });
  }

  /** The customer's own requests, newest first. */
  async mine(caller: SelfServiceCaller): Promise<CustomerRequest[]> {
    const rows = await this.sql.query<Row>(
      `select ${COLUMNS} from ${FROM} where r.workspace_id = ? and r.customer_id = ?
        order by r.created_at desc, r.id desc limit 200`,
      [caller.workspaceId, caller.customerId],
    );
    return rows.map(toRequest);
  }

  /** The workspace's requests, newest first, of one status when given. */
  async page(
    workspaceId: string,
    args: { status: RequestStatus | null; first: number; after: string | null },
  ): Promise<{ rows: CustomerRequest[]; hasNextPage: boolean }> {
    if (args.first < 1 || args.first > 200) throw badField(['first'], 'PAGE_SIZE', { max: 200 });
    const cursor = args.after == null ? null : CURSOR.exec(args.after);
    if (args.after != null && !cursor) throw badField(['after'], 'CURSOR_INVALID');
    const rows = await this.sql.query<Row>(
      `select ${COLUMNS} from ${FROM}
        where r.workspace_id = ? and (?::text is null or r.status = ?::text)
          and (?::timestamptz is null or (r.created_at, r.id) < (?::timestamptz, ?::uuid))
        order by r.created_at desc, r.id desc limit ?`,
      [
        workspaceId,
        args.status,
        args.status,
        cursor?.[1] ?? null,
        cursor?.[1] ?? null,
        cursor?.[2] ?? null,
        args.first + 1,
      ],
    );
    return { rows: rows.slice(0, args.first).map(toRequest), hasNextPage: rows.length > args.first };
  }

  /** Answers (or corrects the answer to) a request that is not closed. */
  async answer(actor: Actor, workspaceId: string, id: string, text: string): Promise<CustomerRequest> {
    const problems = textProblems('text', text, TEXT_MAX);
    if (problems.length) throw badInput(problems);
    return this.sql.transaction(async (run) => {
      const current = await this.locked(run, workspaceId, id);
      if (current.status === 'CLOSED') throw refusal('CUSTOMER_REQUEST_CLOSED');
      await run(
        `update customer_request set status = 'ANSWERED', answer = ?, answered_at = now(), answered_by_kind = ?,
                answered_by_id = ?, answered_by_name = ?, updated_at = now()
          where workspace_id = ? and id = ?`,
        [text.trim(), actor.kind, actor.id, actor.name, workspaceId, id],
      );
      await recordHistory(
        run,
        workspaceId,
        current.customer_id,
        SELF_SERVICE_HISTORY.requestAnswered,
        actor,
        [
          { key: 'subject', oldValue: null, newValue: current.subject },
          { key: 'answer', oldValue: current.answer, newValue: text.trim() },
        ],
      );
      return this.one(run, workspaceId, id);
    });
  }

  async close(actor: Actor, workspaceId: string, id: string): Promise<CustomerRequest> {
    return this.sql.transaction(async (run) => {
      const current = await this.locked(run, workspaceId, id);
      if (current.status === 'CLOSED') return this.one(run, workspaceId, id);
      await run(
        `update customer_request set status = 'CLOSED', updated_at = now() where workspace_id = ? and id = ?`,
        [workspaceId, id],
      );
      await recordHistory(run, workspaceId, current.customer_id, SELF_SERVICE_HISTORY.requestClosed, actor, [
        { key: 'subject', oldValue: null, newValue: current.subject },
      ]);
      return this.one(run, workspaceId, id);
    });
  }

  private async locked(
    run: Run,
    workspaceId: string,
    id: string,
  ): Promise<{ customer_id: string; subject: string; status: RequestStatus; answer: string | null }> {
    const [row] = isUuid(id)
      ? await run<{ customer_id: string; subject: string; status: RequestStatus; answer: string | null }>(
          `select customer_id, subject, status, answer from customer_request
            where workspace_id = ? and id = ? for update`,
          [workspaceId, id],
        )
      : [];
    if (!row) throw refusal('CUSTOMER_REQUEST_NOT_FOUND');
    return row;
  }

  private async one(run: Run, workspaceId: string, id: string): Promise<CustomerRequest> {
    const [row] = await run<Row>(`select ${COLUMNS} from ${FROM} where r.workspace_id = ? and r.id = ?`, [
      workspaceId,
      id,
    ]);
    return toRequest(row as Row);
  }
}
