// Joining the club: a code sent by SMS, then the code and a password.
import { graphql } from '../gql';

export const StartSignUpMutation = graphql(`
  mutation StartCustomerSignUp(
    $workspace: ID!
    $mobile: String!
    $firstName: String!
    $lastName: String
    $language: String
  ) {
    startCustomerSignUp(
      workspace: $workspace
      mobile: $mobile
      firstName: $firstName
      lastName: $lastName
      language: $language
    )
  }
`);

export const FinishSignUpMutation = graphql(`
  mutation FinishCustomerSignUp($signUpId: ID!, $code: String!, $password: String!, $marketingConsent: Boolean!) {
    finishCustomerSignUp(signUpId: $signUpId, code: $code, password: $password, marketingConsent: $marketingConsent) {
      ...SelfServiceAccountFields
    }
  }
`);
