import Download from '@mui/icons-material/Download';
import UploadFile from '@mui/icons-material/UploadFile';
import {
  Box,
  Button,
  Chip,
  FormControl,
  FormControlLabel,
  FormLabel,
  LinearProgress,
  Link,
  Radio,
  RadioGroup,
  Stack,
  Typography,
} from '@mui/material';
import { useRef, useState } from 'react';
import { useTranslate } from 'react-admin';
import { apollo } from '../apollo';
import { GeneralErrors } from '../common/FormDialog';
import { placeFailure } from '../common/placeErrors';
import { UploadLimitHint } from '../common/UploadLimitHint';
import { uploadAborted, uploadFile } from '../common/uploadFile';
import type { ProblemMessage } from '../problems/problemText';
import { OpenImportMutation } from './documents';
import { FileSettings } from './FileSettings';
import { type Import, type ImportKind, KINDS } from './importModel';
import { UploadProgress } from './UploadProgress';

interface Props {
  imp: Import | null;
  onOpened(imp: Import): void;
  /** Another kind chosen after the upload: the file is to be read again as that kind. */
  onReset(): void;
  onNext(): void;
}

/**
 * Step 1: what the file holds and the file itself; once the server has read it, what it found
 * (format, encoding, delimiter, sheet, the column names) and the choice to read it otherwise.
 */
export function UploadStep({ imp, onOpened, onReset, onNext }: Props) {
  const translate = useTranslate();
  const [kind, setKind] = useState<ImportKind>(imp?.kind ?? 'CUSTOMERS');
  const [busy, setBusy] = useState(false);
  const [sent, setSent] = useState<{ sent: number; total: number } | null>(null);
  const [sending, setSending] = useState<string | null>(null);
  const stop = useRef<AbortController | null>(null);
  const [general, setGeneral] = useState<ProblemMessage[]>([]);

  const open = async (file: File | undefined) => {
    if (!file) return;
    setBusy(true);
    setGeneral([]);
    setSent({ sent: 0, total: file.size });
    setSending(file.name);
    const controller = new AbortController();
    stop.current = controller;
    try {
      const fileId = await uploadFile(file.name, file, {
        contentType: file.type || 'application/octet-stream',
        onProgress: (done, total) => setSent({ sent: done, total }),
        signal: controller.signal,
      });
      setSent(null);
      const { data } = await apollo.mutate({
        mutation: OpenImportMutation,
        variables: { input: { fileId, kind } },
      });
      if (data) onOpened(data.openImport);
    } catch (error) {
      if (!uploadAborted(error)) setGeneral(placeFailure(error, []).general);
    } finally {
      stop.current = null;
      setSent(null);
      setSending(null);
      setBusy(false);
    }
  };

  return (
    <Stack gap={2} sx={{ maxWidth: 720 }} data-testid="import-upload">
      <FormControl disabled={busy}>
        <FormLabel id="import-kind">{translate('patron.imports.kind')}</FormLabel>
        <RadioGroup
          row
          aria-labelledby="import-kind"
          value={kind}
          onChange={(e) => {
            setKind(e.target.value as ImportKind);
            if (imp) onReset();
          }}
        >
          {KINDS.map((k) => (
            <FormControlLabel
              key={k}
              value={k}
              control={<Radio slotProps={{ input: { 'data-testid': `import-kind-${k}` } as object }} />}
              label={translate(`patron.imports.kinds.${k}`)}
            />
          ))}
        </RadioGroup>
      </FormControl>
      <Box>
        <Typography variant="body2" color="text.secondary" sx={{ mb: 1 }}>
          {translate('patron.imports.upload.fileHint')}{' '}
          <Link
            href={`/imports/template?kind=${kind}`}
            download
            data-testid="import-template-file"
            sx={{ display: 'inline-flex', alignItems: 'center', gap: 0.5 }}
          >
            <Download fontSize="small" />
            {translate('patron.imports.upload.template')}
          </Link>
        </Typography>
        <Stack direction="row" alignItems="center" gap={1.5} flexWrap="wrap">
          <Button
            component="label"
            variant={imp ? 'outlined' : 'contained'}
            startIcon={<UploadFile />}
            disabled={busy}
          >
            {translate(imp ? 'patron.imports.upload.another' : 'patron.imports.upload.chooseFile')}
            <input
              hidden
              type="file"
              accept=".csv,.txt,.xlsx,text/csv,text/plain,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
              data-testid="import-file"
              onChange={(e) => {
                void open(e.target.files?.[0]);
                e.target.value = '';
              }}
            />
          </Button>
          <Typography
            variant="body2"
            color={imp || sending ? 'text.primary' : 'text.secondary'}
            data-testid="import-file-name"
          >
            {sending || imp ? (
              <bdi>{sending ?? imp?.fileName}</bdi>
            ) : (
              translate('patron.imports.upload.noFile')
            )}
          </Typography>
          <UploadLimitHint testId="import-upload-limit" />
        </Stack>
      </Box>
      {busy && sent && <UploadProgress {...sent} onStop={() => stop.current?.abort()} />}
      {busy && !sent && (
        <Box>
          <LinearProgress />
          <Typography variant="caption" color="text.secondary">
            {translate('patron.imports.upload.uploading')}
          </Typography>
        </Box>
      )}
      <GeneralErrors messages={general} testId="import-upload" />
      {imp && !busy && (
        <>
          <FileSettings imp={imp} onChanged={onOpened} />
          <Box sx={{ display: 'flex', flexWrap: 'wrap', gap: 0.75 }} data-testid="import-headers">
            {imp.columns.map((c) => (
              <Chip key={c.index} size="small" label={<bdi>{c.header}</bdi>} />
            ))}
          </Box>
          <Box>
            <Button variant="contained" onClick={onNext} data-testid="import-to-mapping">
              {translate('patron.imports.upload.next')}
            </Button>
          </Box>
        </>
      )}
    </Stack>
  );
}
