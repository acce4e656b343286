import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { copyFile, mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ConfigurationError, createMemoryRuntime, type Exec } from '@shipgate/core';
import { describe, expect, test } from 'vitest';
import { formatScanTrailer, renderScanSummary, type ScanImageOptions, type ScanRecord, scanImage } from '../src/index';

const fixtures = join(import.meta.dirname, 'fixtures');
const WEB = 'registry.example.com/acme/web@sha256:3b1f6e2a9c4d5e6f708192a3b4c5d6e7f8091a2b3c4d5e6f708192a3b4c5d6e7';
const API_DIGEST = 'sha256:9e8d7c6b5a4f3e2d1c0b9a8f7e6d5c4b3a29180f7e6d5c4b3a29180f7e6d5c4b';
const API = `registry.example.com/acme/api@${API_DIGEST}`;
const NOW = new Date('2025-06-15T12:00:00Z');

async function options(overrides: Partial<ScanImageOptions> = {}): Promise<ScanImageOptions> {
  const dir = await mkdtemp(join(tmpdir(), 'scan-image-'));
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
    now: NOW,
    ...overrides,
  };
}

function deps(exec?: Exec, env?: Record<string, string>) {
  const runtime = createMemoryRuntime();
  return { runtime, deps: { log: runtime.log, exec: exec ?? runtime.exec, ...(env ? { env } : {}) } };
}

describe('scanImage with a report', () => {
  test('writes the record (bound to the digest, with the report hash) and the SARIF', async () => {
    const opts = await options();
    const { deps: d } = deps();
    const result = await scanImage(opts, d);
    const record = JSON.parse(await readFile(opts.recordFile, 'utf8')) as ScanRecord;
    expect(record).toMatchObject({
      schema: 'shipgate.dev/scan-record/v1',
      imageRef: WEB,
      digest: 'sha256:3b1f6e2a9c4d5e6f708192a3b4c5d6e7f8091a2b3c4d5e6f708192a3b4c5d6e7',
      scanner: { name: 'trivy', version: '0.58.1' },
      policy: { severityThreshold: 'high', reportThreshold: 'low', ignoreUnfixed: false },
      counts: { critical: 1, high: 2, medium: 2, low: 1, negligible: 0, unknown: 1 },
      verdict: 'fail',
      createdAt: '2025-06-15T12:00:00.000Z',
      findings: 7,
    });
    expect(record.report.sha256).toBe(
      createHash('sha256')
        .update(readFileSync(join(fixtures, 'trivy-image.json')))
        .digest('hex'),
    );
    expect(record.violations).toEqual([
      {
        id: 'CVE-2024-0001',
        package: 'openssl',
        installedVersion: '3.0.11-1~deb12u2',
        fixedVersions: ['3.0.13-1~deb12u1'],
        severity: 'critical',
      },
      {
        id: 'CVE-2024-0002',
        package: 'libc6',
        installedVersion: '2.36-9+deb12u4',
        fixedVersions: [],
        severity: 'high',
      },
      {
        id: 'GHSA-35jh-r3h4-6jhm',
        package: 'lodash',
        installedVersion: '4.17.20',
        fixedVersions: ['4.17.21'],
        severity: 'high',
      },
    ]);
    const sarif = JSON.parse(await readFile(opts.sarifFile, 'utf8'));
    // report-threshold low leaves out the UNKNOWN one.
    expect(sarif.runs[0].results).toHaveLength(6);
    expect(result.record).toEqual(record);
  });

  test('records ignores with reasons and expired entries as expired, and warns about them', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'scan-ignore-'));
    const ignoreFile = join(dir, 'ignore.yaml');
    await writeFile(
      ignoreFile,
      [
        '- id: CVE-2024-0001',
        '  reason: the parser is not reachable',
        '  expires: 2025-12-31',
        '- id: CVE-2021-23337',
        '  package: lodash',
        '  reason: build-time only',
        '- id: CVE-2024-0002',
        '  reason: was waiting for a fix',
        '  expires: 2025-06-01',
      ].join('\n'),
    );
    const { runtime, deps: d } = deps();
    const result = await scanImage(await options({ ignoreFile }), d);
    expect(result.record.ignored).toEqual([
      { id: 'CVE-2024-0001', package: 'openssl', reason: 'the parser is not reachable', expires: '2025-12-31' },
      { id: 'GHSA-35jh-r3h4-6jhm', package: 'lodash', reason: 'build-time only' },
      { id: 'CVE-2024-0002', reason: 'was waiting for a fix', expires: '2025-06-01', expired: true },
    ]);
    expect(result.record.violations.map((violation) => violation.id)).toEqual(['CVE-2024-0002']);
    expect(runtime.logs).toContainEqual({
      level: 'warning',
      message:
        'The ignore entry 3 for CVE-2024-0002 expired on 2025-06-01 and no longer applies; renew it with a reason or fix the vulnerability.',
    });
  });

  test('refuses a report for another image, in one sentence naming both digests', async () => {
    const { deps: d } = deps();
    await expect(scanImage(await options({ reportFile: join(fixtures, 'grype-image.json') }), d)).rejects.toThrow(
      /^Report .*grype-image\.json is for sha256:9e8d\w+, not for input "image-ref" \(sha256:3b1f\w+\)\.$/,
    );
  });

  test('binds a report of one platform to the index that lists it', async () => {
    const { deps: d } = deps();
    const listed: string[] = [];
    const result = await scanImage(await options({ reportFile: join(fixtures, 'grype-image.json') }), {
      ...d,
      listIndexManifests: async (reference) => {
        listed.push(reference.toString());
        return [`sha256:${'0'.repeat(64)}`, API_DIGEST];
      },
    });
    expect(listed).toEqual([expect.stringMatching(/@sha256:3b1f/)]);
    expect(result.record).toMatchObject({ binding: 'bound', report: { digests: [API_DIGEST] } });
  });

  test('refuses a report of a platform that the index does not list', async () => {
    const { deps: d } = deps();
    await expect(
      scanImage(await options({ reportFile: join(fixtures, 'grype-image.json') }), {
        ...d,
        listIndexManifests: async () => [`sha256:${'0'.repeat(64)}`],
      }),
    ).rejects.toThrow(
      /is for sha256:9e8d\w+, not for input "image-ref" \(sha256:3b1f\w+\) nor any manifest of its index\.$/,
    );
  });

  test('a report naming no digest needs allow-unbound-report, and is then recorded as unbound', async () => {
    const reportFile = join(await mkdtemp(join(tmpdir(), 'shipgate-unbound-')), 'gomod.json');
    await writeFile(
      reportFile,
      JSON.stringify({ SchemaVersion: 2, ArtifactName: 'go.mod', ArtifactType: 'filesystem', Results: [] }),
    );
    const { deps: d } = deps();
    await expect(scanImage(await options({ reportFile }), d)).rejects.toThrow(
      'Input "report" names no image digest, so it cannot be bound to sha256:3b1f6e2a9c4d5e6f708192a3b4c5d6e7f8091a2b3c4d5e6f708192a3b4c5d6e7; scan the image itself or set allow-unbound-report: true.',
    );
    const result = await scanImage(await options({ reportFile, allowUnboundReport: true }), d);
    expect(result.record.binding).toBe('unbound');
    expect(formatScanTrailer(result.record)).toMatch(/^pass; trivy [^;]*; critical=0 high=0; unbound$/);
  });

  test.each([
    [
      'a tag without a resolver',
      { imageRef: 'registry.example.com/acme/web:1.4.2' },
      /^Input "image-ref" must be pinned by digest/,
    ],
    ['an invalid reference', { imageRef: 'Not An Image' }, /^Input "image-ref" is not a valid image reference/],
    [
      'a missing report',
      { reportFile: '/nonexistent/report.json' },
      /^Input "report" names the report \/nonexistent\/report\.json, which does not exist\.$/,
    ],
    [
      'a report that is a directory',
      { reportFile: fixtures },
      /^Input "report" names the report .*fixtures, which is a directory\.$/,
    ],
    [
      'a missing ignore file',
      { ignoreFile: '/nonexistent/.trivyignore' },
      /^Input "ignore-file" names the ignore file .*, which does not exist\.$/,
    ],
  ])('%s is one sentence, and nothing is written', async (_label, overrides, message) => {
    const opts = await options(overrides);
    const { deps: d } = deps();
    const error = await scanImage(opts, d).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(ConfigurationError);
    expect((error as Error).message).toMatch(message);
    await expect(readFile(opts.recordFile)).rejects.toThrow();
  });

  test('a tag is resolved through the injected registry client', async () => {
    const { runtime, deps: d } = deps();
    const requested: string[] = [];
    const result = await scanImage(
      await options({ imageRef: 'registry.example.com/acme/api:2.0', reportFile: join(fixtures, 'grype-image.json') }),
      {
        ...d,
        resolveDigest: async (reference) => {
          requested.push(reference.toString());
          return API_DIGEST;
        },
      },
    );
    expect(requested).toEqual(['registry.example.com/acme/api:2.0']);
    expect(result.record.imageRef).toBe(API);
    expect(runtime.logText()).toContain(`Resolved registry.example.com/acme/api:2.0 to ${API_DIGEST}`);
  });

  test('a registry that cannot be reached leaves a tag unresolved, with a clear error', async () => {
    const { deps: d } = deps();
    await expect(
      scanImage(await options({ imageRef: 'registry.example.com/acme/api:2.0' }), {
        ...d,
        resolveDigest: async () => {
          throw new Error('connect ECONNREFUSED 127.0.0.1:5000');
        },
      }),
    ).rejects.toThrow(
      new ConfigurationError(
        'Input "image-ref" is "registry.example.com/acme/api:2.0", a tag that could not be resolved to a digest (connect ECONNREFUSED 127.0.0.1:5000); pin it as repository@sha256:….',
      ),
    );
  });
});

describe('scanImage running a scanner (through the Exec seam)', () => {
  test.each([
    ['trivy', 'trivy-image.json', WEB, { version: '0.58.1', dbUpdatedAt: '2024-12-01T12:40:02.122318559Z' }],
    ['grype', 'grype-image.json', API, { version: '0.86.1', dbUpdatedAt: '2024-12-01T01:30:07Z' }],
  ] as const)('%s: runs the scan, then its version command', async (scanner, report, imageRef, expected) => {
    const calls: Array<{ command: string; args: readonly string[]; env?: object }> = [];
    const exec: Exec = async (command, args, execOptions) => {
      calls.push({ command, args, ...(execOptions?.env ? { env: execOptions.env } : {}) });
      if (args[0] === 'version') {
        return { exitCode: 0, stdout: readFileSync(join(fixtures, `${command}-version.json`), 'utf8'), stderr: '' };
      }
      const output = args[args.indexOf(command === 'trivy' ? '--output' : '--file') + 1] as string;
      await copyFile(join(fixtures, report), output);
      return { exitCode: 0, stdout: '', stderr: '' };
    };
    const dir = await mkdtemp(join(tmpdir(), 'scan-path-'));
    const { writeFile: write, chmod } = await import('node:fs/promises');
    await write(join(dir, scanner), '#!/bin/sh\n');
    await chmod(join(dir, scanner), 0o755);
    const { deps: d } = deps(exec, { PATH: dir });
    const opts = await options({
      imageRef,
      reportFile: undefined,
      registry: { username: 'bot', password: 'tok-123', tlsVerify: true },
    });
    const result = await scanImage(opts, d);
    expect(result.record.scanner).toEqual({ name: scanner, ...expected });
    expect(calls.map((call) => [call.command, call.args[0]])).toEqual([
      [scanner, scanner === 'trivy' ? 'image' : imageRef],
      [scanner, 'version'],
    ]);
    expect(JSON.stringify(calls.map((call) => call.args))).not.toContain('tok-123');
    expect(JSON.stringify(calls[0]?.env)).toContain('tok-123');
    expect(result.record.report.path).toBe(join(opts.workDir, `${scanner}-report.json`));
  });
});

describe('renderScanSummary', () => {
  test('shows counts, violations first, ignored with reasons; rows past 50 collapse', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'scan-many-'));
    const vulnerabilities = Array.from({ length: 60 }, (_, index) => ({
      VulnerabilityID: `CVE-2024-${String(1000 + index)}`,
      PkgName: `pkg-${index}`,
      InstalledVersion: '1.0',
      FixedVersion: '1.1',
      Status: 'fixed',
      Severity: index < 5 ? 'LOW' : index < 10 ? 'CRITICAL' : 'MEDIUM',
    }));
    const reportFile = join(dir, 'report.json');
    await writeFile(
      reportFile,
      JSON.stringify({
        SchemaVersion: 2,
        ArtifactName: 'x',
        Metadata: {
          RepoDigests: [
            'registry.example.com/acme/web@sha256:3b1f6e2a9c4d5e6f708192a3b4c5d6e7f8091a2b3c4d5e6f708192a3b4c5d6e7',
          ],
        },
        Results: [{ Target: 't', Type: 'debian', Vulnerabilities: vulnerabilities }],
      }),
    );
    const ignoreFile = join(dir, '.trivyignore');
    await writeFile(ignoreFile, 'CVE-2024-1059\n');
    const { deps: d } = deps();
    const result = await scanImage(await options({ reportFile, ignoreFile }), d);
    const summary = renderScanSummary(result);
    expect(summary).toContain('## Scan failed: `registry.example.com/acme/web@sha256:3b1f');
    expect(summary).toContain('| critical | 5 |');
    expect(summary).toContain('| medium | 49 |');
    const firstRow = summary.split('\n').find((line) => line.startsWith('| ❌'));
    expect(firstRow).toBe('| ❌ | CVE-2024-1005 | pkg-5 | 1.0 → 1.1 | critical |');
    expect(summary).toContain('<details><summary>9 more</summary>');
    expect(summary).toContain('### Ignored (1)');
    expect(summary).toContain('| CVE-2024-1059 | pkg-59 | listed in');
  });
});
