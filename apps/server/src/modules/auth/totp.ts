import { Secret, TOTP } from 'otpauth';
import QRCode from 'qrcode';

/** Authenticator apps' defaults (RFC 6238): SHA-1, 6 digits, 30-second steps; any app reads them. */
const PERIOD = 30;
const DIGITS = 6;
/** A step either side of now: a phone's clock a little off, a code typed as it changed. */
const WINDOW = 1;

const totpOf = (secret: string, label = '', issuer = 'Patron') =>
  new TOTP({
    issuer,
    label,
    algorithm: 'SHA1',
    digits: DIGITS,
    period: PERIOD,
    secret: Secret.fromBase32(secret),
  });

/** A fresh random 160-bit secret (RFC 4226's recommended length) in base32, as apps take it typed in. */
export function newTotpSecret(): string {
  return new Secret({ size: 20 }).base32;
}

/** The `otpauth://totp/...` URI an app reads from the QR code, labelled with the workspace and email. */
export function otpauthUri(secret: string, issuer: string, email: string): string {
  return totpOf(secret, email, issuer).toString();
}

/** The URI as an SVG QR code in a data: URL, drawn here so the admin app carries no QR library. */
export async function qrDataUrl(uri: string): Promise<string> {
  const svg = await QRCode.toString(uri, { type: 'svg', errorCorrectionLevel: 'M', margin: 2 });
  return `data:image/svg+xml;base64,${Buffer.from(svg).toString('base64')}`;
}

/**
 * The time step (counter) of the code `code` matches around `now`, or null. The step is what makes
 * a replay visible: a code is accepted only for a step later than the last one accepted.
 */
export function matchingStep(secret: string, code: string, now = Date.now()): number | null {
  if (!new RegExp(`^\\d{${DIGITS}}$`).test(code)) return null;
  const totp = totpOf(secret);
  const delta = totp.validate({ token: code, timestamp: now, window: WINDOW });
  return delta === null ? null : totp.counter({ timestamp: now }) + delta;
}
