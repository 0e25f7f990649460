import { ApolloProvider } from '@apollo/client/react';
import { CacheProvider } from '@emotion/react';
import { useEffect, useMemo } from 'react';
import { Admin, CustomRoutes } from 'react-admin';
import { Route } from 'react-router-dom';
import { apiKeysResource } from './api-keys';
import { apollo } from './apollo';
import { attributeDefinitionsResource } from './attributes';
import { auditResource } from './audit';
import { authProvider } from './auth/authProvider';
import { LoginPage } from './auth/LoginPage';
import { automationsResource } from './automations';
import { balanceBatchesResource } from './balance-batches';
import { branchesResource } from './branches';
import { categoriesResource } from './categories';
import { channelsResource } from './channels';
import { type AdminResource, resourceFor } from './common/adminResource';
import { lazyScreen } from './common/lazyScreen';
import { currenciesResource } from './currencies';
import { customersResource } from './customers';
import { dataProvider } from './data-provider';
import { duplicatesResource } from './duplicates';
import { giftCardsResource } from './gift-cards';
import { groupsResource } from './groups';
import { i18nProvider } from './i18n/i18nProvider';
import { isRtl } from './i18n/locales';
import { importsResource } from './imports';
import { jobsResource } from './jobs';
import { useEmotionCache } from './layout/emotionCaches';
import { PatronLayout } from './layout/PatronLayout';
import { patronTheme } from './layout/theme';
import { useShellLocale } from './layout/useShellLocale';
import { loyaltyProgrammeResource } from './loyalty-programme';
import { mailingsResource } from './mailings';
import { newsPostsResource } from './news';
import { MY_SESSIONS_PATH } from './preferences/MySessionsMenuItem';
import { store } from './preferences/store';
import { productsResource } from './products';
import { relationTypesResource } from './relations';
import { dashboardResource } from './reports';
import { rfmResource } from './rfm';
import { rolesResource } from './roles';
import { hashRouterProvider } from './routing/hashRouterProvider';
import { customerRequestsResource } from './self-service';
import { staffResource } from './staff';
import { tagsResource } from './tags';
import { templatesResource } from './templates';
import { tiersResource } from './tiers';
import { webhooksResource } from './webhooks';
import { workspaceSettingsResource } from './workspace-settings';

const MySessionsPage = lazyScreen(
  () => import('./preferences/MySessionsPage'),
  (m) => m.MySessionsPage,
);

/** Every resource, in the menu's order; each folder's index.tsx says which permission each screen needs. */
export const RESOURCES: readonly AdminResource[] = [
  // The home page of those who hold reports.read; the customer list for everyone else.
  dashboardResource,
  customersResource,
  duplicatesResource,
  tagsResource,
  categoriesResource,
  relationTypesResource,
  attributeDefinitionsResource,
  currenciesResource,
  loyaltyProgrammeResource,
  tiersResource,
  rfmResource,
  groupsResource,
  // The Messaging group (options.group): what is said, to whom, when, and through which account.
  mailingsResource,
  templatesResource,
  automationsResource,
  channelsResource,
  balanceBatchesResource,
  giftCardsResource,
  importsResource,
  branchesResource,
  customerRequestsResource,
  newsPostsResource,
  productsResource,
  staffResource,
  rolesResource,
  auditResource,
  apiKeysResource,
  webhooksResource,
  jobsResource,
  workspaceSettingsResource,
];

/** Screens follow the signed-in staff member's permissions (the server enforces them anyway). */
const resources = (permissions: string[] | undefined) =>
  RESOURCES.map((resource) => resourceFor(resource, permissions));

export function App() {
  const locale = useShellLocale();
  const rtl = isRtl(locale);
  const theme = useMemo(() => patronTheme(rtl), [rtl]);
  const cache = useEmotionCache(rtl);
  useEffect(() => {
    document.documentElement.lang = locale;
    document.documentElement.dir = rtl ? 'rtl' : 'ltr';
  }, [locale, rtl]);
  return (
    <ApolloProvider client={apollo}>
      <CacheProvider value={cache}>
        <Admin
          title="Patron"
          store={store}
          dataProvider={dataProvider}
          authProvider={authProvider}
          i18nProvider={i18nProvider}
          loginPage={LoginPage}
          theme={theme}
          layout={PatronLayout}
          routerProvider={hashRouterProvider}
          requireAuth
          disableTelemetry
        >
          {resources}
          <CustomRoutes>
            <Route path={MY_SESSIONS_PATH} element={<MySessionsPage />} />
          </CustomRoutes>
        </Admin>
      </CacheProvider>
    </ApolloProvider>
  );
}
