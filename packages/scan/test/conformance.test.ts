import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { sharedFixturesDir } from '../../../test/support/shared-fixtures';
import { countBySeverity, type FixState, parseScanReport } from '../src/index';

const dir = sharedFixturesDir();

type Counts = { critical: number; high: number; medium: number; low: number; unknown?: number };
interface Expected {
  file: string;
  scanner: 'trivy' | 'grype';
  total: number;
  counts: Counts;
  fixStates: Partial<Record<FixState, number>>;
  types?: Record<string, number>;
  noCvss?: number;
}

// The counts the fixtures' README gives for each upstream report.
const EXPECTED: Expected[] = [
  {
    file: 'trivy-alpine-39.json.golden',
    scanner: 'trivy',
    total: 6,
    counts: { critical: 2, high: 0, medium: 4, low: 0, unknown: 0 },
    fixStates: { fixed: 6 },
  },
  {
    file: 'trivy-ubuntu-1804.json.golden',
    scanner: 'trivy',
    total: 5,
    counts: { critical: 0, high: 0, medium: 4, low: 1, unknown: 0 },
    fixStates: { fixed: 4, 'not-fixed': 1 },
  },
  {
    file: 'trivy-debian-buster.json.golden',
    scanner: 'trivy',
    total: 2,
    counts: { critical: 1, high: 0, medium: 0, low: 1, unknown: 0 },
    fixStates: { fixed: 1, 'not-fixed': 1 },
  },
  {
    file: 'trivy-gomod.json.golden',
    scanner: 'trivy',
    total: 5,
    counts: { critical: 0, high: 0, medium: 1, low: 0, unknown: 4 },
    fixStates: { fixed: 5 },
    noCvss: 4,
  },
  {
    file: 'grype-chainguard-ruby-test.json',
    scanner: 'grype',
    total: 3,
    counts: { critical: 0, high: 3, medium: 0, low: 0 },
    fixStates: { fixed: 2, unknown: 1 },
    types: { apk: 1, gem: 2 },
  },
  {
    file: 'grype-keycloak-test.json',
    scanner: 'grype',
    total: 6,
    counts: { critical: 0, high: 0, medium: 0, low: 6 },
    fixStates: { 'wont-fix': 6 },
    types: { rpm: 6 },
  },
  {
    file: 'grype-TestJsonImgsPresenter.golden',
    scanner: 'grype',
    total: 2,
    counts: { critical: 1, high: 0, medium: 0, low: 1 },
    fixStates: { fixed: 1, unknown: 1 },
    types: { rpm: 1, deb: 1 },
  },
];

const tally = (values: string[]) =>
  values.reduce<Record<string, number>>((counts, value) => {
    counts[value] = (counts[value] ?? 0) + 1;
    return counts;
  }, {});

describe.runIf(dir)('the real reports in ../shared/fixtures', () => {
  test.each(EXPECTED)('$file gives the README counts', (expected) => {
    const report = parseScanReport(readFileSync(join(dir as string, expected.file), 'utf8'), expected.file);
    expect(report.scanner.name).toBe(expected.scanner);
    expect(report.findings).toHaveLength(expected.total);
    expect(countBySeverity(report.findings)).toMatchObject(expected.counts);
    expect(tally(report.findings.map((finding) => finding.fixState))).toEqual(expected.fixStates);
    if (expected.types) expect(tally(report.findings.map((finding) => finding.package.type))).toEqual(expected.types);
    if (expected.noCvss !== undefined) {
      expect(report.findings.filter((finding) => finding.cvssScore === undefined)).toHaveLength(expected.noCvss);
    }
    for (const finding of report.findings) {
      expect(finding.id).not.toBe('unknown');
      expect(finding.package.name).not.toBe('unknown');
      expect(finding.aliases).not.toContain(finding.id);
      if (finding.fixState === 'fixed') expect(finding.fixedVersions.length).toBeGreaterThan(0);
    }
  });

  test('every report file in the directory is covered', () => {
    const reports = readdirSync(dir as string).filter(
      (name) => /^(trivy|grype)-/.test(name) && !name.endsWith('.sarif.golden'),
    );
    expect(reports.sort()).toEqual(EXPECTED.map((expected) => expected.file).sort());
  });

  test('details the README names: versions without a v prefix, GHSA through relatedVulnerabilities, missing FixedVersion', () => {
    const gomod = parseScanReport(readFileSync(join(dir as string, 'trivy-gomod.json.golden'), 'utf8'), 'gomod');
    expect(gomod.findings.map((finding) => finding.fixedVersions[0])).toEqual(
      expect.arrayContaining(['v2.8.0', '0.37.0', '0.3.7']),
    );
    expect(gomod.findings.map((finding) => finding.id)).toContain('GMS-2022-20');

    const ruby = parseScanReport(readFileSync(join(dir as string, 'grype-chainguard-ruby-test.json'), 'utf8'), 'ruby');
    expect(ruby.scanner).toEqual({ name: 'grype', version: '0.61.1', dbUpdatedAt: '2023-05-17T01:32:43Z' });
    const ghsa = ruby.findings.find((finding) => finding.id.startsWith('GHSA-'));
    expect(ghsa?.aliases).toEqual(['CVE-2023-28755']);

    const buster = parseScanReport(
      readFileSync(join(dir as string, 'trivy-debian-buster.json.golden'), 'utf8'),
      'buster',
    );
    const bash = buster.findings.find((finding) => finding.package.name === 'bash');
    expect(bash).toMatchObject({ id: 'CVE-2019-18276', fixState: 'not-fixed', fixedVersions: [], severity: 'low' });
    const libidn = buster.findings.find((finding) => finding.package.name === 'libidn2-0');
    expect(libidn).toMatchObject({ fixedVersions: ['2.0.5-1+deb10u1'], severity: 'critical' });
  });
});
