import { Typography } from '@mui/material';
import { useLocale, useRecordContext, useTranslate } from 'react-admin';
import { formatAttributeValue, type ValueDefinition } from '../../customers/formatAttributeValue';
import { StatusChip } from '../../customers/StatusChip';
import type { AttributeType } from '../../gql/graphql';
import { useCalendar } from '../../preferences/useCalendar';
import { TagChip } from '../../tags/TagChip';
import type { CustomerField } from '../fields/useCustomerFields';
import { TagsCell } from './TagsCell';

interface Props {
  field: CustomerField;
  /** The column's chosen width; without one a value is cut at DEFAULT_CELL_WIDTH (whole on hover). */
  width?: number | null;
  // Read by react-admin's Datagrid for the header, the column class and sorting.
  source: string;
  label?: string;
  sortable?: boolean;
}

/** Fields that are not attributes are formatted as the attribute type of their kind would be. */
const TYPE_OF_KIND: Record<string, AttributeType> = {
  TEXT: 'TEXT',
  NUMBER: 'NUMBER',
  DATE: 'DATE',
  DATETIME: 'DATETIME',
  BOOLEAN: 'BOOLEAN',
  CHOICE: 'SINGLE_CHOICE',
  MULTI: 'MULTIPLE_CHOICE',
};

/** How wide a value may grow before it is cut with "…": keeps the default columns within 1366 px. */
export const DEFAULT_CELL_WIDTH = 130;

/** One cell of the customer table: tags as coloured chips, status as a chip, the rest formatted by type. */
export function CustomerCell({ field, width }: Props) {
  const record = useRecordContext();
  const locale = useLocale();
  const translate = useTranslate();
  const { formatShort } = useCalendar();
  if (!record) return null;
  if (field.key === 'tags') {
    const tags = (record.tags ?? []) as { id: string; name: string; color: string }[];
    return <TagsCell tags={tags} />;
  }
  if (field.key === 'status') return <StatusChip status={record.status} />;
  if (field.key === 'category') {
    const category = record.category as { name: string; color: string } | null | undefined;
    return category ? (
      <TagChip name={category.name} color={category.color} data-testid="category-chip" />
    ) : null;
  }
  if (field.key === 'createdAt' || field.key === 'updatedAt') {
    return (
      <Typography variant="body2" component="span" sx={{ whiteSpace: 'nowrap' }}>
        {formatShort(String(record[field.key]))}
      </Typography>
    );
  }
  const definition: ValueDefinition = {
    key: field.key,
    type: field.attributeType ?? TYPE_OF_KIND[field.kind] ?? 'TEXT',
    choices: field.choices,
    decimals: field.decimals,
  };
  const text = formatAttributeValue(definition, record[field.key], {
    locale,
    formatDate: formatShort,
    translate,
  });
  return (
    <Typography
      variant="body2"
      component="span"
      dir="auto"
      data-attribute={field.key}
      title={text}
      sx={{
        display: 'block',
        maxWidth: width ?? DEFAULT_CELL_WIDTH,
        overflow: 'hidden',
        textOverflow: 'ellipsis',
        whiteSpace: 'nowrap',
      }}
    >
      {text}
    </Typography>
  );
}
