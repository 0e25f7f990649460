import { graphql } from '../gql';

export const MailingFields = graphql(`
  fragment MailingFields on Mailing {
    id
    name
    channel
    templateId
    state
    scheduledAt
    sendAt
    timeZone
    throttlePerMinute
    attributionDays
    trackClicks
    createdByName
    createdAt
    audience {
      segmentId
      groupId
      customerIds
      filter
    }
    counts {
      recipients
      queued
      sent
      delivered
      failed
      skipped
      unsubscribed
      clicked
      opened
    }
  }
`);

export const MailingsQuery = graphql(`
  query Mailings($first: Int!, $offset: Int!) {
    mailings(first: $first, offset: $offset) {
      totalCount
      nodes {
        ...MailingFields
      }
    }
  }
`);

export const MailingQuery = graphql(`
  query Mailing($id: ID!) {
    mailing(id: $id) {
      ...MailingFields
    }
  }
`);

export const CreateMailingMutation = graphql(`
  mutation CreateMailing($input: MailingInput!) {
    createMailing(input: $input) {
      ...MailingFields
    }
  }
`);

export const UpdateMailingMutation = graphql(`
  mutation UpdateMailing($id: ID!, $input: MailingInput!) {
    updateMailing(id: $id, input: $input) {
      ...MailingFields
    }
  }
`);

export const StartMailingMutation = graphql(`
  mutation StartMailing($id: ID!) {
    startMailing(id: $id) {
      ...MailingFields
    }
  }
`);

export const CancelMailingMutation = graphql(`
  mutation CancelMailing($id: ID!) {
    cancelMailing(id: $id) {
      ...MailingFields
    }
  }
`);

export const SendTestMailingMutation = graphql(`
  mutation SendTestMailing($id: ID!, $to: String!) {
    sendTestMailing(mailingId: $id, to: $to)
  }
`);

export const MailingAudienceCountFields = graphql(`
  fragment MailingAudienceCountFields on MailingAudienceCount {
    total
    reachable
    excluded {
      reason
      count
    }
  }
`);

export const MailingAudienceQuery = graphql(`
  query MailingAudience($channel: String!, $audience: MailingAudienceInput!) {
    mailingAudience(channel: $channel, audience: $audience) {
      ...MailingAudienceCountFields
    }
  }
`);

export const MailingReportQuery = graphql(`
  query MailingReport($id: ID!) {
    mailingReport(mailingId: $id) {
      mailingState
      attributionDays
      byState {
        state
        count
      }
      failedByReason {
        reason
        count
      }
      skippedByReason {
        reason
        count
      }
      attributed {
        purchases
        customers
        revenue
      }
      clicked
      clickRate
      opened
      openRate
    }
  }
`);
