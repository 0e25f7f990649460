import { Card, CardContent, Stack, Typography } from '@mui/material';
import { useEffect } from 'react';
import { Show, useLocale, useRecordContext, useRefresh, useTranslate } from 'react-admin';
import type { MailingFieldsFragment } from '../gql/graphql';
import { useCalendar } from '../preferences/useCalendar';
import { MailingActions } from './MailingActions';
import { MailingReport } from './MailingReport';
import { StateChip } from './StateChip';
import { formatInZone } from './zonedTime';

const LIVE_MS = 3000;

/** One mailing: what and when, the actions its state allows, and its report. */
export function MailingShow() {
  return (
    <Show actions={false} title="patron.mailings.editTitle">
      <MailingPage />
    </Show>
  );
}

function MailingPage() {
  const mailing = useRecordContext<MailingFieldsFragment>();
  const translate = useTranslate();
  const locale = useLocale();
  const { calendar } = useCalendar();
  const refresh = useRefresh();
  const live = mailing?.state === 'SENDING' || mailing?.state === 'SCHEDULED';
  // While it is going out, the counts and the report follow it.
  useEffect(() => {
    if (!live) return;
    const timer = setInterval(refresh, LIVE_MS);
    return () => clearInterval(timer);
  }, [live, refresh]);
  if (!mailing) return null;
  const when = mailing.scheduledAt
    ? `${formatInZone(mailing.scheduledAt, locale, calendar, mailing.timeZone)} (${mailing.timeZone})`
    : translate('patron.mailings.sendNow');
  return (
    <Stack gap={2} sx={{ p: 2 }} data-testid="mailing-show">
      <Card variant="outlined">
        <CardContent>
          <Stack direction="row" gap={2} alignItems="center" flexWrap="wrap" sx={{ mb: 1 }}>
            <Typography variant="h6" data-testid="mailing-title">
              {mailing.name}
            </Typography>
            <StateChip state={mailing.state} />
          </Stack>
          <Stack direction="row" gap={3} flexWrap="wrap" sx={{ mb: 2, color: 'text.secondary' }}>
            <Typography variant="body2">
              {translate('patron.mailings.channel')}:{' '}
              {translate(`patron.mailings.channels.${mailing.channel}`, { _: mailing.channel })}
            </Typography>
            <Typography variant="body2" data-testid="mailing-when">
              {translate('patron.mailings.scheduledAt')}: {when}
            </Typography>
            <Typography variant="body2" data-testid="mailing-tracking">
              {translate(mailing.channel === 'EMAIL' ? 'patron.mailings.tracking' : 'patron.mailings.clicks')}
              : {translate(mailing.trackClicks ? 'patron.mailings.tracked' : 'patron.mailings.notTracked')}
            </Typography>
            {mailing.throttlePerMinute != null && (
              <Typography variant="body2">
                {translate('patron.mailings.throttle')}: {mailing.throttlePerMinute}
              </Typography>
            )}
          </Stack>
          <MailingActions mailing={mailing} />
        </CardContent>
      </Card>
      <Typography variant="subtitle1">{translate('patron.mailings.report')}</Typography>
      <MailingReport id={mailing.id} state={mailing.state} channel={mailing.channel} />
    </Stack>
  );
}
