import UploadFile from '@mui/icons-material/UploadFile';
import { Box, Button, Typography } from '@mui/material';
import { useState } from 'react';
import { InputHelperText, useInput, useLocale, useTranslate, type Validator } from 'react-admin';
import { formatAmount } from '../common/amounts';
import { UploadLimitHint } from '../common/UploadLimitHint';
import { megabytes, useUploadLimit } from '../common/uploadLimit';
import { useProblemText } from '../problems/useProblemText';
import { countLines, type PickedFile } from './batchInput';

/** The browser's file, as UTF-8 text (a BOM is left for the server, which allows it). */
function readText(file: File): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result ?? ''));
    reader.onerror = () => reject(reader.error);
    reader.readAsText(file);
  });
}

/** Picks a .csv or .txt file and keeps its name and text in the form's `file`. */
export function FileInput({ validate }: { validate?: Validator }) {
  const translate = useTranslate();
  const locale = useLocale();
  const { field, fieldState } = useInput({ source: 'file', validate });
  const picked = field.value as PickedFile | null | undefined;
  const limit = useUploadLimit();
  const problemText = useProblemText();
  // A file over the server's limit is refused when picked, before the browser reads it into memory.
  const [tooLarge, setTooLarge] = useState<string | null>(null);
  const error = tooLarge ?? fieldState.error?.message;
  const pick = async (file: File | undefined) => {
    if (!file) return;
    setTooLarge(null);
    if (limit !== undefined && file.size > limit) {
      setTooLarge(problemText({ code: 'FILE_TOO_LARGE', params: { max: megabytes(limit) }, message: '' }));
      field.onChange(null);
      field.onBlur();
      return;
    }
    try {
      field.onChange({ name: file.name, text: await readText(file) } satisfies PickedFile);
    } catch {
      field.onChange(null);
    }
    field.onBlur();
  };
  return (
    <Box sx={{ mt: 1, mb: 1 }}>
      <Box sx={{ display: 'flex', alignItems: 'center', gap: 1.5, flexWrap: 'wrap' }}>
        <Button
          component="label"
          variant="outlined"
          startIcon={<UploadFile />}
          color={error ? 'error' : 'primary'}
        >
          {translate('patron.balanceBatches.chooseFile')}
          <input
            hidden
            type="file"
            accept=".csv,.txt,text/csv,text/plain"
            data-testid="batch-file"
            onChange={(e) => {
              void pick(e.target.files?.[0]);
              e.target.value = '';
            }}
          />
        </Button>
        {picked && (
          <Typography variant="body2" data-testid="batch-file-name">
            <bdi>{picked.name}</bdi>
            {' — '}
            {translate('patron.balanceBatches.fileLines', {
              count: formatAmount(countLines(picked.text), 0, locale),
            })}
          </Typography>
        )}
        {!picked && <UploadLimitHint testId="batch-file-limit" />}
      </Box>
      <Typography
        variant="caption"
        color={error ? 'error' : 'text.secondary'}
        component="div"
        data-testid={error ? 'batch-file-error' : 'batch-file-help'}
        sx={{ mx: 1.75, mt: 0.5 }}
      >
        <InputHelperText error={error} helperText={picked ? false : 'patron.balanceBatches.noFile'} />
      </Typography>
    </Box>
  );
}
