import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Ajv } from 'ajv';
import addFormats from 'ajv-formats';
import { describe, expect, test } from 'vitest';
import { sharedFixturesDir } from '../../../test/support/shared-fixtures';
import {
  buildSarif,
  parseScanReport,
  type SarifLevel,
  sarifJsonChunks,
  sarifLevel,
  securitySeverity,
} from '../src/index';

const fixtures = join(import.meta.dirname, 'fixtures');
const schema = JSON.parse(readFileSync(join(fixtures, 'sarif-schema-2.1.0.json'), 'utf8'));
const ajv = new Ajv({ allErrors: true, strict: false });
addFormats(ajv);
const validateSarif = ajv.compile(schema);

const IMAGE = 'registry.example.com/acme/web@sha256:3b1f6e2a9c4d5e6f708192a3b4c5d6e7f8091a2b3c4d5e6f708192a3b4c5d6e7';

// The log is checked against the schema; the tests then read into it loosely.
// biome-ignore lint/suspicious/noExplicitAny: test access into validated JSON
type Loose = Record<string, any>;
type Sarif = {
  runs: Array<{
    tool: { driver: { name: string; version: string; rules: Loose[] } };
    results: Loose[];
  }>;
};

function sarifOf(fixture: string): Sarif {
  const report = parseScanReport(readFileSync(join(fixtures, fixture), 'utf8'), fixture);
  return buildSarif(report.findings, { scanner: report.scanner, imageRef: IMAGE }) as unknown as Sarif;
}

describe('SARIF output', () => {
  test.each(['trivy-image.json', 'grype-image.json'])('from %s is valid SARIF 2.1.0', (fixture) => {
    const sarif = sarifOf(fixture);
    const valid = validateSarif(sarif);
    expect(validateSarif.errors ?? []).toEqual([]);
    expect(valid).toBe(true);
  });

  test('has one rule per id with security-severity, and one result per finding pointing at its rule', () => {
    const sarif = sarifOf('trivy-image.json');
    const [run] = sarif.runs;
    expect(run?.tool.driver).toMatchObject({ name: 'Trivy', version: '0.58.1' });
    expect(run?.results).toHaveLength(7);
    expect(run?.tool.driver.rules.map((rule) => rule.id)).toEqual([
      'CVE-2024-0001',
      'CVE-2024-0002',
      'CVE-2024-0003',
      'CVE-2023-0004',
      'CVE-2024-0005',
      'GHSA-35jh-r3h4-6jhm',
      'CVE-2024-0006',
    ]);
    const rule = run?.tool.driver.rules[0];
    expect(rule?.properties).toMatchObject({
      'security-severity': '9.8',
      tags: ['vulnerability', 'security', 'CRITICAL'],
    });
    expect(rule?.helpUri).toBe('https://avd.aquasec.com/nvd/cve-2024-0001');
    // A CVSS score that disagrees with the scanner's severity would show another severity on GitHub.
    const bash = run?.tool.driver.rules.find((candidate) => candidate.id === 'CVE-2023-0004');
    expect(bash?.properties['security-severity']).toBe('2.0');
    for (const result of run?.results ?? []) {
      expect(run?.tool.driver.rules[result.ruleIndex]?.id).toBe(result.ruleId);
      expect(result.message.text).toContain(IMAGE);
    }
  });

  test('gives each container finding a location GitHub code scanning accepts', () => {
    const [run] = sarifOf('grype-image.json').runs;
    for (const result of run?.results ?? []) {
      const location = result.locations[0].physicalLocation;
      expect(location.artifactLocation.uri).toMatch(/^[^/\s][^\s]*$/);
      expect(location.region.startLine).toBeGreaterThanOrEqual(1);
    }
    expect(run?.results.map((result) => result.locations[0].physicalLocation.artifactLocation.uri)).toContain(
      'lib/apk/db/installed',
    );
    const [trivyRun] = sarifOf('trivy-image.json').runs;
    // OS packages have no file of their own: the image's repository stands in.
    expect(trivyRun?.results[0]?.locations[0].physicalLocation.artifactLocation.uri).toBe(
      'registry.example.com/acme/web',
    );
  });

  test('one rule per id takes the worst severity among its packages', () => {
    const base = {
      aliases: [],
      fixedVersions: [],
      fixState: 'not-fixed' as const,
    };
    const sarif = buildSarif(
      [
        { ...base, id: 'CVE-9', severity: 'low', package: { name: 'a', version: '1', type: 'deb' } },
        { ...base, id: 'CVE-9', severity: 'high', package: { name: 'b', version: '1', type: 'deb' } },
      ],
      { scanner: { name: 'grype', version: '0.86.1' }, imageRef: IMAGE },
    ) as unknown as Sarif;
    expect(sarif.runs[0]?.tool.driver.rules).toHaveLength(1);
    expect(sarif.runs[0]?.tool.driver.rules[0]?.defaultConfiguration).toEqual({ level: 'error' });
    expect(sarif.runs[0]?.results.map((result) => result.level)).toEqual(['note', 'error']);
    expect(validateSarif(sarif)).toBe(true);
  });

  test.each([1, 2, 1000])('written in pieces (batch %i) it is the same log', (batch) => {
    const report = parseScanReport(readFileSync(join(fixtures, 'trivy-image.json'), 'utf8'), 'trivy');
    const options = { scanner: report.scanner, imageRef: IMAGE };
    const text = [...sarifJsonChunks(report.findings, options, batch)].join('');
    expect(JSON.parse(text)).toEqual(buildSarif(report.findings, options));
    // Written out rather than stringified, and still the very same text.
    expect(text).toBe(JSON.stringify(buildSarif(report.findings, options)));
    expect(JSON.parse([...sarifJsonChunks([], options)].join(''))).toEqual(buildSarif([], options));
  });

  test('results carry a fingerprint that stays when only the installed version changes', () => {
    const base = { aliases: [], fixedVersions: [], fixState: 'not-fixed' as const, severity: 'high' as const };
    const [a, b, c] =
      (
        buildSarif(
          [
            { ...base, id: 'CVE-9', package: { name: 'a', version: '1', type: 'deb' } },
            { ...base, id: 'CVE-9', package: { name: 'a', version: '2', type: 'deb' } },
            { ...base, id: 'CVE-9', package: { name: 'b', version: '1', type: 'deb' } },
          ],
          { scanner: { name: 'grype', version: '0.86.1' }, imageRef: IMAGE },
        ) as unknown as Sarif
      ).runs[0]?.results.map((result) => result.partialFingerprints['shipgateFinding/v1']) ?? [];
    expect(a).toMatch(/^[0-9a-f]{64}$/);
    expect(b).toBe(a);
    expect(c).not.toBe(a);
  });

  test('an empty finding list is still a valid log', () => {
    const sarif = buildSarif([], { scanner: { name: 'trivy', version: 'dev' }, imageRef: IMAGE });
    expect(validateSarif(sarif)).toBe(true);
  });

  test.each([
    ['critical', 'error'],
    ['high', 'error'],
    ['medium', 'warning'],
    ['low', 'note'],
    ['negligible', 'note'],
    ['unknown', 'note'],
  ] as const)('%s → level %s', (severity, level: SarifLevel) => {
    expect(sarifLevel(severity)).toBe(level);
  });

  test.each([
    ['critical', 9.8, '9.8'],
    ['critical', 7.5, '9.5'],
    ['high', 7.5, '7.5'],
    ['high', undefined, '8.0'],
    ['medium', 5.3, '5.3'],
    ['low', 9.1, '2.0'],
    ['unknown', 5.0, undefined],
  ] as const)('security-severity for %s with CVSS %s → %s', (severity, score, expected) => {
    expect(securitySeverity(severity, score)).toBe(expected);
  });

  test.runIf(sharedFixturesDir())('the schema accepts the SARIF golden file Trivy itself writes', () => {
    const golden = JSON.parse(
      readFileSync(join(sharedFixturesDir() as string, 'trivy-alpine-310.sarif.golden'), 'utf8'),
    );
    expect(validateSarif(golden)).toBe(true);
    expect(validateSarif({ version: '2.1.0' })).toBe(false);
  });
});
