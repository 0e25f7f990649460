import { Box, Tab, Tabs } from '@mui/material';
import { useState } from 'react';
import { required, SelectInput, SimpleForm, TextInput, useTranslate } from 'react-admin';
import { useFormState, useWatch } from 'react-hook-form';
import { CaretMemory } from './insertVariable';
import { LanguageFields } from './LanguageFields';
import { TemplatePreview } from './TemplatePreview';
import { CHANNELS, LANGUAGES, type Language } from './templateValues';

/** A tab per language; a tab whose fields the server refused is marked, since its fields may be hidden. */
function LanguageTabs() {
  const translate = useTranslate();
  const [language, setLanguage] = useState<Language>('en');
  const channel = useWatch({ name: 'channel' }) as string;
  const { errors } = useFormState();
  const refused = (l: Language) => Boolean((errors.contents as Record<string, unknown> | undefined)?.[l]);
  return (
    <Box sx={{ width: '100%' }}>
      <Tabs value={language} onChange={(_e, next) => setLanguage(next)} sx={{ mb: 2 }}>
        {LANGUAGES.map((l) => (
          <Tab
            key={l}
            value={l}
            data-testid={`tab-${l}`}
            label={`${translate(`patron.templates.language.${l}`)}${refused(l) ? ' ⚠' : ''}`}
            sx={refused(l) ? { color: 'error.main' } : undefined}
          />
        ))}
      </Tabs>
      {LANGUAGES.map((l) => (
        // Every tab stays mounted: what is written in one is kept while another is open.
        <Box key={l} hidden={l !== language}>
          <LanguageFields language={l} channel={channel} />
        </Box>
      ))}
      <TemplatePreview language={language} />
    </Box>
  );
}

/** A message template: its name, the channel it is for, and its parts in each language. */
export function TemplateForm() {
  const translate = useTranslate();
  return (
    <SimpleForm noValidate defaultValues={{ channel: 'SMS' }}>
      <CaretMemory>
        <TextInput
          source="name"
          label="patron.templates.name"
          validate={required()}
          slotProps={{ htmlInput: { dir: 'auto', maxLength: 100 } }}
        />
        <SelectInput
          source="channel"
          label="patron.templates.channel"
          validate={required()}
          choices={CHANNELS.map((c) => ({ id: c, name: translate(`patron.templates.channels.${c}`) }))}
          translateChoice={false}
        />
        <LanguageTabs />
      </CaretMemory>
    </SimpleForm>
  );
}
