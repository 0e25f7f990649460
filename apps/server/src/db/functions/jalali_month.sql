-- The month (1–12) of an ISO date 'YYYY-MM-DD' in the Persian (Jalali) calendar, for the customer
-- filter "anniversary in Jalali month M". The same arithmetic as jalaliMonth in packages/filter (ICU's
-- Persian calendar, equal to what the SPA shows with Intl for 1800–2123), so SQL and the in-memory
-- evaluator agree. PL/pgSQL: a SQL function with this many steps is not inlined, and was 20× slower
-- per row. Immutable, so an expression index or statistics may use it.
create or replace function jalali_month(iso text) returns int
language plpgsql immutable strict parallel safe
as $$
declare
  -- Days since the Persian epoch (Julian day 1948320); 2440588 is 1970-01-01's Julian day.
  e bigint := make_date(substr(iso, 1, 4)::int, substr(iso, 6, 2)::int, substr(iso, 9, 2)::int)
              - date '1970-01-01' + 2440588 - 1948320;
  y bigint := 1 + floor((33 * e + 3) / 12053.0);
  day_of_year bigint := e - (365 * (y - 1) + floor((8 * y + 21) / 33.0));
begin
  return (case when day_of_year < 216 then day_of_year / 31 else (day_of_year - 6) / 30 end) + 1;
end
$$;
