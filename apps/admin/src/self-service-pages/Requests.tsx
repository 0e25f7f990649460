import { Alert, Box, Button, Chip, Divider, Paper, Stack, TextField, Typography } from '@mui/material';
import { useCallback, useEffect, useState } from 'react';
import type { MyRequestsQuery } from '../gql/graphql';
import { MyRequestsQuery as MyRequestsDocument, SendRequestMutation } from './accountDocuments';
import { call } from './api';
import { useForm } from './useForm';
import { useWords } from './WordsContext';

type Request = MyRequestsQuery['myRequests'][number];

/** The customer's requests with the staff's answers, and a form to send a new one. */
export function Requests() {
  const words = useWords();
  const [requests, setRequests] = useState<Request[] | null>(null);
  const [subject, setSubject] = useState('');
  const [text, setText] = useState('');
  const [sent, setSent] = useState(false);
  const form = useForm(['subject', 'text'] as const);
  const load = useCallback(async () => setRequests((await call(MyRequestsDocument)).myRequests), []);
  useEffect(() => {
    void load();
  }, [load]);
  const send = async (event: React.FormEvent) => {
    event.preventDefault();
    setSent(false);
    const done = await form.submit(async () => {
      await call(SendRequestMutation, { subject, text });
    });
    if (!done) return;
    setSubject('');
    setText('');
    setSent(true);
    await load();
  };
  return (
    <Paper sx={{ p: { xs: 2, sm: 3 } }} data-testid="ss-requests">
      <Typography component="h2" variant="h6" gutterBottom>
        {words.t('requests.title')}
      </Typography>
      {requests?.length === 0 && <Typography color="text.secondary">{words.t('requests.none')}</Typography>}
      <Stack divider={<Divider flexItem />} spacing={1.5} sx={{ mb: 3 }}>
        {requests?.map((r) => (
          <Box key={r.id} data-testid="ss-request">
            <Box sx={{ display: 'flex', justifyContent: 'space-between', gap: 1, alignItems: 'center' }}>
              <Typography dir="auto" sx={{ fontWeight: 700, overflowWrap: 'anywhere' }}>
                {r.subject}
              </Typography>
              <Chip
                size="small"
                label={words.t(`requests.status.${r.status}`)}
                color={r.status === 'ANSWERED' ? 'success' : 'default'}
              />
            </Box>
            <Typography variant="body2" color="text.secondary">
              {words.date(r.createdAt)}
            </Typography>
            <Typography dir="auto" variant="body2" sx={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>
              {r.text}
            </Typography>
            {r.answer && (
              <Box sx={{ mt: 1, p: 1.5, bgcolor: 'action.hover', borderRadius: 1 }} data-testid="ss-answer">
                <Typography variant="subtitle2">{words.t('requests.answer')}</Typography>
                <Typography
                  dir="auto"
                  variant="body2"
                  sx={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}
                >
                  {r.answer}
                </Typography>
              </Box>
            )}
          </Box>
        ))}
      </Stack>
      <Stack component="form" spacing={2} onSubmit={send} data-testid="ss-request-form">
        <Typography component="h3" variant="subtitle1" sx={{ fontWeight: 700 }}>
          {words.t('requests.new')}
        </Typography>
        {form.general && <Alert severity="error">{form.general}</Alert>}
        {sent && (
          <Alert severity="success" data-testid="ss-request-sent">
            {words.t('requests.sent')}
          </Alert>
        )}
        <TextField
          fullWidth
          required
          label={words.t('requests.subject')}
          value={subject}
          onChange={(e) => setSubject(e.target.value)}
          error={Boolean(form.fieldError('subject'))}
          helperText={form.fieldError('subject')}
          slotProps={{ htmlInput: { 'data-testid': 'ss-request-subject', dir: 'auto' } }}
        />
        <TextField
          fullWidth
          required
          multiline
          minRows={3}
          label={words.t('requests.text')}
          value={text}
          onChange={(e) => setText(e.target.value)}
          error={Boolean(form.fieldError('text'))}
          helperText={form.fieldError('text')}
          slotProps={{ htmlInput: { 'data-testid': 'ss-request-text', dir: 'auto' } }}
        />
        <Button type="submit" variant="contained" disabled={form.busy} data-testid="ss-request-send">
          {words.t('requests.send')}
        </Button>
      </Stack>
    </Paper>
  );
}
