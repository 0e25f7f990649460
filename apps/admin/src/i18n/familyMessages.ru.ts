const families = import.meta.glob<{ ru: object }>('../**/messages.ru.ts', { eager: true });

/** The families' Russian texts, in FAMILY_EN's order (familyMessages.ts). */
export const FAMILY_RU: object[] = Object.keys(families)
  .sort()
  .map((path) => (families[path] as { ru: object }).ru);
