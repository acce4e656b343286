import { mkdtemp, rm, truncate, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import {
  ConfigurationError,
  InputReader,
  MAX_RECORD_FILE_BYTES,
  MAX_REPORT_FILE_BYTES,
  refuseSecretsInCommittedInputs,
  requireBranchName,
  requireFileSizeWithin,
  SecretMasker,
} from '../src/index';

describe('refuseSecretsInCommittedInputs', () => {
  const inputs = (values: Record<string, string>) => ({ getInput: (name: string) => values[name] ?? '' });

  test('a registered secret, or a form of it, in a committed input is refused naming the input only', () => {
    const masker = new SecretMasker();
    masker.add('ghs_tokenvalue123');
    masker.add(Buffer.from('x-access-token:ghs_tokenvalue123').toString('base64'));
    const source = inputs({ message: 'deploy web\n\nleaked ghs_tokenvalue123 here', reason: 'fine' });
    let error: unknown;
    try {
      refuseSecretsInCommittedInputs(masker, source, ['reason', 'message']);
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(ConfigurationError);
    expect((error as Error).message).toBe(
      'Input "message" contains a secret (a value registered for masking); it would be committed to the GitOps repository in clear.',
    );
    expect((error as Error).message).not.toContain('ghs_tokenvalue123');
    const base64 = Buffer.from('x-access-token:ghs_tokenvalue123').toString('base64');
    expect(() =>
      refuseSecretsInCommittedInputs(masker, inputs({ 'author-name': `a ${base64}` }), ['author-name']),
    ).toThrow(/Input "author-name" contains a secret/);
  });

  test('inputs without secrets, and no secrets at all, pass', () => {
    const masker = new SecretMasker();
    refuseSecretsInCommittedInputs(masker, inputs({ message: 'anything' }), ['message']);
    masker.add('s3cret-value');
    refuseSecretsInCommittedInputs(masker, inputs({ message: 'deploy web', reason: '' }), ['message', 'reason']);
  });
});

describe('requireBranchName', () => {
  test.each(['main', 'release/1.x', 'env/production', 'feature-a_b.c', 'a@b'])('%s is a branch name', (name) => {
    expect(() => requireBranchName(name, 'branch')).not.toThrow();
  });

  test.each([
    ['a..b', 'it contains ".."'],
    ['-main', 'it starts with "-"'],
    ['main:evil', 'it contains one of'],
    ['ma in', 'a space or control character'],
    ['main\nother', 'a space or control character'],
    ['a//b', 'an empty path component'],
    ['/main', 'an empty path component'],
    ['main/', 'an empty path component'],
    ['.hidden', 'starts with "."'],
    ['main.lock', 'ends with ".lock"'],
    ['main.', 'ends with "."'],
    ['HEAD@{1}', '"@{"'],
    ['@', '"@{"'],
    ['main^', 'it contains one of'],
    ['ref~1', 'it contains one of'],
    ['a*', 'it contains one of'],
    ['a\\b', 'it contains one of'],
  ])('%j is refused: %s', (name, reason) => {
    expect(() => requireBranchName(name, 'branch')).toThrow(ConfigurationError);
    expect(() => requireBranchName(name, 'branch')).toThrow(reason);
    expect(() => requireBranchName(name, 'branch')).toThrow(`Input "branch" is not a valid branch name (`);
  });

  test('InputReader.branch applies the default and the check', () => {
    const reader = new InputReader({ getInput: (name) => ({ good: 'env/prod', bad: 'a..b' })[name] ?? '' });
    expect(reader.branch('good', 'main')).toBe('env/prod');
    expect(reader.branch('missing', 'main')).toBe('main');
    expect(reader.branch('missing')).toBeUndefined();
    expect(() => reader.branch('bad', 'main')).toThrow(
      'Input "bad" is not a valid branch name (it contains ".."), got "a..b".',
    );
  });
});

describe('requireFileSizeWithin', () => {
  let dir: string;
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'shipgate-size-'));
  });
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  test('the real limits: one byte over is refused, naming the input; at the limit passes (sparse files)', async () => {
    const over = join(dir, 'over.json');
    await writeFile(over, '');
    await truncate(over, MAX_REPORT_FILE_BYTES + 1); // sparse: no gigabyte is written
    await expect(requireFileSizeWithin(over, 'report', MAX_REPORT_FILE_BYTES)).rejects.toThrow(
      `Input "report" names ${over}, which is 1.0 GiB, more than the 1.0 GiB this input may be.`,
    );
    const record = join(dir, 'record.json');
    await writeFile(record, '');
    await truncate(record, MAX_RECORD_FILE_BYTES);
    await requireFileSizeWithin(record, 'scan-record', MAX_RECORD_FILE_BYTES);
    await truncate(record, 300 * 1024 * 1024);
    await expect(requireFileSizeWithin(record, 'scan-record', MAX_RECORD_FILE_BYTES)).rejects.toThrow(
      /^Input "scan-record" names .*record\.json, which is 300\.0 MiB, more than the 64\.0 MiB this input may be\.$/,
    );
  });

  test('a missing path or a directory is left to the reader', async () => {
    await requireFileSizeWithin(join(dir, 'nope.json'), 'report', 1);
    await requireFileSizeWithin(dir, 'report', 1);
  });
});
