import { MenuItem, type SelectProps, Stack, TextField } from '@mui/material';
import { useState } from 'react';
import { Form, useLocale, useTranslate } from 'react-admin';
import { useAttributeRegistry } from '../attributes/useAttributeRegistry';
import { AttributeInput } from '../customers/CustomerInputs';
import { blankToNull } from '../customers/customerRecord';
import { localized } from '../i18n/localized';

/**
 * Pick an attribute, then give its new value with the same input the customer form uses (dates in
 * the user's calendar, choices, phones…). An empty value clears it. Submitted by the dialog's button.
 */
export function BulkFieldsForm({
  formId,
  onSubmit,
}: {
  formId: string;
  onSubmit(attributes: Record<string, unknown>): void;
}) {
  const translate = useTranslate();
  const locale = useLocale();
  // Unique attributes cannot hold one value for many customers.
  const editable = useAttributeRegistry().definitions.filter((d) => !d.retired && !d.unique);
  const [key, setKey] = useState('');
  const definition = editable.find((d) => d.key === key);
  return (
    <Stack gap={1}>
      <TextField
        select
        size="small"
        label={translate('patron.bulk.attribute')}
        value={key}
        onChange={(e) => setKey(e.target.value)}
        slotProps={{ select: { 'data-testid': 'bulk-field' } as Partial<SelectProps> }}
      >
        {editable.map((d) => (
          <MenuItem key={d.key} value={d.key} data-testid={`bulk-field-option-${d.key}`}>
            {localized(d.label, locale, d.key)}
          </MenuItem>
        ))}
      </TextField>
      {definition && (
        <Form
          key={definition.key}
          id={formId}
          record={{}}
          noValidate
          onSubmit={(data: Record<string, unknown>) =>
            onSubmit({ [definition.key]: blankToNull(data[definition.key]) })
          }
        >
          <AttributeInput definition={{ ...definition, required: false }} />
        </Form>
      )}
    </Stack>
  );
}
