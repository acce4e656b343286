import { ConfigurationError } from '@shipgate/core';
import { describe, expect, test } from 'vitest';
import { evaluatePolicy, type Finding, type IgnoreEntry, parseIgnoreFile, type ScanPolicy } from '../src/index';

function finding(id: string, severity: Finding['severity'], overrides: Partial<Finding> = {}): Finding {
  return {
    id,
    aliases: [],
    package: { name: `pkg-${id}`, version: '1.0', type: 'deb' },
    fixedVersions: ['1.1'],
    fixState: 'fixed',
    severity,
    ...overrides,
  };
}

const findings: Finding[] = [
  finding('CVE-1', 'critical'),
  finding('CVE-2', 'high', { fixedVersions: [], fixState: 'not-fixed' }),
  finding('CVE-3', 'medium'),
  finding('CVE-4', 'low', { fixedVersions: [], fixState: 'wont-fix' }),
  finding('CVE-5', 'negligible'),
  finding('GHSA-6', 'unknown', { aliases: ['CVE-6'] }),
];

const policy = (overrides: Partial<ScanPolicy> = {}): ScanPolicy => ({
  severityThreshold: 'high',
  reportThreshold: 'low',
  ignoreUnfixed: false,
  ignoreEntries: [],
  ...overrides,
});

const TODAY = '2025-06-15';

describe('evaluatePolicy', () => {
  test('fails at or above the severity threshold and reports at or above the report threshold', () => {
    const result = evaluatePolicy(findings, policy(), TODAY);
    expect(result.verdict).toBe('fail');
    expect(result.violations.map((f) => f.id)).toEqual(['CVE-1', 'CVE-2']);
    expect(result.reported.map((f) => f.id)).toEqual(['CVE-1', 'CVE-2', 'CVE-3', 'CVE-4']);
    expect(result.counts).toEqual({ critical: 1, high: 1, medium: 1, low: 1, negligible: 1, unknown: 1 });
  });

  test.each([
    ['critical', ['CVE-1']],
    ['high', ['CVE-1', 'CVE-2']],
    ['medium', ['CVE-1', 'CVE-2', 'CVE-3']],
    ['negligible', ['CVE-1', 'CVE-2', 'CVE-3', 'CVE-4', 'CVE-5']],
    ['unknown', ['CVE-1', 'CVE-2', 'CVE-3', 'CVE-4', 'CVE-5', 'GHSA-6']],
  ] as const)('severity threshold %s', (threshold, ids) => {
    expect(
      evaluatePolicy(findings, policy({ severityThreshold: threshold }), TODAY).violations.map((f) => f.id),
    ).toEqual(ids);
  });

  test('ignore-unfixed leaves out findings without a fix, which can turn the verdict', () => {
    const onlyUnfixedHigh = [
      finding('CVE-2', 'high', { fixedVersions: [], fixState: 'not-fixed' }),
      finding('CVE-3', 'medium'),
    ];
    expect(evaluatePolicy(onlyUnfixedHigh, policy(), TODAY).verdict).toBe('fail');
    const result = evaluatePolicy(onlyUnfixedHigh, policy({ ignoreUnfixed: true }), TODAY);
    expect(result.verdict).toBe('pass');
    expect(result.unfixedIgnored).toBe(1);
    expect(result.counts.high).toBe(0);
  });

  test('an ignore entry matches by id or alias, optionally only for one package', () => {
    const entries: IgnoreEntry[] = [
      { id: 'CVE-1', reason: 'not reachable', origin: 'entry 1' },
      { id: 'cve-2', package: 'some-other-package', reason: 'other package only', origin: 'entry 2' },
      { id: 'CVE-6', reason: 'alias', origin: 'entry 3' },
    ];
    const result = evaluatePolicy(findings, policy({ ignoreEntries: entries }), TODAY);
    expect(result.ignored.map(({ finding, entry }) => [finding.id, entry.reason])).toEqual([
      ['CVE-1', 'not reachable'],
      ['GHSA-6', 'alias'],
    ]);
    expect(result.violations.map((f) => f.id)).toEqual(['CVE-2']);
    expect(result.counts.critical).toBe(0);
  });

  test('an entry applies through its expiry day and not after; an expired one is reported and no longer ignores', () => {
    const entry: IgnoreEntry = { id: 'CVE-1', reason: 'vendor fix due', expires: '2025-06-15', origin: 'entry 1' };
    const onDay = evaluatePolicy([finding('CVE-1', 'critical')], policy({ ignoreEntries: [entry] }), '2025-06-15');
    expect(onDay).toMatchObject({ verdict: 'pass', expiredEntries: [] });
    const after = evaluatePolicy([finding('CVE-1', 'critical')], policy({ ignoreEntries: [entry] }), '2025-06-16');
    expect(after.verdict).toBe('fail');
    expect(after.expiredEntries).toEqual([entry]);
    expect(after.ignored).toEqual([]);
  });
});

describe('parseIgnoreFile', () => {
  test('reads YAML entries', () => {
    const text = [
      '# accepted risks',
      '- id: CVE-2024-0001',
      '  reason: only reachable through the admin port, which is not exposed',
      '  expires: 2025-12-31',
      '- id: GHSA-35jh-r3h4-6jhm',
      '  package: lodash',
      "  reason: 'build-time only'",
    ].join('\n');
    expect(parseIgnoreFile(text, '.shipgate-ignore.yaml')).toEqual([
      {
        id: 'CVE-2024-0001',
        reason: 'only reachable through the admin port, which is not exposed',
        expires: '2025-12-31',
        origin: 'entry 1',
      },
      { id: 'GHSA-35jh-r3h4-6jhm', package: 'lodash', reason: 'build-time only', origin: 'entry 2' },
    ]);
  });

  test('reads .trivyignore lines with comments and exp:', () => {
    const text = ['# Trivy ignore', '', 'CVE-2024-0001', 'CVE-2024-0002 exp:2025-01-31', 'GMS-2022-20 # trailing'].join(
      '\n',
    );
    expect(parseIgnoreFile(text, '.trivyignore')).toEqual([
      { id: 'CVE-2024-0001', reason: 'listed in .trivyignore', origin: 'line 3' },
      { id: 'CVE-2024-0002', reason: 'listed in .trivyignore', expires: '2025-01-31', origin: 'line 4' },
      { id: 'GMS-2022-20', reason: 'listed in .trivyignore', origin: 'line 5' },
    ]);
  });

  test('an empty or comment-only file ignores nothing', () => {
    expect(parseIgnoreFile('# nothing yet\n\n', 'f')).toEqual([]);
  });

  test.each([
    [
      '- id: CVE-1\n  expires: 2025-01-01',
      'Ignore file f entry 1 (CVE-1) has no reason; every ignored vulnerability needs one.',
    ],
    [
      '- id: CVE-1\n  reason: "  "',
      'Ignore file f entry 1 (CVE-1) has no reason; every ignored vulnerability needs one.',
    ],
    [
      '- id: CVE-1\n  reason: r\n  expires: 2025-02-30',
      'Ignore file f entry 1 (CVE-1) has the expiry date "2025-02-30", which is not a date of the form YYYY-MM-DD.',
    ],
    [
      '- id: CVE-1\n  reason: r\n  expires: next week',
      'Ignore file f entry 1 (CVE-1) has the expiry date "next week", which is not a date of the form YYYY-MM-DD.',
    ],
    [
      '- id: CVE-1\n  reason: r\n  expiry: 2025-01-01',
      'Ignore file f entry 1 (CVE-1) has the unknown key "expiry" (allowed: id, package, reason, expires).',
    ],
    ['- reason: r', 'Ignore file f entry 1 has no id.'],
    ['- CVE-1', 'Ignore file f entry 1 is not a mapping with id and reason.'],
    [
      'CVE-1 exp:2025-13-01',
      'Ignore file f line 1 (CVE-1) has the expiry date "2025-13-01", which is not a date of the form YYYY-MM-DD.',
    ],
    ['id: CVE-1', 'Ignore file f line 1 ("id: CVE-1") does not start with a vulnerability id.'],
  ])('%j is one sentence naming the entry', (text, message) => {
    expect(() => parseIgnoreFile(text, 'f')).toThrow(new ConfigurationError(message));
  });

  test('invalid YAML names the file', () => {
    expect(() => parseIgnoreFile('- id: [unclosed\n', 'f')).toThrow(/^Ignore file f is not valid YAML \(/);
  });
});
