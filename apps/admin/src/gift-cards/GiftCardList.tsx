import { useQuery } from '@apollo/client/react';
import Block from '@mui/icons-material/Block';
import Download from '@mui/icons-material/Download';
import LockOpen from '@mui/icons-material/LockOpen';
import { Button, Chip } from '@mui/material';
import { useState } from 'react';
import {
  Datagrid,
  FunctionField,
  Link,
  List,
  SelectInput,
  TextInput,
  TopToolbar,
  useListContext,
  useLocale,
  useRefresh,
  useTranslate,
} from 'react-admin';
import { apollo } from '../apollo';
import { formatAmount } from '../common/amounts';
import { download } from '../common/download';
import { useNotifyRefusal } from '../common/useNotifyRefusal';
import { useCurrencies } from '../currencies/useCurrencies';
import type { GiftCardFieldsFragment, GiftCardStatus } from '../gql/graphql';
import { numberFormat } from '../i18n/intlFormats';
import { localeTag } from '../i18n/locales';
import { useCalendar } from '../preferences/useCalendar';
import { batchCsv } from './batchCsv';
import { GiftCardBatchCodesQuery, GiftCardBatchesQuery, SetGiftCardBlockedMutation } from './documents';
import { IssueGiftCardsDialog } from './IssueGiftCardsDialog';

/** Whole numbers in the UI language's digits. */
function useNumber() {
  const locale = useLocale();
  return (n: number) => numberFormat(localeTag(locale)).format(n);
}

const STATUSES: GiftCardStatus[] = ['ACTIVE', 'REDEEMED', 'BLOCKED', 'EXPIRED'];
const STATUS_COLOR: Record<GiftCardStatus, 'success' | 'info' | 'error' | 'default'> = {
  ACTIVE: 'success',
  REDEEMED: 'info',
  BLOCKED: 'error',
  EXPIRED: 'default',
};

function useBatchChoices() {
  const translate = useTranslate();
  const number = useNumber();
  const { data } = useQuery(GiftCardBatchesQuery, { fetchPolicy: 'cache-and-network' });
  return (data?.giftCardBatches ?? []).map((b) => ({
    id: b.id,
    name: translate('patron.giftCards.batchChoice', {
      number: number(b.number),
      note: b.note || '—',
      smart_count: b.cardCount,
      count: number(b.cardCount),
    }),
  }));
}

/** The printer's file of the batch the list is filtered on. */
function DownloadBatchButton() {
  const translate = useTranslate();
  const refused = useNotifyRefusal();
  const { filterValues } = useListContext();
  const batchId = typeof filterValues.batchId === 'string' ? filterValues.batchId : '';
  if (!batchId) return null;
  const save = async () => {
    try {
      const { data } = await apollo.query({
        query: GiftCardBatchCodesQuery,
        variables: { id: batchId },
        fetchPolicy: 'network-only',
      });
      if (!data?.giftCardBatch) throw new Error('ra.notification.item_doesnt_exist');
      const file = batchCsv(data.giftCardBatch);
      download(file.fileName, file.content, 'text/csv;charset=utf-8');
    } catch (error) {
      refused(error);
    }
  };
  return (
    <Button startIcon={<Download />} onClick={() => void save()} data-testid="gift-card-batch-csv">
      {translate('patron.giftCards.downloadBatch')}
    </Button>
  );
}

function Actions() {
  const translate = useTranslate();
  const { setFilters, filterValues } = useListContext();
  const [issuing, setIssuing] = useState(false);
  return (
    <TopToolbar>
      <DownloadBatchButton />
      <Button variant="contained" onClick={() => setIssuing(true)} data-testid="gift-card-issue">
        {translate('patron.giftCards.issue')}
      </Button>
      <IssueGiftCardsDialog
        open={issuing}
        onClose={() => setIssuing(false)}
        onIssued={(batch) => setFilters({ ...filterValues, batchId: batch.id, status: undefined }, {})}
      />
    </TopToolbar>
  );
}

function BlockButton({ card }: { card: GiftCardFieldsFragment }) {
  const translate = useTranslate();
  const refresh = useRefresh();
  const refused = useNotifyRefusal();
  if (card.status === 'REDEEMED') return null;
  const toggle = async () => {
    try {
      await apollo.mutate({
        mutation: SetGiftCardBlockedMutation,
        variables: { id: card.id, blocked: !card.blocked },
      });
      refresh();
    } catch (error) {
      refused(error);
    }
  };
  return (
    <Button
      size="small"
      color={card.blocked ? 'primary' : 'error'}
      startIcon={card.blocked ? <LockOpen /> : <Block />}
      onClick={() => void toggle()}
      data-testid={`gift-card-${card.blocked ? 'unblock' : 'block'}-${card.code}`}
    >
      {translate(card.blocked ? 'patron.giftCards.unblock' : 'patron.giftCards.block')}
    </Button>
  );
}

/** Every gift card of the workspace, newest batch first; filters by status, batch and part of a code. */
export function GiftCardList() {
  const translate = useTranslate();
  const locale = useLocale();
  const { formatShort } = useCalendar();
  const { byKey, name } = useCurrencies();
  const batches = useBatchChoices();
  const number = useNumber();
  const filters = [
    <TextInput
      key="code"
      source="code"
      label="patron.giftCards.code"
      alwaysOn
      resettable
      data-testid="gift-card-search"
    />,
    <SelectInput
      key="status"
      source="status"
      label="patron.giftCards.status"
      alwaysOn
      choices={STATUSES.map((s) => ({ id: s, name: translate(`patron.giftCards.statuses.${s}`) }))}
    />,
    <SelectInput key="batchId" source="batchId" label="patron.giftCards.batch" alwaysOn choices={batches} />,
  ];
  return (
    <List
      filters={filters}
      exporter={false}
      actions={<Actions />}
      perPage={25}
      empty={false}
      sort={undefined}
    >
      <Datagrid rowClick={false} bulkActionButtons={false} data-testid="gift-card-list">
        <FunctionField
          label="patron.giftCards.code"
          sortable={false}
          render={(c: GiftCardFieldsFragment) => (
            <bdi
              dir="ltr"
              style={{ fontFamily: 'monospace', whiteSpace: 'nowrap' }}
              data-testid="gift-card-code"
            >
              {c.code}
            </bdi>
          )}
        />
        <FunctionField
          label="patron.giftCards.status"
          sortable={false}
          render={(c: GiftCardFieldsFragment) => (
            <Chip
              size="small"
              color={STATUS_COLOR[c.status]}
              variant={c.status === 'ACTIVE' ? 'filled' : 'outlined'}
              label={translate(`patron.giftCards.statuses.${c.status}`)}
              data-testid={`gift-card-status-${c.code}`}
            />
          )}
        />
        <FunctionField
          label="patron.giftCards.value"
          sortable={false}
          render={(c: GiftCardFieldsFragment) =>
            `${formatAmount(c.value, byKey.get(c.currency)?.decimals ?? 0, locale)} ${name(c.currency)}`
          }
        />
        <FunctionField
          label="patron.giftCards.redeemBy"
          sortable={false}
          render={(c: GiftCardFieldsFragment) => (c.redeemBy ? formatShort(c.redeemBy) : '—')}
        />
        <FunctionField
          label="patron.giftCards.batch"
          sortable={false}
          render={(c: GiftCardFieldsFragment) => (
            <span dir="auto">
              {[translate('patron.giftCards.batchNumber', { number: number(c.batchNumber) }), c.note]
                .filter(Boolean)
                .join(translate('patron.separator'))}
            </span>
          )}
        />
        <FunctionField
          label="patron.giftCards.redeemedAt"
          sortable={false}
          render={(c: GiftCardFieldsFragment) =>
            c.redeemedAt ? (
              <>
                {[formatShort(c.redeemedAt, true), c.redeemedByName]
                  .filter(Boolean)
                  .join(translate('patron.separator'))}
                {c.redeemedCustomerId && (
                  <>
                    {translate('patron.separator')}
                    <Link
                      to={`/customers/${c.redeemedCustomerId}/show/loyalty`}
                      data-testid={`gift-card-customer-${c.code}`}
                    >
                      {translate('patron.giftCards.redeemedCustomer')}
                    </Link>
                  </>
                )}
              </>
            ) : (
              '—'
            )
          }
        />
        <FunctionField label={false} render={(c: GiftCardFieldsFragment) => <BlockButton card={c} />} />
      </Datagrid>
    </List>
  );
}
