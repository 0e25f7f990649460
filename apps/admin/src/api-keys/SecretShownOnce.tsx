import ContentCopy from '@mui/icons-material/ContentCopy';
import { Alert, Button, DialogActions, DialogContent, IconButton, TextField, Tooltip } from '@mui/material';
import { useState } from 'react';
import { useTranslate } from 'react-admin';

/** The new key's secret with a copy button; it exists nowhere else once this dialog closes. */
export function SecretShownOnce({ secret, onDone }: { secret: string; onDone(): void }) {
  const translate = useTranslate();
  const [copied, setCopied] = useState(false);
  const copy = async () => {
    await navigator.clipboard.writeText(secret);
    setCopied(true);
  };
  return (
    <>
      <DialogContent sx={{ pt: 0 }}>
        <Alert severity="warning" sx={{ mb: 2 }} data-testid="api-key-secret-warning">
          {translate('patron.apiKeys.secretWarning')}
        </Alert>
        <TextField
          fullWidth
          value={secret}
          label={translate('patron.apiKeys.secret')}
          helperText={copied ? translate('patron.apiKeys.copied') : translate('patron.apiKeys.secretHelp')}
          slotProps={{
            htmlInput: {
              readOnly: true,
              dir: 'ltr',
              'data-testid': 'api-key-secret',
              style: { fontFamily: 'monospace', fontSize: 13 },
              onFocus: (e: { target: HTMLInputElement }) => e.target.select(),
            },
            input: {
              endAdornment: (
                <Tooltip title={translate('patron.apiKeys.copy')}>
                  <IconButton
                    onClick={copy}
                    edge="end"
                    data-testid="api-key-copy"
                    aria-label={translate('patron.apiKeys.copy')}
                  >
                    <ContentCopy fontSize="small" />
                  </IconButton>
                </Tooltip>
              ),
            },
          }}
        />
      </DialogContent>
      <DialogActions>
        <Button variant="contained" onClick={onDone} data-testid="api-key-done">
          {translate('patron.apiKeys.done')}
        </Button>
      </DialogActions>
    </>
  );
}
