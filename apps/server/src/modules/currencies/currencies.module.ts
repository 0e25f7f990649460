import { defineModule } from '@patron/sdk';
import { CurrencySchema } from './currency.entity.js';
import { CurrencyResolver } from './currency.resolver.js';
import { CurrencyService } from './currency.service.js';

declare module '@patron/sdk' {
  interface PatronServices {
    currencies: CurrencyService;
  }
}

/** The workspace's currencies: points, credit, XP… (every workspace starts with the defaults). */
export const currenciesModule = defineModule({
  name: 'currencies',
  needs: ['orm'],
  services: {
    currencies: ({ orm }) => new CurrencyService(orm),
  },
  entities: [CurrencySchema],
  resolvers: [CurrencyResolver],
  onStart: ({ currencies }) => currencies.ensureDefaults(),
});
