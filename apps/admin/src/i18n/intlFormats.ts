// Building an Intl formatter costs far more than using one (a table of 25 rows builds hundreds):
// each distinct tag and options is built once per page.
const numberFormats = new Map<string, Intl.NumberFormat>();
const dateFormats = new Map<string, Intl.DateTimeFormat>();

const keyOf = (tag: string | undefined, options: object | undefined) =>
  `${tag ?? ''}|${options ? JSON.stringify(options) : ''}`;

/** `new Intl.NumberFormat(tag, options)`, built once. */
export function numberFormat(tag?: string, options?: Intl.NumberFormatOptions): Intl.NumberFormat {
  const key = keyOf(tag, options);
  let format = numberFormats.get(key);
  if (!format) {
    format = new Intl.NumberFormat(tag, options);
    numberFormats.set(key, format);
  }
  return format;
}

/** `new Intl.DateTimeFormat(tag, options)`, built once. */
export function dateTimeFormat(tag?: string, options?: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = keyOf(tag, options);
  let format = dateFormats.get(key);
  if (!format) {
    format = new Intl.DateTimeFormat(tag, options);
    dateFormats.set(key, format);
  }
  return format;
}
