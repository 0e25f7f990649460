import { graphql } from '../gql';

export const BranchFields = graphql(`
  fragment BranchFields on Branch {
    id
    code
    name {
      en
      ru
      fa
    }
    address
    active
  }
`);

/** For the Branches screen: every branch, the inactive ones too, with its staff count. */
export const AllBranchesQuery = graphql(`
  query AllBranches {
    branches(includeInactive: true) {
      ...BranchFields
      staffCount
    }
  }
`);

/** For pickers: the active branches (a purchase is recorded at one of them). */
export const ActiveBranchesQuery = graphql(`
  query ActiveBranches {
    branches {
      ...BranchFields
    }
  }
`);

export const CreateBranchMutation = graphql(`
  mutation CreateBranch($input: BranchInput!) {
    createBranch(input: $input) {
      ...BranchFields
    }
  }
`);

export const UpdateBranchMutation = graphql(`
  mutation UpdateBranch($id: ID!, $input: BranchInput!) {
    updateBranch(id: $id, input: $input) {
      ...BranchFields
    }
  }
`);

export const SetBranchActiveMutation = graphql(`
  mutation SetBranchActive($id: ID!, $active: Boolean!) {
    setBranchActive(id: $id, active: $active) {
      ...BranchFields
    }
  }
`);

export const DeleteBranchMutation = graphql(`
  mutation DeleteBranch($id: ID!) {
    deleteBranch(id: $id)
  }
`);
