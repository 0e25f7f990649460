import { useRef } from 'react';
import {
  DeleteWithConfirmButton,
  EditButton,
  FunctionField,
  Labeled,
  Show,
  TabbedShowLayout,
  TabbedShowLayoutTabs,
  TopToolbar,
  useLocale,
  usePermissions,
  useRecordContext,
  useResourceDefinition,
} from 'react-admin';
import { useParams } from 'react-router-dom';
import { useAttributeRegistry } from '../attributes/useAttributeRegistry';
import { CardTabPanel } from '../card-tabs/CardTabPanel';
import { useCardTabs } from '../card-tabs/useCardTabs';
import { CustomerCategoryPicker } from '../categories/CustomerCategoryPicker';
import { CustomerConsentsTab } from '../consents/CustomerConsentsTab';
import { CustomerAnalyticsTab } from '../customer-analytics/CustomerAnalyticsTab';
import { CustomerProfilesPanel } from '../duplicates/CustomerProfilesPanel';
import { MergeButton } from '../duplicates/MergeButton';
import { DownloadCustomerDataButton } from '../erase/DownloadCustomerDataButton';
import { EraseCustomerButton } from '../erase/EraseCustomerButton';
import { CustomerHistory } from '../history/CustomerHistory';
import { localized } from '../i18n/localized';
import { CustomerLoyaltyTab } from '../ledger/CustomerLoyaltyTab';
import { CustomerNotesTab } from '../notes/CustomerNotesTab';
import { useCalendar } from '../preferences/useCalendar';
import { CustomerPurchasesTab } from '../purchases/CustomerPurchasesTab';
import { CustomerRelationsTab } from '../relations/CustomerRelationsTab';
import { InviteToSelfServiceButton } from '../self-service/InviteToSelfServiceButton';
import { CustomerTagEditor } from '../tags/CustomerTagEditor';
import { CustomerStatusButton } from './CustomerStatusButton';
import { CustomerHeader } from './card/CustomerHeader';
import { InlineAttribute } from './card/InlineAttribute';
import { LostCardsPanel } from './card/LostCardsPanel';
import { ReportLostCardButton } from './card/ReportLostCardButton';
import { useOpenTabInView } from './card/useOpenTabInView';

function CustomerActions() {
  const { hasEdit } = useResourceDefinition();
  const { permissions } = usePermissions<string[]>();
  const record = useRecordContext();
  // A child profile is kept as it arrived: it is changed through its main profile (or unmerged).
  const child = Boolean(record?.mainCustomerId);
  if (child) return <TopToolbar />;
  const mayDownload = ['customers.read', 'loyalty.read', 'customers.export'].every((p) =>
    permissions?.includes(p),
  );
  // An erased profile no longer changes (the server refuses): only its data can still be downloaded.
  if (record?.status === 'ERASED')
    return <TopToolbar>{mayDownload && <DownloadCustomerDataButton />}</TopToolbar>;
  return (
    <TopToolbar>
      {permissions?.includes('customers.merge') && <MergeButton />}
      {hasEdit && <CustomerStatusButton />}
      {hasEdit && <ReportLostCardButton />}
      {hasEdit && <EditButton />}
      {permissions?.includes('selfService.invite') && <InviteToSelfServiceButton />}
      {permissions?.includes('customers.delete') && <DeleteWithConfirmButton mutationMode="pessimistic" />}
      {mayDownload && <DownloadCustomerDataButton />}
      {permissions?.includes('customers.erase') && <EraseCustomerButton />}
    </TopToolbar>
  );
}

/**
 * The customer card: the header, then one tab per attribute group that has attributes, loyalty, …,
 * the history timeline, then the tabs modules add (card-tabs), each fetched when opened.
 */
export function CustomerShow() {
  const { id } = useParams<{ id: string }>();
  const moduleTabs = useCardTabs(id);
  const { definitions, groups } = useAttributeRegistry();
  const { permissions } = usePermissions<string[]>();
  const locale = useLocale();
  const strip = useRef<HTMLDivElement>(null);
  useOpenTabInView(strip, locale);
  const { format } = useCalendar();
  const live = definitions.filter((d) => !d.retired);
  const tabs = groups.filter((g) => live.some((d) => d.group === g.key));
  return (
    <Show actions={<CustomerActions />}>
      <CustomerHeader />
      {/* More tabs than a laptop's width holds (most in Russian): the strip scrolls, with arrows at its ends. */}
      <div ref={strip}>
        <TabbedShowLayout
          tabs={<TabbedShowLayoutTabs variant="scrollable" scrollButtons="auto" allowScrollButtonsMobile />}
        >
          {tabs.map((g, i) => (
            // The first tab is the card's index route; the others are addressable by group key (/show/demography).
            <TabbedShowLayout.Tab
              key={g.key}
              label={localized(g.label, locale, g.key)}
              path={i === 0 ? undefined : g.key}
            >
              {i === 0 && (
                <Labeled label="patron.tags.label">
                  <CustomerTagEditor />
                </Labeled>
              )}
              {i === 0 && (
                <Labeled label="patron.categories.label">
                  <CustomerCategoryPicker />
                </Labeled>
              )}
              {live
                .filter((d) => d.group === g.key)
                .map((d) => (
                  <Labeled key={d.id} label={localized(d.label, locale, d.key)}>
                    <InlineAttribute definition={d} />
                  </Labeled>
                ))}
              {i === 0 && <LostCardsPanel />}
              {i === 0 && (
                <FunctionField label="patron.customer.createdAt" render={(r) => format(r.createdAt, true)} />
              )}
              {i === 0 && (
                <FunctionField label="patron.customer.updatedAt" render={(r) => format(r.updatedAt, true)} />
              )}
            </TabbedShowLayout.Tab>
          ))}
          {permissions?.includes('loyalty.read') && (
            <TabbedShowLayout.Tab label="patron.loyalty.tab" path="loyalty">
              <CustomerLoyaltyTab />
            </TabbedShowLayout.Tab>
          )}
          {permissions?.includes('loyalty.read') && (
            <TabbedShowLayout.Tab label="patron.purchases.tab" path="purchases">
              <CustomerPurchasesTab />
            </TabbedShowLayout.Tab>
          )}
          <TabbedShowLayout.Tab label="patron.analytics.tab" path="analytics">
            <CustomerAnalyticsTab />
          </TabbedShowLayout.Tab>
          <TabbedShowLayout.Tab label="patron.consents.tab" path="consents">
            <CustomerConsentsTab />
          </TabbedShowLayout.Tab>
          <TabbedShowLayout.Tab label="patron.relations.tab" path="relations">
            <CustomerRelationsTab />
          </TabbedShowLayout.Tab>
          <TabbedShowLayout.Tab label="patron.duplicates.sourcesTab" path="sources">
            <CustomerProfilesPanel />
          </TabbedShowLayout.Tab>
          <TabbedShowLayout.Tab label="patron.notes.tab" path="notes">
            <CustomerNotesTab />
          </TabbedShowLayout.Tab>
          <TabbedShowLayout.Tab label="patron.customer.history" path="history">
            <CustomerHistory />
          </TabbedShowLayout.Tab>
          {moduleTabs.map((t) => (
            <TabbedShowLayout.Tab key={t.key} label={localized(t.label, locale, t.key)} path={`tab-${t.key}`}>
              <CardTabPanel customerId={id ?? ''} tabKey={t.key} />
            </TabbedShowLayout.Tab>
          ))}
        </TabbedShowLayout>
      </div>
    </Show>
  );
}
