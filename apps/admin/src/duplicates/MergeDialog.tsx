import { useQuery } from '@apollo/client/react';
import {
  Alert,
  Button,
  Dialog,
  DialogActions,
  DialogContent,
  DialogTitle,
  List,
  ListItem,
  Radio,
  Table,
  TableBody,
  TableCell,
  TableHead,
  TableRow,
  Typography,
} from '@mui/material';
import { useState } from 'react';
import { useLocale, useNotify, useTranslate } from 'react-admin';
import { apollo } from '../apollo';
import { formatAmount } from '../common/amounts';
import { useNotifyRefusal } from '../common/useNotifyRefusal';
import { useCurrencies } from '../currencies/useCurrencies';
import { numberFormat } from '../i18n/intlFormats';
import { localeTag } from '../i18n/locales';
import { useCalendar } from '../preferences/useCalendar';
import { MergeCustomersMutation, MergePreviewQuery } from './documents';

/** What the dialog compares: the fields a person recognises a profile by. */
export interface MergeCandidate {
  id: string;
  displayName: string;
  mobile?: string | null;
  email?: string | null;
  attributes: unknown;
  createdAt: string;
}

interface Props {
  open: boolean;
  customers: MergeCandidate[];
  /** The profile to keep as main at first (the card's own); otherwise the oldest. */
  initialMainId?: string;
  onClose(): void;
  onDone(result: { mainCustomerId: string; mergedCustomerId: string }): void;
}

const oldest = (cs: MergeCandidate[]) =>
  [...cs].sort((a, b) => a.createdAt.localeCompare(b.createdAt))[0]?.id ?? '';

/**
 * Compare and merge: the profiles side by side, which one stays main and which one is merged into
 * it, and what would move (asked of the server) before anything does.
 */
export function MergeDialog({ open, customers, initialMainId, onClose, onDone }: Props) {
  const translate = useTranslate();
  const notify = useNotify();
  const refused = useNotifyRefusal();
  const { format } = useCalendar();
  const locale = useLocale();
  const { name, byKey } = useCurrencies();
  const [mainId, setMainId] = useState(initialMainId ?? oldest(customers));
  const [pickedMerged, setMergedId] = useState('');
  const others = customers.filter((c) => c.id !== mainId);
  const mergedId = others.some((c) => c.id === pickedMerged) ? pickedMerged : (others[0]?.id ?? '');
  const [busy, setBusy] = useState(false);
  const { data, error } = useQuery(MergePreviewQuery, {
    variables: { mainCustomerId: mainId, mergedCustomerId: mergedId },
    skip: !open || !mainId || !mergedId,
    fetchPolicy: 'network-only',
  });
  const preview = data?.mergePreview;
  const moved = preview
    ? [
        ...(['purchases', 'history', 'tags', 'groups', 'referrals', 'children'] as const)
          .filter((k) => preview[k] > 0)
          .map((k) =>
            translate(`patron.duplicates.moved.${k}`, {
              count: numberFormat(localeTag(locale)).format(preview[k]),
            }),
          ),
        ...preview.balances.map((b) =>
          translate('patron.duplicates.moved.balance', {
            currency: name(b.currency),
            amount: formatAmount(Number(b.amount), byKey.get(b.currency)?.decimals ?? 2, locale),
          }),
        ),
      ]
    : [];
  const birthDate = (c: MergeCandidate) => {
    const value = (c.attributes as Record<string, unknown> | null)?.birthDate;
    return typeof value === 'string' ? format(value) : '—';
  };
  const rows: [string, (c: MergeCandidate) => string][] = [
    ['patron.duplicates.mobile', (c) => c.mobile ?? '—'],
    ['patron.duplicates.email', (c) => c.email ?? '—'],
    ['patron.duplicates.birthDate', birthDate],
    ['patron.duplicates.created', (c) => format(c.createdAt, true)],
  ];

  const merge = async () => {
    setBusy(true);
    try {
      await apollo.mutate({
        mutation: MergeCustomersMutation,
        variables: { mainCustomerId: mainId, mergedCustomerId: mergedId },
      });
      notify('patron.duplicates.merged', { type: 'success' });
      onDone({ mainCustomerId: mainId, mergedCustomerId: mergedId });
      onClose();
    } catch (e) {
      refused(e);
    } finally {
      setBusy(false);
    }
  };

  return (
    <Dialog open={open} onClose={onClose} maxWidth="md" fullWidth data-testid="merge-dialog">
      <DialogTitle>{translate('patron.duplicates.dialogTitle')}</DialogTitle>
      <DialogContent>
        <Table size="small">
          <TableHead>
            <TableRow>
              <TableCell />
              {customers.map((c) => (
                <TableCell key={c.id} data-testid="merge-column">
                  <bdi>{c.displayName}</bdi>
                </TableCell>
              ))}
            </TableRow>
          </TableHead>
          <TableBody>
            {rows.map(([label, value]) => (
              <TableRow key={label}>
                <TableCell component="th">{translate(label)}</TableCell>
                {customers.map((c) => (
                  <TableCell key={c.id}>
                    {/* A phone alone has no strong letter: ltr keeps its + in front in Persian. */}
                    <bdi dir={label === 'patron.duplicates.mobile' ? 'ltr' : undefined}>{value(c)}</bdi>
                  </TableCell>
                ))}
              </TableRow>
            ))}
            <TableRow>
              <TableCell component="th">{translate('patron.duplicates.chooseMain')}</TableCell>
              {customers.map((c) => (
                <TableCell key={c.id}>
                  <Radio
                    checked={c.id === mainId}
                    onChange={() => setMainId(c.id)}
                    slotProps={{
                      input: { 'aria-label': c.displayName, 'data-testid': `main-${c.id}` } as object,
                    }}
                  />
                </TableCell>
              ))}
            </TableRow>
            <TableRow>
              <TableCell component="th">{translate('patron.duplicates.mergedAway')}</TableCell>
              {customers.map((c) => (
                <TableCell key={c.id}>
                  <Radio
                    checked={c.id === mergedId}
                    disabled={c.id === mainId}
                    onChange={() => setMergedId(c.id)}
                    slotProps={{
                      input: { 'aria-label': c.displayName, 'data-testid': `merged-${c.id}` } as object,
                    }}
                  />
                </TableCell>
              ))}
            </TableRow>
          </TableBody>
        </Table>
        <Typography variant="subtitle2" sx={{ mt: 2 }}>
          {translate('patron.duplicates.moves')}
        </Typography>
        {error && <Alert severity="error">{error.message}</Alert>}
        <List dense data-testid="merge-moves">
          {preview && moved.length === 0 && (
            <ListItem>{translate('patron.duplicates.movesNothing')}</ListItem>
          )}
          {moved.map((line) => (
            <ListItem key={line}>
              <bdi>{line}</bdi>
            </ListItem>
          ))}
        </List>
        <Alert severity="info">{translate('patron.duplicates.undoHint')}</Alert>
      </DialogContent>
      <DialogActions>
        <Button onClick={onClose}>{translate('patron.duplicates.cancel')}</Button>
        <Button variant="contained" onClick={merge} disabled={busy || !preview} data-testid="merge-submit">
          {translate('patron.duplicates.merge')}
        </Button>
      </DialogActions>
    </Dialog>
  );
}
