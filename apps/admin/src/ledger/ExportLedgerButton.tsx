import Download from '@mui/icons-material/Download';
import { Button, CircularProgress } from '@mui/material';
import { useState } from 'react';
import { useNotify, useTranslate } from 'react-admin';
import { collectPages } from '../common/collectPages';
import { buildCsv } from '../common/csv';
import { download } from '../common/download';
import { useCurrencies } from '../currencies/useCurrencies';
import { useCalendar } from '../preferences/useCalendar';
import { csvFileName, ledgerCsvRows } from './ledgerCsv';
import { fetchLedgerPage, type LedgerFilter } from './ledgerPages';

// The API's largest page: an export of thousands of operations is a few requests.
const EXPORT_PAGE = 500;

interface Props {
  customerId: string;
  customerName: string;
  filter: LedgerFilter;
}

/** Every operation the filter picks (not only the pages loaded), as a UTF-8 CSV that Excel opens readable. */
export function ExportLedgerButton({ customerId, customerName, filter }: Props) {
  const translate = useTranslate();
  const notify = useNotify();
  const { format } = useCalendar();
  const { name } = useCurrencies();
  const [busy, setBusy] = useState(false);
  const run = async () => {
    setBusy(true);
    try {
      const operations = await collectPages((after) =>
        fetchLedgerPage(customerId, filter, after, EXPORT_PAGE),
      );
      const rows = ledgerCsvRows(operations, {
        header: (c) => translate(`patron.loyalty.columns.${c}`),
        kind: (k) => translate(`patron.loyalty.kinds.${k}`),
        currency: name,
        date: (iso) => format(iso, true),
        actor: (op) =>
          op.actor.kind === 'system' ? translate('patron.history.actor.system') : op.actor.name,
      });
      download(csvFileName(customerName, new Date()), buildCsv(rows), 'text/csv;charset=utf-8');
    } catch {
      notify('ra.notification.http_error', { type: 'error' });
    } finally {
      setBusy(false);
    }
  };
  return (
    <Button
      onClick={() => void run()}
      disabled={busy}
      startIcon={busy ? <CircularProgress size={16} color="inherit" /> : <Download />}
      data-testid="ledger-export"
    >
      {translate('patron.loyalty.exportCsv')}
    </Button>
  );
}
