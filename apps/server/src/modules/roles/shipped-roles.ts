import type { LocalizedText, StaffRole } from '@patron/sdk';

/**
 * The roles every workspace starts with. ADMIN holds every permission whatever its row says; the
 * others start with the permissions modules declare for them and are then the admin's to edit.
 */
export const SHIPPED_ROLES: readonly { key: StaffRole; name: Required<LocalizedText> }[] = [
  { key: 'ADMIN', name: { en: 'Administrator', ru: 'Администратор', fa: 'مدیر سیستم' } },
  { key: 'MANAGER', name: { en: 'Manager', ru: 'Менеджер', fa: 'مدیر' } },
  { key: 'OPERATOR', name: { en: 'Operator', ru: 'Оператор', fa: 'اپراتور' } },
  { key: 'ANALYST', name: { en: 'Analyst', ru: 'Аналитик', fa: 'تحلیلگر' } },
];

export const ADMIN_ROLE = 'ADMIN';
export const isShippedRole = (key: string): boolean => SHIPPED_ROLES.some((r) => r.key === key);
