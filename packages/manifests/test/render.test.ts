import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createMemoryRuntime } from '@shipgate/core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { parseImagePins } from '../src/images';
import { type RenderManifestsOptions, renderManifests } from '../src/render';
import { DIGEST_A, deployment, recordingExec } from './support';

const fixtures = join(import.meta.dirname, 'fixtures');
let work: string;
beforeAll(() => {
  work = mkdtempSync(join(tmpdir(), 'shipgate-render-'));
});
afterAll(() => rmSync(work, { recursive: true, force: true }));

function plainSource(files: Record<string, string>): string {
  const root = mkdtempSync(join(work, 'src-'));
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(join(root, path, '..'), { recursive: true });
    writeFileSync(join(root, path), text);
  }
  return root;
}

function options(source: string, overrides: Partial<RenderManifestsOptions> = {}): RenderManifestsOptions {
  return {
    source,
    environment: 'dev',
    renderer: 'auto',
    pins: [],
    values: [],
    outputDir: mkdtempSync(join(work, 'out-')),
    requireDigests: false,
    ...overrides,
  };
}

describe('renderManifests with plain YAML', () => {
  const runtime = createMemoryRuntime();
  const deps = { exec: runtime.exec, log: runtime.log };

  test('writes one lowercase file per resource, namespaced ones prefixed with the namespace', async () => {
    const source = plainSource({
      'apps/web.yaml': `${deployment('Web-Frontend', `ghcr.io/acme/web:1`)}---\napiVersion: v1\nkind: Service\nmetadata: { name: web, namespace: shop }\nspec: { ports: [{ port: 80 }] }\n`,
      'rbac.yaml':
        'apiVersion: rbac.authorization.k8s.io/v1\nkind: ClusterRole\nmetadata: { name: "system:shipgate" }\nrules: []\n',
    });
    const result = await renderManifests(
      deps,
      options(source, { pins: parseImagePins([`ghcr.io/acme/web@${DIGEST_A}`]) }),
    );
    expect(result.plan.renderer).toBe('plain');
    expect(result.files).toEqual([
      'clusterrole-system_shipgate.yaml',
      'deployment-web-frontend.yaml',
      'shop-service-web.yaml',
    ]);
    expect(readdirSync(result.outputDir).sort()).toEqual([...result.files]);
    expect(readFileSync(join(result.outputDir, 'shop-service-web.yaml'), 'utf8')).toBe(
      'apiVersion: v1\nkind: Service\nmetadata:\n  name: web\n  namespace: shop\nspec:\n  ports:\n    - port: 80\n',
    );
  });

  test('a custom resource passes with a notice', async () => {
    const source = plainSource({
      'cert.yaml': 'apiVersion: cert-manager.io/v1\nkind: Certificate\nmetadata: { name: web }\nspec: {}\n',
    });
    await renderManifests(deps, options(source));
    expect(runtime.logs).toContainEqual({
      level: 'notice',
      message: 'cert-manager.io/v1/Certificate is a custom resource and passes without schema validation.',
    });
  });

  test.each([
    [
      'a plaintext Secret',
      { 'secret.yaml': 'apiVersion: v1\nkind: Secret\nmetadata: { name: db }\nstringData: { password: hunter2 }\n' },
      'Secret "db" (secret.yaml) holds plaintext stringData',
    ],
    [
      'a YAML syntax error',
      { 'broken.yaml': 'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: x\n data: 1\n' },
      'broken.yaml has a YAML syntax error at line 5, column',
    ],
    [
      'a duplicate across files',
      {
        'a.yaml': 'apiVersion: v1\nkind: ConfigMap\nmetadata: { name: c }\n',
        'b.yaml': 'apiVersion: v1\nkind: ConfigMap\nmetadata: { name: c }\n',
      },
      'ConfigMap "c" (b.yaml) duplicates ConfigMap "c" (a.yaml)',
    ],
    [
      'two resources for one file name',
      {
        'a.yaml': 'apiVersion: v1\nkind: ConfigMap\nmetadata: { name: c }\n',
        'b.yaml': 'apiVersion: example.com/v1\nkind: ConfigMap\nmetadata: { name: c }\n',
      },
      'would both be written to configmap-c.yaml',
    ],
    [
      'an image-ref that matches nothing',
      { 'web.yaml': deployment('web', 'ghcr.io/acme/web:1') },
      'matches no container image',
    ],
  ])('refuses %s and writes nothing', async (_name, files, message) => {
    const settings = options(
      plainSource(files),
      _name.startsWith('an image-ref') ? { pins: parseImagePins([`ghcr.io/acme/api@${DIGEST_A}`]) } : {},
    );
    await expect(renderManifests(deps, settings)).rejects.toThrow(message);
    expect(readdirSync(settings.outputDir)).toEqual([]);
  });

  test('a source that renders no resources is refused', async () => {
    const source = plainSource({ 'empty.yaml': '# nothing yet\n---\n' });
    await expect(renderManifests(deps, options(source))).rejects.toThrow(
      `Rendering ${source} with plain produced no Kubernetes resources.`,
    );
  });

  test('several problems: the first is thrown, the others logged as errors', async () => {
    const source = plainSource({
      'a.yaml':
        'apiVersion: v1\nkind: Secret\nmetadata: { name: a }\ndata: { k: dg== }\n---\napiVersion: v1\nkind: Secret\nmetadata: { name: b }\ndata: { k: dg== }\n',
    });
    const local = createMemoryRuntime();
    const thrown = renderManifests({ exec: local.exec, log: local.log }, options(source));
    await expect(thrown).rejects.toThrow(/holds plaintext data; .* \(and 1 more problem, listed above\)$/);
    // Each is located at its document's first line of the file, for the step's annotations.
    await expect(thrown).rejects.toMatchObject({ location: { file: join(source, 'a.yaml'), line: 1 } });
    expect(local.logs.filter((entry) => entry.level === 'error')).toEqual([
      {
        level: 'error',
        message:
          'Secret "b" (a.yaml (document 2)) holds plaintext data; commit a SealedSecret, an ExternalSecret or a SOPS-encrypted file instead.',
        properties: { file: join(source, 'a.yaml'), startLine: 6 },
      },
    ]);
  });

  test.each([
    ['a YAML syntax error', 'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: [web\n', { line: 5, column: 1 }],
    [
      'a document that is no mapping',
      'apiVersion: v1\nkind: ConfigMap\nmetadata: { name: a }\n---\n- a list\n',
      { line: 5 },
    ],
    [
      'a bad item of a List',
      'apiVersion: v1\nkind: List\nitems:\n  - apiVersion: v1\n    kind: ConfigMap\n    metadata: { name: a }\n  - just text\n',
      { line: 7 },
    ],
    [
      'a schema violation',
      'apiVersion: v1\nkind: ConfigMap\nmetadata: { name: a }\n---\n# the second\napiVersion: apps/v1\nkind: Deployment\nmetadata: { name: web }\nspec: { replicas: many }\n',
      { line: 6 },
    ],
  ])('%s in a plain manifest is located at its line of the file', async (_name, text, at) => {
    const source = plainSource({ 'deploy/web.yaml': text });
    await expect(renderManifests(deps, options(source))).rejects.toMatchObject({
      location: { file: join(source, 'deploy', 'web.yaml'), ...at },
    });
  });
});

describe('renderManifests with helm (helm-style output written here; helm is not installed)', () => {
  test('renders through helm template, names origins by template and pins the image', async () => {
    const { exec, calls } = recordingExec(readFileSync(join(fixtures, 'helm', 'template-output.yaml'), 'utf8'));
    const runtime = createMemoryRuntime();
    const result = await renderManifests(
      { exec, log: runtime.log, isOnPath: async (tool) => tool === 'helm' },
      options(join(fixtures, 'chart'), {
        environment: 'production',
        namespace: 'shop',
        requireDigests: true,
        pins: parseImagePins([`ghcr.io/acme/web@${DIGEST_A}`]),
      }),
    );
    expect(calls.map((call) => [call.command, ...call.args])).toEqual([
      [
        'helm',
        'template',
        'web',
        join(fixtures, 'chart'),
        '--include-crds',
        '--skip-tests',
        '--namespace',
        'shop',
        '--values',
        join(fixtures, 'chart', 'values-production.yaml'),
      ],
    ]);
    expect(result.files).toEqual(['shop-deployment-web.yaml', 'shop-service-web.yaml', 'shop-serviceaccount-web.yaml']);
    expect(result.images).toEqual([`ghcr.io/acme/web@${DIGEST_A}`]);
  });

  test('a guard failure names the chart template the resource came from', async () => {
    const output = `---\n# Source: web/templates/secret.yaml\napiVersion: v1\nkind: Secret\nmetadata:\n  name: web\ndata:\n  token: dG9rZW4=\n`;
    const { exec } = recordingExec(output);
    const runtime = createMemoryRuntime();
    await expect(
      renderManifests({ exec, log: runtime.log, isOnPath: async () => true }, options(join(fixtures, 'chart'))),
    ).rejects.toThrow('Secret "web" (web/templates/secret.yaml) holds plaintext data');
  });
});
