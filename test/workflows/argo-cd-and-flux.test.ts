import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Application, ApplicationSet } from '@kubernetes-models/argo-cd/argoproj.io/v1alpha1';
import { Kustomization } from '@kubernetes-models/flux-cd/kustomize.toolkit.fluxcd.io/v1';
import { GitRepository } from '@kubernetes-models/flux-cd/source.toolkit.fluxcd.io/v1';
import { kustomizationFor } from '@shipgate/gitops';
import { describe, expect, test } from 'vitest';
import { parseAllDocuments } from 'yaml';
import { repoRoot } from '../support/shared-fixtures';

// Every YAML block of docs/argo-cd-and-flux.md, validated against the controllers' CRD schemas.
const docs = readFileSync(join(repoRoot, 'docs', 'argo-cd-and-flux.md'), 'utf8');
const documents = [...docs.matchAll(/```yaml\n([\s\S]*?)```/g)].flatMap((match) =>
  parseAllDocuments(match[1]!).map((document) => document.toJS() as Record<string, unknown> & { kind: string }),
);
const models: Record<string, new (data: never) => { validate(): void }> = {
  'argoproj.io/v1alpha1 ApplicationSet': ApplicationSet,
  'argoproj.io/v1alpha1 Application': Application,
  'kustomize.toolkit.fluxcd.io/v1 Kustomization': Kustomization,
  'source.toolkit.fluxcd.io/v1 GitRepository': GitRepository,
};

describe('docs/argo-cd-and-flux.md', () => {
  test('has an ApplicationSet, an Application, a GitRepository and a Kustomization per environment', () => {
    const kinds = documents.map((document) => `${document.apiVersion} ${document.kind}`);
    expect(kinds).toEqual(
      expect.arrayContaining([
        'argoproj.io/v1alpha1 ApplicationSet',
        'argoproj.io/v1alpha1 Application',
        'source.toolkit.fluxcd.io/v1 GitRepository',
      ]),
    );
    const fluxPaths = documents
      .filter((document) => document.kind === 'Kustomization')
      .map((document) => (document.spec as { path: string }).path);
    expect(fluxPaths).toEqual(['./apps/web/staging', './apps/web/production']);
  });

  test.each(
    documents.map(
      (document) =>
        [`${document.apiVersion} ${document.kind} ${(document.metadata as { name: string }).name}`, document] as const,
    ),
  )('%s passes its CRD schema', (key, document) => {
    const Model = models[key.split(' ').slice(0, 2).join(' ')];
    expect(Model, key).toBeDefined();
    expect(() => new Model!(document as never).validate()).not.toThrow();
  });

  test('the schema check is not vacuous: a misspelt field fails', () => {
    const applicationSet = documents.find((document) => document.kind === 'ApplicationSet')!;
    const broken = { ...applicationSet, spec: { ...(applicationSet.spec as object), generators: 'apps/*' } };
    expect(() => new ApplicationSet(broken as never).validate()).toThrow();
  });

  test("the ApplicationSet's directory generator matches the paths gitops-commit writes", () => {
    const applicationSet = documents.find((document) => document.kind === 'ApplicationSet')!;
    const spec = applicationSet.spec as { generators: Array<{ git: { directories: Array<{ path: string }> } }> };
    const pattern = spec.generators[0]!.git.directories[0]!.path;
    expect(pattern).toBe('apps/*/staging');
    // Each matched directory builds with kustomize, as Argo CD and Flux build it.
    const root = mkdtempSync(join(tmpdir(), 'shipgate-argo-'));
    try {
      const dir = join(root, 'apps', 'web', 'staging');
      mkdirSync(dir, { recursive: true });
      writeFileSync(join(dir, 'web-deployment.yaml'), 'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: web\n');
      writeFileSync(join(dir, 'kustomization.yaml'), kustomizationFor(['web-deployment.yaml'])!);
      expect(execFileSync('kubectl', ['kustomize', dir], { encoding: 'utf8' })).toContain('name: web');
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });
});
