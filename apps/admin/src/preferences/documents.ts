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

export const MySessionsQuery = graphql(`
  query MySessions {
    mySessions {
      id
      createdAt
      lastSeenAt
      expiresAt
      ip
      userAgent
      current
    }
  }
`);

export const SignOutSessionMutation = graphql(`
  mutation SignOutSession($id: ID!) {
    signOutSession(id: $id)
  }
`);

export const SignOutEverywhereElseMutation = graphql(`
  mutation SignOutEverywhereElse {
    signOutEverywhere(keepCurrent: true)
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

export const MyTwoFactorQuery = graphql(`
  query MyTwoFactor {
    myTwoFactor {
      enabled
      recoveryCodesLeft
    }
  }
`);

export const StartTwoFactorEnrolmentMutation = graphql(`
  mutation StartTwoFactorEnrolment {
    startTwoFactorEnrolment {
      secret
      uri
      qr
    }
  }
`);

export const ConfirmTwoFactorMutation = graphql(`
  mutation ConfirmTwoFactor($code: String!) {
    confirmTwoFactor(code: $code)
  }
`);

export const TurnOffTwoFactorMutation = graphql(`
  mutation TurnOffTwoFactor($proof: String!) {
    turnOffTwoFactor(proof: $proof) {
      enabled
      recoveryCodesLeft
    }
  }
`);
