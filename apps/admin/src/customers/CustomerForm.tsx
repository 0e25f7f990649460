import { Box, Typography } from '@mui/material';
import { SaveButton, SimpleForm, Toolbar, useLocale, useTranslate } from 'react-admin';
import { useAttributeRegistry } from '../attributes/useAttributeRegistry';
import { AttributeType } from '../gql/graphql';
import { localized } from '../i18n/localized';
import { AttributeInput } from './CustomerInputs';
import { GenderSuggestion } from './GenderSuggestion';

// Short inputs share rows; long text, addresses and multi-selects take a whole row.
const GRID = {
  display: 'grid',
  gridTemplateColumns: 'repeat(auto-fill, minmax(260px, 1fr))',
  columnGap: 2,
  alignItems: 'start',
  width: '100%',
};
const WIDE_TYPES: ReadonlySet<string> = new Set([
  AttributeType.LONG_TEXT,
  AttributeType.ADDRESS,
  AttributeType.MULTIPLE_CHOICE,
]);

function CustomerFormToolbar() {
  return (
    <Toolbar>
      <SaveButton data-testid="customer-save" />
    </Toolbar>
  );
}

/** Every live attribute, grouped as the card's tabs are, in registry order. */
export function CustomerForm() {
  const { definitions, groups, loading } = useAttributeRegistry();
  const locale = useLocale();
  const translate = useTranslate();
  const live = definitions.filter((d) => !d.retired);
  const shown = groups.filter((g) => live.some((d) => d.group === g.key));
  return (
    // noValidate: the browser's own checks (an email without @) speak the browser's language, not the
    // user's, and keep the request from the server, whose refusal is shown under the input translated.
    <SimpleForm toolbar={<CustomerFormToolbar />} noValidate>
      {!loading && live.length === 0 && <Typography>{translate('patron.customer.noAttributes')}</Typography>}
      {shown.map((g) => (
        <Box
          key={g.key}
          component="fieldset"
          sx={{ border: 0, p: 0, m: 0, mb: 2, width: '100%' }}
          data-group={g.key}
        >
          <Typography component="legend" variant="h6" gutterBottom>
            {localized(g.label, locale, g.key)}
          </Typography>
          <Box sx={GRID}>
            {live
              .filter((d) => d.group === g.key)
              .map((d) => (
                <Box key={d.id} sx={WIDE_TYPES.has(d.type) ? { gridColumn: '1 / -1' } : undefined}>
                  <AttributeInput definition={d} />
                  {d.key === 'gender' && d.type === AttributeType.SINGLE_CHOICE && (
                    <GenderSuggestion definition={d} />
                  )}
                </Box>
              ))}
          </Box>
        </Box>
      ))}
    </SimpleForm>
  );
}
