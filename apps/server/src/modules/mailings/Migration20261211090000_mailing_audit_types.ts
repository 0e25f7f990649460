import { Migration } from '@mikro-orm/migrations';

/**
 * Mailings' audit events were written as `mailing.created`…; audit types are UPPER_SNAKE (they make
 * the AuditEventType enum the admin words), so the rows already written take the new names.
 */
export class Migration20261211090000_mailing_audit_types extends Migration {
  override async up(): Promise<void> {
    this.addSql(`
update audit_event set type = 'MAILING_' || upper(substr(type, length('mailing.') + 1))
 where type in ('mailing.created', 'mailing.updated', 'mailing.started', 'mailing.cancelled');
`);
  }
}
