import { useQuery } from '@apollo/client/react';
import {
  Alert,
  Box,
  Button,
  Checkbox,
  Dialog,
  DialogActions,
  DialogContent,
  DialogTitle,
  FormControl,
  FormControlLabel,
  FormLabel,
  LinearProgress,
  MenuItem,
  Radio,
  RadioGroup,
  Stack,
  TextField,
  Typography,
} from '@mui/material';
import { useEffect, useMemo, useState } from 'react';
import { useLocale, usePermissions, useTranslate } from 'react-admin';
import { bulkSelection } from '../bulk-actions/selection';
import { useNotifyRefusal } from '../common/useNotifyRefusal';
import { useCustomerFields } from '../customer-search/fields/useCustomerFields';
import type { ListQuery } from '../customer-search/listQuery';
import { readProblem } from '../data-provider/errors';
import { type CustomerSelection, ExportDateStyle, ExportDelimiter, ExportFormat } from '../gql/graphql';
import { numberFormat } from '../i18n/intlFormats';
import { localeTag } from '../i18n/locales';
import { useProblemText } from '../problems/useProblemText';
import { SegmentsQuery } from '../segments/documents';
import { columnPermission } from './columnPermission';
import { isFinished, useCustomerExport } from './useCustomerExport';

export type ExportSource = 'list' | 'selection' | 'segment';

interface Props {
  open: boolean;
  onClose(): void;
  /** The list's question (search, filter, segment) and the rows ticked in it. */
  query: ListQuery;
  selectedIds: readonly string[];
  /** The list's visible columns, the default choice. */
  listColumns: readonly string[];
  /** Where the dialog was opened: the bulk bar starts on the selection. */
  initialSource: ExportSource;
}

/**
 * Exporting customers: which ones (the list as filtered, the ticked rows, or a segment), as CSV or
 * XLSX, which columns, and how dates are written. Then it follows the job; the bell brings the link.
 */
export function ExportDialog({ open, onClose, query, selectedIds, listColumns, initialSource }: Props) {
  const translate = useTranslate();
  const locale = useLocale();
  const refused = useNotifyRefusal();
  const text = useProblemText();
  const { permissions } = usePermissions<string[]>();
  const { fields, label } = useCustomerFields();
  const segments = useQuery(SegmentsQuery, { skip: !open }).data?.segments ?? [];
  const { current, start, reset } = useCustomerExport();
  const readable = useMemo(
    () => fields.filter((f) => permissions?.includes(columnPermission(f.source))),
    [fields, permissions],
  );
  const [source, setSource] = useState<ExportSource>(initialSource);
  const [segmentId, setSegmentId] = useState('');
  const [format, setFormat] = useState<ExportFormat>(ExportFormat.CSV);
  const [delimiter, setDelimiter] = useState<ExportDelimiter>(ExportDelimiter.COMMA);
  const [dateStyle, setDateStyle] = useState<ExportDateStyle>(ExportDateStyle.CALENDAR);
  const [columns, setColumns] = useState<string[]>([]);
  const [starting, setStarting] = useState(false);

  // Each opening starts from the list: its source, its columns (those this role may read).
  const listKey = listColumns.join();
  // biome-ignore lint/correctness/useExhaustiveDependencies: reset on opening, with the list's columns then.
  useEffect(() => {
    if (!open) return;
    reset();
    setSource(initialSource);
    setSegmentId(query.segmentId ?? '');
    const allowed = new Set(readable.map((f) => f.key));
    setColumns(listColumns.filter((k) => allowed.has(k)));
  }, [open, initialSource, listKey, readable.length]);

  const selection: CustomerSelection =
    source === 'selection'
      ? bulkSelection(selectedIds, false, query)
      : source === 'segment'
        ? { segmentId }
        : bulkSelection([], true, query);

  const toggle = (key: string) =>
    setColumns((now) => (now.includes(key) ? now.filter((k) => k !== key) : [...now, key]));

  const run = async () => {
    setStarting(true);
    try {
      // In the order of the field list, so the file reads like the list.
      const ordered = [
        ...listColumns.filter((k) => columns.includes(k)),
        ...readable.map((f) => f.key).filter((k) => columns.includes(k) && !listColumns.includes(k)),
      ];
      await start({ selection, format, delimiter, dateStyle, columns: ordered });
    } catch (error) {
      refused(error);
    } finally {
      setStarting(false);
    }
  };

  const number = (n: number) => numberFormat(localeTag(locale)).format(n);
  const ready =
    columns.length > 0 &&
    (source !== 'segment' || segmentId) &&
    (source !== 'selection' || selectedIds.length > 0);
  return (
    <Dialog
      open={open}
      onClose={onClose}
      fullWidth
      maxWidth="sm"
      slotProps={{ paper: { 'data-testid': 'export-dialog' } as object }}
    >
      <DialogTitle>{translate('patron.export.title')}</DialogTitle>
      <DialogContent>
        {current ? (
          <Stack gap={1.5} data-testid="export-progress" data-state={current.state}>
            <Alert severity={current.state === 'DONE' ? 'success' : current.problem ? 'error' : 'info'}>
              {current.problem
                ? text(readProblem(current.problem, ''))
                : translate(current.state === 'DONE' ? 'patron.export.ready' : 'patron.export.notified')}
            </Alert>
            <LinearProgress
              variant={current.total == null ? 'indeterminate' : 'determinate'}
              value={
                current.total
                  ? Math.round((current.done / current.total) * 100)
                  : isFinished(current)
                    ? 100
                    : 0
              }
            />
            <Typography variant="body2" color="text.secondary">
              {translate('patron.export.progress', {
                done: number(current.done),
                total: current.total == null ? '…' : number(current.total),
              })}
            </Typography>
          </Stack>
        ) : (
          <Stack gap={2} sx={{ pt: 1 }}>
            <FormControl>
              <FormLabel>{translate('patron.export.source')}</FormLabel>
              <RadioGroup row value={source} onChange={(e) => setSource(e.target.value as ExportSource)}>
                <FormControlLabel
                  value="list"
                  control={<Radio />}
                  label={translate('patron.export.sources.list')}
                />
                <FormControlLabel
                  value="selection"
                  control={<Radio />}
                  disabled={selectedIds.length === 0}
                  label={translate('patron.export.sources.selection', {
                    smart_count: selectedIds.length,
                    count: number(selectedIds.length),
                  })}
                />
                <FormControlLabel
                  value="segment"
                  control={<Radio />}
                  label={translate('patron.export.sources.segment')}
                />
              </RadioGroup>
            </FormControl>
            {source === 'segment' && (
              <TextField
                select
                size="small"
                label={translate('patron.export.segment')}
                value={segmentId}
                onChange={(e) => setSegmentId(e.target.value)}
                data-testid="export-segment"
              >
                {segments.map((s) => (
                  <MenuItem key={s.id} value={s.id}>
                    {s.name}
                  </MenuItem>
                ))}
              </TextField>
            )}
            <Stack direction="row" gap={3} flexWrap="wrap">
              <FormControl>
                <FormLabel>{translate('patron.export.format')}</FormLabel>
                <RadioGroup row value={format} onChange={(e) => setFormat(e.target.value as ExportFormat)}>
                  <FormControlLabel value={ExportFormat.CSV} control={<Radio />} label="CSV" />
                  <FormControlLabel value={ExportFormat.XLSX} control={<Radio />} label="XLSX" />
                </RadioGroup>
              </FormControl>
              {format === ExportFormat.CSV && (
                <TextField
                  select
                  size="small"
                  sx={{ minWidth: 160, alignSelf: 'center' }}
                  label={translate('patron.export.delimiter')}
                  value={delimiter}
                  onChange={(e) => setDelimiter(e.target.value as ExportDelimiter)}
                  data-testid="export-delimiter"
                >
                  {Object.values(ExportDelimiter).map((d) => (
                    <MenuItem key={d} value={d}>
                      {translate(`patron.export.delimiters.${d}`)}
                    </MenuItem>
                  ))}
                </TextField>
              )}
            </Stack>
            <FormControl>
              <FormLabel>{translate('patron.export.dates')}</FormLabel>
              <RadioGroup
                row
                value={dateStyle}
                onChange={(e) => setDateStyle(e.target.value as ExportDateStyle)}
              >
                <FormControlLabel
                  value={ExportDateStyle.CALENDAR}
                  control={<Radio />}
                  label={translate('patron.export.dateStyles.CALENDAR')}
                />
                <FormControlLabel
                  value={ExportDateStyle.ISO}
                  control={<Radio />}
                  label={translate('patron.export.dateStyles.ISO')}
                />
              </RadioGroup>
            </FormControl>
            <FormControl>
              <FormLabel>{translate('patron.export.columns', { count: number(columns.length) })}</FormLabel>
              <Box
                data-testid="export-columns"
                sx={{
                  display: 'grid',
                  gridTemplateColumns: { xs: '1fr', sm: '1fr 1fr' },
                  maxHeight: 220,
                  overflow: 'auto',
                }}
              >
                {readable.map((f) => (
                  <FormControlLabel
                    key={f.key}
                    control={
                      <Checkbox
                        size="small"
                        checked={columns.includes(f.key)}
                        onChange={() => toggle(f.key)}
                        inputProps={{ 'data-testid': `export-column-${f.key}` } as object}
                      />
                    }
                    label={label(f.key)}
                  />
                ))}
              </Box>
            </FormControl>
          </Stack>
        )}
      </DialogContent>
      <DialogActions>
        <Button onClick={onClose} data-testid="export-close">
          {translate(current ? 'ra.action.close' : 'ra.action.cancel')}
        </Button>
        {current?.downloadPath && (
          <Button variant="contained" href={current.downloadPath} download data-testid="export-download">
            {translate('patron.export.download')}
          </Button>
        )}
        {!current && (
          <Button
            variant="contained"
            disabled={starting || !ready}
            onClick={() => void run()}
            data-testid="export-run"
          >
            {translate('patron.export.run')}
          </Button>
        )}
      </DialogActions>
    </Dialog>
  );
}
