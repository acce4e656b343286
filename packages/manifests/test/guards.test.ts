import { describe, expect, test } from 'vitest';
import { checkManifests } from '../src/guards';
import { DIGEST_A, deployment, resources } from './support';

const check = (yaml: string, requireDigests = false) => checkManifests(resources(yaml, 'app.yaml'), { requireDigests });

describe('checkManifests', () => {
  test('a clean set of manifests passes', async () => {
    const report = await check(
      `${deployment('web', `ghcr.io/acme/web@${DIGEST_A}`)}---
apiVersion: v1
kind: Service
metadata: { name: web }
spec: { ports: [{ port: 80 }] }
`,
      true,
    );
    expect(report).toEqual({ problems: [], located: [], unvalidatedKinds: [] });
  });

  test.each([
    ['data', 'data: { password: aHVudGVyMg== }'],
    ['stringData', 'stringData: { password: hunter2 }'],
  ])('refuses a Secret with %s, naming the file and the resource', async (field, body) => {
    const report = await check(`apiVersion: v1\nkind: Secret\nmetadata: { name: db, namespace: shop }\n${body}\n`);
    expect(report.problems).toEqual([
      `Secret "db" in namespace "shop" (app.yaml) holds plaintext ${field}; commit a SealedSecret, an ExternalSecret or a SOPS-encrypted file instead.`,
    ]);
  });

  test.each([
    [
      'a SealedSecret',
      'apiVersion: bitnami.com/v1alpha1\nkind: SealedSecret\nmetadata: { name: db }\nspec: { encryptedData: { password: AgB= } }\n',
    ],
    [
      'an ExternalSecret',
      'apiVersion: external-secrets.io/v1beta1\nkind: ExternalSecret\nmetadata: { name: db }\nspec: { data: [] }\n',
    ],
    [
      'a SOPS-encrypted Secret',
      'apiVersion: v1\nkind: Secret\nmetadata: { name: db }\ndata: { password: "ENC[AES256_GCM,data:abc=,type:str]" }\nsops: { version: 3.9.0, lastmodified: "2026-01-01T00:00:00Z", mac: "ENC[x]" }\n',
    ],
    [
      'a Secret without data',
      'apiVersion: v1\nkind: Secret\nmetadata: { name: token }\ntype: kubernetes.io/service-account-token\n',
    ],
  ])('accepts %s', async (_name, yaml) => {
    expect((await check(yaml)).problems).toEqual([]);
  });

  test('refuses an image without a digest when digests are required', async () => {
    const report = await check(deployment('web', 'ghcr.io/acme/web:1.2'), true);
    expect(report.problems).toEqual([
      'The image "ghcr.io/acme/web:1.2" of container "app" of Deployment "web" (app.yaml) is not pinned by digest; pass it in "image-ref" or set "require-digests: false".',
    ]);
    expect((await check(deployment('web', 'ghcr.io/acme/web:1.2'), false)).problems).toEqual([]);
  });

  test('refuses an invalid image reference', async () => {
    expect((await check(deployment('web', 'GHCR.io/Acme/Web'))).problems[0]).toMatch(
      /^The image "GHCR.io\/Acme\/Web" of container "app" of Deployment "web" \(app.yaml\) is invalid/,
    );
  });

  test('refuses two resources with the same apiVersion, kind, namespace and name', async () => {
    const report = await check(
      `apiVersion: v1\nkind: ConfigMap\nmetadata: { name: cfg }\n---\napiVersion: v1\nkind: ConfigMap\nmetadata: { name: cfg }\n`,
    );
    expect(report.problems).toEqual([
      'ConfigMap "cfg" (app.yaml (document 2)) duplicates ConfigMap "cfg" (app.yaml (document 1)): both are v1 ConfigMap "cfg".',
    ]);
  });

  test('the same name in two namespaces is not a duplicate', async () => {
    const report = await check(
      `apiVersion: v1\nkind: ConfigMap\nmetadata: { name: cfg, namespace: a }\n---\napiVersion: v1\nkind: ConfigMap\nmetadata: { name: cfg, namespace: b }\n`,
    );
    expect(report.problems).toEqual([]);
  });

  test.each([
    ['apiVersion', 'kind: ConfigMap\nmetadata: { name: cfg }\n', 'ConfigMap "cfg" (app.yaml) is missing apiVersion.'],
    ['kind', 'apiVersion: v1\nmetadata: { name: cfg }\n', 'resource "cfg" (app.yaml) is missing kind.'],
    [
      'metadata.name',
      'apiVersion: v1\nkind: ConfigMap\nmetadata: { labels: { a: b } }\n',
      'ConfigMap (no name) (app.yaml) is missing metadata.name.',
    ],
  ])('refuses a document missing %s', async (_field, yaml, message) => {
    expect((await check(yaml)).problems).toEqual([message]);
  });

  test('validates built-in kinds against their schema', async () => {
    const report = await check(`apiVersion: apps/v1
kind: Deployment
metadata: { name: web }
spec:
  replicas: three
  template:
    spec:
      containers:
        - image: ghcr.io/acme/web@${DIGEST_A}
`);
    expect(report.problems).toEqual([
      'Deployment "web" (app.yaml) does not match the apps/v1 Deployment schema: spec.selector is required; spec.replicas must be of type integer; spec.template.spec.containers.0.name is required.',
    ]);
  });

  test('custom resources pass unvalidated and are reported as such', async () => {
    const report = await check(
      `apiVersion: cert-manager.io/v1\nkind: Certificate\nmetadata: { name: web }\nspec: { anything: goes }\n`,
    );
    expect(report).toEqual({ problems: [], located: [], unvalidatedKinds: ['cert-manager.io/v1/Certificate'] });
  });
});
