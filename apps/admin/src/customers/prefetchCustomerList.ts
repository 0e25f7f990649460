import { apollo } from '../apollo';
import { attributeRegistry } from '../attributes/useAttributeRegistry';
import { MyCustomerColumnsQuery } from '../customer-search/columns/documents';
import { customerFields } from '../customer-search/fields/useCustomerFields';
import { SegmentsQuery } from '../segments/documents';
import { prefetchOpeningPage } from './customerData';

/**
 * What the customer list (the first screen) reads besides its rows, asked the moment sign-in
 * succeeds, while the layout renders: the fields and the registry in their shared answers, the
 * columns and segments in Apollo's cache (the list's first render has them); the opening page waits
 * for the list's first request. A failure is the list's to show.
 */
export function prefetchCustomerList(): void {
  prefetchOpeningPage();
  customerFields.load({}).catch(() => undefined);
  attributeRegistry.load({ includeRetired: false }).catch(() => undefined);
  for (const request of [{ query: MyCustomerColumnsQuery }, { query: SegmentsQuery }] as const) {
    apollo
      .query({ ...request, fetchPolicy: 'network-only' } as Parameters<typeof apollo.query>[0])
      .catch(() => undefined);
  }
}
