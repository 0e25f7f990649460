import { Chip, Stack } from '@mui/material';
import {
  CreateButton,
  Datagrid,
  FunctionField,
  List,
  TextField,
  TopToolbar,
  useLocale,
  useTranslate,
} from 'react-admin';
import { formatAmount, formatMoney } from '../common/amounts';
import { localized } from '../i18n/localized';
import { formatPercent } from '../loyalty-programme/rules';
import { RecomputeTiersButton } from './RecomputeTiersButton';
import { TierPolicyCard } from './TierPolicyCard';
import { setThresholds } from './thresholds';
import { useXpName } from './useXpName';

/** The tiers, lowest first, with what it takes to enter each; below, how tiers are measured and kept. */
export function TierList() {
  const locale = useLocale();
  const translate = useTranslate();
  const xp = useXpName();
  const number = (value: number) => formatAmount(value, 0, locale);
  return (
    <>
      <List
        pagination={false}
        perPage={1000}
        exporter={false}
        actions={
          <TopToolbar>
            <RecomputeTiersButton />
            <CreateButton data-testid="tier-create" />
          </TopToolbar>
        }
        empty={false}
      >
        <Datagrid rowClick="edit" bulkActionButtons={false} data-testid="tier-list" empty={<EmptyTiers />}>
          <FunctionField label="patron.tiers.position" sortable={false} render={(t) => number(t.position)} />
          <FunctionField
            label="patron.tiers.name"
            sortable={false}
            render={(t) => <span data-testid={`tier-${t.key}`}>{localized(t.name, locale, t.key)}</span>}
          />
          <TextField source="key" label="patron.tiers.key" sortable={false} />
          <FunctionField
            label="patron.tiers.entry"
            sortable={false}
            render={(t) => {
              const parts = setThresholds(t);
              if (parts.length === 0) return translate('patron.tiers.everyone');
              return (
                <Stack direction="row" gap={0.5} flexWrap="wrap">
                  {parts.map(({ measure, value }) => (
                    <Chip
                      key={measure}
                      size="small"
                      variant="outlined"
                      label={translate(`patron.tiers.threshold.${measure}`, {
                        value: measure === 'minPurchaseTotal' ? formatMoney(value, locale) : number(value),
                        xp,
                      })}
                    />
                  ))}
                </Stack>
              );
            }}
          />
          <FunctionField
            label="patron.tiers.members"
            sortable={false}
            textAlign="right"
            render={(t) => <span data-testid={`tier-members-${t.key}`}>{number(t.customerCount ?? 0)}</span>}
          />
          <FunctionField
            label="patron.programme.cashbackPercent"
            sortable={false}
            render={(t) => formatPercent(Number(t.rules?.cashbackPercent ?? 0), locale)}
          />
        </Datagrid>
      </List>
      <TierPolicyCard />
    </>
  );
}

function EmptyTiers() {
  const translate = useTranslate();
  return (
    <Stack sx={{ p: 2, color: 'text.secondary' }} data-testid="tiers-empty">
      {translate('patron.tiers.none')}
    </Stack>
  );
}
