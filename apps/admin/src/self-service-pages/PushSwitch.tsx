import { Alert, FormControlLabel, Paper, Switch, Typography } from '@mui/material';
import { useEffect, useState } from 'react';
import { MyPushKeyQuery, SubscribeMyPushMutation, UnsubscribeMyPushMutation } from './accountDocuments';
import { call } from './api';
import {
  currentSubscription,
  devicePushSupported,
  notificationsBlocked,
  subscribeDevice,
  subscriptionInput,
} from './devicePush';
import { useWords } from './WordsContext';

type Problem = 'push.unsupported' | 'push.blocked' | 'push.failed' | null;

/**
 * "Notifications on this device": subscribes this browser to the club's push notifications, or
 * unsubscribes it. Not shown when the club sends none (no key); says why when this browser cannot.
 */
export function PushSwitch() {
  const words = useWords();
  const [key, setKey] = useState<string | null>(null);
  const [on, setOn] = useState(false);
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<Problem>(null);
  const supported = devicePushSupported();

  useEffect(() => {
    void call(MyPushKeyQuery)
      .then(async ({ myPushKey }) => {
        setKey(myPushKey ?? null);
        if (myPushKey && supported) setOn(Boolean(await currentSubscription()));
      })
      .catch(() => setKey(null));
  }, [supported]);

  if (!key) return null;
  const toggle = async (wanted: boolean) => {
    setBusy(true);
    setProblem(null);
    try {
      if (wanted) {
        const subscription = await subscribeDevice(key);
        if (!subscription) {
          setProblem(notificationsBlocked() ? 'push.blocked' : null);
          return;
        }
        await call(SubscribeMyPushMutation, { input: subscriptionInput(subscription) });
        setOn(true);
      } else {
        const subscription = await currentSubscription();
        if (subscription) {
          await call(UnsubscribeMyPushMutation, { endpoint: subscription.endpoint });
          await subscription.unsubscribe();
        }
        setOn(false);
      }
    } catch {
      setProblem('push.failed');
    } finally {
      setBusy(false);
    }
  };
  const shown: Problem = supported ? problem : 'push.unsupported';
  return (
    <Paper sx={{ p: { xs: 2, sm: 3 } }} data-testid="ss-push">
      <FormControlLabel
        sx={{ m: 0, gap: 1, alignItems: 'center' }}
        control={
          <Switch
            checked={on}
            disabled={!supported || busy}
            onChange={(e) => void toggle(e.target.checked)}
            slotProps={{ input: { 'data-testid': 'ss-push-switch' } as object }}
          />
        }
        label={
          <Typography component="h2" variant="h6">
            {words.t('push.title')}
          </Typography>
        }
      />
      <Typography variant="body2" color="text.secondary" sx={{ mt: 1 }}>
        {words.t('push.help')}
      </Typography>
      {shown && (
        <Alert
          severity={shown === 'push.failed' ? 'error' : 'info'}
          sx={{ mt: 2 }}
          data-testid="ss-push-problem"
        >
          {words.t(shown)}
        </Alert>
      )}
    </Paper>
  );
}
