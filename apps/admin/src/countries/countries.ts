/** Region codes that are not countries with phone numbers of their own. */
const NOT_COUNTRIES = new Set(['EU', 'EZ', 'UN', 'QO', 'XA', 'XB', 'ZZ']);

const LETTERS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';

/** Every country the browser can name in `localeTag`, as { id: code, name }, sorted by name. */
export function countryChoices(localeTag: string): { id: string; name: string }[] {
  const names = new Intl.DisplayNames([localeTag], { type: 'region', fallback: 'none' });
  const choices: { id: string; name: string }[] = [];
  for (const first of LETTERS)
    for (const second of LETTERS) {
      const code = first + second;
      const name = NOT_COUNTRIES.has(code) ? undefined : names.of(code);
      if (name) choices.push({ id: code, name: `${name} (${code})` });
    }
  return choices.sort((a, b) => a.name.localeCompare(b.name, localeTag));
}
