import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { copyFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { Ajv } from 'ajv';
import addFormats from 'ajv-formats';
import { describe, expect, test } from 'vitest';
import { startRegistry } from '../../../test/support/registry';
import { runActionBundle } from '../../../test/support/run-action-bundle';

const fixtures = join(import.meta.dirname, '..', '..', '..', 'packages', 'scan', 'test', 'fixtures');
const WEB = 'registry.example.com/acme/web@sha256:3b1f6e2a9c4d5e6f708192a3b4c5d6e7f8091a2b3c4d5e6f708192a3b4c5d6e7';
const API = 'registry.example.com/acme/api@sha256:9e8d7c6b5a4f3e2d1c0b9a8f7e6d5c4b3a29180f7e6d5c4b3a29180f7e6d5c4b';

const ajv = new Ajv({ allErrors: true, strict: false });
addFormats(ajv);
const validateSarif = ajv.compile(JSON.parse(readFileSync(join(fixtures, 'sarif-schema-2.1.0.json'), 'utf8')));

/** Runs the bundle with the fixture report copied into a fresh workspace as `report.json`. */
async function scan(report: string, inputs: Record<string, string>, files: Record<string, string> = {}) {
  const { mkdtemp } = await import('node:fs/promises');
  const { tmpdir } = await import('node:os');
  const workspace = await mkdtemp(join(tmpdir(), 'scan-image-ws-'));
  await copyFile(join(fixtures, report), join(workspace, 'report.json'));
  for (const [name, text] of Object.entries(files)) await writeFile(join(workspace, name), text);
  return runActionBundle('scan-image', { report: 'report.json', ...inputs }, { workspace });
}

const readJson = (path: string | undefined) => JSON.parse(readFileSync(path as string, 'utf8'));

describe('scan-image action', () => {
  test('a Trivy report: verdict, counts, SARIF and scan record; fails the step after setting outputs', async () => {
    const result = await scan('trivy-image.json', { 'image-ref': WEB });
    expect(result.outputs.verdict).toBe('fail');
    expect(JSON.parse(result.outputs.counts ?? '')).toEqual({
      critical: 1,
      high: 2,
      medium: 2,
      low: 1,
      negligible: 0,
      unknown: 1,
    });
    const sarif = readJson(result.outputs['sarif-file']);
    expect(validateSarif(sarif)).toBe(true);
    expect(sarif.runs[0].results).toHaveLength(6);
    const record = readJson(result.outputs['scan-record']);
    expect(record).toMatchObject({ imageRef: WEB, verdict: 'fail', scanner: { name: 'trivy', version: '0.58.1' } });
    expect(record.report.sha256).toMatch(/^[0-9a-f]{64}$/);
    expect(result.exitCode).toBe(1);
    expect(result.annotations).toContainEqual({
      level: 'error',
      message: `3 finding(s) in ${WEB} are at or above severity high; see the job summary.`,
    });
    expect(result.summary).toContain('## Scan failed');
    expect(result.summary).toContain('| ❌ | [CVE-2024-0001](https://avd.aquasec.com/nvd/cve-2024-0001) | openssl |');
  });

  test('a Grype report: verdict and record with the database time', async () => {
    const result = await scan('grype-image.json', { 'image-ref': API, 'severity-threshold': 'critical' });
    expect(result.outputs.verdict).toBe('fail');
    expect(JSON.parse(result.outputs.counts ?? '')).toEqual({
      critical: 1,
      high: 1,
      medium: 1,
      low: 1,
      negligible: 1,
      unknown: 1,
    });
    expect(validateSarif(readJson(result.outputs['sarif-file']))).toBe(true);
    expect(readJson(result.outputs['scan-record']).scanner).toEqual({
      name: 'grype',
      version: '0.86.1',
      dbUpdatedAt: '2024-12-01T01:30:07Z',
    });
  });

  test('fail-on-violation false keeps the step green with a fail verdict', async () => {
    const result = await scan('grype-image.json', { 'image-ref': API, 'fail-on-violation': 'false' });
    expect(result.outputs.verdict).toBe('fail');
    expect(result.exitCode).toBe(0);
  });

  test.each([
    // Grype: critical 1 (fixed), high 1 (fixed), medium not-fixed, low wont-fix, …
    ['grype-image.json', API, { 'severity-threshold': 'critical' }, 'fail'],
    ['grype-image.json', API, { 'severity-threshold': 'medium', 'ignore-unfixed': 'true' }, 'fail'],
    // Trivy: the only critical is fixed; the highs are libc6 (affected) and lodash (fixed).
    ['trivy-image.json', WEB, { 'severity-threshold': 'critical' }, 'fail'],
  ])('%s with %j → %s', async (report, imageRef, inputs, verdict) => {
    const result = await scan(report, { 'image-ref': imageRef, 'fail-on-violation': 'false', ...inputs });
    expect(result.outputs.verdict).toBe(verdict);
  });

  test('the severity threshold turns the verdict', async () => {
    const ignore = '- id: CVE-2024-1001\n  reason: not reachable in our build\n';
    const files = { 'ignore.yaml': ignore };
    const high = await scan('grype-image.json', { 'image-ref': API, 'ignore-file': 'ignore.yaml' }, files);
    expect(high.outputs.verdict).toBe('fail');
    const critical = await scan(
      'grype-image.json',
      { 'image-ref': API, 'ignore-file': 'ignore.yaml', 'severity-threshold': 'critical' },
      files,
    );
    expect(critical.outputs.verdict).toBe('pass');
    expect(critical.exitCode).toBe(0);
    expect(critical.summary).toContain('## Scan passed');
    expect(critical.summary).toContain('| libcrypto3 | not reachable in our build |');
  });

  test('ignore-unfixed turns the verdict when the only violations have no fix', async () => {
    // Ignoring the two fixed ones leaves medium not-fixed as the only violation at medium.
    const files = {
      'ignore.yaml': '- id: CVE-2024-1001\n  reason: accepted\n- id: CVE-2024-35195\n  reason: accepted via alias\n',
    };
    const inputs = { 'image-ref': API, 'ignore-file': 'ignore.yaml', 'severity-threshold': 'medium' };
    expect((await scan('grype-image.json', inputs, files)).outputs.verdict).toBe('fail');
    const unfixed = await scan('grype-image.json', { ...inputs, 'ignore-unfixed': 'true' }, files);
    expect(unfixed.outputs.verdict).toBe('pass');
    expect(JSON.parse(unfixed.outputs.counts ?? '')).toEqual({
      critical: 0,
      high: 0,
      medium: 0,
      low: 0,
      negligible: 0,
      unknown: 0,
    });
  });

  test('an expired ignore entry no longer applies and is reported as expired', async () => {
    const ignore = (expires: string) =>
      `- id: CVE-2024-1001\n  reason: fix scheduled\n  expires: ${expires}\n- id: GHSA-9wx4-h78v-vm56\n  reason: ok\n`;
    const inputs = { 'image-ref': API, 'ignore-file': 'ignore.yaml', 'severity-threshold': 'high' };
    const valid = await scan('grype-image.json', inputs, { 'ignore.yaml': ignore('2999-12-31') });
    expect(valid.outputs.verdict).toBe('pass');
    const expired = await scan('grype-image.json', inputs, { 'ignore.yaml': ignore('2020-01-31') });
    expect(expired.outputs.verdict).toBe('fail');
    expect(readJson(expired.outputs['scan-record']).ignored).toContainEqual({
      id: 'CVE-2024-1001',
      reason: 'fix scheduled',
      expires: '2020-01-31',
      expired: true,
    });
    expect(expired.summary).toContain('Expired ignore entries (1)');
    expect(expired.annotations.map((annotation) => annotation.level)).toContain('warning');
  });

  test.each([
    [
      'a report that is not JSON',
      { report: 'bad.json' },
      { 'bad.json': 'not json' },
      /^Report .*bad\.json \(input "report"\) is not valid JSON\.$/,
    ],
    [
      'a JSON of neither format',
      { report: 'other.json' },
      { 'other.json': '{"runs": []}' },
      /^Report .*other\.json \(input "report"\) is neither a Trivy JSON report .* nor a Grype JSON report \(matches\)\.$/,
    ],
    [
      'an ignore entry without a reason',
      { 'ignore-file': 'i.yaml' },
      { 'i.yaml': '- id: CVE-2024-1001\n' },
      /^Ignore file .*i\.yaml \(input "ignore-file"\) entry 1 \(CVE-2024-1001\) has no reason; every ignored vulnerability needs one\.$/,
    ],
    [
      'an ignore entry with a bad date',
      { 'ignore-file': 'i.yaml' },
      { 'i.yaml': '- id: CVE-2024-1001\n  reason: r\n  expires: 31/12/2025\n' },
      /^Ignore file .*i\.yaml \(input "ignore-file"\) entry 1 \(CVE-2024-1001\) has the expiry date "31\/12\/2025", which is not a date of the form YYYY-MM-DD\.$/,
    ],
    [
      'an unknown severity name',
      { 'severity-threshold': 'severe' },
      {},
      /^Input "severity-threshold" must be one of critical, high, medium, low, negligible, unknown, got "severe"\.$/,
    ],
    [
      'a tag-only image-ref with no reachable registry',
      { 'image-ref': '127.0.0.1:1/acme/api:2.0', 'tls-verify': 'false' },
      {},
      /^Input "image-ref" is "127\.0\.0\.1:1\/acme\/api:2\.0", a tag that could not be resolved to a digest \(.*\); pin it as repository@sha256:…\.$/,
    ],
  ])('%s: one sentence, no outputs', async (_label, inputs, files, message) => {
    const result = await scan('grype-image.json', { 'image-ref': API, ...inputs }, files);
    expect(result.exitCode).toBe(1);
    const errors = result.annotations.filter((annotation) => annotation.level === 'error');
    expect(errors).toHaveLength(1);
    expect(errors[0]?.message).toMatch(message);
    expect(result.outputs).toEqual({});
  });
});

/** Pushes a one-blob image (config only) with the registry API and returns its manifest digest. */
async function pushMinimalImage(registryUrl: string, repository: string, tag: string): Promise<string> {
  const config = Buffer.from(
    JSON.stringify({ architecture: 'amd64', os: 'linux', rootfs: { type: 'layers', diff_ids: [] } }),
  );
  const configDigest = `sha256:${createHash('sha256').update(config).digest('hex')}`;
  const start = await fetch(`${registryUrl}/v2/${repository}/blobs/uploads/`, { method: 'POST' });
  expect(start.status).toBe(202);
  const location = new URL(start.headers.get('location') as string, registryUrl);
  location.searchParams.set('digest', configDigest);
  const upload = await fetch(location, {
    method: 'PUT',
    body: config,
    headers: { 'content-type': 'application/octet-stream' },
  });
  expect(upload.status).toBe(201);
  const manifest = Buffer.from(
    JSON.stringify({
      schemaVersion: 2,
      mediaType: 'application/vnd.oci.image.manifest.v1+json',
      config: { mediaType: 'application/vnd.oci.image.config.v1+json', digest: configDigest, size: config.length },
      layers: [],
    }),
  );
  const put = await fetch(`${registryUrl}/v2/${repository}/manifests/${tag}`, {
    method: 'PUT',
    body: manifest,
    headers: { 'content-type': 'application/vnd.oci.image.manifest.v1+json' },
  });
  expect(put.status).toBe(201);
  return `sha256:${createHash('sha256').update(manifest).digest('hex')}`;
}

describe('scan-image against a registry', () => {
  test('a tag-only image-ref is resolved to its digest; a report naming no digest needs allow-unbound-report', async () => {
    const registry = await startRegistry();
    try {
      const digest = await pushMinimalImage(registry.url, 'acme/api', '2.0');
      const { mkdtemp } = await import('node:fs/promises');
      const { tmpdir } = await import('node:os');
      const workspace = await mkdtemp(join(tmpdir(), 'scan-image-ws-'));
      // A report that names no digest of its own (Trivy on an image archive), so only the resolved one counts.
      await writeFile(
        join(workspace, 'report.json'),
        JSON.stringify({ SchemaVersion: 2, ArtifactName: 'api.tar', Results: [] }),
      );
      const inputs = { 'image-ref': `${registry.host}/acme/api:2.0`, report: 'report.json', 'tls-verify': 'false' };
      const refused = await runActionBundle('scan-image', inputs, { workspace });
      expect(refused.exitCode).toBe(1);
      expect(refused.stdout).toContain(
        `::error::Input "report" names no image digest, so it cannot be bound to ${digest}; scan the image itself or set allow-unbound-report: true.`,
      );
      const result = await runActionBundle('scan-image', { ...inputs, 'allow-unbound-report': 'true' }, { workspace });
      expect(result.exitCode).toBe(0);
      expect(result.outputs.verdict).toBe('pass');
      const record = readJson(result.outputs['scan-record']);
      expect(record.imageRef).toBe(`${registry.host}/acme/api@${digest}`);
      expect(record.digest).toBe(digest);
      expect(record.binding).toBe('unbound');
    } finally {
      await registry.stop();
    }
  });
});
