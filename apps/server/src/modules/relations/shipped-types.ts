import type { LocalizedText } from '@patron/sdk';

export interface RelationTypeDef {
  key: string;
  /** What the related customer is to the customer. */
  name: LocalizedText;
  /** What the customer is to the related one; null for a symmetric type. */
  inverseName: LocalizedText | null;
  shipped: boolean;
}

/** Every workspace has these; they are symmetric and cannot be changed. */
export const SHIPPED_RELATION_TYPES: RelationTypeDef[] = [
  { key: 'family', name: { en: 'Family', ru: 'Семья', fa: 'خانواده' }, inverseName: null, shipped: true },
  {
    key: 'colleague',
    name: { en: 'Colleague', ru: 'Коллега', fa: 'همکار' },
    inverseName: null,
    shipped: true,
  },
  { key: 'friend', name: { en: 'Friend', ru: 'Друг', fa: 'دوست' }, inverseName: null, shipped: true },
  {
    key: 'business_partner',
    name: { en: 'Business partner', ru: 'Деловой партнёр', fa: 'شریک تجاری' },
    inverseName: null,
    shipped: true,
  },
];
