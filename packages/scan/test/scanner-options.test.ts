import { readFileSync } from 'node:fs';
import { chmod, copyFile, mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ConfigurationError, createMemoryRuntime, type Exec, type ExecOptions } from '@shipgate/core';
import { describe, expect, test } from 'vitest';
import {
  checkScannerOptions,
  describeFailingSeverities,
  failingSeverities,
  grypeDeadlineMs,
  grypeEnv,
  parseScanTimeout,
  parseSeverityList,
  renderScanSummary,
  type ScanImageOptions,
  type ScanRecord,
  scanImage,
  trivyDeadlineMs,
  trivyScanArgs,
  trivyVersionArgs,
} from '../src/index';

const fixtures = join(import.meta.dirname, 'fixtures');
const WEB = 'registry.example.com/acme/web@sha256:3b1f6e2a9c4d5e6f708192a3b4c5d6e7f8091a2b3c4d5e6f708192a3b4c5d6e7';
const API = 'registry.example.com/acme/api@sha256:9e8d7c6b5a4f3e2d1c0b9a8f7e6d5c4b3a29180f7e6d5c4b3a29180f7e6d5c4b';

async function options(overrides: Partial<ScanImageOptions> = {}): Promise<ScanImageOptions> {
  const dir = await mkdtemp(join(tmpdir(), 'scan-options-'));
  return {
    imageRef: WEB,
    scanner: 'auto',
    reportFile: join(fixtures, 'trivy-image.json'),
    severityThreshold: 'high',
    reportThreshold: 'low',
    ignoreUnfixed: false,
    sarifFile: join(dir, 'out', 'results.sarif'),
    recordFile: join(dir, 'out', 'scan-record.json'),
    workDir: join(dir, 'work'),
    registry: { tlsVerify: true },
    now: new Date('2025-06-15T12:00:00Z'),
    ...overrides,
  };
}

describe('severity as a list (trivy-action) and as a threshold', () => {
  test.each([
    [['CRITICAL', 'HIGH'], { severityThreshold: 'high' }, 'at or above severity high'],
    [['high', 'Critical', 'HIGH'], { severityThreshold: 'high' }, 'at or above severity high'],
    [['CRITICAL'], { severityThreshold: 'critical' }, 'at or above severity critical'],
    [
      ['CRITICAL', 'MEDIUM'],
      { severityThreshold: 'medium', failSeverities: ['critical', 'medium'] },
      'of severity critical or medium',
    ],
    [['LOW'], { severityThreshold: 'low', failSeverities: ['low'] }, 'of severity low'],
    // trivy-action's default has no negligible (Trivy has none), so it is a list, not "unknown or above".
    [
      ['UNKNOWN', 'LOW', 'MEDIUM', 'HIGH', 'CRITICAL'],
      { severityThreshold: 'unknown', failSeverities: ['critical', 'high', 'medium', 'low', 'unknown'] },
      'of severity critical, high, medium, low or unknown',
    ],
  ])('%j', (entries, expected, description) => {
    const selection = failingSeverities(parseSeverityList(entries, 'severity'));
    expect(selection).toEqual(expected);
    expect(describeFailingSeverities(selection)).toBe(description);
  });

  test('a word that is not a severity is refused', () => {
    expect(() => parseSeverityList(['CRITICAL', 'SEVERE'], 'severity')).toThrow(
      new ConfigurationError(
        'Input "severity" has "SEVERE", which is not one of CRITICAL, HIGH, MEDIUM, LOW, NEGLIGIBLE, UNKNOWN.',
      ),
    );
    expect(() => parseSeverityList([], 'severity')).toThrow('Input "severity" lists no severity.');
  });

  test('a list fails exactly its severities, and the record and summary say so', async () => {
    const runtime = createMemoryRuntime();
    const opts = await options(failingSeverities(parseSeverityList(['CRITICAL', 'MEDIUM'], 'severity')));
    const result = await scanImage(opts, { log: runtime.log, exec: runtime.exec });
    expect(result.record.violations.map((violation) => [violation.id, violation.severity])).toEqual([
      ['CVE-2024-0001', 'critical'],
      ['CVE-2024-0003', 'medium'],
      ['CVE-2024-0005', 'medium'],
    ]);
    const record = JSON.parse(await readFile(opts.recordFile, 'utf8')) as ScanRecord;
    expect(record.policy).toEqual({
      severityThreshold: 'medium',
      failSeverities: ['critical', 'medium'],
      reportThreshold: 'low',
      ignoreUnfixed: false,
    });
    expect(renderScanSummary(result)).toContain('Fails on findings of severity critical or medium; shows low or above');
  });

  test('a threshold-shaped list is the threshold: the record is as before', async () => {
    const runtime = createMemoryRuntime();
    const opts = await options(failingSeverities(parseSeverityList(['CRITICAL', 'HIGH'], 'severity')));
    const result = await scanImage(opts, { log: runtime.log, exec: runtime.exec });
    expect(result.record.policy).toEqual({ severityThreshold: 'high', reportThreshold: 'low', ignoreUnfixed: false });
    expect(result.record.violations).toHaveLength(3);
  });
});

describe('several ignore files', () => {
  test('every entry of each applies; the record lists the files; messages name the file', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'scan-ignores-'));
    const trivyignore = join(dir, '.trivyignore');
    const yaml = join(dir, 'ignore.yaml');
    await writeFile(trivyignore, 'CVE-2024-0001\nCVE-2024-0002 exp:2025-06-01\n');
    await writeFile(yaml, '- id: GHSA-35jh-r3h4-6jhm\n  reason: build-time only\n');
    const runtime = createMemoryRuntime();
    const result = await scanImage(await options({ ignoreFiles: [trivyignore, yaml] }), {
      log: runtime.log,
      exec: runtime.exec,
    });
    expect(result.record.ignored.map((entry) => [entry.id, entry.reason, entry.expired ?? false])).toEqual([
      ['CVE-2024-0001', `listed in ${trivyignore} (input "ignore-file")`, false],
      ['GHSA-35jh-r3h4-6jhm', 'build-time only', false],
      ['CVE-2024-0002', `listed in ${trivyignore} (input "ignore-file")`, true],
    ]);
    expect(result.record.policy.ignoreFiles).toEqual([trivyignore, yaml]);
    expect(result.record.policy.ignoreFile).toBeUndefined();
    expect(result.record.violations.map((violation) => violation.id)).toEqual(['CVE-2024-0002']);
    expect(runtime.logs).toContainEqual({
      level: 'warning',
      message: `The ignore line 2 of ${trivyignore} for CVE-2024-0002 expired on 2025-06-01 and no longer applies; renew it with a reason or fix the vulnerability.`,
    });
  });

  test('a missing one of several is refused, naming it', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'scan-ignores-'));
    await writeFile(join(dir, '.trivyignore'), 'CVE-2024-0001\n');
    const runtime = createMemoryRuntime();
    await expect(
      scanImage(await options({ ignoreFiles: [join(dir, '.trivyignore'), '/nonexistent/.trivyignore'] }), {
        log: runtime.log,
        exec: runtime.exec,
      }),
    ).rejects.toThrow(
      new ConfigurationError(
        'Input "ignore-file" names the ignore file /nonexistent/.trivyignore, which does not exist.',
      ),
    );
  });
});

describe('timeout, cache-dir and database repositories', () => {
  const all = {
    timeoutMs: 10 * 60_000,
    cacheDir: '/ws/.cache/trivy',
    dbRepositories: ['mirror.gcr.io/aquasec/trivy-db:2', 'ghcr.io/aquasecurity/trivy-db:2'],
    javaDbRepositories: ['mirror.gcr.io/aquasec/trivy-java-db:1'],
  };

  test('trivy: flags on the scan, the cache on the version command, a minute more to report its timeout', () => {
    expect(trivyScanArgs(WEB, '/tmp/r.json', { tlsVerify: false }, all)).toEqual([
      'image',
      '--format',
      'json',
      '--output',
      '/tmp/r.json',
      '--insecure',
      '--timeout',
      '600s',
      '--cache-dir',
      '/ws/.cache/trivy',
      '--db-repository',
      'mirror.gcr.io/aquasec/trivy-db:2',
      '--db-repository',
      'ghcr.io/aquasecurity/trivy-db:2',
      '--java-db-repository',
      'mirror.gcr.io/aquasec/trivy-java-db:1',
      WEB,
    ]);
    expect(trivyVersionArgs(all)).toEqual(['version', '--format', 'json', '--cache-dir', '/ws/.cache/trivy']);
    expect(trivyDeadlineMs(all)).toBe(11 * 60_000);
    expect(trivyDeadlineMs({})).toBe(30 * 60_000);
  });

  test('grype: its environment, and its process stopped at the timeout', () => {
    const grype = {
      timeoutMs: 90_000,
      cacheDir: '/ws/.cache/grype',
      dbRepositories: ['https://db.example/listing.json'],
    };
    expect(grypeEnv({ tlsVerify: true }, grype)).toEqual({
      GRYPE_DB_CACHE_DIR: '/ws/.cache/grype',
      GRYPE_DB_UPDATE_URL: 'https://db.example/listing.json',
    });
    expect(grypeDeadlineMs(grype)).toBe(90_000);
    expect(grypeDeadlineMs({})).toBe(30 * 60_000);
  });

  test.each([
    ['5m0s', 300_000],
    ['10m', 600_000],
    ['1h30m', 5_400_000],
    ['90s', 90_000],
  ])('timeout %s', (text, ms) => {
    expect(parseScanTimeout(text)).toBe(ms);
  });

  test.each([
    ['5 minutes', 'Input "timeout" must be a duration such as 5m0s, 10m or 1h, got "5 minutes".'],
    ['300', 'Input "timeout" must be a duration such as 5m0s, 10m or 1h, got "300".'],
    ['0s', 'Input "timeout" must be longer than 0s, got "0s".'],
  ])('timeout %j is refused', (text, message) => {
    expect(() => parseScanTimeout(text)).toThrow(new ConfigurationError(message));
  });

  test.each([
    [
      'grype',
      { javaDbRepositories: ['x/y:1'] },
      'Input "java-db-repository" is for Trivy only; Grype keeps Java advisories in its one database.',
    ],
    [
      'grype',
      { dbRepositories: ['ghcr.io/aquasecurity/trivy-db:2'] },
      'Input "db-repository" must be one http(s) URL of a database listing for Grype (GRYPE_DB_UPDATE_URL), got "ghcr.io/aquasecurity/trivy-db:2".',
    ],
    [
      'trivy',
      { dbRepositories: ['https://db.example/listing.json'] },
      'Input "db-repository" has "https://db.example/listing.json", but Trivy takes OCI repositories (e.g. mirror.gcr.io/aquasec/trivy-db:2), not URLs.',
    ],
  ] as const)('%s refuses %j', (scanner, scannerOptions, message) => {
    expect(() => checkScannerOptions(scanner, scannerOptions)).toThrow(new ConfigurationError(message));
  });

  test.each([
    ['trivy', 'trivy-image.json', WEB, all, '--output'],
    ['grype', 'grype-image.json', API, { timeoutMs: 90_000, cacheDir: '/ws/.cache/grype' }, '--file'],
  ] as const)(
    '%s: the options reach the scanner and its version command through the Exec seam',
    async (scanner, report, imageRef, scannerOptions, outputFlag) => {
      const calls: Array<{ args: readonly string[]; options?: ExecOptions }> = [];
      const exec: Exec = async (_command, args, execOptions) => {
        calls.push({ args, ...(execOptions ? { options: execOptions } : {}) });
        if (args[0] === 'version') {
          return { exitCode: 0, stdout: readFileSync(join(fixtures, `${scanner}-version.json`), 'utf8'), stderr: '' };
        }
        await copyFile(join(fixtures, report), args[args.indexOf(outputFlag) + 1] as string);
        return { exitCode: 0, stdout: '', stderr: '' };
      };
      const path = await mkdtemp(join(tmpdir(), 'scan-path-'));
      await writeFile(join(path, scanner), '#!/bin/sh\n');
      await chmod(join(path, scanner), 0o755);
      const runtime = createMemoryRuntime();
      await scanImage(await options({ imageRef, reportFile: undefined, scannerOptions }), {
        log: runtime.log,
        exec,
        env: { PATH: path },
      });
      const [scan, version] = calls;
      if (scanner === 'trivy') {
        expect(scan?.args).toEqual(trivyScanArgs(imageRef, scan?.args[4] as string, { tlsVerify: true }, all));
        expect(scan?.options?.timeoutMs).toBe(11 * 60_000);
        expect(version?.args).toEqual(['version', '--format', 'json', '--cache-dir', '/ws/.cache/trivy']);
      } else {
        expect(scan?.options?.env).toMatchObject({ GRYPE_DB_CACHE_DIR: '/ws/.cache/grype' });
        expect(scan?.options?.timeoutMs).toBe(90_000);
      }
    },
  );

  test('options the chosen scanner cannot take fail before it runs', async () => {
    const path = await mkdtemp(join(tmpdir(), 'scan-path-'));
    await writeFile(join(path, 'grype'), '#!/bin/sh\n');
    await chmod(join(path, 'grype'), 0o755);
    const calls: string[] = [];
    const exec: Exec = async (command) => {
      calls.push(command);
      return { exitCode: 0, stdout: '', stderr: '' };
    };
    const runtime = createMemoryRuntime();
    await expect(
      scanImage(
        await options({ imageRef: API, reportFile: undefined, scannerOptions: { javaDbRepositories: ['x/y:1'] } }),
        { log: runtime.log, exec, env: { PATH: path } },
      ),
    ).rejects.toThrow('Input "java-db-repository" is for Trivy only');
    expect(calls).toEqual([]);
  });
});
