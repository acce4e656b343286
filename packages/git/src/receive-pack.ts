/**
 * The receive-pack side of git's smart HTTP protocol, as pure functions: the pkt-line framing, the
 * ref advertisement of `GET info/refs?service=git-receive-pack`, the request body of `POST
 * git-receive-pack` and the report the server sends back (gitprotocol-pack(5),
 * gitprotocol-http(5)). Written here because no maintained Node library speaks it for a pack built
 * elsewhere (isomorphic-git builds its own packs and cannot push to a partial clone's remote).
 */

const ZERO_ID = /^0+$/;
const FLUSH = Buffer.from('0000');

/** One pkt-line: four hex digits of length (its own four included), then the payload. */
export function pktLine(payload: string | Buffer): Buffer {
  const body = typeof payload === 'string' ? Buffer.from(payload) : payload;
  return Buffer.concat([Buffer.from((body.length + 4).toString(16).padStart(4, '0')), body]);
}

/** A pkt-line stream's packets in order: a payload, or `flush` for `0000` (`0001`/`0002` too). */
export function readPktLines(stream: Buffer): (Buffer | 'flush')[] {
  const packets: (Buffer | 'flush')[] = [];
  let at = 0;
  while (at + 4 <= stream.length) {
    const length = Number.parseInt(stream.toString('latin1', at, at + 4), 16);
    if (Number.isNaN(length)) throw new Error(`malformed pkt-line length at byte ${at}`);
    if (length < 4) {
      packets.push('flush');
      at += 4;
      continue;
    }
    if (at + length > stream.length) throw new Error(`truncated pkt-line at byte ${at}`);
    packets.push(stream.subarray(at + 4, at + length));
    at += length;
  }
  return packets;
}

export interface ReceivePackAdvertisement {
  /** ref name → id; an empty repository advertises none. */
  refs: Map<string, string>;
  capabilities: Set<string>;
}

/**
 * The body of `GET info/refs?service=git-receive-pack`: `# service=…`, a flush, then one ref a
 * line, the first carrying the capabilities after a NUL (an empty repository sends
 * `capabilities^{}` with the null id instead).
 */
export function parseReceivePackAdvertisement(body: Buffer): ReceivePackAdvertisement {
  const refs = new Map<string, string>();
  let capabilities = new Set<string>();
  let sawService = false;
  for (const packet of readPktLines(body)) {
    if (packet === 'flush') continue;
    const text = packet.toString('utf8').replace(/\n$/, '');
    if (!sawService && text.startsWith('# service=')) {
      sawService = true;
      continue;
    }
    const [line = '', caps] = text.split('\u0000', 2);
    if (caps !== undefined) capabilities = new Set(caps.split(' ').filter(Boolean));
    const match = line.match(/^([0-9a-f]{40,64}) (\S+)$/);
    if (!match?.[1] || !match[2]) throw new Error(`unexpected line in the ref advertisement: ${JSON.stringify(text)}`);
    if (match[2] !== 'capabilities^{}' && !ZERO_ID.test(match[1])) refs.set(match[2], match[1]);
  }
  if (!sawService) throw new Error('the server did not answer as a smart HTTP git server (no "# service=" line)');
  return { refs, capabilities };
}

/** One ref update as sent: `<old> <new> <ref>`, the null id for a creation's old or a deletion's new. */
export interface ReceivePackCommand {
  ref: string;
  old: string | undefined;
  new: string | undefined;
}

/** The `POST git-receive-pack` body: the commands (capabilities after a NUL on the first), a flush, the pack. */
export function receivePackRequest(
  commands: readonly ReceivePackCommand[],
  capabilities: readonly string[],
  pack: Buffer | undefined,
  zeroId: string,
): Buffer {
  const lines = commands.map((command, index) => {
    const text = `${command.old ?? zeroId} ${command.new ?? zeroId} ${command.ref}`;
    return pktLine(index === 0 ? `${text}\u0000${capabilities.join(' ')}` : text);
  });
  return Buffer.concat([...lines, FLUSH, ...(pack ? [pack] : [])]);
}

export interface ReceivePackReport {
  /** `ok`, or why the server could not take the pack. */
  unpack: string;
  /** Per ref: `undefined` when it was updated, else the server's reason. */
  refs: Map<string, string | undefined>;
  /** What the server printed on the progress band (hooks, lock errors), line by line. */
  messages: string[];
  /** The error band's text: the server gave up. */
  fatal?: string;
}

/**
 * The body of the `POST git-receive-pack` answer: the report-status pkt-lines (`unpack ok`, `ok
 * <ref>`, `ng <ref> <reason>`); with `side-band-64k` they come on band 1, the server's messages on
 * band 2 and a fatal error on band 3.
 */
export function parseReceivePackReport(body: Buffer, options: { sideband: boolean }): ReceivePackReport {
  const status: Buffer[] = [];
  const progress: Buffer[] = [];
  let fatal: string | undefined;
  // Without side-band the body is the report itself.
  if (!options.sideband) status.push(body);
  for (const packet of options.sideband ? readPktLines(body) : []) {
    if (packet === 'flush' || packet.length === 0) continue;
    const band = packet[0];
    const data = packet.subarray(1);
    if (band === 1) status.push(data);
    else if (band === 2) progress.push(data);
    else if (band === 3) fatal = data.toString('utf8').trim();
    else throw new Error(`unexpected side-band ${band} in the receive-pack report`);
  }
  const report: ReceivePackReport = { unpack: '', refs: new Map(), messages: splitMessages(progress) };
  if (fatal !== undefined) report.fatal = fatal;
  for (const packet of readPktLines(Buffer.concat(status))) {
    if (packet === 'flush') continue;
    const line = packet.toString('utf8').replace(/\n$/, '');
    if (line.startsWith('unpack ')) report.unpack = line.slice('unpack '.length);
    else if (line.startsWith('ok ')) report.refs.set(line.slice(3), undefined);
    else if (line.startsWith('ng ')) {
      const [ref = '', ...reason] = line.slice(3).split(' ');
      report.refs.set(ref, reason.join(' ') || 'rejected');
    }
  }
  return report;
}

/** The progress band's bytes as lines: git separates them with `\n` or `\r` (a progress meter). */
function splitMessages(chunks: readonly Buffer[]): string[] {
  return Buffer.concat(chunks)
    .toString('utf8')
    .split(/\r?\n|\r/)
    .map((line) => line.trimEnd())
    .filter(Boolean);
}
