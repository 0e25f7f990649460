import { Box, Typography } from '@mui/material';
import { useLocale, useTranslate } from 'react-admin';
import { formatAmount } from '../common/amounts';
import { type ImportCounts as Counts, countNamesOf, type ImportKind } from './importModel';

/** Rows in the file, and how many are (or will be) new, updated, attached, skipped and invalid. */
export function ImportCounts({ counts, kind }: { counts: Counts; kind: ImportKind }) {
  const translate = useTranslate();
  const locale = useLocale();
  return (
    <Box sx={{ display: 'flex', flexWrap: 'wrap', gap: 1.5 }} data-testid="import-counts">
      {countNamesOf(kind).map((name) => (
        <Box
          key={name}
          data-testid={`import-count-${name}`}
          data-count={counts[name]}
          sx={{
            minWidth: 96,
            px: 1.5,
            py: 1,
            borderRadius: 1,
            border: 1,
            borderColor: name === 'invalid' && counts.invalid > 0 ? 'error.main' : 'divider',
          }}
        >
          <Typography variant="h6" component="div">
            {formatAmount(counts[name], 0, locale)}
          </Typography>
          <Typography variant="caption" color="text.secondary">
            {translate(`patron.imports.countNames.${name}`)}
          </Typography>
        </Box>
      ))}
    </Box>
  );
}
