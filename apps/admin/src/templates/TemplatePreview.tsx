import { useLazyQuery } from '@apollo/client/react';
import { Alert, Box, Button, Paper, Stack, Typography } from '@mui/material';
import { useEffect, useState } from 'react';
import { useLocale, useTranslate } from 'react-admin';
import { useFormContext } from 'react-hook-form';
import { placeFailure } from '../common/placeErrors';
import { numberFormat } from '../i18n/intlFormats';
import { localeTag } from '../i18n/locales';
import { useProblemText } from '../problems/useProblemText';
import { CustomerAutocomplete, type CustomerOption } from '../relations/CustomerAutocomplete';
import { PreviewTemplateQuery } from './documents';
import { type Language, localeOf, type TemplateFormValues, toInput } from './templateValues';

/**
 * The template as it stands in the form, rendered for a chosen customer in the open tab's language.
 * An email's HTML is shown in a sandboxed frame with no rights at all: no scripts, no forms, nothing
 * of this page reachable from it.
 */
export function TemplatePreview({ language }: { language: Language }) {
  const translate = useTranslate();
  const problemText = useProblemText();
  const number = numberFormat(localeTag(useLocale()));
  const { getValues } = useFormContext<TemplateFormValues>();
  const [customer, setCustomer] = useState<CustomerOption | null>(null);
  const [run, { data, error, loading }] = useLazyQuery(PreviewTemplateQuery, { fetchPolicy: 'network-only' });
  const preview = data?.previewTemplate;
  const refusals = error ? placeFailure(error, []).general : [];

  const show = () => {
    if (!customer) return;
    const { input } = toInput(getValues());
    void run({ variables: { customerId: customer.id, draft: input, language: localeOf(language) } });
  };
  // Once shown, the preview follows the open tab: it never shows one language under another's tab.
  const shown = Boolean(data || error);
  // biome-ignore lint/correctness/useExhaustiveDependencies: runs when the tab changes, not on every keystroke
  useEffect(() => {
    if (shown) show();
  }, [language]);

  return (
    <Paper variant="outlined" sx={{ p: 2, mt: 2, width: '100%' }} data-testid="template-preview">
      <Typography variant="subtitle1" fontWeight={600} gutterBottom>
        {translate('patron.templates.preview')}
      </Typography>
      <Stack direction="row" gap={2} alignItems="center" flexWrap="wrap">
        <Box sx={{ minWidth: 280 }}>
          <CustomerAutocomplete
            value={customer}
            onChange={setCustomer}
            exclude=""
            label={translate('patron.templates.previewFor')}
            testId="preview-customer"
          />
        </Box>
        <Button variant="outlined" onClick={show} disabled={!customer || loading} data-testid="preview-show">
          {translate('patron.templates.showPreview')}
        </Button>
      </Stack>
      {refusals.map((r) => (
        <Alert key={r.message} severity="error" sx={{ mt: 2 }}>
          {problemText(r)}
        </Alert>
      ))}
      {preview?.problem && (
        <Alert severity="warning" sx={{ mt: 2 }} data-testid="preview-problem">
          {problemText({
            code: preview.problem.code,
            params: { variable: preview.problem.variable ?? '', message: preview.problem.message ?? '' },
            message: preview.problem.code,
          })}
        </Alert>
      )}
      {preview && !preview.problem && (
        <Box sx={{ mt: 2 }} dir={preview.language === 'FA' ? 'rtl' : 'ltr'}>
          <Typography variant="caption" color="text.secondary" component="div" data-testid="preview-language">
            {translate('patron.templates.previewIn', {
              language: translate(`patron.templates.language.${preview.language?.toLowerCase()}`),
            })}
          </Typography>
          {preview.subject != null && (
            <Typography fontWeight={600} data-testid="preview-subject" gutterBottom>
              {preview.subject}
            </Typography>
          )}
          {preview.html != null ? (
            <iframe
              title={translate('patron.templates.preview')}
              sandbox=""
              srcDoc={preview.html}
              data-testid="preview-html"
              style={{ width: '100%', height: 360, border: '1px solid #ddd', background: '#fff' }}
            />
          ) : (
            <Typography
              component="pre"
              data-testid="preview-text"
              sx={{ whiteSpace: 'pre-wrap', fontFamily: 'inherit', m: 0 }}
            >
              {preview.text}
            </Typography>
          )}
          {preview.smsLength && (
            <Typography variant="caption" color="text.secondary" data-testid="preview-sms-length">
              {translate('patron.templates.smsCounter', {
                encoding: translate(`patron.templates.encoding.${preview.smsLength.encoding}`),
                characters: number.format(preview.smsLength.characters),
                parts: number.format(preview.smsLength.parts),
                perPart: number.format(preview.smsLength.perPart),
              })}
            </Typography>
          )}
        </Box>
      )}
    </Paper>
  );
}
