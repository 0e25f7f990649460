import Close from '@mui/icons-material/Close';
import { Button, IconButton, Paper, Stack, Tooltip, Typography } from '@mui/material';
import { useCallback, useEffect, useState } from 'react';
import { useListContext, useLocale, usePermissions, useRefresh, useTranslate } from 'react-admin';
import { apollo } from '../apollo';
import { enumValues } from '../common/enums';
import { CustomerCountQuery } from '../customer-search/documents';
import { useCustomerCount } from '../customer-search/useCustomerCount';
import { forgetCustomerPages } from '../customers/customerData';
import { ExportButton } from '../exports';
import { BulkActionKind } from '../gql/graphql';
import { AddToGroupButton } from '../groups/AddToGroupButton';
import { numberFormat } from '../i18n/intlFormats';
import { localeTag } from '../i18n/locales';
import { MailSelectionButton } from '../mailings/MailSelectionButton';
import { SegmentsQuery } from '../segments/documents';
import { BulkActionDialog } from './BulkActionDialog';
import { BulkBalanceDialog } from './BulkBalanceDialog';
import { bulkSelection } from './selection';

/** Every action but deleting (its own permission), the field and tag ones first. */
const WRITE_ACTIONS = enumValues(BulkActionKind, [
  BulkActionKind.SET_FIELDS,
  BulkActionKind.ADD_TAGS,
  BulkActionKind.REMOVE_TAGS,
  BulkActionKind.REPLACE_TAGS,
]).filter((kind) => kind !== BulkActionKind.DELETE);

/**
 * Shown while rows are ticked: how many, "select all N matching" (the whole query, beyond this
 * page), and the actions this staff member may run on them.
 */
export function CustomerBulkBar() {
  const translate = useTranslate();
  const locale = useLocale();
  const refresh = useRefresh();
  const { permissions } = usePermissions<string[]>();
  const { selectedIds, data = [], onSelect, onUnselectItems } = useListContext();
  const { count, query } = useCustomerCount();
  const [allMatching, setAllMatching] = useState(false);
  const [kind, setKind] = useState<BulkActionKind | null>(null);
  const [adjusting, setAdjusting] = useState(false);
  const queryKey = JSON.stringify(query);

  // A different query, or ticking rows off, ends "all matching".
  // biome-ignore lint/correctness/useExhaustiveDependencies: the query is compared by value.
  useEffect(() => setAllMatching(false), [queryKey]);
  useEffect(() => {
    if (selectedIds.length < data.length) setAllMatching(false);
  }, [selectedIds.length, data.length]);

  const finished = useCallback(() => {
    forgetCustomerPages();
    onUnselectItems();
    setAllMatching(false);
    refresh();
    void apollo.refetchQueries({ include: [CustomerCountQuery, SegmentsQuery] });
  }, [onUnselectItems, refresh]);

  const number = (n: number) => numberFormat(localeTag(locale)).format(n);
  const selected = allMatching && count !== undefined ? count : selectedIds.length;
  const pageFullySelected = data.length > 0 && data.every((r) => selectedIds.includes(r.id));
  const may = (p: string) => Boolean(permissions?.includes(p));
  const actions = [
    ...(may('customers.write') ? WRITE_ACTIONS : []),
    ...(may('customers.delete') ? [BulkActionKind.DELETE] : []),
  ];
  const selection = bulkSelection(selectedIds.map(String), allMatching, query);
  const dialog = (
    <BulkActionDialog
      kind={kind}
      selection={selection}
      count={selected}
      onClose={() => setKind(null)}
      onFinished={finished}
    />
  );
  // The dialog stays where it is while the bar comes and goes: it follows a job after the rows are unticked.
  return (
    <>
      {selectedIds.length > 0 && (
        <Paper square elevation={0} data-testid="bulk-bar" sx={{ px: 2, py: 1, bgcolor: 'action.selected' }}>
          <Stack direction="row" alignItems="center" gap={1} flexWrap="wrap">
            <Tooltip title={translate('ra.action.unselect')}>
              <IconButton
                size="small"
                onClick={() => onUnselectItems()}
                aria-label={translate('ra.action.unselect')}
                data-testid="bulk-unselect"
              >
                <Close fontSize="small" />
              </IconButton>
            </Tooltip>
            <Typography variant="body2" fontWeight={600} data-testid="bulk-selected">
              {translate(allMatching ? 'patron.bulk.allSelected' : 'patron.bulk.selected', {
                smart_count: selected,
                count: number(selected),
              })}
            </Typography>
            {!allMatching && pageFullySelected && count !== undefined && count > selectedIds.length && (
              <Button
                size="small"
                onClick={() => {
                  onSelect(data.map((r) => r.id));
                  setAllMatching(true);
                }}
                data-testid="bulk-select-all"
              >
                {translate('patron.bulk.selectAll', { smart_count: count, count: number(count) })}
              </Button>
            )}
            <Stack direction="row" gap={0.5} flexWrap="wrap" sx={{ ml: 'auto' }}>
              <AddToGroupButton selection={selection} onDone={finished} />
              <MailSelectionButton selection={selection} />
              <ExportButton source="selection" size="small" />
              {may('loyalty.adjust') && (
                <Button size="small" onClick={() => setAdjusting(true)} data-testid="bulk-adjust-balance">
                  {translate('patron.bulkBalance.button')}
                </Button>
              )}
              {actions.map((a) => (
                <Button
                  key={a}
                  size="small"
                  color={a === 'DELETE' ? 'error' : 'primary'}
                  onClick={() => setKind(a)}
                  data-testid={`bulk-action-${a}`}
                >
                  {translate(`patron.bulk.actions.${a}`)}
                </Button>
              ))}
            </Stack>
          </Stack>
        </Paper>
      )}
      {dialog}
      <BulkBalanceDialog
        open={adjusting}
        selection={selection}
        count={selected}
        onClose={() => {
          setAdjusting(false);
          forgetCustomerPages();
          refresh();
        }}
      />
    </>
  );
}
