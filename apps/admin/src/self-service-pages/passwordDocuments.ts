// Choosing a password: an invitation's or a reset link's, or a forgotten one's by a code.
import { graphql } from '../gql';

export const SetPasswordMutation = graphql(`
  mutation SetSelfServicePassword($token: String!, $password: String!) {
    setSelfServicePassword(token: $token, password: $password) {
      ...SelfServiceAccountFields
    }
  }
`);

export const StartPasswordResetMutation = graphql(`
  mutation StartCustomerPasswordReset($workspace: ID!, $login: String!, $language: String) {
    startCustomerPasswordReset(workspace: $workspace, login: $login, language: $language)
  }
`);

export const FinishPasswordResetMutation = graphql(`
  mutation FinishCustomerPasswordReset($resetId: ID!, $code: String!, $password: String!) {
    finishCustomerPasswordReset(resetId: $resetId, code: $code, password: $password) {
      ...SelfServiceAccountFields
    }
  }
`);

export const ResetPasswordMutation = graphql(`
  mutation ResetCustomerPassword($token: String!, $password: String!) {
    resetCustomerPassword(token: $token, password: $password) {
      ...SelfServiceAccountFields
    }
  }
`);
