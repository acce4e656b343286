import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { readPktLines } from '../src/receive-pack';
import { fetchObjectsRequest, lsRefsRequest, packFromFetchAnswer, parseLsRefsAnswer } from '../src/upload-pack';

/** Captured from git 2.39's http-backend (the test server). */
const fixture = (name: string) => readFileSync(join(__dirname, 'fixtures', name));

describe('the upload-pack protocol v2, on answers captured from git http-backend', () => {
  test('lists refs by prefix, and reads the listing (a prefix also matches longer names)', () => {
    const body = lsRefsRequest({ prefixes: ['refs/heads/main'], agent: 'git/x' });
    expect(readPktLines(body).map((packet) => (packet === 'flush' ? '|' : packet.toString()))).toEqual([
      'command=ls-refs\n',
      'agent=git/x\n',
      'object-format=sha1\n',
      '|',
      'ref-prefix refs/heads/main\n',
      '|',
    ]);
    const refs = parseLsRefsAnswer(fixture('upload-pack-ls-refs-answer.bin'));
    expect(refs).toEqual(
      new Map([
        ['refs/heads/main', { id: '53da6cf7f50cdaf5a4f39aa2bd535f8f56e0b837' }],
        ['refs/heads/main-2', { id: '5c162d1d46cb76988cdea6114acb76f22cee9684' }],
      ]),
    );
    expect(parseLsRefsAnswer(Buffer.from('0000'))).toEqual(new Map());
  });

  test('asks for HEAD with symrefs, and reads its target (a repository whose HEAD is env/prod)', () => {
    const body = lsRefsRequest({ prefixes: ['HEAD'], symrefs: true, agent: 'git/x' });
    const packets = readPktLines(body).map((packet) => (packet === 'flush' ? '|' : packet.toString()));
    expect(packets.slice(4)).toEqual(['symrefs\n', 'ref-prefix HEAD\n', '|']);
    expect(parseLsRefsAnswer(fixture('upload-pack-ls-refs-head-answer.bin')).get('HEAD')).toEqual({
      id: '5263e37c9a5a7954a41f79d458ce057b5834fc00',
      symrefTarget: 'refs/heads/env/prod',
    });
  });

  test('never reads an answer it cannot use as "no such ref"', () => {
    const whole = fixture('upload-pack-ls-refs-answer.bin');
    // What http-backend answers a v0 request, or a v2 one it cannot serve: 200 and nothing.
    expect(() => parseLsRefsAnswer(Buffer.alloc(0))).toThrow(/did not end/);
    expect(() => parseLsRefsAnswer(whole.subarray(0, whole.length - 4))).toThrow(/did not end/);
    expect(() => parseLsRefsAnswer(Buffer.concat([whole, whole]))).toThrow(/did not end/);
    expect(() => parseLsRefsAnswer(Buffer.from('0016ERR access denied\n0000'))).toThrow(/^access denied$/);
    expect(() => parseLsRefsAnswer(Buffer.from('0010main refs/x\n0000'))).toThrow(/unexpected ls-refs line/);
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

  test('a fetch at depth 1 asks for the commit alone (its pack comes after the shallow-info section); haves go after the wants', () => {
    const body = fetchObjectsRequest({ wants: ['a'.repeat(40)], filter: 'blob:none', deepen: 1, agent: 'git/x' });
    expect(readPktLines(body).map((packet) => (packet === 'flush' ? '|' : packet.toString()))).toContain('deepen 1\n');
    const since = fetchObjectsRequest({
      wants: ['a'.repeat(40)],
      haves: ['b'.repeat(40)],
      filter: 'tree:0',
      agent: 'git/x',
    });
    const lines = readPktLines(since).map((packet) => (packet === 'flush' ? '|' : packet.toString()));
    expect(lines.slice(-4)).toEqual([`want ${'a'.repeat(40)}\n`, `have ${'b'.repeat(40)}\n`, 'done\n', '|']);
    // The tip commit and its four trees (root, apps, apps/web, apps/web/dev), no blob.
    const pack = packFromFetchAnswer(fixture('upload-pack-fetch-deepen-answer.bin'));
    expect(pack.subarray(0, 4).toString()).toBe('PACK');
    expect(pack.readUInt32BE(8)).toBe(5);
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
