import { graphql } from '../gql';

export const RelationTypesQuery = graphql(`
  query RelationTypes {
    relationTypes {
      key
      shipped
      name {
        en
        ru
        fa
      }
      inverseName {
        en
        ru
        fa
      }
    }
  }
`);

/** The card's Relations tab: the referrer, whom the customer referred, and typed links. */
export const CustomerRelationsQuery = graphql(`
  query CustomerRelations($id: ID!) {
    customer(id: $id) {
      id
      relations {
        id
        createdAt
        type {
          key
        }
        label {
          en
          ru
          fa
        }
        related {
          id
          displayName
          number
        }
      }
    }
  }
`);

/** Separate from the links: only roles that see loyalty (loyalty.read) may read referrals. */
export const CustomerReferralsQuery = graphql(`
  query CustomerReferrals($id: ID!) {
    customer(id: $id) {
      id
      referrer {
        id
        displayName
        number
      }
      referredCustomers {
        id
        displayName
        number
      }
    }
  }
`);

export const AddCustomerRelationMutation = graphql(`
  mutation AddCustomerRelation($input: AddCustomerRelationInput!) {
    addCustomerRelation(input: $input) {
      id
    }
  }
`);

export const RemoveCustomerRelationMutation = graphql(`
  mutation RemoveCustomerRelation($id: ID!) {
    removeCustomerRelation(id: $id)
  }
`);

export const RecordReferralMutation = graphql(`
  mutation SetReferrer($input: RecordReferralInput!) {
    recordReferral(input: $input) {
      referrerId
    }
  }
`);

export const ClearReferralMutation = graphql(`
  mutation ClearReferrer($customerId: ID!) {
    clearReferral(customerId: $customerId) {
      id
    }
  }
`);

/** The autocomplete's matches: the list's quick search (names, phones, emails, the customer number). */
export const CustomerMatchesQuery = graphql(`
  query CustomerMatches($search: [String!]) {
    customers(first: 10, search: $search) {
      edges {
        node {
          id
          displayName
          number
          mobile
        }
      }
    }
  }
`);

/** For the Relation types screen: with how many relations use each. */
export const RelationTypesWithCountsQuery = graphql(`
  query RelationTypesWithCounts {
    relationTypes {
      key
      shipped
      relationCount
      name {
        en
        ru
        fa
      }
      inverseName {
        en
        ru
        fa
      }
    }
  }
`);

export const CreateRelationTypeMutation = graphql(`
  mutation CreateRelationType($input: RelationTypeInput!) {
    createRelationType(input: $input) {
      key
    }
  }
`);

export const UpdateRelationTypeMutation = graphql(`
  mutation UpdateRelationType($key: String!, $input: RelationTypeInput!) {
    updateRelationType(key: $key, input: $input) {
      key
    }
  }
`);

export const DeleteRelationTypeMutation = graphql(`
  mutation DeleteRelationType($key: String!) {
    deleteRelationType(key: $key)
  }
`);
