import { graphql } from '../gql';

export const ChannelAccountFields = graphql(`
  fragment ChannelAccountFields on ChannelAccount {
    id
    provider
    kind
    name
    enabled
    isDefault
    settings {
      key
      value
    }
    secretsSet
    webhookUrl
  }
`);

export const ChannelsQuery = graphql(`
  query Channels {
    channelProviders {
      provider
      kind
      label {
        en
        ru
        fa
      }
      settings {
        key
        label {
          en
          ru
          fa
        }
        required
        secret
        help {
          en
          ru
          fa
        }
        choices
        choiceLabels {
          value
          label {
            en
            ru
            fa
          }
        }
      }
    }
    channelAccounts {
      ...ChannelAccountFields
    }
  }
`);

export const SaveChannelAccountMutation = graphql(`
  mutation SaveChannelAccount($input: SaveChannelAccountInput!) {
    saveChannelAccount(input: $input) {
      ...ChannelAccountFields
    }
  }
`);

export const DeleteChannelAccountMutation = graphql(`
  mutation DeleteChannelAccount($id: ID!) {
    deleteChannelAccount(id: $id)
  }
`);

export const SendTestMessageMutation = graphql(`
  mutation SendTestMessage($accountId: ID!, $to: String!, $text: String!) {
    sendTestMessage(accountId: $accountId, to: $to, text: $text) {
      ok
      providerMessageId
      retryable
      reason
      detail
    }
  }
`);
