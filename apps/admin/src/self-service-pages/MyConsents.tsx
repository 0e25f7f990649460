import { Alert, FormControlLabel, Paper, Stack, Switch, Typography } from '@mui/material';
import { useState } from 'react';
import { ConsentKind, ConsentState } from '../gql/graphql';
import type { AccountFields } from './account';
import { call, Refusal } from './api';
import { SetMyConsentMutation } from './profileDocuments';
import { useWords } from './WordsContext';

type Consent = AccountFields['consents'][number];

/**
 * Personal data consent is withdrawn through a request to the club, so it has no switch here; push
 * has its own, "Notifications on this device", which subscribes the browser along with the consent.
 */
const MARKETING = [ConsentKind.SMS, ConsentKind.EMAIL, ConsentKind.TELEGRAM, ConsentKind.WHATSAPP] as const;

/** "My consents": one switch per marketing channel, withdrawn as easily as given (GDPR). */
export function MyConsents({ consents }: { consents: readonly Consent[] }) {
  const words = useWords();
  const [mine, setMine] = useState<readonly Consent[]>(consents);
  const [busy, setBusy] = useState<ConsentKind | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const toggle = async (kind: ConsentKind, granted: boolean) => {
    setBusy(kind);
    setProblem(null);
    try {
      const { setMyConsent } = await call(SetMyConsentMutation, { kind, granted });
      setMine((all) => [...all.filter((c) => c.kind !== kind), setMyConsent]);
    } catch (error) {
      if (!(error instanceof Refusal)) throw error;
      setProblem(words.problem(error.problem));
    } finally {
      setBusy(null);
    }
  };
  return (
    <Paper sx={{ p: { xs: 2, sm: 3 } }} data-testid="ss-consents">
      <Typography component="h2" variant="h6">
        {words.t('consents.title')}
      </Typography>
      <Typography variant="body2" color="text.secondary" sx={{ mb: 1 }}>
        {words.t('consents.help')}
      </Typography>
      {problem && <Alert severity="error">{problem}</Alert>}
      <Stack spacing={0.5}>
        {MARKETING.map((kind) => {
          const consent = mine.find((c) => c.kind === kind);
          const on = consent?.state === ConsentState.GRANTED;
          const since =
            consent?.at && consent.state !== ConsentState.NOT_ASKED
              ? words.t(on ? 'consents.given' : 'consents.withdrawn', { date: words.date(consent.at) })
              : words.t('consents.notAsked');
          return (
            <FormControlLabel
              key={kind}
              sx={{ m: 0, gap: 1, alignItems: 'center' }}
              control={
                <Switch
                  checked={on}
                  disabled={busy !== null}
                  onChange={(e) => void toggle(kind, e.target.checked)}
                  slotProps={{ input: { 'data-testid': `ss-consent-${kind}` } as object }}
                />
              }
              label={
                <span>
                  <Typography component="span" sx={{ display: 'block' }}>
                    {words.t(`consents.kind.${kind}`)}
                  </Typography>
                  <Typography
                    component="span"
                    variant="body2"
                    color="text.secondary"
                    data-testid={`ss-consent-${kind}-since`}
                  >
                    {since}
                  </Typography>
                </span>
              }
            />
          );
        })}
      </Stack>
    </Paper>
  );
}
