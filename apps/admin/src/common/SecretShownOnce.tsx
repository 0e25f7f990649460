import ContentCopy from '@mui/icons-material/ContentCopy';
import { Alert, Button, DialogActions, DialogContent, IconButton, TextField, Tooltip } from '@mui/material';
import { useState } from 'react';
import { useTranslate } from 'react-admin';

/**
 * A secret the server keeps only hashed or encrypted (an API key, a webhook's signing secret), with
 * a copy button: it exists nowhere else once this closes. `texts` names the screen's messages
 * (`<texts>.secretWarning`, `.secret`, `.secretHelp`, `.copy`, `.copied`, `.done`); `testId`
 * prefixes the test ids.
 */
export function SecretShownOnce({
  secret,
  onDone,
  texts,
  testId,
}: {
  secret: string;
  onDone(): void;
  texts: string;
  testId: string;
}) {
  const translate = useTranslate();
  const [copied, setCopied] = useState(false);
  const copy = async () => {
    await navigator.clipboard.writeText(secret);
    setCopied(true);
  };
  const copyLabel = translate(`${texts}.copy`);
  return (
    <>
      <DialogContent sx={{ pt: 0 }}>
        <Alert severity="warning" sx={{ mb: 2 }} data-testid={`${testId}-secret-warning`}>
          {translate(`${texts}.secretWarning`)}
        </Alert>
        <TextField
          fullWidth
          value={secret}
          label={translate(`${texts}.secret`)}
          helperText={translate(copied ? `${texts}.copied` : `${texts}.secretHelp`)}
          slotProps={{
            htmlInput: {
              readOnly: true,
              dir: 'ltr',
              'data-testid': `${testId}-secret`,
              style: { fontFamily: 'monospace', fontSize: 13 },
              onFocus: (e: { target: HTMLInputElement }) => e.target.select(),
            },
            input: {
              endAdornment: (
                <Tooltip title={copyLabel}>
                  <IconButton onClick={copy} edge="end" aria-label={copyLabel} data-testid={`${testId}-copy`}>
                    <ContentCopy fontSize="small" />
                  </IconButton>
                </Tooltip>
              ),
            },
          }}
        />
      </DialogContent>
      <DialogActions>
        <Button variant="contained" onClick={onDone} data-testid={`${testId}-secret-done`}>
          {translate(`${texts}.done`)}
        </Button>
      </DialogActions>
    </>
  );
}
