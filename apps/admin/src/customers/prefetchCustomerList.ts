import { apollo } from '../apollo';
import { AttributeRegistryQuery } from '../attributes/documents';
import { MyCustomerColumnsQuery } from '../customer-search/columns/documents';
import { CustomerFieldsQuery } from '../customer-search/fields/documents';
import { SegmentsQuery } from '../segments/documents';
import { prefetchOpeningPage } from './customerData';

/**
 * What the customer list (the first screen) reads besides its rows, asked the moment sign-in
 * succeeds, while the layout renders: the columns and fields land in Apollo's cache (the list's first
 * render has them), the opening page waits for the list's first request. A failure is the list's to show.
 */
export function prefetchCustomerList(): void {
  prefetchOpeningPage();
  for (const request of [
    { query: CustomerFieldsQuery },
    { query: AttributeRegistryQuery, variables: { includeRetired: false } },
    { query: MyCustomerColumnsQuery },
    { query: SegmentsQuery },
  ] as const) {
    apollo
      .query({ ...request, fetchPolicy: 'network-only' } as Parameters<typeof apollo.query>[0])
      .catch(() => undefined);
  }
}
