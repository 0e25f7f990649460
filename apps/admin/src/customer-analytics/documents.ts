import { graphql } from '../gql';

export const CustomerAnalyticsQuery = graphql(`
  query CustomerAnalytics($id: ID!, $months: Int!, $calendar: CalendarSystem!, $loyalty: Boolean!) {
    customer(id: $id) {
      id
      analytics {
        completeness {
          filled
          counted
          share
          missing {
            key
            label {
              en
              ru
              fa
            }
          }
        }
        lifecycle {
          stage
          joinedAt
          lastPurchaseAt
          rules {
            newDays
            atRiskDays
            lostDays
          }
        }
        purchasesByMonth(months: $months, calendar: $calendar) @include(if: $loyalty) {
          month
          from
          count
          amount
          returnedAmount
        }
        balanceByMonth(months: $months, calendar: $calendar) @include(if: $loyalty) {
          currencyKey
          currencyName {
            en
            ru
            fa
          }
          points {
            month
            from
            balance
          }
        }
        rfmHistory @include(if: $loyalty) {
          segment
          from
        }
      }
    }
  }
`);
