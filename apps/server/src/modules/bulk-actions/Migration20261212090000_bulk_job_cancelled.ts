import { Migration } from '@mikro-orm/migrations';

/**
 * A bulk action cancelled on the Jobs screen ends CANCELLED: the chunk under way finishes whole, the
 * rest is left undone, and no later run resumes it.
 */
export class Migration20261212090000_bulk_job_cancelled extends Migration {
  override async up(): Promise<void> {
    this.addSql(`
alter table bulk_job drop constraint bulk_job_status_check,
  add constraint bulk_job_status_check check (status in ('QUEUED','RUNNING','DONE','FAILED','CANCELLED'));
`);
  }
}
