import { graphql } from '../gql';

export const RoleFields = graphql(`
  fragment RoleFields on Role {
    key
    name {
      en
      ru
      fa
    }
    permissions
    shipped
    editable
    staffCount
  }
`);

export const RolesQuery = graphql(`
  query Roles {
    roles {
      ...RoleFields
    }
  }
`);

export const RoleNamesQuery = graphql(`
  query RoleNames {
    roleNames {
      key
      name {
        en
        ru
        fa
      }
    }
  }
`);

export const PermissionsQuery = graphql(`
  query Permissions {
    permissions {
      name
      description
      module
    }
  }
`);

export const CreateRoleMutation = graphql(`
  mutation CreateRole($input: CreateRoleInput!) {
    createRole(input: $input) {
      ...RoleFields
    }
  }
`);

export const UpdateRoleMutation = graphql(`
  mutation UpdateRole($key: String!, $input: RoleInput!) {
    updateRole(key: $key, input: $input) {
      ...RoleFields
    }
  }
`);

export const DeleteRoleMutation = graphql(`
  mutation DeleteRole($key: String!) {
    deleteRole(key: $key)
  }
`);
