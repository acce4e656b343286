import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { parse } from 'yaml';
import { kustomizationFor, wantsKustomization, withoutGeneratedKustomization } from '../src/kustomization';

describe('kustomizationFor', () => {
  test('lists every YAML file, sorted, as a resource', () => {
    const text = kustomizationFor(['web-service.yaml', 'web-deployment.yaml', 'notes.txt', 'extra/config.yml']);
    expect(parse(text!)).toEqual({
      apiVersion: 'kustomize.config.k8s.io/v1beta1',
      kind: 'Kustomization',
      resources: ['extra/config.yml', 'web-deployment.yaml', 'web-service.yaml'],
    });
  });

  test.each([[['kustomization.yaml', 'a.yaml']], [['Kustomization', 'a.yaml']], [['notes.txt']], [[]]])(
    'no file for %j: the files bring their own, or there is nothing to list',
    (files) => {
      expect(kustomizationFor(files)).toBeUndefined();
    },
  );

  test('kubectl kustomize renders exactly the listed manifests', () => {
    const dir = mkdtempSync(join(tmpdir(), 'shipgate-kustomization-'));
    try {
      writeFileSync(
        join(dir, 'a-config.yaml'),
        'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: a\ndata:\n  k: v\n',
      );
      writeFileSync(
        join(dir, 'b-service.yaml'),
        'apiVersion: v1\nkind: Service\nmetadata:\n  name: b\nspec:\n  ports:\n    - port: 80\n',
      );
      writeFileSync(join(dir, 'kustomization.yaml'), kustomizationFor(['a-config.yaml', 'b-service.yaml'])!);
      const rendered = execFileSync('kubectl', ['kustomize', dir], { encoding: 'utf8' });
      const kinds = rendered.split(/^---$/m).map((doc) => (parse(doc) as { kind: string }).kind);
      expect(kinds.sort()).toEqual(['ConfigMap', 'Service']);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('wantsKustomization', () => {
  test.each([
    [undefined, { pathExists: false, hasKustomization: false }, true],
    [undefined, { pathExists: true, hasKustomization: true }, true],
    [undefined, { pathExists: true, hasKustomization: false }, false],
    [false, { pathExists: false, hasKustomization: false }, false],
    [true, { pathExists: true, hasKustomization: false }, true],
  ])('setting %s, %j → %s', (setting, target, expected) => {
    expect(wantsKustomization(setting, target)).toBe(expected);
  });
});

describe('withoutGeneratedKustomization', () => {
  const manifests = [
    { name: 'web-deployment.yaml', content: 'kind: Deployment\n' },
    { name: 'web-service.yaml', content: 'kind: Service\n' },
  ];
  const generated = {
    name: 'kustomization.yaml',
    content: kustomizationFor(manifests.map((file) => file.name)) ?? '',
  };

  test('drops the kustomization gitops-commit generated for exactly these files', () => {
    expect(withoutGeneratedKustomization([...manifests, generated])).toEqual(manifests);
    expect(withoutGeneratedKustomization(manifests)).toEqual(manifests);
  });

  test.each([
    ['a patch added', `${generated.content}patches:\n  - path: scale.yaml\n`],
    ['a resource fewer', kustomizationFor(['web-deployment.yaml']) ?? ''],
    [
      'a remote resource added',
      kustomizationFor([...manifests.map((file) => file.name), 'https://evil.example/x.yaml']) ?? '',
    ],
  ])('keeps one with %s, so it counts in the config hash', (_what, content) => {
    const edited = { name: 'kustomization.yaml', content };
    expect(withoutGeneratedKustomization([...manifests, edited])).toEqual([...manifests, edited]);
  });
});
