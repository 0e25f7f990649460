import { MenuItem, Stack, TextField, Typography } from '@mui/material';
import { useState } from 'react';
import { useLocale, useTranslate } from 'react-admin';
import { apollo } from '../apollo';
import { formatAmount } from '../common/amounts';
import { useNotifyRefusal } from '../common/useNotifyRefusal';
import { ConfigureImportMutation } from './documents';
import { DELIMITERS, ENCODINGS, type Import } from './importModel';

type Setting = 'encoding' | 'delimiter' | 'sheet';

/** What the server found in the file, and the choice to read it with another encoding, delimiter or sheet. */
export function FileSettings({ imp, onChanged }: { imp: Import; onChanged(imp: Import): void }) {
  const translate = useTranslate();
  const locale = useLocale();
  const notifyRefusal = useNotifyRefusal();
  const [busy, setBusy] = useState(false);
  const csv = imp.format === 'CSV';

  const change = async (setting: Setting, value: string) => {
    setBusy(true);
    try {
      const { data } = await apollo.mutate({
        mutation: ConfigureImportMutation,
        variables: { input: { id: imp.id, [setting]: value } },
      });
      if (data) onChanged(data.configureImport);
    } catch (error) {
      notifyRefusal(error);
    } finally {
      setBusy(false);
    }
  };

  // A detected encoding outside the usual four (UTF-16 big-endian) is offered too.
  const encodings =
    imp.encoding && !ENCODINGS.includes(imp.encoding as never) ? [...ENCODINGS, imp.encoding] : ENCODINGS;
  const select = (setting: Setting, value: string, choices: readonly { id: string; name: string }[]) => (
    <TextField
      select
      size="small"
      fullWidth={false}
      label={translate(`patron.imports.upload.${setting}`)}
      value={value}
      disabled={busy}
      onChange={(e) => void change(setting, e.target.value)}
      sx={{ minWidth: 200 }}
      slotProps={{ select: { SelectDisplayProps: { 'data-testid': `import-${setting}` } as object } }}
    >
      {choices.map((c) => (
        <MenuItem key={c.id} value={c.id} data-testid={`import-${setting}-option`}>
          <bdi>{c.name}</bdi>
        </MenuItem>
      ))}
    </TextField>
  );

  return (
    <Stack gap={1.5} data-testid="import-file-settings" data-format={imp.format}>
      <Stack direction="row" gap={2} flexWrap="wrap" alignItems="center">
        <Typography variant="body2" data-testid="import-format">
          {translate('patron.imports.upload.format')}:{' '}
          <strong>{translate(`patron.imports.formats.${imp.format}`, { _: imp.format })}</strong>
        </Typography>
        <Typography variant="body2" color="text.secondary" data-testid="import-column-count">
          {translate('patron.imports.upload.columnsFound', {
            count: formatAmount(imp.columns.length, 0, locale),
          })}
        </Typography>
      </Stack>
      <Stack direction="row" gap={2} flexWrap="wrap">
        {csv &&
          select(
            'encoding',
            imp.encoding ?? 'utf-8',
            encodings.map((e) => ({ id: e, name: translate(`patron.imports.encodings.${e}`, { _: e }) })),
          )}
        {csv &&
          select(
            'delimiter',
            imp.delimiter ?? ',',
            Object.entries(DELIMITERS).map(([id, name]) => ({
              id,
              name: translate(`patron.imports.delimiters.${name}`),
            })),
          )}
        {!csv &&
          imp.sheets.length > 0 &&
          select(
            'sheet',
            imp.sheet ?? imp.sheets[0] ?? '',
            imp.sheets.map((s) => ({ id: s, name: s })),
          )}
      </Stack>
      {csv && (
        <Typography variant="caption" color="text.secondary">
          {translate('patron.imports.upload.encodingHint')}
        </Typography>
      )}
    </Stack>
  );
}
