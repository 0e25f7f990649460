import { localized } from '../i18n/localized';

interface TypeLike {
  key: string;
  name: { en?: string | null; ru?: string | null; fa?: string | null };
  inverseName?: { en?: string | null; ru?: string | null; fa?: string | null } | null;
}

export interface RelationChoice {
  /** `key` for the type's name, `key:inverse` for the other side of a two-sided type. */
  value: string;
  typeKey: string;
  inverse: boolean;
  label: string;
}

/**
 * What the other customer can be to this one: each type's name, and a two-sided type's other name
 * too (Parent and Child), in the user's language.
 */
export function relationChoices(types: readonly TypeLike[], locale: string): RelationChoice[] {
  return types.flatMap((t) => {
    const own = { value: t.key, typeKey: t.key, inverse: false, label: localized(t.name, locale, t.key) };
    if (!t.inverseName) return [own];
    return [
      own,
      {
        value: `${t.key}:inverse`,
        typeKey: t.key,
        inverse: true,
        label: localized(t.inverseName, locale, t.key),
      },
    ];
  });
}
