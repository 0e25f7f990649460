import { Button } from '@mui/material';
import { genderFromPatronymic } from '@patron/filter';
import { useLocale, useTranslate } from 'react-admin';
import { useFormContext, useWatch } from 'react-hook-form';
import type { AttributeDefinition } from '../attributes/useAttributeRegistry';
import { localized } from '../i18n/localized';

/**
 * Under an empty gender: the gender a Russian patronymic implies (Иванович → male), one click to
 * take it. Only a suggestion: nothing is set until the user clicks.
 */
export function GenderSuggestion({ definition }: { definition: AttributeDefinition }) {
  const translate = useTranslate();
  const locale = useLocale();
  const { setValue } = useFormContext();
  const [patronymic, gender] = useWatch({ name: ['middleName', definition.key] }) as [unknown, unknown];
  const suggested = gender ? null : genderFromPatronymic(patronymic);
  const choice = definition.choices.find((c) => c.value === suggested);
  if (!choice) return null;
  return (
    <Button
      size="small"
      sx={{ mt: -1, mb: 1 }}
      onClick={() => setValue(definition.key, choice.value, { shouldDirty: true })}
      data-testid="gender-suggestion"
    >
      {translate('patron.customer.genderSuggestion', {
        gender: localized(choice.label, locale, choice.value),
      })}
    </Button>
  );
}
