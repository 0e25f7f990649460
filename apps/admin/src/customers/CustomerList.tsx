import FilterList from '@mui/icons-material/FilterList';
import ViewColumn from '@mui/icons-material/ViewColumn';
import { Badge, Box, Collapse, Divider, Stack, Typography, useMediaQuery, useTheme } from '@mui/material';
import { useEffect, useState } from 'react';
import {
  Button,
  CreateButton,
  Datagrid,
  ListBase,
  TopToolbar,
  useListContext,
  useLocale,
  usePermissions,
  useTranslate,
} from 'react-admin';
import { CustomerBulkBarWhenTicked } from '../bulk-actions/CustomerBulkBarWhenTicked';
import { AfterFirstPaint, useAfterFirstPaint } from '../common/AfterFirstPaint';
import { lazyPart } from '../common/lazyPart';
import { CustomerCell } from '../customer-search/columns/CustomerCell';
import { useColumnResize } from '../customer-search/columns/useColumnResize';
import { type Column, useCustomerColumns } from '../customer-search/columns/useCustomerColumns';
import { useCustomerFields } from '../customer-search/fields/useCustomerFields';
import { countConditions, fromCustomerFilter } from '../customer-search/filters/filterTree';
import type { CustomerListFilter } from '../customer-search/listQuery';
import { SearchChips } from '../customer-search/quick-search/SearchChips';
import { useCustomerCount } from '../customer-search/useCustomerCount';
import { ExportButton } from '../exports';
import { numberFormat } from '../i18n/intlFormats';
import { localeTag } from '../i18n/locales';
import { ImportButton } from '../imports/ImportButton';
import { SaveAsSegmentButton } from '../segments/SaveAsSegmentButton';
import { SegmentsDrawerButton } from '../segments/SegmentsDrawerButton';
import { SegmentsSidebar } from '../segments/SegmentsSidebar';
import { CursorPagination } from './CursorPagination';
import { dropOpeningPage, LIST_OPENS } from './customerData';
import { ListFrame, ListOpening, WhenFirstPageCame } from './ListFrame';
import { CUSTOMERS_WRITE } from './permissions';

// Any element turns the row checkboxes on; the bar itself is CustomerBulkBar.

// Opened on demand: their code (the filter builder, the column picker's drag and drop) comes then.
const FilterPanel = lazyPart(
  async () => (await import('../customer-search/filters/FilterPanel')).FilterPanel,
);
const ColumnPickerDialog = lazyPart(
  async () => (await import('../customer-search/columns/ColumnPickerDialog')).ColumnPickerDialog,
);
const WITH_CHECKBOXES = <span />;

interface ActionsProps {
  filterOpen: boolean;
  onToggleFilter(): void;
  onColumns(): void;
  narrow: boolean;
}

function CustomerListActions({ filterOpen, onToggleFilter, onColumns, narrow }: ActionsProps) {
  const { filterValues } = useListContext();
  const { permissions } = usePermissions<string[]>();
  const translate = useTranslate();
  const locale = useLocale();
  const conditions = countConditions(fromCustomerFilter((filterValues as CustomerListFilter).filter));
  const count = numberFormat(localeTag(locale)).format(conditions);
  return (
    <TopToolbar>
      {narrow && <SegmentsDrawerButton />}
      <Button
        label="patron.filter.toggle"
        onClick={onToggleFilter}
        data-testid="filter-toggle"
        aria-expanded={filterOpen}
        // Named as it reads, the badge's count first (axe: label-content-name-mismatch).
        aria-label={`${conditions > 0 ? `${count} ` : ''}${translate('patron.filter.toggle')}`}
        variant={filterOpen ? 'contained' : 'text'}
      >
        {/* Without conditions there is no badge at all: a hidden MUI badge still holds a "0" as text. */}
        {conditions > 0 ? (
          <Badge badgeContent={count} color="secondary">
            <FilterList />
          </Badge>
        ) : (
          <FilterList />
        )}
      </Button>
      <SaveAsSegmentButton />
      <Button label="patron.columns.button" onClick={onColumns} data-testid="columns-button">
        <ViewColumn />
      </Button>
      <ExportButton />
      <ImportButton />
      {/* Only who may create customers sees the button (the create screen needs the same permission). */}
      {permissions?.includes(CUSTOMERS_WRITE) && <CreateButton />}
    </TopToolbar>
  );
}

/** "1,234 customers": the exact count of what the list's query matches. */
function CustomerCount() {
  const translate = useTranslate();
  const locale = useLocale();
  const { count } = useCustomerCount();
  if (count === undefined) return null;
  return (
    <Typography
      variant="body2"
      color="text.secondary"
      data-testid="customer-count"
      data-count={count}
      sx={{ whiteSpace: 'nowrap' }}
    >
      {translate('patron.list.count', {
        smart_count: count,
        count: numberFormat(localeTag(locale)).format(count),
      })}
    </Typography>
  );
}

// A row is at least this tall; the table starts about this far down the window.
const ROW_PX = 44;
const TABLE_TOP_PX = 200;

/**
 * The page's rows, those the window shows first: the page opens with what can be seen, and the rows
 * below the fold follow in the next render, which yields to the browser (a transition).
 */
function useRowsInView() {
  const { data } = useListContext();
  const whole = useAfterFirstPaint();
  const inView = Math.max(10, Math.ceil((window.innerHeight - TABLE_TOP_PX) / ROW_PX));
  return whole || !data ? data : data.slice(0, inView);
}

/**
 * The table: the columns this staff member chose, widths applied through the cells' column classes;
 * a header's edge drags to resize its column.
 */
function CustomerTable() {
  const { columns, prefs, save } = useCustomerColumns();
  const { label } = useCustomerFields();
  const rows = useRowsInView();
  const { live, onPointerDown, onDoubleClick } = useColumnResize(prefs, save);
  const widthOf = (c: Column) => (live?.key === c.key ? live.width : c.width);
  const widths = Object.fromEntries(
    columns
      .filter((c) => widthOf(c))
      .map((c) => {
        const width = widthOf(c);
        return [`& .column-${c.key}`, { width, minWidth: width, maxWidth: width }];
      }),
  );
  return (
    <Box onPointerDown={onPointerDown} onDoubleClick={onDoubleClick}>
      <Datagrid
        data={rows}
        rowClick="show"
        bulkActionButtons={WITH_CHECKBOXES}
        bulkActionsToolbar={<CustomerBulkBarWhenTicked />}
        sx={{
          // Values stay on one line; a table wider than the screen scrolls sideways instead of squeezing letters.
          // 6 px side padding, short dates, values cut at DEFAULT_CELL_WIDTH and a 176 px segments column keep the default
          // columns within a 1366 px laptop screen (the list's browser test measures it in en, ru and fa).
          '& .RaDatagrid-tableWrapper': { overflowX: 'auto' },
          '& td, & th': { whiteSpace: 'nowrap', px: 0.75 },
          // A long header ("Мобильный телефон") wraps rather than widening its column; rows stay one line.
          '& th': { whiteSpace: 'normal', lineHeight: 1.2 },
          // The edge a column is resized by (useColumnResize), marked where the pointer is.
          '& th[class*="column-"]::after': {
            content: '""',
            position: 'absolute',
            insetBlock: 0,
            insetInlineEnd: 0,
            width: 6,
            cursor: 'col-resize',
          },
          '& th[class*="column-"]:hover::after': { borderInlineEnd: 2, borderColor: 'divider' },
          ...widths,
        }}
        data-testid="customer-table"
      >
        {columns.map((c) => (
          <CustomerCell
            key={c.key}
            source={c.key}
            field={c.field}
            width={widthOf(c)}
            label={label(c.key)}
            sortable={c.field.sortable}
          />
        ))}
      </Datagrid>
    </Box>
  );
}

/**
 * Finding customers: segments on the side, search chips and the filter builder above a table whose
 * columns each staff member picks; ticked rows (or the whole query) get bulk actions.
 */
export function CustomerList() {
  const { columns, ready } = useCustomerColumns();
  // Left before its first page was asked (the page opens after its columns), the list does not
  // find the page asked at sign-in when it opens again later.
  useEffect(() => dropOpeningPage, []);
  // The page is drawn once its columns are known: its first request asks their computed values, and
  // the answers coming one by one after sign-in do not each redraw the whole page.
  return ready ? <CustomerListPage columns={columns} /> : <ListOpening />;
}

function CustomerListPage({ columns }: { columns: Column[] }) {
  // Computed columns (a module's or a plugin's field, e.g. balance_coins) are asked by key.
  const computedKeys = columns
    .filter((c) => c.field.source !== 'attribute' && c.field.source !== 'system')
    .map((c) => c.field.key);
  const theme = useTheme();
  const narrow = useMediaQuery(theme.breakpoints.down('md'));
  const [filterOpen, setFilterOpen] = useState(false);
  const [columnsOpen, setColumnsOpen] = useState(false);
  return (
    <ListBase
      perPage={LIST_OPENS.perPage}
      sort={LIST_OPENS.sort}
      queryOptions={{ meta: { computedKeys } }}
      exporter={false}
    >
      <WhenFirstPageCame>
        <ListFrame
          actions={
            <CustomerListActions
              filterOpen={filterOpen}
              onToggleFilter={() => setFilterOpen((o) => !o)}
              onColumns={() => setColumnsOpen(true)}
              narrow={narrow}
            />
          }
          aside={
            narrow ? undefined : (
              <Box sx={{ order: -1, width: 176, flexShrink: 0, mr: 1.5, mt: 8 }}>
                <AfterFirstPaint>
                  <SegmentsSidebar />
                </AfterFirstPaint>
              </Box>
            )
          }
          pagination={<CursorPagination />}
          // Lets the table's wrapper scroll sideways rather than the whole page growing wider.
          sx={{ '& .RaList-main': { minWidth: 0 } }}
        >
          <Stack direction="row" alignItems="center" gap={2} sx={{ px: 2, py: 1.5 }} flexWrap="wrap">
            <SearchChips />
            <CustomerCount />
          </Stack>
          <Collapse in={filterOpen} unmountOnExit>
            <Divider />
            <FilterPanel when />
          </Collapse>
          <Divider />
          <CustomerTable />
          <ColumnPickerDialog when={columnsOpen} open={columnsOpen} onClose={() => setColumnsOpen(false)} />
        </ListFrame>
      </WhenFirstPageCame>
    </ListBase>
  );
}
