import type { EmSql } from '../../db/em-sql.js';
import { pgArray } from '../../db/sql-array.js';
import { MAX_LINK_NUMBER } from './short-click-token.js';
import { isTrackable } from './tracking-token.js';

/**
 * The numbers of a mailing's links in `mailing_link`, new ones numbered after the last: the result
 * holds every url given that is (or now is) numbered; a mailing past MAX_LINK_NUMBER links numbers no
 * more (those stay untracked). Under the mailing's advisory lock: two workers' batches never give one
 * number to two links. Called with the links written in the template (not the rendered ones): a link
 * made of a customer's values (`…?email={{ customer.email }}`) would put personal data in a table
 * that erasure does not reach, and one row per recipient in a table meant to be small.
 */
export async function linkNumbers(
  sql: EmSql,
  workspaceId: string,
  mailingId: string,
  urls: readonly string[],
): Promise<Map<string, number>> {
  const wanted = [...new Set(urls)].filter(isTrackable);
  if (!wanted.length) return new Map();
  await sql.execute("select pg_advisory_xact_lock(hashtextextended('mailing_link:' || ?, 0))", [mailingId]);
  await sql.execute(
    `insert into mailing_link (workspace_id, mailing_id, number, url)
     select ?::uuid, ?::uuid, t.number, t.url from (
       select n.url, (select coalesce(max(number), 0) from mailing_link
                       where workspace_id = ? and mailing_id = ?) + row_number() over (order by n.i) as number
         from unnest(?::text[]) with ordinality as n(url, i)
        where not exists (select 1 from mailing_link l
                           where l.workspace_id = ? and l.mailing_id = ? and l.url = n.url)) t
      where t.number <= ?`,
    [
      workspaceId,
      mailingId,
      workspaceId,
      mailingId,
      pgArray(wanted),
      workspaceId,
      mailingId,
      MAX_LINK_NUMBER,
    ],
  );
  const rows = await sql.execute<{ number: number; url: string }[]>(
    `select number, url from mailing_link where workspace_id = ? and mailing_id = ? and url = any(?::text[])`,
    [workspaceId, mailingId, pgArray(wanted)],
  );
  return new Map(rows.map((r) => [r.url, r.number]));
}

/**
 * The workspace and link of a short click: the message found by its id (unique across workspaces),
 * the link by its number among that message's mailing's links. Null when either is not there.
 */
export async function clickTarget(
  sql: EmSql,
  click: { messageId: string; link: number },
): Promise<{ workspaceId: string; url: string } | null> {
  const [row] = await sql.execute<{ workspace_id: string; url: string }[]>(
    `select m.workspace_id, l.url from mailing_message m
       join mailing_link l on l.workspace_id = m.workspace_id and l.mailing_id = m.mailing_id and l.number = ?
      where m.id = ?`,
    [click.link, click.messageId],
  );
  // Only what we numbered is ever a redirect, and we number only http(s) links.
  return row && isTrackable(row.url) ? { workspaceId: row.workspace_id, url: row.url } : null;
}
