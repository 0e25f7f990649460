import { ApolloProvider } from '@apollo/client/react';
import { CacheProvider } from '@emotion/react';
import CardGiftcard from '@mui/icons-material/CardGiftcard';
import Groups from '@mui/icons-material/Groups';
import LocalOffer from '@mui/icons-material/LocalOffer';
import MilitaryTech from '@mui/icons-material/MilitaryTech';
import People from '@mui/icons-material/People';
import PlaylistAdd from '@mui/icons-material/PlaylistAdd';
import Savings from '@mui/icons-material/Savings';
import Tune from '@mui/icons-material/Tune';
import { useEffect, useMemo } from 'react';
import { Admin, Resource } from 'react-admin';
import { apollo } from './apollo';
import { AttributeDefinitionCreate } from './attributes/AttributeDefinitionCreate';
import { AttributeDefinitionEdit } from './attributes/AttributeDefinitionEdit';
import { AttributeDefinitionList } from './attributes/AttributeDefinitionList';
import { authProvider } from './auth/authProvider';
import { LoginPage } from './auth/LoginPage';
import { BalanceBatchWizard } from './balance-batches/BalanceBatchWizard';
import { CurrencyCreate } from './currencies/CurrencyCreate';
import { CurrencyEdit } from './currencies/CurrencyEdit';
import { CurrencyList } from './currencies/CurrencyList';
import { CustomerCreate } from './customers/CustomerCreate';
import { CustomerEdit } from './customers/CustomerEdit';
import { CustomerList } from './customers/CustomerList';
import { CustomerShow } from './customers/CustomerShow';
import { dataProvider } from './data-provider';
import { GroupCreate } from './groups/GroupCreate';
import { GroupEdit } from './groups/GroupEdit';
import { GroupList } from './groups/GroupList';
import { i18nProvider } from './i18n/i18nProvider';
import { isRtl } from './i18n/locales';
import { ltrCache, rtlCache } from './layout/emotionCaches';
import { PatronLayout } from './layout/PatronLayout';
import { patronTheme } from './layout/theme';
import { useShellLocale } from './layout/useShellLocale';
import { ProgrammePage } from './loyalty-programme/ProgrammePage';
import { store } from './preferences/store';
import { TagCreate } from './tags/TagCreate';
import { TagEdit } from './tags/TagEdit';
import { TagList } from './tags/TagList';
import { TierCreate } from './tiers/TierCreate';
import { TierEdit } from './tiers/TierEdit';
import { TierList } from './tiers/TierList';

/** Screens follow the signed-in staff member's permissions (the server enforces them anyway). */
function resources(permissions: string[] | undefined) {
  const may = (permission: string) => Boolean(permissions?.includes(permission));
  return [
    <Resource
      key="customers"
      name="customers"
      icon={People}
      list={CustomerList}
      show={CustomerShow}
      create={may('customers.write') ? CustomerCreate : undefined}
      edit={may('customers.write') ? CustomerEdit : undefined}
      recordRepresentation="displayName"
    />,
    <Resource
      key="tags"
      name="tags"
      icon={LocalOffer}
      list={TagList}
      create={may('tags.manage') ? TagCreate : undefined}
      edit={may('tags.manage') ? TagEdit : undefined}
      recordRepresentation="name"
    />,
    <Resource
      key="attributeDefinitions"
      name="attributeDefinitions"
      icon={Tune}
      list={may('attributes.manage') ? AttributeDefinitionList : undefined}
      create={may('attributes.manage') ? AttributeDefinitionCreate : undefined}
      edit={may('attributes.manage') ? AttributeDefinitionEdit : undefined}
      recordRepresentation="key"
    />,
    <Resource
      key="currencies"
      name="currencies"
      icon={Savings}
      list={may('loyalty.configure') ? CurrencyList : undefined}
      create={may('loyalty.configure') ? CurrencyCreate : undefined}
      edit={may('loyalty.configure') ? CurrencyEdit : undefined}
      recordRepresentation="key"
    />,
    <Resource
      key="loyaltyProgramme"
      name="loyaltyProgramme"
      icon={CardGiftcard}
      list={may('loyalty.configure') ? ProgrammePage : undefined}
    />,
    <Resource
      key="tiers"
      name="tiers"
      icon={MilitaryTech}
      list={may('loyalty.configure') ? TierList : undefined}
      create={may('loyalty.configure') ? TierCreate : undefined}
      edit={may('loyalty.configure') ? TierEdit : undefined}
      recordRepresentation="key"
    />,
    <Resource
      key="groups"
      name="groups"
      icon={Groups}
      list={may('loyalty.read') ? GroupList : undefined}
      create={may('loyalty.configure') ? GroupCreate : undefined}
      edit={may('loyalty.configure') ? GroupEdit : undefined}
      recordRepresentation="name"
    />,
    // A page, not a list: adjusting many balances at once (a file or a segment), for who may adjust.
    <Resource
      key="balanceBatches"
      name="balanceBatches"
      icon={PlaylistAdd}
      list={may('loyalty.adjust') ? BalanceBatchWizard : undefined}
      options={{ label: 'patron.balanceBatches.menu' }}
    />,
  ];
}

export function App() {
  const locale = useShellLocale();
  const rtl = isRtl(locale);
  const theme = useMemo(() => patronTheme(rtl), [rtl]);
  useEffect(() => {
    document.documentElement.lang = locale;
    document.documentElement.dir = rtl ? 'rtl' : 'ltr';
  }, [locale, rtl]);
  return (
    <ApolloProvider client={apollo}>
      <CacheProvider value={rtl ? rtlCache : ltrCache}>
        <Admin
          title="Patron"
          store={store}
          dataProvider={dataProvider}
          authProvider={authProvider}
          i18nProvider={i18nProvider}
          loginPage={LoginPage}
          theme={theme}
          layout={PatronLayout}
          requireAuth
          disableTelemetry
        >
          {resources}
        </Admin>
      </CacheProvider>
    </ApolloProvider>
  );
}
