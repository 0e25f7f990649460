import { Migration } from '@mikro-orm/migrations';

/**
 * Group commit (modules/ledger/group-commit.ts): several single operations in one transaction, each
 * one still a ledger_apply call with its own outcome. The calls come in lock order (by balance) from
 * the caller; arguments are ledger_apply's, in order.
 *
 * A batch holds several balance locks, which a single operation never does, so it could close a lock
 * cycle with a purchase (which locks its customer's balances in its own order). The batch gives way
 * first: it waits at most 200 ms for any lock, well before the 1 s deadlock check could pick the
 * purchase as its victim, and its caller then writes its operations one at a time.
 */
export class Migration20261123360000_ledger_group_commit extends Migration {
  override async up(): Promise<void> {
    this.addSql(`
create function ledger_apply_many(p_calls jsonb) returns jsonb language plpgsql as $$
declare
  v_results jsonb := '[]';
  c jsonb;
begin
  perform set_config('lock_timeout', '200ms', true);
  for c in select value from jsonb_array_elements(p_calls) loop
    v_results := v_results || jsonb_build_array(ledger_apply(
      (c->>0)::uuid, (c->>1)::uuid, (c->>2)::uuid, c->>3, (c->>4)::bigint,
      (c->>5)::timestamptz, c->>6, c->>7, c->>8, c->>9,
      (c->>10)::bigint, (c->>11)::bigint, (c->>12)::boolean,
      c->>13, c->>14, c->>15, c->>16, (c->>17)::int, c->>18, (c->>19)::jsonb));
  end loop;
  return v_results;
end $$;
`);
  }
}
