import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { planPush } from '../src/http-push';
import {
  parseReceivePackAdvertisement,
  parseReceivePackReport,
  pktLine,
  readPktLines,
  receivePackRequest,
} from '../src/receive-pack';

// Captured from git 2.39's http-backend (test/support/git-server.ts): the advertisement of a
// repository with main and a queue ref, of an empty one, and the answers to two pushes.
const fixture = (name: string) => readFileSync(join(__dirname, 'fixtures', name));
const MAIN = 'b1498a45b6f40c22f5099c80ec290c44bb8aab03';

describe('pkt-lines', () => {
  test('frame a payload with its length, and read back payloads and flushes', () => {
    expect(pktLine('a\n').toString()).toBe('0006a\n');
    const stream = Buffer.concat([pktLine('one\n'), Buffer.from('0000'), pktLine(Buffer.from([1, 2]))]);
    expect(readPktLines(stream)).toEqual([Buffer.from('one\n'), 'flush', Buffer.from([1, 2])]);
  });

  test('refuse a stream cut short or not framed at all', () => {
    expect(() => readPktLines(Buffer.from('000aab'))).toThrow(/truncated pkt-line at byte 0/);
    expect(() => readPktLines(Buffer.from('<htm'))).toThrow(/malformed pkt-line length/);
  });
});

describe('parseReceivePackAdvertisement', () => {
  test('the refs and the capabilities a server lists', () => {
    const advertised = parseReceivePackAdvertisement(fixture('receive-pack-advertisement.bin'));
    expect([...advertised.refs.keys()]).toEqual(['refs/heads/main', 'refs/shipgate/queue/a']);
    expect(advertised.refs.get('refs/heads/main')).toMatch(/^[0-9a-f]{40}$/);
    expect([...advertised.capabilities]).toEqual(
      expect.arrayContaining(['report-status', 'delete-refs', 'side-band-64k', 'quiet', 'atomic', 'ofs-delta']),
    );
  });

  test('an empty repository has capabilities and no refs', () => {
    const advertised = parseReceivePackAdvertisement(fixture('receive-pack-advertisement-empty.bin'));
    expect(advertised.refs.size).toBe(0);
    expect(advertised.capabilities.has('report-status')).toBe(true);
  });

  test('an answer that is not smart HTTP is refused', () => {
    expect(() => parseReceivePackAdvertisement(Buffer.concat([pktLine(`${MAIN} refs/heads/main\n`)]))).toThrow(
      /not answer as a smart HTTP git server/,
    );
  });
});

describe('parseReceivePackReport', () => {
  test("each ref's fate and the server's messages, from the side-bands", () => {
    const report = parseReceivePackReport(fixture('receive-pack-report.bin'), { sideband: true });
    expect(report).toEqual({
      unpack: 'ok',
      refs: new Map([
        ['refs/shipgate/queue/a', undefined],
        ['refs/heads/gone', undefined],
      ]),
      messages: ['checking the push', 'warning: deleting a non-existent ref'],
    });
  });

  test('a refusal keeps its reason', () => {
    const report = parseReceivePackReport(fixture('receive-pack-report-declined.bin'), { sideband: true });
    expect(report.refs.get('refs/heads/main')).toBe('pre-receive hook declined');
    expect(report.messages).toEqual(['GH006: Protected branch update failed for refs/heads/main.']);
  });

  test('without side-band the body is the report', () => {
    const body = Buffer.concat([
      pktLine('unpack ok\n'),
      pktLine('ng refs/heads/main failed to update ref\n'),
      Buffer.from('0000'),
    ]);
    expect(parseReceivePackReport(body, { sideband: false }).refs.get('refs/heads/main')).toBe('failed to update ref');
  });
});

describe('receivePackRequest', () => {
  test('capabilities ride on the first command after a NUL; a flush, then the pack', () => {
    const zero = '0'.repeat(40);
    const body = receivePackRequest(
      [
        { ref: 'refs/heads/main', old: MAIN, new: 'c'.repeat(40) },
        { ref: 'refs/shipgate/queue/a', old: 'd'.repeat(40), new: undefined },
      ],
      ['report-status', 'atomic'],
      Buffer.from('PACK'),
      zero,
    );
    expect(body.toString()).toBe(
      `007a${MAIN} ${'c'.repeat(40)} refs/heads/main\u0000report-status atomic` +
        `006b${'d'.repeat(40)} ${zero} refs/shipgate/queue/a0000PACK`,
    );
  });
});

describe('planPush', () => {
  const advertised = {
    refs: new Map([
      ['refs/heads/main', MAIN],
      ['refs/shipgate/queue/a', 'a'.repeat(40)],
    ]),
    capabilities: new Set(['report-status', 'delete-refs', 'atomic', 'side-band-64k']),
  };

  test('sends what matches the advertisement, asking for the capabilities it needs', () => {
    const plan = planPush(
      [
        { ref: 'refs/heads/main', from: 'c'.repeat(40), base: MAIN },
        { ref: 'refs/shipgate/queue/a', lease: 'a'.repeat(40) },
      ],
      advertised,
      { atomic: true },
    );
    expect(plan?.commands).toEqual([
      { ref: 'refs/heads/main', old: MAIN, new: 'c'.repeat(40) },
      { ref: 'refs/shipgate/queue/a', old: 'a'.repeat(40), new: undefined },
    ]);
    expect(plan?.capabilities).toEqual([
      'report-status',
      'atomic',
      'delete-refs',
      'side-band-64k',
      'agent=git/shipgate',
    ]);
  });

  test('a moved base is "fetch first", a moved lease "stale info", and atomic takes the others down with them', () => {
    const plan = planPush(
      [
        { ref: 'refs/heads/main', from: 'c'.repeat(40), base: 'e'.repeat(40) },
        { ref: 'refs/shipgate/queue/a', lease: 'b'.repeat(40) },
        { ref: 'refs/shipgate/queue/b', from: 'f'.repeat(40), base: '' },
      ],
      advertised,
      { atomic: true },
    );
    expect(plan?.commands).toEqual([]);
    expect(plan?.decisions.map((decision) => (decision.kind === 'rejected' ? decision.reason : decision.kind))).toEqual(
      ['fetch first', 'stale info', 'atomic push failed'],
    );
  });

  test('without atomic the rest is sent; a ref already at its new value is up to date', () => {
    const plan = planPush(
      [
        { ref: 'refs/heads/main', from: MAIN, base: 'e'.repeat(40) },
        { ref: 'refs/shipgate/queue/a', lease: 'b'.repeat(40) },
        { ref: 'refs/heads/new', from: 'f'.repeat(40), base: '' },
      ],
      advertised,
      {},
    );
    expect(plan?.decisions.map((decision) => decision.kind)).toEqual(['up to date', 'rejected', 'send']);
    expect(plan?.commands).toEqual([{ ref: 'refs/heads/new', old: undefined, new: 'f'.repeat(40) }]);
  });

  test('a server without what the push needs leaves it to git', () => {
    const bare = { ...advertised, capabilities: new Set(['report-status']) };
    expect(planPush([{ ref: 'refs/shipgate/queue/a', lease: 'a'.repeat(40) }], bare, {})).toBeUndefined();
    expect(
      planPush([{ ref: 'refs/heads/main', from: 'c'.repeat(40), base: MAIN }], bare, { atomic: true }),
    ).toBeUndefined();
  });
});
