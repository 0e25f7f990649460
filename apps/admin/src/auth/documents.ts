import { graphql } from '../gql';

/** Who is signed in: what Me, the sign-in and its second step all answer. */
export const SignedInStaffFields = graphql(`
  fragment SignedInStaffFields on Staff {
    id
    email
    name
    role
    roleName {
      en
      ru
      fa
    }
    mustChangePassword
    twoFactorSetupRequired
    locale
    calendar
    permissions
    branch {
      id
      code
      name {
        en
        ru
        fa
      }
    }
    workspace {
      id
      name
    }
  }
`);

export const MeQuery = graphql(`
  query Me {
    me {
      ...SignedInStaffFields
    }
  }
`);

// The sign-in answers what Me answers: the first screen needs no second round trip to know who signed in.
export const LoginMutation = graphql(`
  mutation Login($email: String!, $password: String!) {
    login(email: $email, password: $password) {
      ...SignedInStaffFields
    }
  }
`);

// The second step (two-factor sign-in on) answers what the sign-in would have.
export const LoginSecondStepMutation = graphql(`
  mutation LoginSecondStep($challenge: String!, $code: String!) {
    loginSecondStep(challenge: $challenge, code: $code) {
      ...SignedInStaffFields
    }
  }
`);

export const LogoutMutation = graphql(`
  mutation Logout {
    logout
  }
`);
