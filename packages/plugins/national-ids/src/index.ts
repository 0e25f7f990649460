import { defineModule, type PatronModule } from '@patron/sdk';
import { irNationalCode } from './ir-national-code.js';
import { ruInn } from './ru-inn.js';
import { ruSnils } from './ru-snils.js';

export { normalizeNationalCode } from './ir-national-code.js';
export { normalizeInn } from './ru-inn.js';
export { normalizeSnils } from './ru-snils.js';

/**
 * National ID numbers as attribute formats: an admin picks one for a text attribute, and every value
 * written to it is checked by the number's own check digits and stored as its digits.
 */
export default function nationalIdsPlugin(): PatronModule {
  return defineModule({
    name: 'national-ids',
    attributeFormats: [irNationalCode, ruInn, ruSnils],
  });
}
