import {
  createCipheriv,
  createDecipheriv,
  createHmac,
  hkdfSync,
  randomBytes,
  timingSafeEqual,
} from 'node:crypto';

/**
 * What a signature is for ('unsubscribe-links', 'sign-in-challenges', 'mailing-click'…): each purpose
 * has its own key, so one's signature means nothing to another.
 */
export type SigningPurpose = string;

/**
 * What PATRON_SECRET_KEY becomes: one key to encrypt secrets (channel accounts', staff members'
 * two-factor secrets; `context` tells them apart) and one per signing purpose, each derived with HKDF
 * so that no use can be turned against another.
 */
export class ServerKeys {
  private readonly encryption: Buffer;
  private readonly signing = new Map<SigningPurpose, Buffer>();
  private readonly material: Buffer;

  constructor(secretKey: string) {
    this.material = Buffer.from(secretKey, 'utf8');
    this.encryption = this.derive('channel-secrets');
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

  private derive(info: string): Buffer {
    return Buffer.from(hkdfSync('sha256', this.material, 'patron', info, 32));
  }

  /** Unsubscribe links, the first purpose, keep the key they were always signed with. */
  sign(payload: Buffer, purpose: SigningPurpose = 'unsubscribe-links'): Buffer {
    const key = this.signing.get(purpose) ?? this.derive(purpose);
    this.signing.set(purpose, key);
    return createHmac('sha256', key).update(payload).digest();
  }

  verify(payload: Buffer, signature: Buffer, purpose: SigningPurpose = 'unsubscribe-links'): boolean {
    const expected = this.sign(payload, purpose);
    return signature.length === expected.length && timingSafeEqual(signature, expected);
  }
}
