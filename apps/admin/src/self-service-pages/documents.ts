import { graphql } from '../gql';

export const AccountFields = graphql(`
  fragment SelfServiceAccountFields on SelfServiceAccount {
    customerId
    firstName
    lastName
    cardNumber
    email
    birthDate
    gender
    number
    consents {
      kind
      state
      at
    }
    tier {
      key
      name {
        en
        ru
        fa
      }
    }
    balances {
      amount
      currency {
        key
        decimals
        name {
          en
          ru
          fa
        }
      }
    }
  }
`);

export const MyAccountQuery = graphql(`
  query MyAccount {
    myAccount {
      ...SelfServiceAccountFields
    }
  }
`);

export const SetPasswordMutation = graphql(`
  mutation SetSelfServicePassword($token: String!, $password: String!) {
    setSelfServicePassword(token: $token, password: $password) {
      ...SelfServiceAccountFields
    }
  }
`);

export const SignInMutation = graphql(`
  mutation CustomerSignIn($workspace: ID!, $login: String!, $password: String!) {
    customerSignIn(workspace: $workspace, login: $login, password: $password) {
      ...SelfServiceAccountFields
    }
  }
`);

export const SignOutMutation = graphql(`
  mutation CustomerSignOut {
    customerSignOut
  }
`);

export const MyOperationsQuery = graphql(`
  query MyOperations($first: Int!, $after: String) {
    myOperations(first: $first, after: $after) {
      edges {
        node {
          id
          currency
          kind
          amount
          reason
          createdAt
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);

export const MyPurchasesQuery = graphql(`
  query MyPurchases($first: Int!, $after: String) {
    myPurchases(first: $first, after: $after) {
      edges {
        node {
          id
          invoiceNumber
          amount
          paidAmount
          purchasedAt
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);

export const MyRequestsQuery = graphql(`
  query MyRequests {
    myRequests {
      id
      subject
      text
      status
      answer
      answeredAt
      createdAt
    }
  }
`);

export const SendRequestMutation = graphql(`
  mutation SendRequest($subject: String!, $text: String!) {
    sendRequest(subject: $subject, text: $text) {
      id
    }
  }
`);

export const ChangeMyPasswordMutation = graphql(`
  mutation ChangeMyAccountPassword($currentPassword: String!, $newPassword: String!) {
    changeMyAccountPassword(currentPassword: $currentPassword, newPassword: $newPassword)
  }
`);

export const MyNewsQuery = graphql(`
  query MyNews($first: Int!, $after: String, $language: Locale) {
    myNews(first: $first, after: $after, language: $language) {
      edges {
        node {
          id
          language
          title
          body
          publishedAt
          pinned
          read
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
    myUnreadNewsCount
  }
`);

export const MarkMyNewsReadMutation = graphql(`
  mutation MarkMyNewsRead($id: ID!) {
    markMyNewsRead(id: $id)
  }
`);

export const MyPushKeyQuery = graphql(`
  query MyPushKey {
    myPushKey
  }
`);

export const SubscribeMyPushMutation = graphql(`
  mutation SubscribeMyPush($input: MyPushSubscriptionInput!) {
    subscribeMyPush(input: $input)
  }
`);

export const UnsubscribeMyPushMutation = graphql(`
  mutation UnsubscribeMyPush($endpoint: String!) {
    unsubscribeMyPush(endpoint: $endpoint)
  }
`);

export const SelfSignUpOpenQuery = graphql(`
  query SelfSignUpOpen($workspace: ID!) {
    selfSignUpOpen(workspace: $workspace)
  }
`);

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
