import { Typography } from '@mui/material';
import { useLocale, useRecordContext, useTranslate } from 'react-admin';
import type { AttributeDefinition } from '../api/registry';
import { useCalendar } from '../preferences/useCalendar';
import { formatAttributeValue } from './attribute-value';

/** Shows one attribute of the current customer; `label` is read by react-admin's layouts. */
export function AttributeField({
  definition,
}: {
  definition: AttributeDefinition;
  source: string;
  label?: string;
  sortable?: boolean;
}) {
  const record = useRecordContext();
  const locale = useLocale();
  const translate = useTranslate();
  const { format } = useCalendar();
  return (
    <Typography variant="body2" component="span" dir="auto">
      {formatAttributeValue(definition, record?.[definition.key], { locale, formatDate: format, translate })}
    </Typography>
  );
}
