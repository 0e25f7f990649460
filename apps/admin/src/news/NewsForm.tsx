import { Stack, Typography } from '@mui/material';
import { BooleanInput, SimpleForm, TextInput, useTranslate } from 'react-admin';
import { useWatch } from 'react-hook-form';
import { CalendarDateInput } from '../preferences/CalendarDateInput';
import { SegmentInput } from './SegmentInput';

const LANGUAGES = ['en', 'ru', 'fa'] as const;

/** One language's title and body; Persian is written right to left. */
function LanguageFields({ language }: { language: (typeof LANGUAGES)[number] }) {
  const translate = useTranslate();
  const dir = language === 'fa' ? 'rtl' : 'auto';
  return (
    <Stack sx={{ width: '100%' }} data-testid={`news-language-${language}`}>
      <Typography variant="subtitle1" sx={{ fontWeight: 700 }}>
        {translate(`patron.news.language.${language}`)}
      </Typography>
      <TextInput
        source={`title.${language}`}
        label="patron.news.title"
        fullWidth
        slotProps={{ htmlInput: { dir, maxLength: 200, 'data-testid': `news-title-${language}` } }}
      />
      <TextInput
        source={`body.${language}`}
        label="patron.news.body"
        multiline
        minRows={3}
        fullWidth
        slotProps={{ htmlInput: { dir, maxLength: 10_000, 'data-testid': `news-body-${language}` } }}
      />
    </Stack>
  );
}

/** When the post shows: a draft never; else from publishAt (empty: now) until expiresAt (empty: always). */
function WindowInputs() {
  const translate = useTranslate();
  const draft = useWatch({ name: 'draft' });
  return (
    <Stack sx={{ maxWidth: 480, width: '100%' }} gap={1}>
      <BooleanInput
        source="draft"
        label="patron.news.draft"
        helperText="patron.news.draftHelp"
        data-testid="news-draft"
      />
      {!draft && (
        <CalendarDateInput
          withTime
          source="publishAt"
          label={translate('patron.news.publishAt')}
          helperText="patron.news.publishAtHelp"
        />
      )}
      <CalendarDateInput
        withTime
        source="expiresAt"
        label={translate('patron.news.expiresAt')}
        helperText="patron.news.expiresAtHelp"
      />
    </Stack>
  );
}

/** A news post: its texts in three languages (one is enough), who sees it, when, and whether it is pinned. */
export function NewsForm() {
  return (
    <SimpleForm noValidate sx={{ maxWidth: 900 }} defaultValues={{ pinned: false, draft: false }}>
      <Stack gap={2} sx={{ width: '100%' }}>
        {LANGUAGES.map((language) => (
          <LanguageFields key={language} language={language} />
        ))}
      </Stack>
      <SegmentInput />
      <WindowInputs />
      <BooleanInput
        source="pinned"
        label="patron.news.pinned"
        helperText="patron.news.pinnedHelp"
        data-testid="news-pinned"
      />
    </SimpleForm>
  );
}
