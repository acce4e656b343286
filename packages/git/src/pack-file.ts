import { createHash } from 'node:crypto';
import { deflateSync } from 'node:zlib';
import type { Git } from './git';

/**
 * Git objects and a pack of them, made in this process (SHA-1, as every scratch clone is): for a
 * handful of small objects whose bytes the caller already holds, `git fast-import` and `git
 * pack-objects` were two processes that cost more than the objects. The formats are git's stable
 * on-disk ones (gitformat-pack(5)); a pack here holds whole objects only, no deltas, which every
 * receive-pack takes. No maintained library writes them short of a whole git in JavaScript.
 */

/** An object as git hashes it: its type and its body (what `git cat-file <type> <id>` prints). */
export interface GitObject {
  type: 'commit' | 'tree' | 'blob' | 'tag';
  body: Buffer;
}

/** One entry of a tree: a file (`100644`, `100755`), a symlink (`120000`) or a tree (`40000`). */
export interface TreeItem {
  mode: string;
  name: string;
  id: string;
}

/** The object's id: SHA-1 over `<type> <size>\0<body>`. */
export function gitObjectId(object: GitObject): string {
  return createHash('sha1').update(`${object.type} ${object.body.length}\0`).update(object.body).digest('hex');
}

/**
 * A tree's body: `<mode> <name>\0<20-byte id>` per entry, in git's order (names compared as
 * bytes, a tree's as if it ended in `/`), so the id is the one git gives the same entries.
 */
export function treeBody(items: readonly TreeItem[]): Buffer {
  const sortKey = (item: TreeItem) => Buffer.from(item.mode === '40000' ? `${item.name}/` : item.name);
  const sorted = [...items].sort((a, b) => Buffer.compare(sortKey(a), sortKey(b)));
  return Buffer.concat(
    sorted.flatMap((item) => {
      if (!/^[0-9a-f]{40}$/.test(item.id)) throw new Error(`Not a SHA-1 object id: ${item.id}`);
      return [Buffer.from(`${item.mode} ${item.name}\0`), Buffer.from(item.id, 'hex')];
    }),
  );
}

const PACK_TYPE = { commit: 1, tree: 2, blob: 3, tag: 4 } as const;

/** A version-2 pack of `objects`, each whole and zlib-compressed, with its SHA-1 trailer. */
export function packOf(objects: readonly GitObject[]): Buffer {
  const header = Buffer.alloc(12);
  header.write('PACK', 0, 'latin1');
  header.writeUInt32BE(2, 4);
  header.writeUInt32BE(objects.length, 8);
  const parts: Buffer[] = [header];
  for (const object of objects)
    parts.push(entryHeader(PACK_TYPE[object.type], object.body.length), deflateSync(object.body));
  const hash = createHash('sha1');
  for (const part of parts) hash.update(part);
  return Buffer.concat([...parts, hash.digest()]);
}

/** The type and size of a pack entry: 3 bits of type and 4 of size, then 7 bits of size a byte. */
function entryHeader(type: number, size: number): Buffer {
  const bytes = [(type << 4) | (size & 0x0f)];
  let rest = Math.floor(size / 16);
  while (rest > 0) {
    bytes[bytes.length - 1]! |= 0x80;
    bytes.push(rest & 0x7f);
    rest = Math.floor(rest / 128);
  }
  return Buffer.from(bytes);
}

/** Stores a pack in the clone (`git index-pack --stdin`), for a push that git must send after all. */
export async function storePack(git: Git, pack: Buffer): Promise<void> {
  await git(['index-pack', '--stdin'], { input: pack });
}
