// Uploaded PDFs on disk: `<DATA_DIR>/documents/<id>.pdf`, written through a temporary file so a failed
// or refused upload never leaves a partial document behind.
import { createHash } from 'node:crypto';
import { createWriteStream } from 'node:fs';
import { access, mkdir, readFile, rename, rm, statfs } from 'node:fs/promises';
import path from 'node:path';
import { type Readable, Transform } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { AppError, checkId } from '../errors.js';

export interface SavedUpload {
  tempPath: string;
  size: number;
  sha256: string;
  /** The first bytes, to check the content type by its magic number rather than its name. */
  head: Buffer;
}

const HEAD_BYTES = 1024;

export class DocumentFiles {
  private readonly dir: string;
  private readonly tmp: string;

  /**
   * @param keepFreeBytes room an upload must leave in the file system: the embedded database's, when it lives in
   * the same folder (an upload refused is a 507; a database that cannot write its log is worse).
   */
  constructor(
    dataDir: string,
    private readonly keepFreeBytes = 0,
  ) {
    this.dir = path.join(dataDir, 'documents');
    this.tmp = path.join(dataDir, 'tmp');
  }

  async init(): Promise<void> {
    await mkdir(this.dir, { recursive: true });
    await mkdir(this.tmp, { recursive: true });
  }

  /** Streams an upload to a temporary file, hashing it on the way. */
  async receive(source: Readable, tempName: string): Promise<SavedUpload> {
    const tempPath = path.join(this.tmp, `${checkId('upload', tempName)}.part`);
    const hash = createHash('sha256');
    let size = 0;
    const headChunks: Buffer[] = [];
    let headLength = 0;
    const meter = new Transform({
      transform(chunk: Buffer, _enc, done) {
        hash.update(chunk);
        size += chunk.length;
        if (headLength < HEAD_BYTES) {
          headChunks.push(chunk.subarray(0, HEAD_BYTES - headLength));
          headLength += Math.min(chunk.length, HEAD_BYTES - headLength);
        }
        done(null, chunk);
      },
    });
    try {
      await pipeline(source, meter, createWriteStream(tempPath));
      if (this.keepFreeBytes > 0) {
        const fs = await statfs(this.tmp);
        if (fs.bavail * fs.bsize < this.keepFreeBytes) throw outOfSpace();
      }
    } catch (err) {
      await rm(tempPath, { force: true });
      throw isOutOfSpace(err) ? outOfSpace() : err;
    }
    return { tempPath, size, sha256: hash.digest('hex'), head: Buffer.concat(headChunks) };
  }

  async keep(upload: SavedUpload, id: string): Promise<void> {
    await rename(upload.tempPath, this.pathOf(id));
  }

  async discard(upload: SavedUpload): Promise<void> {
    await rm(upload.tempPath, { force: true });
  }

  async read(id: string): Promise<Uint8Array> {
    return new Uint8Array(await readFile(this.pathOf(id)));
  }

  /** Where a document's PDF lies: the folder and the file's name in it (for @fastify/static's sendFile). */
  location(id: string): { root: string; file: string } {
    return { root: this.dir, file: path.basename(this.pathOf(id)) };
  }

  /** Whether the document's PDF is on disk. */
  async has(id: string): Promise<boolean> {
    return access(this.pathOf(id)).then(
      () => true,
      () => false,
    );
  }

  async remove(id: string): Promise<void> {
    await rm(this.pathOf(id), { force: true });
  }

  private pathOf(id: string): string {
    // checkId allows only [A-Za-z0-9_-], so the path cannot leave the documents folder.
    return path.join(this.dir, `${checkId('document', id)}.pdf`);
  }
}

/** The disk (or a quota) is full: ENOSPC, EDQUOT. */
export function isOutOfSpace(err: unknown): boolean {
  const code = (err as { code?: unknown } | null)?.code;
  return code === 'ENOSPC' || code === 'EDQUOT';
}

export function outOfSpace(): AppError {
  return new AppError(
    507,
    'insufficient_storage',
    'The server has no room left to store this file. Try again later; its operator has been told.',
  );
}
