import { graphql } from '../gql';

export const MeQuery = graphql(`
  query Me {
    me {
      id
      email
      name
      role
      locale
      calendar
      permissions
      workspace {
        id
        name
      }
    }
  }
`);

export const LoginMutation = graphql(`
  mutation Login($email: String!, $password: String!) {
    login(email: $email, password: $password) {
      id
      locale
      calendar
    }
  }
`);

export const LogoutMutation = graphql(`
  mutation Logout {
    logout
  }
`);
