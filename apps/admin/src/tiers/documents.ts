import { graphql } from '../gql';

export const TierFields = graphql(`
  fragment TierFields on Tier {
    id
    key
    name {
      en
      ru
      fa
    }
    position
    minPurchaseTotal
    minPurchaseCount
    minXp
    rules
  }
`);

export const TiersQuery = graphql(`
  query Tiers {
    tiers {
      ...TierFields
      customerCount
    }
  }
`);

export const CreateTierMutation = graphql(`
  mutation CreateTier($input: TierInput!) {
    createTier(input: $input) {
      ...TierFields
    }
  }
`);

export const UpdateTierMutation = graphql(`
  mutation UpdateTier($id: ID!, $input: TierInput!) {
    updateTier(id: $id, input: $input) {
      ...TierFields
    }
  }
`);

export const DeleteTierMutation = graphql(`
  mutation DeleteTier($id: ID!) {
    deleteTier(id: $id)
  }
`);

export const TierPolicyQuery = graphql(`
  query TierPolicy {
    tierPolicy {
      windowDays
      downgradePolicy
      periodMonths
    }
  }
`);

export const UpdateTierPolicyMutation = graphql(`
  mutation UpdateTierPolicy($input: TierPolicyInput!) {
    updateTierPolicy(input: $input) {
      windowDays
      downgradePolicy
      periodMonths
    }
  }
`);

export const RecomputeTiersMutation = graphql(`
  mutation RecomputeTiers {
    recomputeTiers {
      evaluated
      changed
    }
  }
`);

export const CustomerTierQuery = graphql(`
  query CustomerTier($id: ID!) {
    customer(id: $id) {
      id
      tier {
        tier {
          ...TierFields
        }
        manualTier {
          id
        }
        since
        reviewAt
        progress {
          purchaseTotal
          purchaseCount
          xp
          nextTier {
            ...TierFields
          }
          purchaseTotalNeeded
          purchaseCountNeeded
          xpNeeded
        }
      }
    }
  }
`);

export const SetCustomerManualTierMutation = graphql(`
  mutation SetCustomerManualTier($customerId: ID!, $tierId: ID) {
    setCustomerManualTier(customerId: $customerId, tierId: $tierId) {
      tier {
        id
      }
      manualTier {
        id
      }
    }
  }
`);
