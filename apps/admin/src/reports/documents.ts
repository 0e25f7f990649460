import { graphql } from '../gql';

export const DashboardQuery = graphql(`
  query Dashboard($input: DashboardInput!, $withTop: Boolean!, $withProducts: Boolean!) {
    dashboard(input: $input) {
      from
      to
      previousFrom
      previousTo
      calendar
      timeZone
      asOf
      members {
        value
        previous
      }
      newMembers {
        value
        previous
      }
      activeMembers {
        value
        previous
      }
      purchases {
        value
        previous
      }
      repeatCustomers {
        value
        previous
      }
      revenue {
        value
        previous
      }
      averagePurchase {
        value
        previous
      }
      balances {
        currency {
          id
          key
          name {
            en
            ru
            fa
          }
          decimals
        }
        issued
        spent
        expired
        previousIssued
        previousSpent
      }
      series {
        start
        end
        label
        startDay
        partial
        newMembers
        activeMembers
        purchases
        revenue
      }
      tiers {
        tier {
          id
          key
          name {
            en
            ru
            fa
          }
        }
        customers
      }
      rfmSegments {
        segment
        customers
      }
      topCustomers(first: 10) @include(if: $withTop) {
        customerId
        displayName
        purchases
        revenue
      }
      topProducts(first: 10) @include(if: $withProducts) {
        product {
          id
          sku
          unit
          name {
            en
            ru
            fa
          }
        }
        quantity
        revenue
      }
    }
  }
`);

/** The workspace's clock: presets are days on it, as the server's buckets are. */
export const WorkspaceClockQuery = graphql(`
  query WorkspaceClock {
    workspaceSettings {
      timeZone
    }
  }
`);

export const ExportDashboardMutation = graphql(`
  mutation ExportDashboard($input: DashboardInput!) {
    exportDashboard(input: $input, first: 10) {
      fileId
      name
      downloadPath
    }
  }
`);
