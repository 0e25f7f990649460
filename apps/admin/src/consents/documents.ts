import { graphql } from '../gql';

export const CustomerConsentsQuery = graphql(`
  query CustomerConsents($id: ID!, $first: Int!) {
    customer(id: $id) {
      id
      mobile
      email
      consents {
        kind
        state
        record {
          id
          at
          source
          capturedVia
        }
      }
      consentHistory(first: $first) {
        hasNextPage
        records {
          id
          kind
          granted
          at
          recordedAt
          source
          capturedVia
          actor {
            kind
            name
          }
        }
      }
      verification {
        status
        verifiedAt
        verifiedBy
        phoneVerified
        emailVerified
      }
    }
  }
`);

export const GrantConsentMutation = graphql(`
  mutation GrantConsent($input: ConsentChangeInput!) {
    grantConsent(input: $input) {
      kind
      state
    }
  }
`);

export const WithdrawConsentMutation = graphql(`
  mutation WithdrawConsent($input: ConsentChangeInput!) {
    withdrawConsent(input: $input) {
      kind
      state
    }
  }
`);

export const VerifyCustomerMutation = graphql(`
  mutation VerifyCustomer($id: ID!) {
    verifyCustomer(id: $id) {
      status
    }
  }
`);

export const SetContactVerifiedMutation = graphql(`
  mutation SetContactVerified($input: ContactVerificationInput!) {
    setContactVerified(input: $input) {
      phoneVerified
      emailVerified
    }
  }
`);
