import { graphql } from '../gql';

export const StaffFields = graphql(`
  fragment StaffFields on Staff {
    id
    email
    name
    role
    roleName {
      en
      ru
      fa
    }
    active
    mustChangePassword
    twoFactorEnabled
    createdAt
    branch {
      id
      code
      name {
        en
        ru
        fa
      }
    }
  }
`);

export const StaffMembersQuery = graphql(`
  query StaffMembers {
    staffMembers {
      ...StaffFields
    }
  }
`);

export const CreateStaffMutation = graphql(`
  mutation CreateStaff($input: CreateStaffInput!) {
    createStaff(input: $input) {
      ...StaffFields
    }
  }
`);

export const ChangeStaffRoleMutation = graphql(`
  mutation ChangeStaffRole($id: ID!, $role: String!) {
    changeStaffRole(id: $id, role: $role) {
      ...StaffFields
    }
  }
`);

export const SetStaffBranchMutation = graphql(`
  mutation SetStaffBranch($id: ID!, $branchId: ID) {
    setStaffBranch(id: $id, branchId: $branchId) {
      ...StaffFields
    }
  }
`);

export const DeactivateStaffMutation = graphql(`
  mutation DeactivateStaff($id: ID!) {
    deactivateStaff(id: $id) {
      ...StaffFields
    }
  }
`);

export const ReactivateStaffMutation = graphql(`
  mutation ReactivateStaff($id: ID!) {
    reactivateStaff(id: $id) {
      ...StaffFields
    }
  }
`);

export const SetTemporaryPasswordMutation = graphql(`
  mutation SetTemporaryPassword($id: ID!, $password: String!) {
    setTemporaryPassword(id: $id, password: $password) {
      ...StaffFields
    }
  }
`);

export const ResetStaffTwoFactorMutation = graphql(`
  mutation ResetStaffTwoFactor($id: ID!) {
    resetStaffTwoFactor(id: $id) {
      ...StaffFields
    }
  }
`);
