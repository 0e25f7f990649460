import { useQuery } from '@apollo/client/react';
import { Alert } from '@mui/material';
import { useEffect } from 'react';
import { SelectInput, useLocale, useRecordContext, useTranslate } from 'react-admin';
import { useFormContext, useWatch } from 'react-hook-form';
import { localized } from '../i18n/localized';
import { StoredValuesCheck } from './StoredValuesCheck';
import { AttributeFormatsQuery } from './screenDocuments';

export type AttributeFormat = NonNullable<ReturnType<typeof useAttributeFormats>>[number];

/** The formats enabled modules provide (a plugin's national ID numbers…), asked once per screen. */
export function useAttributeFormats() {
  return useQuery(AttributeFormatsQuery).data?.attributeFormats;
}

/**
 * The formats offered for the chosen type, with the attribute's own format kept even when no enabled
 * module provides it any more (saving leaves it as it is; the alert says its values are checked as
 * the type alone). A format another type's would be refused: choosing that type clears it.
 */
export function FormatInput() {
  const translate = useTranslate();
  const locale = useLocale();
  const record = useRecordContext<{
    id?: string;
    format?: string | null;
    formatMissing?: boolean;
    type?: string;
  }>();
  const formats = useAttributeFormats();
  const type = useWatch({ name: 'type' }) as string | undefined;
  const format = useWatch({ name: 'format' }) as string | null | undefined;
  const { setValue } = useFormContext();
  const offered = (formats ?? []).filter((f) => f.base === type);
  const missing = record?.formatMissing && record.format && record.type === type ? record.format : null;

  useEffect(() => {
    if (!formats || !format || format === missing) return;
    if (!offered.some((f) => f.key === format)) setValue('format', null, { shouldDirty: true });
  }, [formats, format, missing, offered, setValue]);

  if (offered.length === 0 && !missing) return null;
  const choices = [
    ...offered.map((f) => ({ id: f.key, name: localized(f.label, locale, f.key) })),
    ...(missing
      ? [{ id: missing, name: `${missing} (${translate('patron.attributes.formatMissingShort')})` }]
      : []),
  ];
  return (
    <>
      <SelectInput
        source="format"
        label="patron.attributes.format"
        choices={choices}
        emptyText={translate('patron.attributes.formatNone')}
        helperText="patron.attributes.formatHelp"
        sx={{ minWidth: 260 }}
      />
      {record?.id && format && format !== missing && offered.some((f) => f.key === format) && (
        <StoredValuesCheck id={record.id} format={format} changed={format !== (record.format ?? null)} />
      )}
      {missing && format === missing && (
        // A whole row of the form's first section, under the inputs.
        <Alert severity="warning" sx={{ width: '100%', mb: 1 }} data-testid="attribute-format-missing">
          {translate('patron.attributes.formatMissing', {
            format: missing,
            type: translate(`patron.attributes.types.${type}`),
          })}
        </Alert>
      )}
    </>
  );
}
