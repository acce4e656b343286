import { pktLine, readPktLines } from './receive-pack';

/**
 * The upload-pack side of git's protocol v2 over smart HTTP, as pure functions: the capability
 * advertisement of `GET info/refs?service=git-upload-pack` (sent with `Git-Protocol: version=2`),
 * the body of a `fetch` command that asks for objects by id under a filter, and the pack in its
 * answer (gitprotocol-v2(5), gitprotocol-http(5)). Written here for the reason receive-pack.ts
 * gives: no maintained Node library fetches into a partial clone that git then reads.
 */

const DELIMITER = Buffer.from('0001');
const FLUSH = Buffer.from('0000');

/** What a v2 server offers: its commands and their features (`fetch` → `shallow filter …`). */
export interface UploadPackCapabilities {
  commands: Map<string, Set<string>>;
  objectFormat: string;
}

/**
 * The v2 advertisement; `undefined` when the server answers in protocol v0 (a ref list). The
 * `# service=` line and its flush are optional: git http-backend leaves them out in v2.
 */
export function parseUploadPackAdvertisement(body: Buffer): UploadPackCapabilities | undefined {
  const lines = readPktLines(body)
    .filter((packet): packet is Buffer => packet !== 'flush')
    .map((packet) => packet.toString('utf8').replace(/\n$/, ''));
  const start = lines[0]?.startsWith('# service=') ? 1 : 0;
  if (lines[start] !== 'version 2') return undefined;
  const commands = new Map<string, Set<string>>();
  for (const line of lines.slice(start + 1)) {
    const [key = '', value = ''] = line.split('=', 2);
    commands.set(key, new Set(value.split(' ').filter(Boolean)));
  }
  const formats = [...(commands.get('object-format') ?? [])];
  return { commands, objectFormat: formats[0] ?? 'sha1' };
}

/** Whether the server fetches by object id under a filter (partial clone's lazy fetch). */
export function fetchesFiltered(capabilities: UploadPackCapabilities): boolean {
  return capabilities.commands.get('fetch')?.has('filter') === true && capabilities.objectFormat === 'sha1';
}

/**
 * A `fetch` command for `wants` (any object ids) under `filter`, with no haves: the answer is a
 * whole pack at once (`done`), without progress, in offset deltas, never thin.
 */
export function fetchObjectsRequest(options: { wants: readonly string[]; filter: string; agent: string }): Buffer {
  return Buffer.concat([
    pktLine('command=fetch\n'),
    pktLine(`agent=${options.agent}\n`),
    pktLine('object-format=sha1\n'),
    DELIMITER,
    pktLine('no-progress\n'),
    pktLine('ofs-delta\n'),
    pktLine(`filter ${options.filter}\n`),
    ...options.wants.map((id) => pktLine(`want ${id}\n`)),
    pktLine('done\n'),
    FLUSH,
  ]);
}

/**
 * The pack in the answer to `fetchObjectsRequest`: the `packfile` section's band 1, in order.
 * Throws with the server's own words on an `ERR` line or a band-3 message, and when the answer
 * holds no pack (or ends early).
 */
export function packFromFetchAnswer(body: Buffer): Buffer {
  const packets = readPktLines(body);
  const first = packets[0];
  if (first !== 'flush' && first?.subarray(0, 4).toString('latin1') === 'ERR ') {
    throw new Error(first.subarray(4).toString('utf8').trim());
  }
  const start = packets.findIndex((packet) => packet !== 'flush' && packet.toString('latin1') === 'packfile\n');
  if (start < 0) throw new Error('the answer holds no packfile section');
  const chunks: Buffer[] = [];
  for (const packet of packets.slice(start + 1)) {
    if (packet === 'flush') return Buffer.concat(chunks);
    const band = packet[0];
    if (band === 1) chunks.push(packet.subarray(1));
    else if (band === 3) throw new Error(packet.subarray(1).toString('utf8').trim());
  }
  throw new Error('the packfile section ended early');
}
