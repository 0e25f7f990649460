const families = import.meta.glob<{ fa: object }>('../**/messages.fa.ts', { eager: true });

/** The families' Persian texts, in FAMILY_EN's order (familyMessages.ts). */
export const FAMILY_FA: object[] = Object.keys(families)
  .sort()
  .map((path) => (families[path] as { fa: object }).fa);
