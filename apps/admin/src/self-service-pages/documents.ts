// What the first screen sends: whether the session is still good, signing in, whether the club takes sign-ups.
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

export const SignInMutation = graphql(`
  mutation CustomerSignIn($workspace: ID!, $login: String!, $password: String!) {
    customerSignIn(workspace: $workspace, login: $login, password: $password) {
      ...SelfServiceAccountFields
    }
  }
`);

export const SelfSignUpOpenQuery = graphql(`
  query SelfSignUpOpen($workspace: ID!) {
    selfSignUpOpen(workspace: $workspace)
  }
`);
