import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createMemoryRuntime } from '@shipgate/core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { runActionBundle } from '../../../test/support/run-action-bundle';
import { repoRoot } from '../../../test/support/shared-fixtures';
import { readSettings } from '../src/main';

const DIGEST_A = `sha256:${'a'.repeat(64)}`;
const DIGEST_B = `sha256:${'b'.repeat(64)}`;
const PLACEHOLDER = 'ghcr.io/acme/web';
const PUSHED = '127.0.0.1:5000/shipgate/sample-app';

describe('readSettings', () => {
  const settings = (inputs: Record<string, string>) =>
    readSettings(createMemoryRuntime({ inputs, workspace: '/ws', tempDir: '/runner-temp' }));

  test('defaults: output-dir under RUNNER_TEMP, digests required only for production, no comparison', () => {
    expect(settings({ source: 'deploy', environment: 'staging' })).toEqual({
      source: '/ws/deploy',
      environment: 'staging',
      pins: [],
      renderer: 'auto',
      values: [],
      outputDir: '/runner-temp/shipgate/rendered/staging',
      requireDigests: false,
    });
    expect(settings({ source: 'deploy', environment: 'production' }).requireDigests).toBe(true);
    expect(settings({ source: 'deploy', environment: 'production', 'require-digests': 'false' }).requireDigests).toBe(
      false,
    );
  });

  test('compare-to brings a diff file; paths resolve against the workspace', () => {
    expect(
      settings({
        source: '/abs/src',
        environment: 'dev',
        'compare-to': 'gitops/dev',
        values: 'a.yaml, b.yaml',
        namespace: 'shop',
      }),
    ).toMatchObject({
      source: '/abs/src',
      compareTo: '/ws/gitops/dev',
      diffFile: '/runner-temp/shipgate/diff/dev.diff',
      values: ['/ws/a.yaml', '/ws/b.yaml'],
      namespace: 'shop',
    });
  });

  test.each([
    [{ environment: 'dev' }, 'Input "source" is required.'],
    [{ source: 's', environment: 'prod/../x' }, 'Input "environment" must hold only letters, digits'],
    [{ source: 's', environment: 'dev', renderer: 'jsonnet' }, 'Input "renderer" must be one of'],
    [{ source: 's', environment: 'dev', 'image-ref': `${PUSHED}:1` }, 'Input "image-ref" must be pinned by digest'],
    [
      { source: 's', environment: 'dev', namespace: 'Shop' },
      'Input "namespace" must be a valid Kubernetes namespace name',
    ],
    [{ source: 's', environment: 'dev', 'require-digests': 'yes' }, 'Input "require-digests" must be true or false'],
  ])('refuses %j', (inputs, message) => {
    expect(() => settings(inputs)).toThrow(message);
  });
});

describe('the render-manifests bundle', () => {
  let workspace: string;
  beforeAll(() => {
    workspace = mkdtempSync(join(tmpdir(), 'shipgate-render-action-'));
    cpSync(join(repoRoot, 'workflows-examples', 'sample-app', 'deploy'), join(workspace, 'deploy'), {
      recursive: true,
    });
  });
  afterAll(() => rmSync(workspace, { recursive: true, force: true }));

  test('renders production, then reports an image-only change against the GitOps checkout', async () => {
    const first = await runActionBundle(
      'render-manifests',
      { source: 'deploy', environment: 'production', 'image-ref': `${PLACEHOLDER}=${PUSHED}@${DIGEST_A}` },
      { workspace },
    );
    expect(first.exitCode, first.log).toBe(0);
    // The bundled schema validator loads Node's deprecated punycode module; no warning reaches the log.
    expect(process.version).toMatch(/^v24\./);
    expect(first.stderr).not.toContain('DeprecationWarning');
    const outputDir = join(first.runnerTemp, 'shipgate', 'rendered', 'production');
    expect(first.outputs['output-dir']).toBe(outputDir);
    const files = JSON.parse(first.outputs['files-json'] ?? '[]') as string[];
    expect(first.outputs.files).toBe(files.join('\n'));
    expect(files).toContain('web-deployment-sample-app.yaml');
    expect(files).toHaveLength(4);
    expect(JSON.parse(first.outputs['image-refs-json'] ?? '')).toEqual([`${PUSHED}@${DIGEST_A}`]);
    expect(first.outputs['image-refs']).toBe(`${PUSHED}@${DIGEST_A}`);
    expect(first.outputs['config-hash']).toMatch(/^sha256:[0-9a-f]{64}$/);
    expect(first.outputs.changed).toBe('');
    expect(first.outputs['diff-file']).toBe('');
    expect(first.summary).toContain('## Rendered manifests: production');
    expect(first.summary).toContain(`Config hash: \`${first.outputs['config-hash']}\``);

    // What the GitOps repository now holds for production.
    const gitops = join(workspace, 'gitops', 'apps', 'sample-app', 'production');
    mkdirSync(gitops, { recursive: true });
    cpSync(outputDir, gitops, { recursive: true });

    const second = await runActionBundle(
      'render-manifests',
      {
        source: 'deploy',
        environment: 'production',
        'image-ref': `${PLACEHOLDER}=${PUSHED}@${DIGEST_B}`,
        'compare-to': 'gitops/apps/sample-app/production',
      },
      { workspace },
    );
    expect(second.exitCode, second.log).toBe(0);
    expect(second.outputs.changed).toBe('true');
    expect(second.outputs['config-hash']).toBe(first.outputs['config-hash']);
    const diffFile = second.outputs['diff-file'] ?? '';
    expect(readFileSync(diffFile, 'utf8')).toContain(
      `-        - image: ${PUSHED}@${DIGEST_A}\n+        - image: ${PUSHED}@${DIGEST_B}\n`,
    );
    expect(second.summary).toContain('#### Image changes');
    expect(second.summary).toContain(
      `| web-deployment-sample-app.yaml | containers[0] (web) | ${PUSHED}@${DIGEST_A} | ${PUSHED}@${DIGEST_B} |`,
    );
    expect(second.summary).toContain('None: only images changed.');
    expect(second.summary).toContain('<details><summary>Diff (');
    expect(second.summary).toContain('```diff\n');
  });

  test('fails on a guard: production without a pinned image', async () => {
    const result = await runActionBundle(
      'render-manifests',
      { source: 'deploy', environment: 'production' },
      { workspace },
    );
    expect(result.exitCode).toBe(1);
    expect(result.annotations.at(-1)?.message).toBe(
      `The image "${PLACEHOLDER}" of container "web" of Deployment "sample-app" in namespace "web" (kustomize output of overlays/production (document 3)) is not pinned by digest; pass it in "image-ref" or set "require-digests: false".`,
    );
    expect(existsSync(join(result.runnerTemp, 'shipgate', 'rendered', 'production'))).toBe(false);
  });

  const configMap = (name: string) => `apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: ${name}\n`;
  test.each([
    [
      'a plaintext Secret',
      { 'secret.yaml': 'apiVersion: v1\nkind: Secret\nmetadata:\n  name: db\nstringData:\n  password: hunter2\n' },
      'Secret "db" (secret.yaml) holds plaintext stringData; commit a SealedSecret, an ExternalSecret or a SOPS-encrypted file instead.',
    ],
    [
      'an image without a digest',
      {
        'pod.yaml':
          'apiVersion: v1\nkind: Pod\nmetadata:\n  name: p\nspec:\n  containers:\n    - name: c\n      image: ghcr.io/acme/web:1\n',
      },
      'The image "ghcr.io/acme/web:1" of container "c" of Pod "p" (pod.yaml) is not pinned by digest; pass it in "image-ref" or set "require-digests: false".',
    ],
    [
      'a duplicate resource',
      { 'a.yaml': configMap('settings'), 'b.yaml': configMap('settings') },
      'ConfigMap "settings" (b.yaml) duplicates ConfigMap "settings" (a.yaml): both are v1 ConfigMap "settings".',
    ],
    [
      'a document without a name',
      { 'a.yaml': 'apiVersion: v1\nkind: ConfigMap\n' },
      'ConfigMap (no name) (a.yaml) is missing metadata.name.',
    ],
    [
      'a YAML syntax error',
      { 'a.yaml': `${configMap('x')}data:\n  key: [unclosed\n` },
      /^a\.yaml has a YAML syntax error at line \d+, column \d+: /,
    ],
    [
      'an alias bomb',
      {
        'a.yaml':
          'a: &a [x, x, x, x, x, x, x, x, x, x]\nb: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a, *a]\nc: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b, *b]\n',
      },
      'a.yaml expands more than 100 YAML aliases, which is refused as a resource exhaustion attack.',
    ],
    [
      'a schema violation',
      { 'svc.yaml': 'apiVersion: v1\nkind: Service\nmetadata:\n  name: web\nspec:\n  ports:\n    - port: eighty\n' },
      'Service "web" (svc.yaml) does not match the v1 Service schema: spec.ports.0.port must be of type integer.',
    ],
  ])('fails on a guard: %s, naming the file and the resource', async (_name, files, message) => {
    const source = mkdtempSync(join(workspace, 'guard-'));
    for (const [name, text] of Object.entries(files)) writeFileSync(join(source, name), text);
    const result = await runActionBundle(
      'render-manifests',
      { source, environment: 'dev', 'require-digests': 'true' },
      { workspace },
    );
    expect(result.exitCode).toBe(1);
    const failure = result.annotations.at(-1);
    expect(failure?.level).toBe('error');
    if (typeof message === 'string') expect(failure?.message).toBe(message);
    else expect(failure?.message).toMatch(message);
    expect(result.log).not.toContain('hunter2');
    expect(existsSync(join(result.runnerTemp, 'shipgate', 'rendered', 'dev'))).toBe(false);
  });
});
