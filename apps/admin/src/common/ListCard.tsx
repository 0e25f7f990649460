import { Alert, Card, LinearProgress, Stack, Typography } from '@mui/material';
import type { ReactNode } from 'react';
import { Title, useTranslate } from 'react-admin';

/**
 * A settings list on one card (API keys, webhooks, channels, imports): the page's title, a line on
 * what the list is for beside its create button, then loading, a failure, "none yet" or the rows.
 * `texts` names the screen's messages (`<texts>.title`, `.intro`, `.none`); `rows` is undefined
 * until the list has come.
 */
export function ListCard({
  testId,
  texts,
  action,
  loading,
  failed,
  rows,
  children,
}: {
  testId: string;
  texts: string;
  action: ReactNode;
  loading: boolean;
  failed?: boolean;
  rows: number | undefined;
  children: ReactNode;
}) {
  const translate = useTranslate();
  return (
    <Card sx={{ mt: 2 }} data-testid={testId}>
      <Title title={`${texts}.title`} />
      <Stack direction="row" sx={{ p: 2, alignItems: 'flex-start', gap: 2 }}>
        <Typography variant="body2" color="text.secondary" sx={{ flex: 1 }}>
          {translate(`${texts}.intro`)}
        </Typography>
        {action}
      </Stack>
      {loading && <LinearProgress />}
      {failed && <Alert severity="error">{translate('ra.notification.http_error')}</Alert>}
      {rows === 0 && (
        <Typography sx={{ p: 2 }} color="text.secondary" data-testid={`${testId}-empty`}>
          {translate(`${texts}.none`)}
        </Typography>
      )}
      {rows !== undefined && rows > 0 && children}
    </Card>
  );
}
