import type { SelfServiceAccountFieldsFragment } from '../gql/graphql';

export type AccountFields = SelfServiceAccountFieldsFragment;
