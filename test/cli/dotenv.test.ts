/**
 * `--dotenv FILE`: the outputs as a file that a POSIX shell sources and GitLab takes as a dotenv
 * report, both reading the same values. The shell is the real /bin/sh; GitLab's reading is its
 * parser's rules (app/services/ci/parse_dotenv_artifact_service.rb: each line `^(.*?)=(.*)$`, key
 * and value stripped, every line must match, so no empty line; the key `[a-zA-Z0-9_]+` as
 * Ci::JobVariable validates it; quotes kept; under 5 KiB and at most 20 variables by default).
 */
import { spawnSync } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  type ActionCatalog,
  type ActionMetadata,
  formatDotenv,
  GITLAB_DOTENV_LIMITS,
  parseActionMetadata,
  runCli,
} from '@shipgate/cli';
import type { Runtime } from '@shipgate/core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';

/** What a job's later script sees: the file sourced by /bin/sh with set -a, each variable printed NUL-terminated. */
function sourcedByShell(file: string, keys: readonly string[]): Record<string, string> {
  const script = `set -a; . "$1"; set +a; shift; for key in "$@"; do eval "printf '%s\\\\0' \\"\\$$key\\""; done`;
  const result = spawnSync('/bin/sh', ['-c', script, 'sh', file, ...keys], { encoding: 'utf8', env: {} });
  expect(result.stderr).toBe('');
  expect(result.status).toBe(0);
  const values = result.stdout.split('\0').slice(0, keys.length);
  return Object.fromEntries(keys.map((key, i) => [key, values[i] ?? '']));
}

/** What GitLab makes of the file as a dotenv report; throws where GitLab refuses it. */
function readByGitLab(text: string): Record<string, string> {
  if (Buffer.byteLength(text) >= GITLAB_DOTENV_LIMITS.bytes) throw new Error('Dotenv Artifact Too Big');
  const variables: Record<string, string> = {};
  // Ruby's each_line keeps the newline; `$` then matches before it.
  for (const line of text.split(/(?<=\n)/)) {
    const match = /^(.*?)=(.*)$/m.exec(line);
    if (!match) throw new Error(`Invalid Format: ${JSON.stringify(line)}`);
    const [key, value] = [match[1]!.trim(), match[2]!.trim()];
    if (!/^[a-zA-Z0-9_]+$/.test(key)) throw new Error(`Invalid key: ${key}`);
    variables[key] = value;
  }
  if (Object.keys(variables).length > GITLAB_DOTENV_LIMITS.variables) throw new Error('Too many variables');
  return variables;
}

const OUTPUTS: Record<string, string> = {
  'image-ref': `registry.example.com:5000/acme/web@sha256:${'a'.repeat(64)}`,
  digest: `sha256:${'a'.repeat(64)}`,
  changed: 'true',
  'pull-request-url': '',
  'config-hash': `sha256:${'b'.repeat(64)}`,
  tags: 'registry.example.com/acme/web:1.4.0\nregistry.example.com/acme/web:sha-9b2e1d0',
  counts: '{"critical":0,"high":2}',
  scan: 'pass; trivy 0.58.1; critical=0 high=2',
  files: '["deployment-web.yaml","service-web.yaml"]',
  note: 'it\'s $HOME `id` ~ "quoted"\nsecond line, with a comma',
  'output-dir': '/tmp/rendered dir/staging',
};

describe('formatDotenv', () => {
  const { text, entries } = formatDotenv(OUTPUTS);

  test('plain values as they are, lists comma-separated, anything else base64 under <KEY>_BASE64', () => {
    expect(entries.map((entry) => [entry.output, entry.key, entry.form])).toEqual([
      ['image-ref', 'IMAGE_REF', 'plain'],
      ['digest', 'DIGEST', 'plain'],
      ['changed', 'CHANGED', 'plain'],
      ['pull-request-url', 'PULL_REQUEST_URL', 'plain'],
      ['config-hash', 'CONFIG_HASH', 'plain'],
      ['tags', 'TAGS', 'list'],
      ['counts', 'COUNTS_BASE64', 'base64'],
      ['scan', 'SCAN_BASE64', 'base64'],
      ['files', 'FILES_BASE64', 'base64'],
      ['note', 'NOTE_BASE64', 'base64'],
      ['output-dir', 'OUTPUT_DIR_BASE64', 'base64'],
    ]);
    expect(text.split('\n').slice(0, 6)).toEqual([
      `IMAGE_REF=${OUTPUTS['image-ref']}`,
      `DIGEST=${OUTPUTS.digest}`,
      'CHANGED=true',
      'PULL_REQUEST_URL=',
      `CONFIG_HASH=${OUTPUTS['config-hash']}`,
      'TAGS=registry.example.com/acme/web:1.4.0,registry.example.com/acme/web:sha-9b2e1d0',
    ]);
  });

  test('a shell sourcing the file and GitLab reading it get the same values, and every output back', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'shipgate-dotenv-'));
    try {
      const file = join(dir, 'shipgate.env');
      await writeFile(file, text);
      const gitlab = readByGitLab(text);
      const keys = entries.map((entry) => entry.key);
      expect(Object.keys(gitlab)).toEqual(keys);
      const shell = sourcedByShell(file, keys);
      expect(shell).toEqual(gitlab);
      for (const { output, key, form } of entries) {
        const value = shell[key] ?? '';
        const original = OUTPUTS[output] ?? '';
        if (form === 'plain') expect(value).toBe(original);
        if (form === 'list') expect(value).toBe(original.split('\n').join(','));
        if (form === 'base64') expect(Buffer.from(value, 'base64').toString('utf8')).toBe(original);
      }
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});

describe('shipgate <action> --dotenv FILE', () => {
  const yaml = `
name: Emit
description: Sets the outputs it is given as JSON. Used only by the CLI tests.
inputs:
  outputs:
    description: A JSON object of outputs.
    required: true
outputs:
${Object.keys(OUTPUTS)
  .map((name) => `  ${name}:\n    description: ${name}.`)
  .join('\n')}
runs:
  using: node24
  main: dist/index.js
`;
  const runEmit = async (runtime: Runtime) => {
    for (const [name, value] of Object.entries(JSON.parse(runtime.getInput('outputs')))) {
      runtime.setOutput(name, String(value));
    }
    if (runtime.getInput('outputs').includes('"fail"')) throw new Error('asked to fail');
  };
  const emit: ActionMetadata = parseActionMetadata('emit', yaml, 'emit.yml', String(runEmit));
  const catalog: ActionCatalog = { metadata: [emit], loaders: { emit: async () => ({ run: runEmit }) } };
  let dir: string;
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'shipgate-dotenv-cli-'));
  });
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  const cli = async (argv: string[]) => {
    let stdout = '';
    let stderr = '';
    const exitCode = await runCli(
      argv,
      { env: {}, stdout: (text) => (stdout += text), stderr: (text) => (stderr += text) },
      catalog,
    );
    return { exitCode, stdout, stderr };
  };

  test('appends each command’s outputs, says which are base64, and the file stays readable by both', async () => {
    const file = join(dir, 'build.env');
    const first = await cli([
      'emit',
      '--outputs',
      JSON.stringify({ digest: OUTPUTS.digest, scan: OUTPUTS.scan }),
      '--dotenv',
      file,
    ]);
    expect(first.exitCode).toBe(0);
    expect(first.stdout).toBe(`digest=${OUTPUTS.digest}\nscan=${OUTPUTS.scan}\n`);
    expect(first.stderr).toBe(
      `${file}: SCAN_BASE64 holds base64, for characters a shell and GitLab would read differently; decode with base64 -d.\n`,
    );
    const second = await cli([
      'emit',
      '--outputs',
      JSON.stringify({ 'image-ref': OUTPUTS['image-ref'], tags: OUTPUTS.tags }),
      `--dotenv=${file}`,
    ]);
    expect(second).toMatchObject({ exitCode: 0, stderr: '' });
    const text = await readFile(file, 'utf8');
    expect(readByGitLab(text)).toEqual(sourcedByShell(file, ['DIGEST', 'SCAN_BASE64', 'IMAGE_REF', 'TAGS']));
    expect(readByGitLab(text).IMAGE_REF).toBe(OUTPUTS['image-ref']);
  });

  test('a failing action still leaves the outputs it set', async () => {
    const file = join(dir, 'failed.env');
    const result = await cli(['emit', '--outputs', JSON.stringify({ changed: 'fail' }), '--dotenv', file]);
    expect(result.exitCode).toBe(1);
    expect(await readFile(file, 'utf8')).toBe('CHANGED=fail\n');
  });

  test("past GitLab's default limits, a warning", async () => {
    const file = join(dir, 'big.env');
    const big = Object.fromEntries(Object.keys(OUTPUTS).map((name) => [name, 'x'.repeat(500)]));
    expect((await cli(['emit', '--outputs', JSON.stringify(big), '--dotenv', file])).stderr).toMatch(
      /^warning: .*big\.env is 5\d{3} bytes with 11 variables; GitLab refuses a dotenv report of 5120 bytes or more, or with more than 20 variables \(its default limits\)\.$/m,
    );
  });

  test('--dotenv without a path is a usage error', async () => {
    expect(await cli(['emit', '--outputs', '{}', '--dotenv'])).toMatchObject({
      exitCode: 2,
      stderr: 'error: --dotenv needs a path.\n',
    });
  });
});
