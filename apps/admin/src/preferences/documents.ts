import { graphql } from '../gql';

export const UpdateMyPreferencesMutation = graphql(`
  mutation UpdateMyPreferences($input: UpdatePreferencesInput!) {
    updateMyPreferences(input: $input) {
      id
      locale
      calendar
    }
  }
`);

export const ChangeMyPasswordMutation = graphql(`
  mutation ChangeMyPassword($input: ChangeMyPasswordInput!) {
    changeMyPassword(input: $input) {
      id
      mustChangePassword
    }
  }
`);
