import BookmarkAdd from '@mui/icons-material/BookmarkAdd';
import { useState } from 'react';
import { Button, useListContext, useNotify, useTranslate } from 'react-admin';
import { apollo } from '../apollo';
import { lazyPart } from '../common/lazyPart';
import type { CustomerListFilter } from '../customer-search/listQuery';
import { CreateSegmentMutation, SegmentsQuery } from './documents';
import { segmentListFilter } from './openSegment';

const SaveSegmentDialog = lazyPart(async () => (await import('./SaveSegmentDialog')).SaveSegmentDialog);

/** Saves the list's search chips and filter as a new segment, then opens it. */
export function SaveAsSegmentButton() {
  const translate = useTranslate();
  const notify = useNotify();
  const { filterValues, setFilters } = useListContext();
  const values = filterValues as CustomerListFilter;
  const [open, setOpen] = useState(false);
  const save = async ({
    name,
    shared,
    sharedWithRoles,
  }: {
    name: string;
    shared: boolean;
    sharedWithRoles: string[];
  }) => {
    // A refusal is shown by the dialog, under the name or above its buttons.
    const { data } = await apollo.mutate({
      mutation: CreateSegmentMutation,
      variables: {
        input: { name, shared, sharedWithRoles, filter: values.filter ?? null, search: values.search ?? [] },
      },
      refetchQueries: [SegmentsQuery],
    });
    setOpen(false);
    if (data) setFilters(segmentListFilter(data.createSegment), {});
    notify('patron.segments.saved', { type: 'info' });
  };
  return (
    <>
      <Button
        label="patron.segments.saveAs"
        onClick={() => setOpen(true)}
        disabled={!values.filter && !values.search?.length}
        data-testid="save-segment"
      >
        <BookmarkAdd />
      </Button>
      <SaveSegmentDialog
        when={open}
        open={open}
        title={translate('patron.segments.saveAs')}
        onClose={() => setOpen(false)}
        onSave={save}
      />
    </>
  );
}
