import { readFileSync } from 'node:fs';
import { copyFile, mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ConfigurationError, createMemoryRuntime } from '@shipgate/core';
import { describe, expect, test } from 'vitest';
import { readSettings, run } from '../src/main';

const fixtures = join(import.meta.dirname, '..', '..', '..', 'packages', 'scan', 'test', 'fixtures');
const WEB = 'registry.example.com/acme/web@sha256:3b1f6e2a9c4d5e6f708192a3b4c5d6e7f8091a2b3c4d5e6f708192a3b4c5d6e7';

describe('readSettings: the inputs of aquasecurity/trivy-action', () => {
  const base = { 'image-ref': WEB };

  test('severity-threshold keeps its meaning; high when nothing is set', () => {
    expect(readSettings(createMemoryRuntime({ inputs: base }))).toMatchObject({ severityThreshold: 'high' });
    const settings = readSettings(createMemoryRuntime({ inputs: { ...base, 'severity-threshold': 'medium' } }));
    expect(settings.severityThreshold).toBe('medium');
    expect(settings.failSeverities).toBeUndefined();
  });

  test.each([
    ['CRITICAL,HIGH', { severityThreshold: 'high' }],
    ['CRITICAL\nMEDIUM', { severityThreshold: 'medium', failSeverities: ['critical', 'medium'] }],
  ])('severity %j', (severity, expected) => {
    const settings = readSettings(createMemoryRuntime({ inputs: { ...base, severity } }));
    expect({ severityThreshold: settings.severityThreshold, failSeverities: settings.failSeverities }).toEqual({
      failSeverities: undefined,
      ...expected,
    });
  });

  test('several ignore files, timeout, cache-dir and database repositories; paths in the workspace', () => {
    const settings = readSettings(
      createMemoryRuntime({
        workspace: '/ws',
        inputs: {
          ...base,
          'ignore-file': '.trivyignore, .shipgate/ignore.yaml',
          timeout: '10m',
          'cache-dir': '.cache/trivy',
          'db-repository': 'mirror.gcr.io/aquasec/trivy-db:2\nghcr.io/aquasecurity/trivy-db:2',
          'java-db-repository': 'mirror.gcr.io/aquasec/trivy-java-db:1',
        },
      }),
    );
    expect(settings.ignoreFiles).toEqual(['/ws/.trivyignore', '/ws/.shipgate/ignore.yaml']);
    expect(settings.scannerOptions).toEqual({
      timeoutMs: 600_000,
      cacheDir: '/ws/.cache/trivy',
      dbRepositories: ['mirror.gcr.io/aquasec/trivy-db:2', 'ghcr.io/aquasecurity/trivy-db:2'],
      javaDbRepositories: ['mirror.gcr.io/aquasec/trivy-java-db:1'],
    });
  });

  test.each([
    [
      { severity: 'CRITICAL', 'severity-threshold': 'high' },
      'Inputs "severity" and "severity-threshold" are both set; give one.',
    ],
    [
      { 'severity-threshold': 'CRITICAL,HIGH' },
      'Input "severity-threshold" takes one severity, got "CRITICAL,HIGH"; for a list such as CRITICAL,HIGH use input "severity".',
    ],
    [
      { severity: 'CRITICAL,SEVERE' },
      'Input "severity" has "SEVERE", which is not one of CRITICAL, HIGH, MEDIUM, LOW, NEGLIGIBLE, UNKNOWN.',
    ],
    [{ timeout: '5' }, 'Input "timeout" must be a duration such as 5m0s, 10m or 1h, got "5".'],
  ])('%j is refused in one sentence', (inputs, message) => {
    expect(() => readSettings(createMemoryRuntime({ inputs: { ...base, ...inputs } }))).toThrow(
      new ConfigurationError(message),
    );
  });
});

describe('run() with a report, a severity list and two ignore files', () => {
  test('exactly the listed severities fail; the message and record say which', async () => {
    const workspace = await mkdtemp(join(tmpdir(), 'scan-image-trivy-inputs-'));
    await copyFile(join(fixtures, 'trivy-image.json'), join(workspace, 'report.json'));
    await writeFile(join(workspace, '.trivyignore'), 'CVE-2024-0001\n');
    await writeFile(join(workspace, 'ignore.yaml'), '- id: CVE-2024-0003\n  reason: not reachable\n');
    const runtime = createMemoryRuntime({
      workspace,
      tempDir: await mkdtemp(join(tmpdir(), 'scan-image-temp-')),
      inputs: {
        'image-ref': WEB,
        report: 'report.json',
        severity: 'CRITICAL,MEDIUM',
        'ignore-file': '.trivyignore,ignore.yaml',
      },
    });
    await expect(run(runtime)).rejects.toThrow(
      `1 finding(s) in ${WEB} are of severity critical or medium; see the job summary.`,
    );
    expect(runtime.outputs.verdict).toBe('fail');
    const record = JSON.parse(readFileSync(runtime.outputs['scan-record'] as string, 'utf8'));
    expect(record.violations.map((violation: { id: string }) => violation.id)).toEqual(['CVE-2024-0005']);
    expect(record.policy).toMatchObject({
      severityThreshold: 'medium',
      failSeverities: ['critical', 'medium'],
      ignoreFiles: [join(workspace, '.trivyignore'), join(workspace, 'ignore.yaml')],
    });
    expect(runtime.summary).toContain('Fails on findings of severity critical or medium');
  });
});
