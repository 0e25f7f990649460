import { CombinedGraphQLErrors } from '@apollo/client';
import { useMutation, useQuery } from '@apollo/client/react';
import {
  Alert,
  Button,
  CircularProgress,
  Link,
  Stack,
  Table,
  TableBody,
  TableCell,
  TableHead,
  TableRow,
  Typography,
} from '@mui/material';
import { useState } from 'react';
import { useLocale, useTranslate } from 'react-admin';
import { useNotifyRefusal } from '../common/useNotifyRefusal';
import { offendingFields, readProblem } from '../data-provider/errors';
import { numberFormat } from '../i18n/intlFormats';
import { localeTag } from '../i18n/locales';
import { useProblemText } from '../problems/useProblemText';
import { AttributeValuesCheckQuery, StartAttributeValuesReportMutation } from './screenDocuments';

/** How many of the values a format would write differently are shown (the server lists up to 20). */
const REWRITTEN_SHOWN = 5;

/**
 * What the chosen format says of the attribute's stored values, before saving: checked at once when a
 * format is picked or changed, on request for the attribute's own format. Saving stays possible.
 */
export function StoredValuesCheck({ id, format, changed }: { id: string; format: string; changed: boolean }) {
  const translate = useTranslate();
  const [asked, setAsked] = useState<string | null>(null);
  const run = changed || asked === format;
  if (!run)
    return (
      <Button size="small" onClick={() => setAsked(format)} data-testid="attribute-values-check-run">
        {translate('patron.attributes.valuesCheck.run')}
      </Button>
    );
  return <CheckResult id={id} format={format} />;
}

function CheckResult({ id, format }: { id: string; format: string }) {
  const translate = useTranslate();
  const locale = useLocale();
  const problemText = useProblemText();
  const { data, loading, error } = useQuery(AttributeValuesCheckQuery, {
    variables: { id, format },
    fetchPolicy: 'network-only',
  });
  const number = (n: number) => numberFormat(localeTag(locale)).format(n);
  const customer = (n: number) => `#${numberFormat(localeTag(locale), { useGrouping: false }).format(n)}`;

  if (loading)
    return (
      <Stack direction="row" gap={1} alignItems="center" sx={{ width: '100%', mb: 1 }}>
        <CircularProgress size={16} />
        <Typography variant="body2">{translate('patron.attributes.valuesCheck.checking')}</Typography>
      </Stack>
    );
  const check = data?.attributeValuesCheck;
  if (error || !check) {
    const refusal = CombinedGraphQLErrors.is(error) && error.errors[0] && offendingFields(error.errors[0])[0];
    return (
      <Alert severity="error" sx={{ width: '100%', mb: 1 }} data-testid="attribute-values-check">
        {refusal ? problemText(refusal.problem) : translate('ra.notification.http_error')}
      </Alert>
    );
  }
  if (check.checked === 0)
    return (
      <Alert severity="info" sx={{ width: '100%', mb: 1 }} data-testid="attribute-values-check">
        {translate('patron.attributes.valuesCheck.none')}
      </Alert>
    );
  const rewritten = check.firstRewritten.slice(0, REWRITTEN_SHOWN);
  // From the value as stored to the format's writing of it, in the direction the line reads.
  const arrow = locale === 'fa' ? '←' : '→';
  return (
    <Alert
      severity={check.refused > 0 ? 'warning' : 'success'}
      sx={{ width: '100%', mb: 1, '& .MuiAlert-message': { width: '100%' } }}
      data-testid="attribute-values-check"
    >
      <Typography variant="body2" fontWeight={600} data-testid="attribute-values-check-counts">
        {translate('patron.attributes.valuesCheck.counts', {
          smart_count: check.checked,
          checked: number(check.checked),
          fit: number(check.fit),
          refused: number(check.refused),
        })}
      </Typography>
      {check.firstRefused.length > 0 && (
        <>
          <Typography variant="body2" sx={{ mt: 1 }}>
            {translate('patron.attributes.valuesCheck.firstRefused')}
          </Typography>
          <Table size="small" data-testid="attribute-values-check-refused">
            <TableHead>
              <TableRow>
                <TableCell>{translate('patron.attributes.valuesCheck.customer')}</TableCell>
                <TableCell>{translate('patron.attributes.valuesCheck.value')}</TableCell>
                <TableCell>{translate('patron.attributes.valuesCheck.why')}</TableCell>
              </TableRow>
            </TableHead>
            <TableBody>
              {check.firstRefused.map((r) => (
                <TableRow key={r.customerId}>
                  <TableCell>
                    <Link href={`#/customers/${r.customerId}/show`}>{customer(r.customerNumber)}</Link>
                  </TableCell>
                  <TableCell>
                    <bdi>{shown(r.value)}</bdi>
                  </TableCell>
                  <TableCell>
                    {r.problem ? problemText(readProblem(r.problem, r.problem.code)) : ''}
                  </TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        </>
      )}
      {check.rewritten > 0 && (
        <>
          <Typography variant="body2" sx={{ mt: 1 }} data-testid="attribute-values-check-rewritten">
            {translate('patron.attributes.valuesCheck.rewritten', {
              smart_count: check.rewritten,
              rewritten: number(check.rewritten),
            })}
          </Typography>
          <Stack component="ul" sx={{ m: 0, ps: 2 }}>
            {rewritten.map((r) => (
              <Typography component="li" variant="body2" key={r.customerId}>
                <Link href={`#/customers/${r.customerId}/show`}>{customer(r.customerNumber)}</Link>{' '}
                <bdi>{shown(r.value)}</bdi> {arrow} <bdi>{shown(r.storedAs)}</bdi>
              </Typography>
            ))}
          </Stack>
        </>
      )}
      <Typography variant="body2" sx={{ mt: 1 }}>
        {translate('patron.attributes.valuesCheck.nothingChanges')}
      </Typography>
      {check.refused + check.rewritten > 0 && (
        <DownloadAll id={id} format={format} count={number(check.refused + check.rewritten)} />
      )}
    </Alert>
  );
}

/**
 * The check lists the first values only: this writes every refused and rewritten one to a file in
 * the background, and the bell links to it when it is ready.
 */
function DownloadAll({ id, format, count }: { id: string; format: string; count: string }) {
  const translate = useTranslate();
  const refused = useNotifyRefusal();
  const [start, { data, loading }] = useMutation(StartAttributeValuesReportMutation);
  if (data)
    return (
      <Typography
        variant="body2"
        fontWeight={600}
        sx={{ mt: 1 }}
        data-testid="attribute-values-report-started"
      >
        {translate('patron.attributes.valuesCheck.reportStarted')}
      </Typography>
    );
  return (
    <Button
      size="small"
      variant="outlined"
      sx={{ mt: 1 }}
      disabled={loading}
      onClick={() => void start({ variables: { id, format } }).catch(refused)}
      data-testid="attribute-values-report"
    >
      {translate('patron.attributes.valuesCheck.downloadAll', { count })}
    </Button>
  );
}

const shown = (value: unknown) => (typeof value === 'string' ? value : JSON.stringify(value));
