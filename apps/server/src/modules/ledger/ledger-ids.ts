import { type Cipheriv, createCipheriv, createDecipheriv, type Decipheriv } from 'node:crypto';
import type { PreparedPool } from '../../db/prepared-pool.js';

/**
 * Operation ids as callers see them. Inside, an operation's id is a bigint from one sequence for all
 * workspaces, so consecutive ids would tell a workspace how many operations the others wrote in
 * between. Outside (GraphQL), an id is that bigint encrypted with its workspace's key
 * (`workspace.ledger_id_key`, random, made with the workspace): AES on one 16-byte block holding the
 * id and a fixed mark, written as 22 base64url characters. The same operation always shows the same id;
 * ids of one workspace look random and unordered; a made-up or another workspace's id fails the mark
 * and reads as no operation at all. Costs a few microseconds per id shown and nothing in the database.
 */
export class LedgerIdCodec {
  // ECB without padding turns each 16-byte block around at once and keeps no state between blocks,
  // so one cipher each way serves every id.
  private readonly cipher: Cipheriv;
  private readonly decipher: Decipheriv;

  constructor(key: Buffer) {
    this.cipher = createCipheriv('aes-256-ecb', key, null).setAutoPadding(false);
    this.decipher = createDecipheriv('aes-256-ecb', key, null).setAutoPadding(false);
  }

  /** The caller's id for an internal id. */
  show(id: string | number | bigint): string {
    const block = Buffer.alloc(16);
    block.writeBigUInt64BE(BigInt(id), 0);
    block.write(MARK, 8, 'latin1');
    return this.cipher.update(block).toString('base64url');
  }

  /** The internal id behind a caller's id; null when it is not one of this workspace's. */
  read(shown: string): string | null {
    if (!/^[\w-]{22}$/.test(shown)) return null;
    const block = this.decipher.update(Buffer.from(shown, 'base64url'));
    if (block.toString('latin1', 8) !== MARK) return null;
    return block.readBigUInt64BE(0).toString();
  }
}

/** Eight fixed bytes beside the id: a block that decrypts to anything else was not made here. */
const MARK = 'patronop';

/** Each workspace's codec; a workspace's key never changes, so it is read once per process. */
export class LedgerIds {
  private readonly codecs = new Map<string, Promise<LedgerIdCodec>>();

  constructor(private readonly sql: PreparedPool) {}

  forWorkspace(workspaceId: string): Promise<LedgerIdCodec> {
    let codec = this.codecs.get(workspaceId);
    if (!codec) {
      codec = this.sql
        .query<{ key: Buffer }>('select ledger_id_key as key from workspace where id = ?', [workspaceId])
        .then(([row]) => {
          if (!row) throw new Error(`No workspace ${workspaceId}`);
          return new LedgerIdCodec(row.key);
        });
      codec.catch(() => this.codecs.delete(workspaceId));
      this.codecs.set(workspaceId, codec);
    }
    return codec;
  }
}
