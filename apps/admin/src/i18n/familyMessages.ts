const families = import.meta.glob<{ en: object }>('../**/messages.ts', { eager: true });

/**
 * Screen families that keep their texts beside their screens: English in each family's messages.ts,
 * Russian and Persian in messages.ru.ts and messages.fa.ts, so only English comes with the first
 * screen (the languages' catalogues load the others). Each list is every such file, found by its name (a new family needs no entry here), in the
 * same order of paths, and messages.test.ts checks their keys match. Refusals' texts (./problems) are merged by each
 * language's catalogue.
 */
export const FAMILY_EN: object[] = Object.keys(families)
  .sort()
  .map((path) => (families[path] as { en: object }).en);
