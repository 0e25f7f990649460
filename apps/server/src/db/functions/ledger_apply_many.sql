-- Group commit (modules/ledger/group-commit.ts): several single operations in one transaction, each
-- with its own outcome. The calls come in lock order (by balance) from the caller; each call holds
-- ledger_apply's arguments, in order. p_together: the caller saw a call that may go together
-- (ledger_apply_together); a batch on one hot balance has none and pays nothing for it. Every other
-- call is ledger_apply, in the batch's order.
--
-- A batch holds several balance locks, which a single operation never does, so it could close a lock
-- cycle with a purchase (which locks its customer's balances in its own order). The batch gives way
-- first: it waits at most 200 ms for any lock, well before the 1 s deadlock check could pick the
-- purchase as its victim, and its caller then writes its operations one at a time.

create or replace function ledger_apply_many(p_calls jsonb, p_together boolean) returns jsonb language plpgsql as $$
declare
  v_written jsonb;
  v_results jsonb := '[]';
  v_call record;
  c jsonb;
begin
  perform set_config('lock_timeout', '200ms', true);
  if p_together then
    v_written := ledger_apply_together(p_calls);
  end if;

  for v_call in select t.c, t.ord from jsonb_array_elements(p_calls) with ordinality as t(c, ord) order by t.ord loop
    c := v_call.c;
    if v_written ? v_call.ord::text then
      v_results := v_results || jsonb_build_array(v_written -> v_call.ord::text);
    else
      v_results := v_results || jsonb_build_array(ledger_apply(
        (c->>0)::uuid, (c->>1)::uuid, (c->>2)::uuid, c->>3, (c->>4)::bigint,
        (c->>5)::timestamptz, c->>6, c->>7, c->>8, c->>9,
        (c->>10)::bigint, (c->>11)::bigint, (c->>12)::boolean,
        c->>13, c->>14, c->>15, c->>16, (c->>17)::int, c->>18, (c->>19)::jsonb, (c->>20)::timestamptz));
    end if;
  end loop;
  return v_results;
end $$;
