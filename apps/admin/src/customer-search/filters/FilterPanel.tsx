import { CombinedGraphQLErrors } from '@apollo/client';
import { Alert, Button, Stack, Typography } from '@mui/material';
import { useEffect, useState } from 'react';
import { useListContext, useLocale, useTranslate } from 'react-admin';
import { apollo } from '../../apollo';
import { numberFormat } from '../../i18n/intlFormats';
import { localeTag } from '../../i18n/locales';
import type { ProblemMessage } from '../../problems/problemText';
import { useProblemText } from '../../problems/useProblemText';
import { CustomerCountQuery } from '../documents';
import { type CustomerListFilter, customerQuery } from '../listQuery';
import { FilterGroupEditor } from './FilterGroupEditor';
import { filterProblems } from './filterProblems';
import { type GroupDraft, startingDraft, toCustomerFilter } from './filterTree';
import { useDraftCount } from './useDraftCount';

/**
 * The filter builder. Edits a draft; Apply asks the server to count it first, so a condition the
 * server refuses gets its message next to it and the list keeps showing the last good filter.
 */
export function FilterPanel() {
  const translate = useTranslate();
  const text = useProblemText();
  const { filterValues, setFilters } = useListContext();
  const values = filterValues as CustomerListFilter;
  const applied = JSON.stringify(values.filter ?? null);
  const [draft, setDraft] = useState<GroupDraft>(() => startingDraft(values.filter));
  const [refused, setProblems] = useState<Record<string, ProblemMessage>>({});
  // In the language in force, by code.
  const problems = Object.fromEntries(Object.entries(refused).map(([id, problem]) => [id, text(problem)]));
  const [busy, setBusy] = useState(false);

  // A segment opened from the sidebar (or the URL changing) replaces what is being edited.
  // biome-ignore lint/correctness/useExhaustiveDependencies: `applied` is the filter, compared by value.
  useEffect(() => {
    setDraft(startingDraft(values.filter));
    setProblems({});
  }, [applied]);

  const apply = async (root: GroupDraft) => {
    const { filter, places } = toCustomerFilter(root);
    const next: CustomerListFilter = {
      ...(values.search?.length ? { search: values.search } : {}),
      ...(filter ? { filter } : {}),
    };
    if (JSON.stringify(filter) === applied) return;
    // Editing an opened segment's query: the segment stays the one to save back to.
    const from = values.segmentId ?? values.fromSegment;
    if (from) next.fromSegment = from;
    setBusy(true);
    try {
      await apollo.query({
        query: CustomerCountQuery,
        variables: customerQuery(next),
        fetchPolicy: 'network-only',
      });
      setProblems({});
      setFilters(next, {});
    } catch (error) {
      if (CombinedGraphQLErrors.is(error)) setProblems(filterProblems(error.errors as never, places));
      else setProblems({ '': { message: 'ra.notification.http_error' } });
    } finally {
      setBusy(false);
    }
  };

  const clear = () => {
    const empty = startingDraft(null);
    setDraft(empty);
    setProblems({});
    void apply(empty);
  };

  const draftFilter = toCustomerFilter(draft).filter;
  const draftQuery: CustomerListFilter =
    values.segmentId && JSON.stringify(draftFilter) === applied
      ? values
      : { ...(values.search?.length ? { search: values.search } : {}), filter: draftFilter };

  return (
    <Stack gap={1.5} sx={{ p: 2, pt: 1 }} data-testid="filter-panel">
      {problems[''] && (
        <Alert severity="error" data-testid="filter-problem">
          {problems['']}
        </Alert>
      )}
      <FilterGroupEditor root={draft} group={draft} problems={problems} onChange={setDraft} />
      <Stack direction="row" gap={1} justifyContent="flex-end" alignItems="center">
        <DraftCount query={draftQuery} />
        <Button onClick={clear} disabled={busy} data-testid="filter-clear">
          {translate('patron.filter.clear')}
        </Button>
        <Button
          variant="contained"
          onClick={() => void apply(draft)}
          disabled={busy}
          data-testid="filter-apply"
        >
          {translate('patron.filter.apply')}
        </Button>
      </Stack>
    </Stack>
  );
}

/** "42 customers would match": the draft counted while it is edited, before Apply. */
function DraftCount({ query }: { query: CustomerListFilter }) {
  const translate = useTranslate();
  const locale = useLocale();
  const { count, counting } = useDraftCount(query);
  return (
    <Typography
      variant="body2"
      color="text.secondary"
      sx={{ flex: 1 }}
      aria-live="polite"
      data-testid="filter-live-count"
      data-count={count ?? ''}
    >
      {count !== undefined
        ? translate('patron.filter.liveCount', {
            smart_count: count,
            count: numberFormat(localeTag(locale)).format(count),
          })
        : counting
          ? translate('patron.filter.counting')
          : ''}
    </Typography>
  );
}
