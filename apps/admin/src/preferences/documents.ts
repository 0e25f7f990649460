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
