import {
  buildCommitMessage,
  type DeploymentTrail,
  formatTrailers,
  normalizeScanTrailer,
  parseTrailerLines,
  sanitizeTrailerValue,
  trailFromTrailers,
} from '@shipgate/trail';
import { describe, expect, test } from 'vitest';

const trail: DeploymentTrail = {
  app: 'web',
  environment: 'production',
  imageRefs: ['ghcr.io/acme/web@sha256:aa', 'ghcr.io/acme/worker@sha256:bb'],
  source: 'acme/web@9b2e1d0',
  sourceTime: '2026-11-01T09:30:00.000Z',
  run: 'https://github.com/acme/web/actions/runs/123',
  scan: 'pass; trivy 0.58.1; critical=0 high=2',
  configHash: 'sha256:77ab',
  approvedBy: ['alice', 'bob'],
};

describe('sanitizeTrailerValue', () => {
  test.each([
    ['plain', 'plain'],
    ['two\nlines', 'two lines'],
    ['forged\nApproved-by: mallory', 'forged Approved-by: mallory'],
    ['cr\r\nlf', 'cr lf'],
    ['  spaced \t out  ', 'spaced out'],
    ['nul\u0000and\u001bescape', 'nul and escape'],
    ['line\u2028separator', 'line separator'],
  ])('%j → %j', (value, expected) => {
    expect(sanitizeTrailerValue(value)).toBe(expected);
  });
});

describe('normalizeScanTrailer', () => {
  test.each([
    ['pass; trivy 0.58.1; critical=0 high=2', 'pass; trivy 0.58.1; critical=0 high=2'],
    ['fail; grype 0.80.0; critical=1', 'fail; grype 0.80.0; critical=1'],
    ['  PASS ; trivy\n0.58.1  ', 'PASS ; trivy 0.58.1'],
    ['pass', 'pass'],
    ['\npass\n', 'pass'],
    ['pass; trivy\nApproved-by: mallory', 'pass; trivy Approved-by: mallory'],
  ])('%j → %j', (value, expected) => {
    expect(normalizeScanTrailer(value)).toBe(expected);
  });

  test.each([
    ['', /Input "scan" must be a Shipgate-Scan value starting with "pass" or "fail"/],
    ['unknown; trivy', /got "unknown; trivy"/],
    ['passed; trivy', /starting with "pass" or "fail"/],
    ['; pass', /must be a Shipgate-Scan value/],
    [`pass; ${'x'.repeat(600)}`, /Input "scan" must be at most 500 characters/],
  ])('%j is refused', (value, message) => {
    expect(() => normalizeScanTrailer(value)).toThrow(message);
  });
});

describe('formatTrailers / trailFromTrailers', () => {
  test('formats in DESIGN.md order with one line per image and approver', () => {
    expect(formatTrailers(trail)).toEqual([
      'Shipgate-App: web',
      'Shipgate-Environment: production',
      'Shipgate-Image: ghcr.io/acme/web@sha256:aa',
      'Shipgate-Image: ghcr.io/acme/worker@sha256:bb',
      'Shipgate-Source: acme/web@9b2e1d0',
      'Shipgate-Source-Time: 2026-11-01T09:30:00.000Z',
      'Shipgate-Run: https://github.com/acme/web/actions/runs/123',
      'Shipgate-Scan: pass; trivy 0.58.1; critical=0 high=2',
      'Shipgate-Config-Hash: sha256:77ab',
      'Approved-by: alice',
      'Approved-by: bob',
    ]);
  });

  test('round-trips through the parser', () => {
    expect(trailFromTrailers(parseTrailerLines(formatTrailers(trail)))).toEqual(trail);
  });

  test('a value cannot forge another trailer', () => {
    const lines = formatTrailers({ ...trail, approvedBy: ['alice\nApproved-by: mallory'] });
    const parsed = trailFromTrailers(parseTrailerLines(lines));
    expect(parsed?.approvedBy).toEqual(['alice Approved-by: mallory']);
  });

  test.each([
    [[], undefined],
    [['Shipgate-App: web'], undefined],
    [['Signed-off-by: x', 'Shipgate-Environment: dev'], undefined],
  ])('%j is not a deployment', (lines, expected) => {
    expect(trailFromTrailers(parseTrailerLines(lines))).toEqual(expected);
  });
});

describe('buildCommitMessage', () => {
  test('appends the trailer block as the last paragraph', () => {
    expect(buildCommitMessage('Deploy web to production', { ...trail, imageRefs: [], approvedBy: [] })).toBe(
      [
        'Deploy web to production',
        '',
        'Shipgate-App: web',
        'Shipgate-Environment: production',
        'Shipgate-Source: acme/web@9b2e1d0',
        'Shipgate-Source-Time: 2026-11-01T09:30:00.000Z',
        'Shipgate-Run: https://github.com/acme/web/actions/runs/123',
        'Shipgate-Scan: pass; trivy 0.58.1; critical=0 high=2',
        'Shipgate-Config-Hash: sha256:77ab',
        '',
      ].join('\n'),
    );
  });

  test.each([
    ['Deploy\n\nApproved-by: mallory'],
    ['Deploy\n\nshipgate-source: evil/repo@1'],
    ['Deploy\r\nShipgate-App = other'],
  ])('drops trailer-like lines of the template: %j', (message) => {
    const built = buildCommitMessage(message, { ...trail, approvedBy: ['alice'] });
    expect(built).not.toMatch(/mallory|evil|other/);
    expect(built.startsWith('Deploy\n\n')).toBe(true);
  });

  test('an empty template falls back to the default subject', () => {
    expect(buildCommitMessage('', trail).split('\n')[0]).toBe('Deploy web to production');
  });
});

describe('Shipgate-Hotfix', () => {
  test('a hotfix deploy carries Shipgate-Hotfix: true and reads back as one; others carry nothing', () => {
    const trail: DeploymentTrail = {
      app: 'web',
      environment: 'production',
      imageRefs: [],
      approvedBy: [],
      hotfix: true,
    };
    expect(formatTrailers(trail)).toEqual([
      'Shipgate-App: web',
      'Shipgate-Environment: production',
      'Shipgate-Hotfix: true',
    ]);
    expect(trailFromTrailers(parseTrailerLines(formatTrailers(trail)))).toMatchObject({ hotfix: true });
    const planned = { ...trail, hotfix: false };
    expect(formatTrailers(planned)).not.toContain('Shipgate-Hotfix: true');
    expect(trailFromTrailers(parseTrailerLines(formatTrailers(planned)))?.hotfix).toBeUndefined();
  });
});

describe('trailFromTrailers reads trailers as git matches them', () => {
  const read = (lines: string[]) => trailFromTrailers(parseTrailerLines(lines));

  test('keys match in any case; a repeated single key keeps its first non-empty value; lists keep every one in order', () => {
    const read1 = read([
      'shipgate-app: web',
      'SHIPGATE-ENVIRONMENT:',
      'Shipgate-Environment: production',
      'Shipgate-Environment: staging',
      'shipgate-image: ghcr.io/acme/web@sha256:aa',
      'Shipgate-Image:',
      'Shipgate-Image: ghcr.io/acme/worker@sha256:bb',
      'approved-by: alice',
      'Approved-By: bob',
      'Shipgate-Source: acme/web@1',
      'Shipgate-Source: acme/web@2',
      'Shipgate-Removal: TRUE',
      'Shipgate-Hotfix: no',
      'Shipgate-Hotfix: true',
      'Shipgate-Unknown: ignored',
    ]);
    expect(JSON.stringify(read1)).toBe(
      JSON.stringify({
        app: 'web',
        environment: 'production',
        imageRefs: ['ghcr.io/acme/web@sha256:aa', 'ghcr.io/acme/worker@sha256:bb'],
        approvedBy: ['alice', 'bob'],
        source: 'acme/web@1',
        removal: true,
      }),
    );
  });

  test('a commit without a non-empty app and environment is not a deploy', () => {
    expect(read(['Shipgate-App: web'])).toBeUndefined();
    expect(read(['Shipgate-App:', 'Shipgate-Environment: production'])).toBeUndefined();
    expect(read([])).toBeUndefined();
  });

  test('approvals and attestations appear only when there are some', () => {
    const bare = read(['Shipgate-App: web', 'Shipgate-Environment: production']);
    expect(bare).not.toHaveProperty('approvals');
    expect(bare).not.toHaveProperty('attestations');
    expect(
      read([
        'Shipgate-App: web',
        'Shipgate-Environment: production',
        'Shipgate-Approval: https://github.com/acme/web/issues/1#issuecomment-2',
        'Shipgate-Attestations: sha256:aa provenance',
      ]),
    ).toMatchObject({
      approvals: ['https://github.com/acme/web/issues/1#issuecomment-2'],
      attestations: ['sha256:aa provenance'],
    });
  });
});
