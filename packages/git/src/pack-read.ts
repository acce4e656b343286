import { createHash } from 'node:crypto';
import { inflateSync, type ZlibOptions } from 'node:zlib';
import { type GitObject, gitObjectId } from './pack-file';

/**
 * A pack's objects read in this process, for a caller that reads a few commits once and keeps
 * none of them (see `readHistoryOverHttp`): `git index-pack` and the `git log` that reads them
 * back were two processes. gitformat-pack(5): a header, then each object zlib-compressed, whole
 * or as a delta on an earlier entry (`ofs-delta`) or on an id (`ref-delta`), then the SHA-1 of it
 * all. Every id is computed here from the content, so nothing the server says of an object is
 * taken on its word.
 */

const TYPES = { 1: 'commit', 2: 'tree', 3: 'blob', 4: 'tag' } as const;
const OFS_DELTA = 6;
const REF_DELTA = 7;

/** What a pack this reader does not take is (the caller turns to git). */
export class UnreadablePack extends Error {}

/**
 * Every object of `pack` by id. Throws `UnreadablePack` for a checksum that does not match, an
 * entry it cannot read, or a delta on an object outside the pack (a thin pack).
 */
export function readPack(pack: Buffer): Map<string, GitObject> {
  if (pack.length < 32 || pack.toString('latin1', 0, 4) !== 'PACK' || pack.readUInt32BE(4) !== 2)
    throw new UnreadablePack('not a version 2 pack');
  const trailer = pack.length - 20;
  if (!createHash('sha1').update(pack.subarray(0, trailer)).digest().equals(pack.subarray(trailer)))
    throw new UnreadablePack('the pack checksum does not match');
  const count = pack.readUInt32BE(8);
  const byOffset = new Map<number, GitObject>();
  const byId = new Map<string, GitObject>();
  let position = 12;
  for (let index = 0; index < count; index++) {
    const start = position;
    const header = entryHeader(pack, position);
    position = header.next;
    let base: GitObject | undefined;
    if (header.type === OFS_DELTA) {
      const offset = deltaOffset(pack, position);
      position = offset.next;
      base = byOffset.get(start - offset.value);
    } else if (header.type === REF_DELTA) {
      base = byId.get(pack.toString('hex', position, position + 20));
      position += 20;
    }
    const { data, consumed } = inflateAt(pack, position, trailer);
    position += consumed;
    if (data.length !== header.size) throw new UnreadablePack(`entry ${index} inflates to another size`);
    const object = objectOf(header.type, data, base);
    byOffset.set(start, object);
    byId.set(gitObjectId(object), object);
  }
  if (position !== trailer) throw new UnreadablePack('the pack holds more than its entries');
  return byId;
}

/** An entry's own object: whole, or its delta applied to the base it names. */
function objectOf(type: number, data: Buffer, base: GitObject | undefined): GitObject {
  if (type === OFS_DELTA || type === REF_DELTA) {
    if (!base) throw new UnreadablePack('a delta on an object outside the pack');
    return { type: base.type, body: applyDelta(base.body, data) };
  }
  const name = TYPES[type as keyof typeof TYPES];
  if (!name) throw new UnreadablePack(`an entry of unknown type ${type}`);
  return { type: name, body: data };
}

/** Type (3 bits) and inflated size (4 bits, then 7 a byte while the high bit is set). */
function entryHeader(pack: Buffer, at: number): { type: number; size: number; next: number } {
  let byte = byteAt(pack, at++);
  const type = (byte >> 4) & 7;
  let size = byte & 0x0f;
  let shift = 4;
  while (byte & 0x80) {
    byte = byteAt(pack, at++);
    size += (byte & 0x7f) * 2 ** shift;
    shift += 7;
  }
  return { type, size, next: at };
}

/** An ofs-delta's distance back to its base: 7 bits a byte, each continuation adding one first. */
function deltaOffset(pack: Buffer, at: number): { value: number; next: number } {
  let byte = byteAt(pack, at++);
  let value = byte & 0x7f;
  while (byte & 0x80) {
    byte = byteAt(pack, at++);
    value = (value + 1) * 128 + (byte & 0x7f);
  }
  return { value, next: at };
}

/** One zlib stream from `at`, and how many bytes of the pack it took. */
function inflateAt(pack: Buffer, at: number, end: number): { data: Buffer; consumed: number } {
  try {
    // With `info`, zlib says how much input it read: the stream ends where the next entry starts.
    const options: ZlibOptions & { info: true } = { info: true };
    const result = inflateSync(pack.subarray(at, end), options) as unknown as {
      buffer: Buffer;
      engine: { bytesWritten: number };
    };
    return { data: result.buffer, consumed: result.engine.bytesWritten };
  } catch (error) {
    throw new UnreadablePack(`an entry does not inflate: ${(error as Error).message}`);
  }
}

/** `delta` applied to `base`: sizes, then copies from the base and inserted bytes. */
export function applyDelta(base: Buffer, delta: Buffer): Buffer {
  let at = 0;
  const readSize = () => {
    let size = 0;
    let shift = 0;
    let byte: number;
    do {
      byte = byteAt(delta, at++);
      size += (byte & 0x7f) * 2 ** shift;
      shift += 7;
    } while (byte & 0x80);
    return size;
  };
  if (readSize() !== base.length) throw new UnreadablePack('a delta on a base of another size');
  const size = readSize();
  // Each instruction takes at least a byte of the delta and makes at most the whole base, or one
  // byte per byte inserted: a size beyond that is a lie, refused before anything is allocated.
  if (size > (base.length + 1) * delta.length) throw new UnreadablePack('a delta larger than it can make');
  const result = Buffer.alloc(size);
  let written = 0;
  while (at < delta.length) {
    const op = byteAt(delta, at++);
    if (op & 0x80) {
      let offset = 0;
      let size = 0;
      for (let bit = 0; bit < 4; bit++) if (op & (1 << bit)) offset += byteAt(delta, at++) * 2 ** (8 * bit);
      for (let bit = 0; bit < 3; bit++) if (op & (0x10 << bit)) size += byteAt(delta, at++) * 2 ** (8 * bit);
      if (size === 0) size = 0x10000;
      if (offset + size > base.length || written + size > result.length)
        throw new UnreadablePack('a delta copies out of bounds');
      written += base.copy(result, written, offset, offset + size);
    } else if (op > 0) {
      if (at + op > delta.length || written + op > result.length)
        throw new UnreadablePack('a delta inserts out of bounds');
      written += delta.copy(result, written, at, at + op);
      at += op;
    } else throw new UnreadablePack('a delta with a reserved instruction');
  }
  if (written !== result.length) throw new UnreadablePack('a delta short of its size');
  return result;
}

function byteAt(buffer: Buffer, at: number): number {
  const byte = buffer[at];
  if (byte === undefined) throw new UnreadablePack('the pack ends inside an entry');
  return byte;
}
