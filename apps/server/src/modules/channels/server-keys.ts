import {
  createCipheriv,
  createDecipheriv,
  createHmac,
  hkdfSync,
  randomBytes,
  timingSafeEqual,
} from 'node:crypto';

/**
 * What PATRON_SECRET_KEY becomes: one key to encrypt channel secrets and another to sign links, each
 * derived with HKDF so that neither use can be turned against the other.
 */
export class ServerKeys {
  private readonly encryption: Buffer;
  private readonly signing: Buffer;

  constructor(secretKey: string) {
    const material = Buffer.from(secretKey, 'utf8');
    this.encryption = Buffer.from(hkdfSync('sha256', material, 'patron', 'channel-secrets', 32));
    this.signing = Buffer.from(hkdfSync('sha256', material, 'patron', 'unsubscribe-links', 32));
  }

  /**
   * AES-256-GCM of `plain`, bound to `context` (the workspace and account): a ciphertext copied to
   * another row does not decrypt. `v1.<iv>.<tag>.<ciphertext>` in base64url.
   */
  encrypt(plain: string, context: string): string {
    const iv = randomBytes(12);
    const cipher = createCipheriv('aes-256-gcm', this.encryption, iv);
    cipher.setAAD(Buffer.from(context, 'utf8'));
    const body = Buffer.concat([cipher.update(plain, 'utf8'), cipher.final()]);
    return ['v1', iv, cipher.getAuthTag(), body]
      .map((p) => (typeof p === 'string' ? p : p.toString('base64url')))
      .join('.');
  }

  /** Null when it was encrypted with another key or for another row, or was tampered with. */
  decrypt(sealed: string, context: string): string | null {
    const [version, iv, tag, body] = sealed.split('.');
    if (version !== 'v1' || !iv || !tag || body === undefined) return null;
    try {
      const decipher = createDecipheriv('aes-256-gcm', this.encryption, Buffer.from(iv, 'base64url'));
      decipher.setAAD(Buffer.from(context, 'utf8'));
      decipher.setAuthTag(Buffer.from(tag, 'base64url'));
      return Buffer.concat([decipher.update(Buffer.from(body, 'base64url')), decipher.final()]).toString(
        'utf8',
      );
    } catch {
      return null;
    }
  }

  sign(payload: Buffer): Buffer {
    return createHmac('sha256', this.signing).update(payload).digest();
  }

  verify(payload: Buffer, signature: Buffer): boolean {
    const expected = this.sign(payload);
    return signature.length === expected.length && timingSafeEqual(signature, expected);
  }
}
