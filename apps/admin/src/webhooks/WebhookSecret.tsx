import ContentCopy from '@mui/icons-material/ContentCopy';
import { Alert, Button, DialogActions, DialogContent, IconButton, TextField, Tooltip } from '@mui/material';
import { useState } from 'react';
import { useTranslate } from 'react-admin';

/** The webhook's signing secret with a copy button; it exists nowhere else once this closes. */
export function WebhookSecret({ secret, onDone }: { secret: string; onDone(): void }) {
  const translate = useTranslate();
  const [copied, setCopied] = useState(false);
  const copy = async () => {
    await navigator.clipboard.writeText(secret);
    setCopied(true);
  };
  const copyLabel = translate('patron.webhooks.copy');
  return (
    <>
      <DialogContent sx={{ pt: 0 }}>
        <Alert severity="warning" sx={{ mb: 2 }}>
          {translate('patron.webhooks.secretWarning')}
        </Alert>
        <TextField
          fullWidth
          value={secret}
          label={translate('patron.webhooks.secret')}
          helperText={translate(copied ? 'patron.webhooks.copied' : 'patron.webhooks.secretHelp')}
          slotProps={{
            htmlInput: {
              readOnly: true,
              dir: 'ltr',
              'data-testid': 'webhook-secret',
              style: { fontFamily: 'monospace', fontSize: 13 },
              onFocus: (e: { target: HTMLInputElement }) => e.target.select(),
            },
            input: {
              endAdornment: (
                <Tooltip title={copyLabel}>
                  <IconButton onClick={copy} edge="end" aria-label={copyLabel} data-testid="webhook-copy">
                    <ContentCopy fontSize="small" />
                  </IconButton>
                </Tooltip>
              ),
            },
          }}
        />
      </DialogContent>
      <DialogActions>
        <Button variant="contained" onClick={onDone} data-testid="webhook-secret-done">
          {translate('patron.webhooks.done')}
        </Button>
      </DialogActions>
    </>
  );
}
