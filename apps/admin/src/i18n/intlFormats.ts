// Building an Intl formatter costs far more than using one (a table of 25 rows built hundreds):
// each distinct tag and options is built once per page.
const built = new Map<string, Intl.NumberFormat | Intl.DateTimeFormat>();

function once<T extends Intl.NumberFormat | Intl.DateTimeFormat>(key: string, build: () => T): T {
  let format = built.get(key) as T | undefined;
  if (!format) {
    format = build();
    built.set(key, format);
  }
  return format;
}

const keyOf = (kind: string, tag: string | undefined, options: object | undefined) =>
  `${kind}|${tag ?? ''}|${options ? JSON.stringify(options) : ''}`;

/** `new Intl.NumberFormat(tag, options)`, built once. */
export const numberFormat = (tag?: string, options?: Intl.NumberFormatOptions): Intl.NumberFormat =>
  once(keyOf('number', tag, options), () => new Intl.NumberFormat(tag, options));

/** `new Intl.DateTimeFormat(tag, options)`, built once. */
export const dateTimeFormat = (tag?: string, options?: Intl.DateTimeFormatOptions): Intl.DateTimeFormat =>
  once(keyOf('date', tag, options), () => new Intl.DateTimeFormat(tag, options));
