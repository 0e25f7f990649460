/**
 * How long an SMS is, as phones and providers count it (3GPP TS 23.038 / 23.040): text made only of
 * the GSM-7 alphabet travels in 7-bit septets, anything else (Persian, Russian, emoji) turns the
 * whole message into UCS-2, two bytes per UTF-16 code unit.
 */
export type SmsEncoding = 'GSM_7' | 'UCS_2';

export interface SmsLength {
  encoding: SmsEncoding;
  /** Septets for GSM-7 (an extension character counts 2), UTF-16 code units for UCS-2. */
  characters: number;
  /** Messages the text is sent as (0 for an empty text). */
  parts: number;
  /** What one part holds: 160 / 70 alone, 153 / 67 once split (the rest carries the joining header). */
  perPart: number;
}

const GSM_BASIC =
  '@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞÆæßÉ !"#¤%&\'()*+,-./0123456789:;<=>?' +
  '¡ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÑÜ§¿abcdefghijklmnopqrstuvwxyzäöñüà';
/** Sent as the escape septet and one more: two septets each. */
const GSM_EXTENSION = '\f^{}\\[~]|€';

const BASIC = new Set(GSM_BASIC);
const EXTENSION = new Set(GSM_EXTENSION);

const LIMITS: Record<SmsEncoding, { single: number; split: number }> = {
  GSM_7: { single: 160, split: 153 },
  UCS_2: { single: 70, split: 67 },
};

/** The units of each character, in order: a pair is never cut between two parts. */
function units(text: string): { encoding: SmsEncoding; sizes: number[] } {
  const chars = [...text];
  if (chars.every((c) => BASIC.has(c) || EXTENSION.has(c)))
    return { encoding: 'GSM_7', sizes: chars.map((c) => (EXTENSION.has(c) ? 2 : 1)) };
  // A character outside the basic plane is a surrogate pair: two code units, kept together.
  return { encoding: 'UCS_2', sizes: chars.map((c) => c.length) };
}

export function smsLength(text: string): SmsLength {
  const { encoding, sizes } = units(text);
  const limit = LIMITS[encoding];
  const characters = sizes.reduce((sum, n) => sum + n, 0);
  if (characters === 0) return { encoding, characters, parts: 0, perPart: limit.single };
  if (characters <= limit.single) return { encoding, characters, parts: 1, perPart: limit.single };
  // Split messages are filled in order; a unit that does not fit starts the next part.
  let parts = 1;
  let used = 0;
  for (const size of sizes) {
    if (used + size > limit.split) {
      parts++;
      used = 0;
    }
    used += size;
  }
  return { encoding, characters, parts, perPart: limit.split };
}
