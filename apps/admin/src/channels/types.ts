import type { ChannelsQuery } from '../gql/graphql';

export type ChannelProvider = ChannelsQuery['channelProviders'][number];
export type ChannelAccount = ChannelsQuery['channelAccounts'][number];
