import { Box } from '@mui/material';
import { TextInput } from 'react-admin';
import { useCaretTracking } from './insertVariable';
import { SmsCounter } from './SmsCounter';
import type { Language } from './templateValues';
import { VariableChips } from './VariableChips';

/** Written right to left in Persian whatever the screen's language; HTML is code, always left to right. */
const direction = (language: Language) => (language === 'fa' ? 'rtl' : 'ltr');

function Field(props: { name: string; label: string; multiline?: boolean; dir: string; rows?: number }) {
  const { name, label, multiline, dir, rows } = props;
  const caret = useCaretTracking(name);
  return (
    <TextInput
      source={name}
      label={label}
      multiline={multiline}
      minRows={rows}
      fullWidth
      slotProps={{ htmlInput: { dir, 'data-testid': name, ...caret } }}
      sx={name.endsWith('.html') ? { '& textarea': { fontFamily: 'monospace', fontSize: 13 } } : undefined}
    />
  );
}

/**
 * One language's parts: subject, text and HTML for email; a title and the text for a push notification;
 * text (with the SMS counter) otherwise.
 */
export function LanguageFields({ language, channel }: { language: Language; channel: string }) {
  const base = `contents.${language}`;
  const email = channel === 'EMAIL';
  return (
    <Box>
      {email && <Field name={`${base}.subject`} label="patron.templates.subject" dir={direction(language)} />}
      {channel === 'PUSH' && (
        <Field name={`${base}.subject`} label="patron.templates.title" dir={direction(language)} />
      )}
      <Field
        name={`${base}.text`}
        label="patron.templates.text"
        multiline
        rows={4}
        dir={direction(language)}
      />
      {channel === 'SMS' && <SmsCounter name={`${base}.text`} />}
      {email && <Field name={`${base}.html`} label="patron.templates.html" multiline rows={8} dir="ltr" />}
      <VariableChips fallback={`${base}.text`} />
    </Box>
  );
}
