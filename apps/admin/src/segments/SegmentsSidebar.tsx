import People from '@mui/icons-material/People';
import Share from '@mui/icons-material/Share';
import {
  Box,
  Chip,
  List,
  ListItem,
  ListItemButton,
  ListItemIcon,
  ListItemText,
  ListSubheader,
  Tooltip,
} from '@mui/material';
import { useState } from 'react';
import { useGetIdentity, useListContext, useLocale, useNotify, useTranslate } from 'react-admin';
import { apollo } from '../apollo';
import { lazyPart } from '../common/lazyPart';
import { useNotifyRefusal } from '../common/useNotifyRefusal';
import type { CustomerListFilter } from '../customer-search/listQuery';
import type { CustomerFilter } from '../gql/graphql';
import { localeTag } from '../i18n/locales';
import { DeleteSegmentMutation, SegmentsQuery, UpdateSegmentMutation } from './documents';
import { segmentListFilter } from './openSegment';

const SaveSegmentDialog = lazyPart(async () => (await import('./SaveSegmentDialog')).SaveSegmentDialog);

import { numberFormat } from '../i18n/intlFormats';
import { SegmentMenu } from './SegmentMenu';
import { type Segment, useSegments } from './useSegments';

/** The saved lists: mine first, then those colleagues shared; each with how many customers are in it now. */
export function SegmentsSidebar({ onOpened }: { onOpened?(): void }) {
  const translate = useTranslate();
  const locale = useLocale();
  const notify = useNotify();
  const refused = useNotifyRefusal();
  const { identity } = useGetIdentity();
  const { filterValues, setFilters } = useListContext();
  const values = filterValues as CustomerListFilter;
  const { segments } = useSegments();
  const [renaming, setRenaming] = useState<Segment | null>(null);
  const number = (n: number) => numberFormat(localeTag(locale)).format(n);
  const mine = segments.filter((s) => s.owner.id === identity?.id);
  const shared = segments.filter((s) => s.owner.id !== identity?.id);

  const open = (segment: Segment) => {
    setFilters(segmentListFilter(segment), {});
    onOpened?.();
  };

  /** Writes a change; a refusal is thrown (the rename dialog shows it). */
  const write = async (
    segment: Segment,
    change: { name?: string; shared?: boolean; sharedWithRoles?: string[]; query?: boolean },
  ) => {
    const { data } = await apollo.mutate({
      mutation: UpdateSegmentMutation,
      variables: {
        id: segment.id,
        input: {
          name: change.name ?? segment.name,
          shared: change.shared ?? segment.shared,
          sharedWithRoles: change.sharedWithRoles ?? segment.sharedWithRoles,
          // The query is replaced only when asked; otherwise the saved one is sent back unchanged.
          filter: (change.query ? values.filter : (segment.filter as CustomerFilter | null)) ?? null,
          search: (change.query ? values.search : segment.search) ?? [],
        },
      },
      refetchQueries: [SegmentsQuery],
    });
    if (change.query && data) setFilters(segmentListFilter(data.updateSegment), {});
    notify('patron.segments.saved', { type: 'info' });
  };

  /** The same from a menu: a refusal is notified. */
  const save = async (segment: Segment, change: { query: boolean }) => {
    try {
      await write(segment, change);
    } catch (error) {
      refused(error);
    }
  };

  const remove = async (segment: Segment) => {
    try {
      await apollo.mutate({
        mutation: DeleteSegmentMutation,
        variables: { id: segment.id },
        refetchQueries: [SegmentsQuery],
      });
      if (values.segmentId === segment.id || values.fromSegment === segment.id) setFilters({}, {});
      notify('patron.segments.deleted', { type: 'info' });
    } catch (error) {
      refused(error);
    }
  };

  const item = (segment: Segment) => {
    const edited = values.fromSegment === segment.id;
    return (
      <ListItem
        key={segment.id}
        disablePadding
        secondaryAction={
          segment.canEdit && (
            <SegmentMenu
              segment={segment}
              edited={edited}
              onRename={() => setRenaming(segment)}
              onSaveQuery={() => void save(segment, { query: true })}
              onDelete={() => remove(segment)}
            />
          )
        }
      >
        <ListItemButton
          selected={values.segmentId === segment.id || edited}
          onClick={() => open(segment)}
          data-testid="segment-item"
          data-name={segment.name}
          sx={{ pr: segment.canEdit ? 6 : 2 }}
        >
          <ListItemText
            primary={segment.name}
            secondary={
              edited
                ? translate('patron.segments.edited')
                : segment.owner.id !== identity?.id
                  ? segment.owner.name
                  : undefined
            }
            slotProps={{ primary: { dir: 'auto', noWrap: true } }}
          />
          {segment.shared && segment.owner.id === identity?.id && (
            <Tooltip title={translate('patron.segments.shared')}>
              <Share fontSize="inherit" color="action" sx={{ mx: 0.5 }} />
            </Tooltip>
          )}
          <Chip size="small" label={number(segment.memberCount)} data-testid="segment-count" />
        </ListItemButton>
      </ListItem>
    );
  };

  const none = !values.segmentId && !values.fromSegment;
  return (
    <Box data-testid="segments-sidebar">
      <List dense>
        <ListItem disablePadding>
          <ListItemButton
            selected={none && !values.search && !values.filter}
            onClick={() => setFilters({}, {})}
          >
            <ListItemIcon sx={{ minWidth: 32 }}>
              <People fontSize="small" />
            </ListItemIcon>
            <ListItemText primary={translate('patron.segments.all')} />
          </ListItemButton>
        </ListItem>
        <ListSubheader disableSticky>{translate('patron.segments.mine')}</ListSubheader>
        {mine.length === 0 && (
          <ListItem>
            <ListItemText secondary={translate('patron.segments.noneYet')} />
          </ListItem>
        )}
        {mine.map(item)}
        {shared.length > 0 && (
          <ListSubheader disableSticky>{translate('patron.segments.sharedWithMe')}</ListSubheader>
        )}
        {shared.map(item)}
      </List>
      <SaveSegmentDialog
        when={Boolean(renaming)}
        open={Boolean(renaming)}
        title={translate('patron.segments.rename')}
        initialName={renaming?.name}
        initialShared={renaming?.shared}
        initialSharedWithRoles={renaming?.sharedWithRoles}
        onClose={() => setRenaming(null)}
        onSave={async (change) => {
          if (renaming) await write(renaming, change);
          setRenaming(null);
        }}
      />
    </Box>
  );
}
