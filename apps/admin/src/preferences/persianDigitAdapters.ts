import { AdapterDateFns } from '@mui/x-date-pickers/AdapterDateFns';
import { AdapterDateFnsJalali } from '@mui/x-date-pickers/AdapterDateFnsJalali';
import type { FormEvent } from 'react';
import { latinDigits, persianDigits } from '../i18n/digits';

interface Formatting {
  formatByString(value: Date, format: string): string;
  parse(value: string, format: string): Date | null;
  getYear(value: Date): number;
}

/**
 * MUI X fields take their digits from how the adapter writes the seconds 0–9: an adapter that writes
 * Persian digits makes the field show them.
 * date-fns writes Latin digits whatever its locale, hence these wrappers for Persian screens.
 */
function writePersianDigits(adapter: Formatting): void {
  const format = adapter.formatByString;
  const parse = adapter.parse;
  adapter.formatByString = (value, formatString) =>
    // MUI X learns whether a year is written with leading zeros by writing the year 1 and looking
    // for a Latin "0" (it expects 0001); no one enters the year 1, so that probe keeps Latin digits.
    adapter.getYear(value) === 1 ? format(value, formatString) : persianDigits(format(value, formatString));
  adapter.parse = (value, formatString) => parse(latinDigits(value), formatString);
}

export class PersianDigitsDateFns extends AdapterDateFns {
  constructor(options?: ConstructorParameters<typeof AdapterDateFns>[0]) {
    super(options);
    writePersianDigits(this);
  }
}

export class PersianDigitsDateFnsJalali extends AdapterDateFnsJalali {
  constructor(options?: ConstructorParameters<typeof AdapterDateFnsJalali>[0]) {
    super(options);
    writePersianDigits(this);
  }
}

/**
 * A digit typed into a date field's section, as MUI X wants it: it reads a typed Latin digit and writes
 * it in the field's own digits, but takes a typed Persian or Arabic-Indic one for a letter. The
 * section's text is rewritten in Latin digits before the field reads it.
 */
export function typedDigitsAsLatin(event: FormEvent<HTMLElement>): void {
  const section = event.target as HTMLElement;
  const text = section.textContent ?? '';
  if (/[۰-۹٠-٩]/.test(text)) section.textContent = latinDigits(text);
}
