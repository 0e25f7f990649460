/**
 * A batch's text encoded as UTF-8 piece by piece into one long-lived buffer, handed on as an
 * exact-size copy. Building a batch as one string instead makes a tree of thousands of short strings
 * that lives as long as the batch is being made; V8's young-generation collections run every few
 * tens of milliseconds here, so that tree (and the rows it is made from) used to be copied into the
 * old generation, which grows until a full collection: at the start of an export, right after one,
 * that was tens of MB of garbage on the heap and as much again in buffers outside it.
 */
export class Utf8Batch {
  private buffer: Buffer;
  private length = 0;

  constructor(initialBytes = 256 * 1024) {
    this.buffer = Buffer.allocUnsafeSlow(initialBytes);
  }

  add(text: string): void {
    // A UTF-16 code unit is at most 3 bytes of UTF-8.
    const most = text.length * 3;
    if (this.length + most > this.buffer.length) {
      const bigger = Buffer.allocUnsafeSlow(Math.max(this.buffer.length * 2, this.length + most));
      this.buffer.copy(bigger, 0, 0, this.length);
      this.buffer = bigger;
    }
    this.length += this.buffer.write(text, this.length, 'utf8');
  }

  /** The bytes added since the last take, in a buffer of their own. */
  take(): Buffer {
    const out = Buffer.allocUnsafeSlow(this.length);
    this.buffer.copy(out, 0, 0, this.length);
    this.length = 0;
    return out;
  }
}
