import { pktLine, readPktLines } from './receive-pack';

/**
 * The upload-pack side of git's protocol v2 over smart HTTP (`POST git-upload-pack` with
 * `Git-Protocol: version=2`), as pure functions: the body of an `ls-refs` command and the refs in
 * its answer, the body of a `fetch` command that asks for objects by id under a filter, and the
 * pack in its answer (gitprotocol-v2(5), gitprotocol-http(5)). Written here for the reason
 * receive-pack.ts gives: no maintained Node library fetches into a partial clone that git then reads.
 */

const DELIMITER = Buffer.from('0001');
const FLUSH = Buffer.from('0000');

/**
 * A `fetch` command for `wants` (any object ids) under `filter`: the answer is a whole pack at once
 * (`done`), without progress, in offset deltas, never thin. `haves`: commits the clone holds, so
 * that the pack leaves out what they reach (the server ignores one it does not know). `deepen: 1`:
 * the wanted commits alone, without their history (the answer then opens with a `shallow-info`
 * section, which a caller that fetches the history beside it ignores).
 */
export function fetchObjectsRequest(options: {
  wants: readonly string[];
  haves?: readonly string[];
  filter: string;
  deepen?: number;
  agent: string;
}): Buffer {
  return Buffer.concat([
    ...commandHeader('fetch', options.agent),
    pktLine('no-progress\n'),
    pktLine('ofs-delta\n'),
    pktLine(`filter ${options.filter}\n`),
    ...(options.deepen ? [pktLine(`deepen ${options.deepen}\n`)] : []),
    ...options.wants.map((id) => pktLine(`want ${id}\n`)),
    ...(options.haves ?? []).map((id) => pktLine(`have ${id}\n`)),
    pktLine('done\n'),
    FLUSH,
  ]);
}

/**
 * An `ls-refs` command for the refs that start with any of `prefixes` (`HEAD` names the remote's
 * HEAD), without peeling; `symrefs`: a symbolic ref says what it points at.
 */
export function lsRefsRequest(options: { prefixes: readonly string[]; symrefs?: boolean; agent: string }): Buffer {
  return Buffer.concat([
    ...commandHeader('ls-refs', options.agent),
    ...(options.symrefs ? [pktLine('symrefs\n')] : []),
    ...options.prefixes.map((prefix) => pktLine(`ref-prefix ${prefix}\n`)),
    FLUSH,
  ]);
}

/** One ref of an `ls-refs` answer: its id, and for a symbolic ref (asked with `symrefs`) its target. */
export interface ListedRef {
  id: string;
  symrefTarget?: string;
}

/**
 * The answer to `lsRefsRequest`: ref name → what it is, for every ref the server listed (a prefix
 * also matches longer names; the caller picks the exact ones). Throws with the server's own words
 * on an `ERR` line, and on anything else that is not a complete listing, so that an answer this
 * process cannot read is never taken for "no such ref".
 */
export function parseLsRefsAnswer(body: Buffer): Map<string, ListedRef> {
  const refs = new Map<string, ListedRef>();
  const packets = readPktLines(body);
  for (const [index, packet] of packets.entries()) {
    if (packet === 'flush') {
      if (index !== packets.length - 1) break;
      return refs;
    }
    const line = packet.toString('utf8').replace(/\n$/, '');
    if (line.startsWith('ERR ')) throw new Error(line.slice(4).trim());
    const [id = '', name = '', ...attributes] = line.split(' ');
    if (!/^[0-9a-f]{40}$/.test(id) || !name) {
      throw new Error(`unexpected ls-refs line ${JSON.stringify(line.slice(0, 80))}`);
    }
    const target = attributes.find((attribute) => attribute.startsWith('symref-target:'));
    refs.set(name, target ? { id, symrefTarget: target.slice('symref-target:'.length) } : { id });
  }
  throw new Error('the ref listing did not end with its one flush');
}

/** The lines every v2 command opens with: its name, our agent, SHA-1, and the delimiter. */
function commandHeader(command: string, agent: string): Buffer[] {
  return [pktLine(`command=${command}\n`), pktLine(`agent=${agent}\n`), pktLine('object-format=sha1\n'), DELIMITER];
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
