import {
  Box,
  Chip,
  Link,
  Stack,
  Table,
  TableBody,
  TableCell,
  TableContainer,
  TableHead,
  TableRow,
  Typography,
} from '@mui/material';
import { useCreatePath, useLocale, useTranslate } from 'react-admin';
import { Link as RouterLink } from 'react-router-dom';
import type { CustomerCardTabQuery } from '../gql/graphql';
import { localized } from '../i18n/localized';
import { useCalendar } from '../preferences/useCalendar';
import { type CardTabValue, cardTabValueText } from './cardTabValue';

type Content = CustomerCardTabQuery['customerCardTab'];
type Section = Content['sections'][number];

const TONE_COLOUR = { GOOD: 'success', WARNING: 'warning', BAD: 'error', NEUTRAL: 'default' } as const;
/** Columns of figures keep to the end side, as numbers are read (the left in Persian). */
const AT_END = new Set(['NUMBER', 'MONEY']);

/** One value: a link, a status chip or text, isolated so an address or a Latin name keeps its order in Persian. */
function Value({ value }: { value: CardTabValue | null }) {
  const translate = useTranslate();
  const locale = useLocale();
  const { format } = useCalendar();
  const createPath = useCreatePath();
  if (!value) return <span data-kind="none">{translate('patron.empty')}</span>;
  const text = cardTabValueText(value, { locale, formatDate: format });
  if (value.kind === 'LINK' && value.customerId)
    return (
      <Link
        component={RouterLink}
        to={createPath({ resource: 'customers', id: value.customerId, type: 'show' })}
        data-kind="customer"
      >
        <bdi>{text}</bdi>
      </Link>
    );
  if (value.kind === 'LINK' && value.url)
    // The server let only http(s) addresses through; another site opens apart from the admin.
    return (
      <Link href={value.url} target="_blank" rel="noopener noreferrer" data-kind="link">
        <bdi>{text}</bdi>
      </Link>
    );
  if (value.kind === 'STATUS')
    return (
      <Chip
        size="small"
        color={TONE_COLOUR[value.tone ?? 'NEUTRAL']}
        label={<bdi>{text}</bdi>}
        data-kind="status"
        data-tone={value.tone}
      />
    );
  return <bdi data-kind={value.kind.toLowerCase()}>{text}</bdi>;
}

function Fields({ fields }: { fields: NonNullable<Section['fields']> }) {
  const locale = useLocale();
  return (
    <Box
      component="dl"
      sx={{
        display: 'grid',
        gridTemplateColumns: 'minmax(8rem, max-content) 1fr',
        columnGap: 3,
        rowGap: 1.25,
        m: 0,
      }}
    >
      {fields.map((f, i) => (
        // Fields have no key of their own: a module may repeat a label.
        // biome-ignore lint/suspicious/noArrayIndexKey: the module's order is the identity
        <Box key={i} sx={{ display: 'contents' }} data-testid="card-tab-field">
          <Typography component="dt" variant="body2" color="text.secondary">
            {localized(f.label, locale, '')}
          </Typography>
          <Typography component="dd" variant="body2" sx={{ m: 0 }}>
            <Value value={f.value ?? null} />
          </Typography>
        </Box>
      ))}
    </Box>
  );
}

function DataTable({ table }: { table: NonNullable<Section['table']> }) {
  const locale = useLocale();
  const translate = useTranslate();
  if (!table.rows.length)
    return (
      <Typography variant="body2" color="text.secondary" data-testid="card-tab-no-rows">
        {table.empty ? localized(table.empty, locale, '') : translate('patron.cardTabs.noRows')}
      </Typography>
    );
  return (
    <TableContainer>
      <Table size="small" data-testid="card-tab-table">
        <TableHead>
          <TableRow>
            {table.columns.map((c, i) => (
              // biome-ignore lint/suspicious/noArrayIndexKey: columns are positions
              <TableCell key={i} align={AT_END.has(c.kind) ? 'right' : 'left'}>
                {localized(c.label, locale, '')}
              </TableCell>
            ))}
          </TableRow>
        </TableHead>
        <TableBody>
          {table.rows.map((row, r) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: rows are positions
            <TableRow key={r}>
              {row.cells.map((cell, i) => (
                <TableCell
                  // biome-ignore lint/suspicious/noArrayIndexKey: cells are positions
                  key={i}
                  align={AT_END.has(table.columns[i]?.kind ?? '') ? 'right' : 'left'}
                >
                  <Value value={cell ?? null} />
                </TableCell>
              ))}
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </TableContainer>
  );
}

/**
 * A module's tab drawn with the admin's own components: its labels in the staff member's language,
 * its numbers in their digits and its dates in their calendar. Nothing of the module's runs here.
 */
export function CardTabContentView({ content }: { content: Content }) {
  const locale = useLocale();
  const translate = useTranslate();
  if (!content.sections.length)
    return (
      <Typography color="text.secondary" data-testid="card-tab-empty">
        {content.empty ? localized(content.empty, locale, '') : translate('patron.cardTabs.nothing')}
      </Typography>
    );
  return (
    <Stack spacing={3} sx={{ maxWidth: 960, width: '100%' }} data-testid="card-tab-content">
      {content.sections.map((s, i) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: sections are positions
        <Box key={i} component="section" data-testid="card-tab-section">
          {s.title && (
            <Typography variant="subtitle1" component="h3" fontWeight={600} gutterBottom>
              {localized(s.title, locale, '')}
            </Typography>
          )}
          {s.fields && <Fields fields={s.fields} />}
          {s.table && <DataTable table={s.table} />}
        </Box>
      ))}
    </Stack>
  );
}
