import { readFileSync } from 'node:fs';
import { chmod, mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ConfigurationError, createMemoryRuntime } from '@shipgate/core';
import { describe, expect, test } from 'vitest';
import {
  chooseScanner,
  GRYPE_VERSION_ARGS,
  grypeEnv,
  grypeScanArgs,
  parseGrypeVersion,
  parseTrivyVersion,
  runGrype,
  runTrivy,
  TRIVY_VERSION_ARGS,
  trivyEnv,
  trivyScanArgs,
} from '../src/index';

const fixtures = join(import.meta.dirname, 'fixtures');
const read = (name: string) => readFileSync(join(fixtures, name), 'utf8');
const REF = 'registry.example.com/acme/web@sha256:3b1f6e2a9c4d5e6f708192a3b4c5d6e7f8091a2b3c4d5e6f708192a3b4c5d6e7';

describe('scanner command lines', () => {
  test.each([
    [undefined, ['image', '--format', 'json', '--output', '/tmp/r.json', REF]],
    [{ tlsVerify: true }, ['image', '--format', 'json', '--output', '/tmp/r.json', REF]],
    [{ tlsVerify: false }, ['image', '--format', 'json', '--output', '/tmp/r.json', '--insecure', REF]],
  ])('trivy with registry %j', (registry, args) => {
    expect(trivyScanArgs(REF, '/tmp/r.json', registry)).toEqual(args);
  });

  test('grype writes JSON to a file', () => {
    expect(grypeScanArgs(REF, '/tmp/r.json')).toEqual([REF, '-o', 'json', '--file', '/tmp/r.json']);
  });

  test('version commands ask for JSON', () => {
    expect(TRIVY_VERSION_ARGS).toEqual(['version', '--format', 'json']);
    expect(GRYPE_VERSION_ARGS).toEqual(['version', '-o', 'json']);
  });

  test('credentials go through the environment, never the arguments', () => {
    const registry = { username: 'bot', password: 's3cret-token', tlsVerify: false };
    expect(trivyEnv(registry)).toEqual({ TRIVY_USERNAME: 'bot', TRIVY_PASSWORD: 's3cret-token' });
    expect(grypeEnv(registry)).toEqual({
      GRYPE_REGISTRY_AUTH_USERNAME: 'bot',
      GRYPE_REGISTRY_AUTH_PASSWORD: 's3cret-token',
      GRYPE_REGISTRY_INSECURE_SKIP_TLS_VERIFY: 'true',
    });
    expect(trivyScanArgs(REF, '/tmp/r.json', registry).join(' ')).not.toContain('s3cret');
    expect(trivyEnv(undefined)).toEqual({});
  });
});

describe('version output', () => {
  test.each([
    ['trivy-version.json', { version: '0.58.1', dbUpdatedAt: '2024-12-01T12:40:02.122318559Z' }],
    ['trivy-version-no-db.json', { version: '0.58.1' }],
  ])('trivy %s', (fixture, expected) => {
    expect(parseTrivyVersion(read(fixture))).toEqual(expected);
  });

  test('grype', () => {
    expect(parseGrypeVersion(read('grype-version.json'))).toEqual({ version: '0.86.1' });
  });

  test.each([
    [
      parseTrivyVersion,
      'Version: 0.58.1',
      '`trivy version --format json` did not print JSON; is this Trivy 0.20 or later?',
    ],
    [parseTrivyVersion, '{"version": "x"}', '`trivy version --format json` printed JSON without a "Version".'],
    [parseGrypeVersion, 'Application: grype', '`grype version -o json` did not print JSON.'],
    [parseGrypeVersion, '{}', '`grype version -o json` printed JSON without a "version".'],
  ])('%# unexpected output is one sentence', (parse, text, message) => {
    expect(() => parse(text)).toThrow(new ConfigurationError(message));
  });
});

describe('chooseScanner', () => {
  async function pathWith(...tools: string[]): Promise<Record<string, string>> {
    const dir = await mkdtemp(join(tmpdir(), 'scan-path-'));
    for (const tool of tools) {
      await writeFile(join(dir, tool), '#!/bin/sh\nexit 0\n');
      await chmod(join(dir, tool), 0o755);
    }
    return { PATH: dir };
  }

  test.each([
    ['auto', ['trivy', 'grype'], 'trivy'],
    ['auto', ['grype'], 'grype'],
    ['grype', ['trivy', 'grype'], 'grype'],
    ['trivy', ['trivy'], 'trivy'],
  ] as const)('%s with %j on PATH → %s', async (choice, tools, expected) => {
    expect(await chooseScanner(choice, await pathWith(...tools))).toBe(expected);
  });

  test('a scanner that is not installed is one sentence pointing at the report input', async () => {
    await expect(chooseScanner('auto', await pathWith())).rejects.toThrow(
      new ConfigurationError(
        'Input "scanner" is "auto" but neither trivy nor grype is on PATH; install one, or give a scanner report in input "report".',
      ),
    );
    await expect(chooseScanner('grype', await pathWith('trivy'))).rejects.toThrow(
      'Input "scanner" is "grype" but grype is not on PATH',
    );
  });
});

describe("the scanner's own output is shown in the log, in a group", () => {
  /**
   * A stand-in scanner (neither is installed here) that talks as the real ones do while they work:
   * progress on stderr, the report into the file it was given.
   */
  async function standIn(tool: 'trivy' | 'grype'): Promise<string> {
    const dir = await mkdtemp(join(tmpdir(), 'scan-stand-in-'));
    const script = [
      '#!/bin/sh',
      'echo "Downloading vulnerability DB..." >&2',
      'echo "  42.00 MiB / 42.00 MiB [=====] 100.00%" >&2',
      'while [ "$#" -gt 0 ]; do case "$1" in --output|--file) out="$2"; shift;; esac; shift; done',
      'echo "{}" > "$out"',
      'echo "Scanned: 12 packages" >&2',
    ].join('\n');
    await writeFile(join(dir, tool), `${script}\n`);
    await chmod(join(dir, tool), 0o755);
    return dir;
  }

  test.each([
    ['trivy', 'Trivy', runTrivy],
    ['grype', 'Grype', runGrype],
  ] as const)('%s', async (tool, name, runScanner) => {
    const dir = await standIn(tool);
    const runtime = createMemoryRuntime({ env: { PATH: `${dir}:${process.env.PATH}` } });
    const report = join(dir, 'report.json');
    await runScanner({ exec: runtime.exec, log: runtime.log }, REF, report);
    expect(readFileSync(report, 'utf8')).toBe('{}\n');
    const start = runtime.logs.findIndex((entry) => entry.level === 'group');
    expect(runtime.logs[start]?.message).toBe(`Scanning ${REF} with ${name}`);
    expect(runtime.logs.slice(start + 1)).toEqual([
      { level: 'info', message: expect.stringMatching(new RegExp(`^\\[command\\] ${tool} `)) },
      { level: 'info', message: 'Downloading vulnerability DB...' },
      { level: 'info', message: '  42.00 MiB / 42.00 MiB [=====] 100.00%' },
      { level: 'info', message: 'Scanned: 12 packages' },
      { level: 'endgroup', message: '' },
    ]);
  });
});
