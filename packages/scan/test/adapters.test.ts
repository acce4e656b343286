import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ConfigurationError } from '@shipgate/core';
import { describe, expect, test } from 'vitest';
import {
  countBySeverity,
  type Finding,
  firstSentence,
  grypeFixState,
  normaliseSeverity,
  parseScanReport,
  parseSeverityName,
  splitFixedVersions,
  trivyCvssScore,
  trivyFixState,
} from '../src/index';

const fixtures = join(import.meta.dirname, 'fixtures');
const read = (name: string) => readFileSync(join(fixtures, name), 'utf8');
const byKey = (findings: Finding[]) =>
  new Map(findings.map((finding) => [`${finding.id} ${finding.package.name}`, finding]));

describe('Trivy report', () => {
  const report = parseScanReport(read('trivy-image.json'), 'trivy-image.json');
  const findings = byKey(report.findings);

  test('reads the scanner, the artifact digests and every result', () => {
    expect(report.scanner).toEqual({ name: 'trivy', version: '0.58.1' });
    expect(report.artifact.digests).toEqual([
      'sha256:3b1f6e2a9c4d5e6f708192a3b4c5d6e7f8091a2b3c4d5e6f708192a3b4c5d6e7',
    ]);
    expect(report.findings).toHaveLength(7);
    expect(countBySeverity(report.findings)).toEqual({
      critical: 1,
      high: 2,
      medium: 2,
      low: 1,
      negligible: 0,
      unknown: 1,
    });
  });

  test.each([
    // key, fixState, severity, fixedVersions, cvssScore, type
    ['CVE-2024-0001 openssl', 'fixed', 'critical', ['3.0.13-1~deb12u1'], 9.8, 'debian'],
    ['CVE-2024-0002 libc6', 'not-fixed', 'high', [], 7.5, 'debian'],
    ['CVE-2024-0003 zlib1g', 'wont-fix', 'medium', [], undefined, 'debian'],
    ['CVE-2023-0004 bash', 'wont-fix', 'low', [], 4.6, 'debian'],
    ['CVE-2024-0005 curl', 'fixed', 'medium', ['7.88.1-10+deb12u5', '8.5.0-2'], 6.5, 'debian'],
    ['GHSA-35jh-r3h4-6jhm lodash', 'fixed', 'high', ['4.17.21'], 7.2, 'npm'],
    ['CVE-2024-0006 express', 'fixed', 'unknown', ['4.19.2'], undefined, 'npm'],
  ] as const)('%s → %s, %s', (key, fixState, severity, fixedVersions, cvssScore, type) => {
    const finding = findings.get(key);
    expect(finding).toBeDefined();
    expect(finding?.fixState).toBe(fixState);
    expect(finding?.severity).toBe(severity);
    expect(finding?.fixedVersions).toEqual(fixedVersions);
    expect(finding?.cvssScore).toBe(cvssScore);
    expect(finding?.package.type).toBe(type);
  });

  test('keeps title, primary URL, vendor aliases, installed version and target', () => {
    expect(findings.get('CVE-2024-0001 openssl')).toMatchObject({
      aliases: ['DSA-5600-1'],
      title: 'openssl: heap overflow in example parser',
      url: 'https://avd.aquasec.com/nvd/cve-2024-0001',
      package: { name: 'openssl', version: '3.0.11-1~deb12u2', type: 'debian' },
    });
    expect(findings.get('GHSA-35jh-r3h4-6jhm lodash')).toMatchObject({
      aliases: ['CVE-2021-23337'],
      target: 'app/package-lock.json',
    });
    // No PrimaryURL: the first reference serves.
    expect(findings.get('CVE-2024-0003 zlib1g')?.url).toBe('https://security-tracker.debian.org/tracker/CVE-2024-0003');
  });
});

describe('Grype report', () => {
  const report = parseScanReport(read('grype-image.json'), 'grype-image.json');
  const findings = byKey(report.findings);

  test('reads the scanner with its database time (v6 descriptor) and the manifest digest', () => {
    expect(report.scanner).toEqual({ name: 'grype', version: '0.86.1', dbUpdatedAt: '2024-12-01T01:30:07Z' });
    expect(report.artifact.digests).toEqual([
      'sha256:9e8d7c6b5a4f3e2d1c0b9a8f7e6d5c4b3a29180f7e6d5c4b3a29180f7e6d5c4b',
    ]);
    expect(countBySeverity(report.findings)).toEqual({
      critical: 1,
      high: 1,
      medium: 1,
      low: 1,
      negligible: 1,
      unknown: 1,
    });
  });

  test.each([
    ['CVE-2024-1001 libcrypto3', 'fixed', 'critical', ['3.1.4-r5'], 9.8, 'apk'],
    ['GHSA-9wx4-h78v-vm56 requests', 'fixed', 'high', ['2.32.0', '2.31.1'], 5.6, 'python'],
    ['CVE-2024-1003 libxml2', 'not-fixed', 'medium', [], undefined, 'apk'],
    ['CVE-2024-1004 glibc', 'wont-fix', 'low', [], undefined, 'rpm'],
    ['CVE-2024-1005 tar', 'unknown', 'negligible', [], undefined, 'deb'],
    ['CVE-2024-1006 busybox', 'unknown', 'unknown', [], undefined, 'apk'],
  ] as const)('%s → %s, %s', (key, fixState, severity, fixedVersions, cvssScore, type) => {
    const finding = findings.get(key);
    expect(finding).toBeDefined();
    expect(finding?.fixState).toBe(fixState);
    expect(finding?.severity).toBe(severity);
    expect(finding?.fixedVersions).toEqual(fixedVersions);
    expect(finding?.cvssScore).toBe(cvssScore);
    expect(finding?.package.type).toBe(type);
  });

  test('takes aliases from relatedVulnerabilities, a title from the description, the URL from dataSource or urls', () => {
    expect(findings.get('GHSA-9wx4-h78v-vm56 requests')).toMatchObject({
      aliases: ['CVE-2024-35195'],
      title: 'Requests sessions keep verify=False for later requests to the same origin.',
      url: 'https://github.com/advisories/GHSA-9wx4-h78v-vm56',
      target: '/app/requirements.txt',
    });
    expect(findings.get('CVE-2024-1001 libcrypto3')?.title).toBe(
      'A buffer overflow in libcrypto allows remote attackers to execute code.',
    );
    expect(findings.get('CVE-2024-1004 glibc')?.url).toBe('https://access.redhat.com/security/cve/CVE-2024-1004');
  });
});

describe('format detection and bad reports', () => {
  test.each([
    ['not JSON', '{"matches": [', 'Report r.json is not valid JSON.'],
    ['an empty file', '', 'Report r.json is not valid JSON.'],
    [
      'JSON of neither format',
      '{"runs": []}',
      'Report r.json is neither a Trivy JSON report (SchemaVersion and Results) nor a Grype JSON report (matches).',
    ],
    [
      'a JSON list',
      '[]',
      'Report r.json is neither a Trivy JSON report (SchemaVersion and Results) nor a Grype JSON report (matches).',
    ],
    [
      'a Trivy report of another schema version',
      '{"SchemaVersion": 1, "Results": []}',
      'Report r.json is a Trivy report with SchemaVersion 1, but only SchemaVersion 2 is supported.',
    ],
  ])('%s is one sentence naming the input', (_label, text, message) => {
    expect(() => parseScanReport(text, 'r.json')).toThrow(new ConfigurationError(message));
  });

  test('a Trivy report without Results (nothing found) and a Grype report with no matches parse empty', () => {
    expect(parseScanReport('{"SchemaVersion": 2, "ArtifactName": "x"}', 'r').findings).toEqual([]);
    expect(parseScanReport('{"matches": [], "descriptor": {"name": "grype"}}', 'r').findings).toEqual([]);
  });
});

describe('field mappings', () => {
  test.each([
    ['fixed', [], 'fixed'],
    ['affected', [], 'not-fixed'],
    ['under_investigation', [], 'not-fixed'],
    ['fix_deferred', [], 'not-fixed'],
    ['will_not_fix', [], 'wont-fix'],
    ['end_of_life', [], 'wont-fix'],
    ['unknown', [], 'unknown'],
    [undefined, ['1.2'], 'fixed'],
    [undefined, [], 'unknown'],
  ] as const)('Trivy Status %s with fixed %j → %s', (status, fixed, state) => {
    expect(trivyFixState(status, fixed)).toBe(state);
  });

  test.each([
    ['fixed', 'fixed'],
    ['not-fixed', 'not-fixed'],
    ['wont-fix', 'wont-fix'],
    ['unknown', 'unknown'],
    ['', 'unknown'],
    [undefined, 'unknown'],
  ])('Grype fix.state %j → %s', (state, expected) => {
    expect(grypeFixState(state)).toBe(expected);
  });

  test.each([
    ['CRITICAL', 'critical'],
    ['High', 'high'],
    ['Negligible', 'negligible'],
    ['UNKNOWN', 'unknown'],
    ['severe', 'unknown'],
    [undefined, 'unknown'],
  ])('report severity %j → %s', (value, expected) => {
    expect(normaliseSeverity(value)).toBe(expected);
  });

  test.each([
    ['high', 'high'],
    ['HIGH', 'high'],
    [' Medium ', 'medium'],
  ])('input severity %j → %s', (value, expected) => {
    expect(parseSeverityName(value, 'severity-threshold')).toBe(expected);
  });

  test('an unknown severity name in an input is an error naming the input', () => {
    expect(() => parseSeverityName('severe', 'severity-threshold')).toThrow(
      new ConfigurationError(
        'Input "severity-threshold" must be one of critical, high, medium, low, negligible, unknown, got "severe".',
      ),
    );
  });

  test.each([
    [{ nvd: { V3Score: 9.8 }, redhat: { V3Score: 8.1 } }, 'redhat', 8.1],
    [{ nvd: { V3Score: 9.8 }, redhat: { V3Score: 8.1 } }, undefined, 9.8],
    [{ ghsa: { V2Score: 5, V3Score: 0 } }, 'nvd', 5],
    [{ nvd: { V40Score: 8.7, V2Score: 5 } }, 'nvd', 8.7],
    [undefined, 'nvd', undefined],
  ])('Trivy CVSS %j from %s → %s', (cvss, source, score) => {
    expect(trivyCvssScore(cvss, source)).toBe(score);
  });

  test.each([
    ['1.2.3', ['1.2.3']],
    ['1.2.3, 2.0.1', ['1.2.3', '2.0.1']],
    ['', []],
    [undefined, []],
  ])('Trivy FixedVersion %j → %j', (value, versions) => {
    expect(splitFixedVersions(value)).toEqual(versions);
  });

  test.each([
    ['One. Two.', 'One.'],
    ['No full stop', 'No full stop'],
    ['Version 1.2 is bad. More.', 'Version 1.2 is bad.'],
    [`${'x'.repeat(200)}.`, `${'x'.repeat(119)}…`],
  ])('firstSentence(%j)', (text, expected) => {
    expect(firstSentence(text)).toBe(expected);
  });
});
