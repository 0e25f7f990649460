import { randomBytes } from 'node:crypto';

/** 32 letters and digits without the look-alikes 0/O and 1/I: five random bits a character. */
export const CODE_ALPHABET = '23456789ABCDEFGHJKLMNPQRSTUVWXYZ';
export const CODE_LENGTH = 12;
export const CODE_PATTERN = /^[2-9A-HJ-NP-Z]{12}$/;

/** A fresh code from the system's cryptographic random source (60 bits). */
export function newCode(): string {
  const bytes = randomBytes(CODE_LENGTH);
  let code = '';
  // 256 is a multiple of 32, so taking each byte modulo 32 keeps every character equally likely.
  for (const byte of bytes) code += CODE_ALPHABET[byte % 32];
  return code;
}

/** How people are shown a code, and how it is printed: XXXX-XXXX-XXXX. */
export const groupedCode = (code: string): string =>
  code.length === CODE_LENGTH ? `${code.slice(0, 4)}-${code.slice(4, 8)}-${code.slice(8)}` : code;

const PERSIAN_ZERO = 0x06f0;
const ARABIC_INDIC_ZERO = 0x0660;

/**
 * What was typed, the way codes are stored: upper case, without spaces or dashes, Persian and
 * Arabic-Indic digits as ASCII (a Persian keyboard types those). For searching by part of a code.
 */
export function codeFragment(typed: string): string {
  return typed
    .normalize('NFKC')
    .replace(/[\u06f0-\u06f9]/g, (d) => String((d.codePointAt(0) ?? PERSIAN_ZERO) - PERSIAN_ZERO))
    .replace(/[\u0660-\u0669]/g, (d) => String((d.codePointAt(0) ?? ARABIC_INDIC_ZERO) - ARABIC_INDIC_ZERO))
    .replace(/[\s\-\u2010-\u2015\u2212_]/g, '')
    .toUpperCase();
}

/** A whole code as typed at a till, as it is stored; null when it cannot be a code at all. */
export function normalCode(typed: string): string | null {
  const code = codeFragment(typed);
  return CODE_PATTERN.test(code) ? code : null;
}
