import AddCircleOutline from '@mui/icons-material/AddCircleOutline';
import { Box, Stack, Typography } from '@mui/material';
import type { ReactNode } from 'react';
import {
  ArrayInput,
  Button,
  SelectInput,
  SimpleFormIterator,
  TextInput,
  useLocale,
  useSimpleFormIterator,
  useTranslate,
} from 'react-admin';
import { NumberInput } from '../common/NumberInput';
import { useCurrencies } from '../currencies/useCurrencies';
import { localized } from '../i18n/localized';
import { AMOUNT_LISTS, weekdayName, weekdayOrder } from './rules';

function Section({ title, help, children }: { title: string; help?: string; children: ReactNode }) {
  const translate = useTranslate();
  return (
    <Box sx={{ mt: 2 }} data-testid={`rules-section-${title.split('.').pop()}`}>
      <Typography variant="subtitle1" fontWeight={600}>
        {translate(title)}
      </Typography>
      {help && (
        <Typography variant="body2" color="text.secondary" sx={{ mb: 1 }}>
          {translate(help)}
        </Typography>
      )}
      {children}
    </Box>
  );
}

/** A list of rows (points per amount, product points…): each row inline, added and removed by the user. */
function Rows({ source, children }: { source: string; children: ReactNode }) {
  const name = source.split('.').pop() ?? source;
  return (
    <ArrayInput source={source} label={false} helperText={false}>
      <SimpleFormIterator
        inline
        fullWidth={false}
        disableReordering
        disableClear
        addButton={<AddRowButton testId={`rules-add-${name}`} />}
        sx={{
          '& .RaSimpleFormIterator-line': { borderBottom: 'none' },
          // Removing a row is always offered, not only under the pointer.
          // …and next to its row, not at the far end of the line.
          '& .RaSimpleFormIterator-action': { visibility: 'visible', alignSelf: 'center' },
        }}
      >
        {children}
      </SimpleFormIterator>
    </ArrayInput>
  );
}

const NUMBER_WIDTH = { width: 150 };
const SELECT_WIDTH = { width: 200 };

/** "Add a row" under a list, in words (the icon alone says little). */
function AddRowButton({ testId }: { testId: string }) {
  const { add } = useSimpleFormIterator();
  return (
    <Button label="patron.programme.addRow" onClick={() => add()} data-testid={testId} size="small">
      <AddCircleOutline />
    </Button>
  );
}

/**
 * The earning and spending rules under `source` (the programme's, or a tier's): every input is named
 * by its path in the server's EarningRules, so a refusal at ['input','rules','pointsPerAmount',0,'per']
 * lands under that very input.
 */
export function RulesEditor({ source = 'rules' }: { source?: string }) {
  const locale = useLocale();
  const { currencies } = useCurrencies();
  const currencyChoices = currencies.map((c) => ({ id: c.key, name: localized(c.name, locale, c.key) }));
  const weekdays = weekdayOrder(locale).map((d) => ({ id: d, name: weekdayName(d, locale) }));
  const at = (name: string) => `${source}.${name}`;
  const currency = (name = 'currency') => (
    <SelectInput
      source={name}
      label="patron.programme.currency"
      choices={currencyChoices}
      helperText={false}
      sx={SELECT_WIDTH}
      fullWidth={false}
    />
  );

  return (
    <Box data-testid="rules-editor" sx={{ width: '100%', maxWidth: 960 }}>
      <Section title="patron.programme.sections.cashback" help="patron.programme.help.cashback">
        <Stack direction="row" columnGap={2} flexWrap="wrap">
          <NumberInput
            source={at('cashbackPercent')}
            label="patron.programme.cashbackPercent"
            min={0}
            max={100}
            sx={NUMBER_WIDTH}
            helperText={false}
          />
          <SelectInput
            source={at('cashbackCurrency')}
            label="patron.programme.cashbackCurrency"
            choices={currencyChoices}
            helperText={false}
            sx={SELECT_WIDTH}
            fullWidth={false}
          />
          <NumberInput
            source={at('referralPercent')}
            label="patron.programme.referralPercent"
            min={0}
            max={100}
            sx={{ width: 300 }}
            helperText="patron.programme.help.referralPercent"
          />
        </Stack>
      </Section>

      <Section title="patron.programme.sections.pointsPerAmount" help="patron.programme.help.pointsPerAmount">
        <Rows source={at('pointsPerAmount')}>
          {currency()}
          <NumberInput
            source="points"
            label="patron.programme.points"
            min={0}
            sx={NUMBER_WIDTH}
            helperText={false}
          />
          <NumberInput
            source="per"
            label="patron.programme.per"
            min={0}
            sx={NUMBER_WIDTH}
            helperText={false}
          />
        </Rows>
      </Section>

      <Section title="patron.programme.sections.productPoints" help="patron.programme.help.productPoints">
        <Rows source={at('productPoints')}>
          <TextInput
            source="sku"
            label="patron.programme.sku"
            helperText={false}
            slotProps={{ htmlInput: { dir: 'ltr' } }}
            sx={{ width: 180 }}
          />
          {currency()}
          <NumberInput
            source="points"
            label="patron.programme.points"
            min={0}
            sx={NUMBER_WIDTH}
            helperText={false}
          />
        </Rows>
      </Section>

      <Section
        title="patron.programme.sections.weekdayMultipliers"
        help="patron.programme.help.weekdayMultipliers"
      >
        <Rows source={at('weekdayMultipliers')}>
          <SelectInput
            source="weekday"
            label="patron.programme.weekday"
            choices={weekdays}
            helperText={false}
            sx={SELECT_WIDTH}
            fullWidth={false}
          />
          <NumberInput
            source="multiplier"
            label="patron.programme.multiplier"
            min={0}
            max={100}
            step={0.1}
            sx={NUMBER_WIDTH}
            helperText={false}
          />
        </Rows>
      </Section>

      {AMOUNT_LISTS.map((list) => (
        <Section
          key={list}
          title={`patron.programme.sections.${list}`}
          help={`patron.programme.help.${list}`}
        >
          <Rows source={at(list)}>
            {currency()}
            <NumberInput
              source="amount"
              label="patron.programme.amount"
              min={0}
              sx={NUMBER_WIDTH}
              helperText={false}
            />
          </Rows>
        </Section>
      ))}

      <Section title="patron.programme.sections.caps" help="patron.programme.help.caps">
        <Stack direction="row" columnGap={2} flexWrap="wrap">
          <NumberInput
            source={at('maxSpendPercentPerInvoice')}
            label="patron.programme.maxSpendPercentPerInvoice"
            min={0}
            max={100}
            sx={{ width: 360 }}
            helperText="patron.programme.help.noCap"
          />
          <NumberInput
            source={at('maxSpendPerDay')}
            label="patron.programme.maxSpendPerDay"
            min={0}
            sx={{ width: 360 }}
            helperText="patron.programme.help.noCap"
          />
        </Stack>
      </Section>
    </Box>
  );
}
