import { ApolloProvider } from '@apollo/client/react';
import { CacheProvider } from '@emotion/react';
import People from '@mui/icons-material/People';
import Tune from '@mui/icons-material/Tune';
import { useMemo } from 'react';
import { Admin, Resource } from 'react-admin';
import { apollo } from './api/apollo';
import { dataProvider } from './api/dataProvider';
import { AttributeCreate } from './attributes/AttributeCreate';
import { AttributeEdit } from './attributes/AttributeEdit';
import { AttributeList } from './attributes/AttributeList';
import { authProvider } from './auth/authProvider';
import { CustomerCreate } from './customers/CustomerCreate';
import { CustomerEdit } from './customers/CustomerEdit';
import { CustomerList } from './customers/CustomerList';
import { CustomerShow } from './customers/CustomerShow';
import { i18nProvider } from './i18n/i18nProvider';
import { PatronLayout } from './layout/PatronLayout';
import { ltrCache, patronTheme, rtlCache } from './layout/theme';
import { UiLocaleProvider, useUiLocale } from './preferences/UiLocaleContext';

function PatronAdmin() {
  const { locale } = useUiLocale();
  const rtl = locale === 'fa';
  const theme = useMemo(() => patronTheme(rtl), [rtl]);
  return (
    <CacheProvider value={rtl ? rtlCache : ltrCache}>
      <Admin
        title="Patron"
        dataProvider={dataProvider}
        authProvider={authProvider}
        i18nProvider={i18nProvider}
        theme={theme}
        layout={PatronLayout}
        requireAuth
        disableTelemetry
      >
        {(permissions: string[]) => [
          <Resource
            key="customers"
            name="customers"
            icon={People}
            list={CustomerList}
            show={CustomerShow}
            create={permissions?.includes('customers.write') ? CustomerCreate : undefined}
            edit={permissions?.includes('customers.write') ? CustomerEdit : undefined}
            recordRepresentation="displayName"
          />,
          <Resource
            key="attributeDefinitions"
            name="attributeDefinitions"
            icon={Tune}
            list={permissions?.includes('attributes.manage') ? AttributeList : undefined}
            create={permissions?.includes('attributes.manage') ? AttributeCreate : undefined}
            edit={permissions?.includes('attributes.manage') ? AttributeEdit : undefined}
            recordRepresentation="key"
          />,
        ]}
      </Admin>
    </CacheProvider>
  );
}

export function App() {
  return (
    <ApolloProvider client={apollo}>
      <UiLocaleProvider>
        <PatronAdmin />
      </UiLocaleProvider>
    </ApolloProvider>
  );
}
