import { readFileSync } from 'node:fs';
import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createMemoryRuntime } from '@shipgate/core';
import { Ajv } from 'ajv';
import addFormats from 'ajv-formats';
import { describe, expect, test } from 'vitest';
import { buildSarif, cutText, type Finding, SARIF_LIMITS, sarifJsonChunks, scanImage } from '../src/index';

const fixtures = join(import.meta.dirname, 'fixtures');
const ajv = new Ajv({ allErrors: true, strict: false });
addFormats(ajv);
const validateSarif = ajv.compile(JSON.parse(readFileSync(join(fixtures, 'sarif-schema-2.1.0.json'), 'utf8')));

const DIGEST = `sha256:${'3'.repeat(64)}`;
const IMAGE = `registry.example.com/acme/web@${DIGEST}`;
const OPTIONS = { scanner: { name: 'trivy' as const, version: '0.58.1' }, imageRef: IMAGE };

// biome-ignore lint/suspicious/noExplicitAny: test access into schema-validated JSON
type Loose = Record<string, any>;
type Run = { tool: { driver: { rules: Loose[] } }; results: Loose[]; properties: Loose };

/**
 * The log as sarifJsonChunks writes it, checked to be the very text of buildSarif's log and (for
 * a small one: the schema's uniqueItems makes validation quadratic) valid SARIF 2.1.0.
 */
function written(findings: Finding[]): { text: string; run: Run } {
  const text = [...sarifJsonChunks(findings, OPTIONS, 7)].join('');
  expect(text === JSON.stringify(buildSarif(findings, OPTIONS))).toBe(true);
  const log = JSON.parse(text);
  if (findings.length < 100) {
    validateSarif(log);
    expect(validateSarif.errors ?? []).toEqual([]);
  }
  return { text, run: log.runs[0] as Run };
}

function finding(overrides: Partial<Finding> = {}): Finding {
  return {
    id: 'CVE-2024-0001',
    aliases: [],
    package: { name: 'openssl', version: '3.0.11', type: 'debian' },
    fixedVersions: ['3.0.13'],
    fixState: 'fixed',
    severity: 'high',
    ...overrides,
  };
}

describe("SARIF within GitHub code scanning's limits", () => {
  test('a huge title is cut to the 1024 characters of a rule description, with a marker saying so', () => {
    const title = `Heap overflow ${'x'.repeat(2_000_000)}`;
    const { run } = written([finding({ title })]);
    const [rule] = run.tool.driver.rules;
    for (const description of [rule?.shortDescription.text, rule?.fullDescription.text]) {
      expect(description).toHaveLength(SARIF_LIMITS.description);
      expect(description).toMatch(/^Heap overflow x+… \[cut: 2000014 characters\]$/);
    }
  });

  test('an id, package and aliases beyond every limit: each text cut, ids still distinct and matched by their results', () => {
    const longId = `CVE-${'9'.repeat(300)}`;
    const findings = [
      finding({ id: `${longId}1`, package: { name: 'p'.repeat(100_000), version: '1', type: 'deb' } }),
      finding({ id: `${longId}2`, aliases: Array.from({ length: 500 }, (_, i) => `GHSA-${i}`) }),
    ];
    const { run } = written(findings);
    const ids = run.tool.driver.rules.map((rule) => rule.id as string);
    expect(new Set(ids).size).toBe(2);
    for (const id of ids) {
      expect(id.length).toBeLessThanOrEqual(SARIF_LIMITS.id);
      expect(id).toMatch(/^CVE-9+… \[cut: sha256 [0-9a-f]{16}\]$/);
    }
    expect(run.results.map((result) => ids[result.ruleIndex])).toEqual(run.results.map((result) => result.ruleId));
    const [first, second] = run.results;
    expect(first?.message.text.length).toBeLessThanOrEqual(SARIF_LIMITS.text);
    expect(first?.message.text).toMatch(/^Package p+… \[cut: 100000 characters\] 1 \(deb\)/);
    expect(run.tool.driver.rules[1]?.help.text).toContain('GHSA-18, GHSA-19, … [cut: 480 more]');
    expect(second?.message.text).toContain('is affected by CVE-');
  });

  test('beyond 25,000 findings the most severe are kept and the run says how many were left out', () => {
    const findings = Array.from({ length: SARIF_LIMITS.resultsPerRun + 3 }, (_, i) =>
      finding({ id: `CVE-2024-${i}`, severity: 'low' }),
    );
    for (const i of [5, 25_001, 25_002]) findings[i] = finding({ id: `CVE-2024-${i}`, severity: 'critical' });
    const { run } = written(findings);
    expect(run.results).toHaveLength(SARIF_LIMITS.resultsPerRun);
    expect(run.tool.driver.rules).toHaveLength(SARIF_LIMITS.resultsPerRun);
    expect(run.properties).toEqual({ imageRef: IMAGE, omittedResults: 3 });
    expect(run.results.filter((result) => result.level === 'error').map((result) => result.ruleId)).toEqual([
      'CVE-2024-5',
      'CVE-2024-25001',
      'CVE-2024-25002',
    ]);
  });

  test('a finding with every text huge gives a bounded rule and result', () => {
    const huge = (c: string) => c.repeat(200_000);
    const { text } = written([
      finding({
        id: `CVE-${huge('i')}`,
        title: huge('t'),
        package: { name: huge('n'), version: huge('v'), type: huge('d') },
        url: `https://example.com/${huge('u')}`,
        target: huge('f'),
        aliases: Array.from({ length: 100 }, (_, a) => `${a}${huge('a')}`),
        fixedVersions: Array.from({ length: 100 }, (_, a) => `${a}${huge('x')}`),
      }),
    ]);
    expect(text.length).toBeLessThan(32 * 1024);
  });

  test('cutText never splits a surrogate pair and keeps a text that fits as it is', () => {
    expect(cutText('short', 10)).toBe('short');
    const cut = cutText(`${'a'.repeat(20)}😀${'b'.repeat(100)}`, 44);
    expect(cut).toBe(`${'a'.repeat(20)}… [cut: 122 characters]`);
    expect(cut.length).toBeLessThanOrEqual(44);
  });
});

describe('scanImage with a report whose one text field is huge', () => {
  test('writes a valid SARIF with the text cut, and the verdict as usual', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'sarif-limits-'));
    const report = join(dir, 'report.json');
    const title = `T${'y'.repeat(3 * 1024 * 1024)}`;
    await writeFile(
      report,
      JSON.stringify({
        SchemaVersion: 2,
        ArtifactName: IMAGE,
        Metadata: { RepoDigests: [`registry.example.com/acme/web@${DIGEST}`] },
        Trivy: { Version: '0.58.1' },
        Results: [
          {
            Target: 'debian',
            Type: 'debian',
            Vulnerabilities: [
              { VulnerabilityID: 'CVE-2024-1', PkgName: 'p', InstalledVersion: '1', Severity: 'HIGH', Title: title },
            ],
          },
        ],
      }),
    );
    const runtime = createMemoryRuntime();
    const result = await scanImage(
      {
        imageRef: IMAGE,
        scanner: 'auto',
        reportFile: report,
        severityThreshold: 'critical',
        reportThreshold: 'low',
        ignoreUnfixed: false,
        sarifFile: join(dir, 'out', 'results.sarif'),
        recordFile: join(dir, 'out', 'scan-record.json'),
        workDir: join(dir, 'work'),
        registry: { tlsVerify: true },
      },
      { log: runtime.log, exec: runtime.exec },
    );
    expect(result.record.verdict).toBe('pass');
    const sarif = JSON.parse(await readFile(join(dir, 'out', 'results.sarif'), 'utf8'));
    expect(validateSarif(sarif)).toBe(true);
    expect(sarif.runs[0].tool.driver.rules[0].shortDescription.text).toMatch(/^Ty+… \[cut: 3145729 characters\]$/);
  });
});
