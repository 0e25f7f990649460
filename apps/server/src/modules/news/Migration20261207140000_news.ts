import { Migration } from '@mikro-orm/migrations';

/**
 * News for customers' self-service pages (catalogue A4). `news_post`: a title and body per language
 * (jsonb {en, ru, fa}), an optional segment (no foreign key: a deleted segment leaves its posts shown
 * to nobody rather than to everyone), the staff member whose view of segments applies, and a
 * publication window (`publish_at` null: a draft). `news_read`: which customer opened which post.
 */
export class Migration20261207140000_news extends Migration {
  override async up(): Promise<void> {
    this.addSql(`
create table news_post (
  workspace_id uuid not null references workspace(id),
  id uuid not null default gen_random_uuid(),
  title jsonb not null,
  body jsonb not null,
  segment_id uuid,
  segment_viewer_id uuid,
  publish_at timestamptz,
  expires_at timestamptz,
  pinned boolean not null default false,
  created_by_name text not null,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  primary key (workspace_id, id),
  check (expires_at is null or publish_at is null or expires_at > publish_at)
);
create index news_post_feed on news_post (workspace_id, pinned desc, publish_at desc, id desc)
  where publish_at is not null;

create table news_read (
  workspace_id uuid not null,
  customer_id uuid not null,
  news_id uuid not null,
  read_at timestamptz not null default now(),
  primary key (workspace_id, customer_id, news_id),
  foreign key (workspace_id, news_id) references news_post (workspace_id, id) on delete cascade,
  foreign key (workspace_id, customer_id) references customer (workspace_id, id)
);
create index news_read_post on news_read (workspace_id, news_id);
`);
  }
}
