import { Box, Typography } from '@mui/material';
import { SimpleForm, useLocale } from 'react-admin';
import { localized, useAttributeRegistry } from '../api/registry';
import { AttributeInput } from './AttributeInput';

/** Every live attribute, grouped as the card's tabs are; generated from the registry. */
export function CustomerForm() {
  const { definitions, groups } = useAttributeRegistry();
  const locale = useLocale();
  const live = definitions.filter((d) => !d.retired);
  return (
    <SimpleForm>
      {groups
        .filter((g) => live.some((d) => d.group === g.key))
        .map((g) => (
          <Box key={g.key} sx={{ width: '100%', mb: 2 }} data-testid={`form-group-${g.key}`}>
            <Typography variant="h6" gutterBottom>
              {localized(g.label, locale, g.key)}
            </Typography>
            <Box sx={{ display: 'flex', flexWrap: 'wrap', columnGap: 2 }}>
              {live
                .filter((d) => d.group === g.key)
                .map((d) => (
                  <AttributeInput key={d.id} definition={d} />
                ))}
            </Box>
          </Box>
        ))}
    </SimpleForm>
  );
}
