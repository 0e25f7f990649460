import { Typography } from '@mui/material';
import { useLocale, useRecordContext, useTranslate } from 'react-admin';
import type { AttributeDefinition } from '../attributes/useAttributeRegistry';
import { useCalendar } from '../preferences/useCalendar';
import { formatAttributeValue } from './formatAttributeValue';

interface Props {
  definition: AttributeDefinition;
  // Read by react-admin's Datagrid and Labeled for headers and sorting.
  source?: string;
  label?: string;
  sortable?: boolean;
  sortBy?: string;
}

/** One attribute of the current customer, formatted for its type. */
export function AttributeValueField({ definition }: Props) {
  const record = useRecordContext();
  const locale = useLocale();
  const translate = useTranslate();
  const { format } = useCalendar();
  return (
    <Typography variant="body2" component="span" dir="auto" data-attribute={definition.key}>
      {formatAttributeValue(definition, record?.[definition.key], { locale, formatDate: format, translate })}
    </Typography>
  );
}
