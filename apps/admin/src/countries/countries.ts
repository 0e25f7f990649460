/** Region codes that are not countries with phone numbers of their own. */
const NOT_COUNTRIES = new Set(['EU', 'EZ', 'UN', 'QO', 'XA', 'XB', 'ZZ']);

const LETTERS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';

/** The customer attribute that holds an ISO 3166 country code ("IR"), shown by the country's name. */
export const COUNTRY_ATTRIBUTE = 'country';

const namers = new Map<string, Intl.DisplayNames>();
function namer(localeTag: string): Intl.DisplayNames {
  let names = namers.get(localeTag);
  if (!names) {
    names = new Intl.DisplayNames([localeTag], { type: 'region', fallback: 'none' });
    namers.set(localeTag, names);
  }
  return names;
}

/** A country's name in `localeTag` for its code ("IR" → "Iran"); anything else is given back as it is. */
export function countryName(value: string, localeTag: string): string {
  const code = value.trim().toUpperCase();
  if (!/^[A-Z]{2}$/.test(code) || NOT_COUNTRIES.has(code)) return value;
  return namer(localeTag).of(code) ?? value;
}

/** Every country the browser can name in `localeTag`, as { id: code, name }, sorted by name. */
export function countryChoices(localeTag: string): { id: string; name: string }[] {
  const names = namer(localeTag);
  const choices: { id: string; name: string }[] = [];
  for (const first of LETTERS)
    for (const second of LETTERS) {
      const code = first + second;
      const name = NOT_COUNTRIES.has(code) ? undefined : names.of(code);
      if (name) choices.push({ id: code, name: `${name} (${code})` });
    }
  return choices.sort((a, b) => a.name.localeCompare(b.name, localeTag));
}
