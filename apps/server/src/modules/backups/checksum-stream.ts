import { createHash } from 'node:crypto';
import { Transform, type TransformCallback, Writable } from 'node:stream';

/** Passes bytes through unchanged, counting them and taking their SHA-256 on the way. */
export class ChecksumStream extends Transform {
  private readonly hash = createHash('sha256');
  bytes = 0;

  override _transform(chunk: Buffer, _encoding: BufferEncoding, done: TransformCallback): void {
    this.hash.update(chunk);
    this.bytes += chunk.length;
    done(null, chunk);
  }

  /** Once the stream has ended. */
  sha256(): string {
    return this.hash.copy().digest('hex');
  }
}

/** Where bytes go once only their checksum matters. */
export function discard(): Writable {
  return new Writable({ write: (_chunk, _encoding, done) => done() });
}
