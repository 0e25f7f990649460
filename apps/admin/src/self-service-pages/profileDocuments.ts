import { graphql } from '../gql';

export const SetMyConsentMutation = graphql(`
  mutation SetMyConsent($kind: ConsentKind!, $granted: Boolean!) {
    setMyConsent(kind: $kind, granted: $granted) {
      kind
      state
      at
    }
  }
`);

export const UpdateMyProfileMutation = graphql(`
  mutation UpdateMyProfile($input: MyProfileInput!) {
    updateMyProfile(input: $input) {
      ...SelfServiceAccountFields
    }
  }
`);
