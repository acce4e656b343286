import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { readPktLines } from '../src/receive-pack';
import {
  fetchesFiltered,
  fetchObjectsRequest,
  packFromFetchAnswer,
  parseUploadPackAdvertisement,
} from '../src/upload-pack';

/** Captured from git 2.39's http-backend (the test server), v2 unless named v0. */
const fixture = (name: string) => readFileSync(join(__dirname, 'fixtures', name));

describe('the upload-pack protocol v2, on answers captured from git http-backend', () => {
  test('reads the v2 advertisement: fetch with filter, SHA-1', () => {
    const advertised = parseUploadPackAdvertisement(fixture('upload-pack-advertisement-v2.bin'));
    expect(advertised?.commands.get('fetch')).toEqual(new Set(['shallow', 'wait-for-done', 'filter']));
    expect(advertised?.commands.has('ls-refs')).toBe(true);
    expect(advertised?.objectFormat).toBe('sha1');
    expect(advertised && fetchesFiltered(advertised)).toBe(true);
  });

  test('a v0 ref advertisement is not v2', () => {
    expect(parseUploadPackAdvertisement(fixture('upload-pack-advertisement-v0.bin'))).toBeUndefined();
  });

  test('a server whose fetch takes no filter, or that stores SHA-256, is not asked', () => {
    const line = (text: string) => `${(text.length + 4).toString(16).padStart(4, '0')}${text}`;
    const advertise = (...lines: string[]) => Buffer.from(`${lines.map(line).join('')}0000`);
    const noFilter = parseUploadPackAdvertisement(advertise('version 2\n', 'fetch=shallow\n'));
    const sha256 = parseUploadPackAdvertisement(advertise('version 2\n', 'fetch=filter\n', 'object-format=sha256\n'));
    expect(noFilter && fetchesFiltered(noFilter)).toBe(false);
    expect(sha256 && fetchesFiltered(sha256)).toBe(false);
    // The `# service=` preamble some servers send before v2 is skipped.
    const preamble = Buffer.concat([
      Buffer.from(`${line('# service=git-upload-pack\n')}0000`),
      advertise('version 2\n', 'fetch=filter\n'),
    ]);
    const withPreamble = parseUploadPackAdvertisement(preamble);
    expect(withPreamble && fetchesFiltered(withPreamble)).toBe(true);
  });

  test('the fetch command asks for the ids under the filter, with done and no haves', () => {
    const body = fetchObjectsRequest({ wants: ['a'.repeat(40), 'b'.repeat(40)], filter: 'blob:none', agent: 'git/x' });
    const packets = readPktLines(body).map((packet) => (packet === 'flush' ? '|' : packet.toString()));
    expect(packets).toEqual([
      'command=fetch\n',
      'agent=git/x\n',
      'object-format=sha1\n',
      '|',
      'no-progress\n',
      'ofs-delta\n',
      'filter blob:none\n',
      `want ${'a'.repeat(40)}\n`,
      `want ${'b'.repeat(40)}\n`,
      'done\n',
      '|',
    ]);
    expect(body.subarray(body.length - 4).toString()).toBe('0000');
    expect(body.toString()).toContain('0001');
  });

  test('takes the pack out of the packfile section (four trees of a blob:none fetch)', () => {
    const pack = packFromFetchAnswer(fixture('upload-pack-fetch-answer.bin'));
    expect(pack.subarray(0, 4).toString()).toBe('PACK');
    expect(pack.readUInt32BE(4)).toBe(2);
    expect(pack.readUInt32BE(8)).toBe(4);
  });

  test("throws the server's own words for an ERR answer, and on an answer cut short", () => {
    expect(() => packFromFetchAnswer(fixture('upload-pack-fetch-not-our-ref.bin'))).toThrow(
      `upload-pack: not our ref ${'1'.repeat(40)}`,
    );
    const whole = fixture('upload-pack-fetch-answer.bin');
    expect(() => packFromFetchAnswer(whole.subarray(0, whole.length - 4))).toThrow(/ended early/);
    expect(() => packFromFetchAnswer(Buffer.from('0000'))).toThrow(/no packfile section/);
    const failing = Buffer.concat([whole.subarray(0, 13), Buffer.from('0013\u0003out of memory\n0000')]);
    expect(() => packFromFetchAnswer(failing)).toThrow(/^out of memory$/);
  });
});
