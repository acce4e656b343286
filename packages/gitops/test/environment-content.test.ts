import { execFile } from 'node:child_process';
import { mkdir, mkdtemp, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { promisify } from 'node:util';
import type { Git } from '@shipgate/git';
import { inspectCommittedFiles } from '@shipgate/manifests';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import {
  type EnvironmentEntry,
  environmentContentProblem,
  readDirectoryEntries,
  readEnvironmentEntriesAt,
} from '../src/environment-content';
import { kustomizationFor } from '../src/kustomization';

const run = promisify(execFile);
const IMAGE = `ghcr.io/acme/web@sha256:${'a'.repeat(64)}`;
const EVIL = `ghcr.io/mallory/miner@sha256:${'e'.repeat(64)}`;
const DEPLOYMENT = `apiVersion: apps/v1
kind: Deployment
metadata:
  name: web
spec:
  selector:
    matchLabels: { app: web }
  template:
    metadata:
      labels: { app: web }
    spec:
      containers:
        - name: web
          image: ${IMAGE}
`;
const SERVICE = 'apiVersion: v1\nkind: Service\nmetadata:\n  name: web\nspec:\n  ports: [{ port: 80 }]\n';
const OVERRIDE = `apiVersion: kustomize.config.k8s.io/v1beta1
kind: Kustomization
resources:
  - deployment.yaml
images:
  - name: ghcr.io/acme/web
    newName: ghcr.io/mallory/miner
    digest: sha256:${'e'.repeat(64)}
`;

const file = (path: string, content: string, mode = '100644'): EnvironmentEntry => ({ path, mode, content });
const rendered = [file('deployment.yaml', DEPLOYMENT), file('service.yaml', SERVICE)];
const generated = file('kustomization.yaml', kustomizationFor(['deployment.yaml', 'service.yaml'])!);

describe('the attack: a kustomization runs another image than the hashed manifests name', () => {
  let dir: string;
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'environment-content-'));
  });
  afterAll(async () => rm(dir, { recursive: true, force: true }));

  const write = async (files: Record<string, string>) => {
    const path = await mkdtemp(join(dir, 'env-'));
    for (const [name, content] of Object.entries(files)) {
      await mkdir(dirname(join(path, name)), { recursive: true });
      await writeFile(join(path, name), content);
    }
    return path;
  };
  const kustomize = async (path: string) => (await run('kubectl', ['kustomize', path])).stdout;

  test('kubectl kustomize applies the override the hash never saw; the content check refuses it', async () => {
    const path = await write({ 'deployment.yaml': DEPLOYMENT, 'kustomization.yaml': OVERRIDE });
    const hashed = await inspectCommittedFiles([{ name: 'deployment.yaml', content: DEPLOYMENT }]);
    expect(hashed.images).toEqual([IMAGE]);
    const applied = await kustomize(path);
    expect(applied).toContain(`image: ${EVIL}`);
    expect(applied).not.toContain(IMAGE);
    expect(environmentContentProblem(await readDirectoryEntries(path))).toBe(
      'kustomization.yaml is not the listing gitops-commit generates for the files (an edited kustomization, with images, patches or other resources, changes what is applied)',
    );
  });

  test('a base outside the directory (`../`) is applied too; refused', async () => {
    const outside = await write({
      'miner.yaml': DEPLOYMENT.replace(IMAGE, EVIL).replace('name: web', 'name: miner'),
      'kustomization.yaml': kustomizationFor(['miner.yaml'])!,
    });
    const listing = `${kustomizationFor(['deployment.yaml'])!}  - ../${outside.split('/').at(-1)}\n`;
    const path = await write({ 'deployment.yaml': DEPLOYMENT, 'kustomization.yaml': listing });
    expect(await kustomize(path)).toContain(`image: ${EVIL}`);
    expect(environmentContentProblem(await readDirectoryEntries(path))).toMatch(
      /^kustomization\.yaml is not the listing/,
    );
  });

  test('the generated listing renders exactly the committed manifests; accepted', async () => {
    const path = await write({
      'deployment.yaml': DEPLOYMENT,
      'service.yaml': SERVICE,
      'kustomization.yaml': generated.content,
    });
    const applied = await kustomize(path);
    expect(applied).toContain(`image: ${IMAGE}`);
    expect(applied).not.toContain('mallory');
    expect(environmentContentProblem(await readDirectoryEntries(path))).toBeUndefined();
  });

  test('entries from disk carry git modes: a symlink is 120000 with its target, never followed', async () => {
    const path = await write({ 'deployment.yaml': DEPLOYMENT });
    await symlink('deployment.yaml', join(path, 'alias.yaml'));
    expect(await readDirectoryEntries(path)).toEqual([
      { path: 'alias.yaml', mode: '120000', content: 'deployment.yaml' },
      { path: 'deployment.yaml', mode: '100644', content: DEPLOYMENT },
    ]);
    expect(environmentContentProblem(await readDirectoryEntries(path))).toMatch(/^alias\.yaml is a symlink/);
  });
});

describe('environmentContentProblem: one member of the class each', () => {
  const component = 'apiVersion: kustomize.config.k8s.io/v1alpha1\nkind: Component\nimages: []\n';
  test.each<[string, EnvironmentEntry[], RegExp]>([
    [
      'an edited listing (one more resource)',
      [...rendered, file('kustomization.yaml', `${generated.content}  - https://example.com/x.yaml\n`)],
      /^kustomization\.yaml is not the listing/,
    ],
    [
      'a listing missing a file',
      [...rendered, file('kustomization.yaml', kustomizationFor(['deployment.yaml'])!)],
      /^kustomization\.yaml is not the listing/,
    ],
    [
      'kustomization.yml',
      [...rendered, file('kustomization.yml', generated.content)],
      /^kustomization\.yml is a kustomization other than the generated/,
    ],
    [
      'Kustomization',
      [...rendered, file('Kustomization', generated.content)],
      /^Kustomization is a kustomization other than/,
    ],
    [
      'a nested kustomization.yaml',
      [...rendered, file('base/kustomization.yaml', generated.content)],
      /^base\/kustomization\.yaml is a kustomization other than/,
    ],
    [
      'a Kustomization document in a manifest',
      [...rendered, file('zz.yaml', OVERRIDE)],
      /^zz\.yaml is a Kustomization \(kustomize\.config\.k8s\.io\/v1beta1\)/,
    ],
    [
      'a Component document',
      [...rendered, file('zz.yaml', `${SERVICE}---\n${component}`)],
      /^zz\.yaml \(document 2\) is a Component/,
    ],
    [
      'a Flux Kustomization',
      [
        ...rendered,
        file('flux.yaml', 'apiVersion: kustomize.toolkit.fluxcd.io/v1\nkind: Kustomization\nmetadata: { name: x }\n'),
      ],
      /^flux\.yaml is a Kustomization/,
    ],
    [
      'a Kustomization inside a List',
      [
        ...rendered,
        file(
          'list.yaml',
          `apiVersion: v1\nkind: List\nitems:\n  - apiVersion: kustomize.config.k8s.io/v1beta1\n    kind: Kustomization\n`,
        ),
      ],
      /^list\.yaml, item 1 is a Kustomization/,
    ],
    ['a symlink', [...rendered, file('alias.yaml', 'deployment.yaml', '120000')], /^alias\.yaml is a symlink/],
    ['a symlinked directory', [...rendered, file('more', '../../other', '120000')], /^more is a symlink/],
    ['a submodule', [...rendered, file('vendor', '', '160000')], /^vendor is a submodule/],
    [
      'a .json manifest (Argo CD applies it)',
      [...rendered, file('extra.json', '{"apiVersion":"v1","kind":"ConfigMap"}')],
      /^extra\.json is not a \.yaml or \.yml file/,
    ],
    ['a .jsonnet file', [...rendered, file('main.jsonnet', '{}')], /^main\.jsonnet is not a \.yaml/],
    [
      'a hidden file',
      [...rendered, file('.argocd-source-web.yaml', 'kustomize:\n  images: [x]\n')],
      /^\.argocd-source-web\.yaml is a hidden file/,
    ],
    [
      'a file in a hidden directory',
      [...rendered, file('.config/a.yaml', SERVICE)],
      /^\.config\/a\.yaml is a hidden file/,
    ],
    ['a YAML syntax error', [...rendered, file('x.yaml', 'a: [\n')], /^x\.yaml is not valid YAML/],
    [
      'kind: Kustomization without apiVersion',
      [...rendered, file('x.yaml', 'kind: Kustomization\nimages: [x]\n')],
      /^x\.yaml is a Kustomization, which/,
    ],
    [
      'a Helm chart (Argo CD renders it with its values)',
      [...rendered, file('Chart.yaml', 'apiVersion: v2\nkind: Chart\nname: web\nversion: 1.0.0\n')],
      /^Chart\.yaml is a Helm chart file/,
    ],
    [
      'a values file',
      [...rendered, file('values.yaml', `image: ${EVIL}\n`)],
      /^values\.yaml is not a Kubernetes resource/,
    ],
    [
      'a mapping without apiVersion',
      [...rendered, file('x.yaml', 'kind: ConfigMap\n')],
      /^x\.yaml is not a Kubernetes resource/,
    ],
    ['a sequence', [...rendered, file('x.yaml', '- a\n- b\n')], /^x\.yaml is not a Kubernetes resource/],
  ])('%s is refused', (_name, entries, expected) => {
    expect(environmentContentProblem(entries)).toMatch(expected);
  });

  test.each<[string, EnvironmentEntry[]]>([
    ['rendered manifests alone', rendered],
    ['with the generated listing', [...rendered, generated]],
    [
      'an executable file and trees (git modes 100755, 040000)',
      [file('deployment.yaml', DEPLOYMENT, '100755'), file('sub', '', '040000')],
    ],
    ['several documents and a List of resources', [file('all.yml', `${SERVICE}---\n${DEPLOYMENT}`)]],
    ['nothing (a removal)', []],
    [
      'an empty file and a scalar placeholder (the sync fails; no tool reads it)',
      [file('empty.yaml', ''), file('app.yaml', 'web\n')],
    ],
  ])('%s is accepted', (_name, entries) => {
    expect(environmentContentProblem(entries)).toBeUndefined();
  });
});

describe('readEnvironmentEntriesAt: the verifier reads entries with git modes', () => {
  test('a submodule and a symlink committed to an environment path are seen as such, and refused', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'environment-entries-'));
    const git = (args: string[]) =>
      run('git', ['-c', 'user.name=t', '-c', 'user.email=t@example.com', ...args], { cwd: dir });
    await git(['init', '-q']);
    await mkdir(join(dir, 'apps/web/staging'), { recursive: true });
    await writeFile(join(dir, 'apps/web/staging/deployment.yaml'), DEPLOYMENT);
    await symlink('../production/secret.yaml', join(dir, 'apps/web/staging/prod.yaml'));
    await git(['add', '.']);
    await git(['update-index', '--add', '--cacheinfo', `160000,${'1'.repeat(40)},apps/web/staging/vendor`]);
    await git(['commit', '-q', '-m', 'deploy']);
    const seam: Git = async (args, options) => {
      try {
        const { stdout, stderr } = await run('git', [...args], { cwd: dir, encoding: 'utf8' });
        return { exitCode: 0, stdout, stderr };
      } catch (error) {
        if (!options?.ignoreReturnCode) throw error;
        return { exitCode: 1, stdout: '', stderr: String(error) };
      }
    };
    const entries = await readEnvironmentEntriesAt(seam, 'HEAD', 'apps/web/staging');
    expect(entries).toEqual([
      { path: 'deployment.yaml', mode: '100644', content: DEPLOYMENT },
      { path: 'prod.yaml', mode: '120000', content: '../production/secret.yaml' },
      { path: 'vendor', mode: '160000', content: '' },
    ]);
    expect(environmentContentProblem(entries)).toMatch(/^prod\.yaml is a symlink/);
    expect(environmentContentProblem(entries.filter((entry) => entry.mode !== '120000'))).toMatch(
      /^vendor is a submodule/,
    );
    expect(await readEnvironmentEntriesAt(seam, 'HEAD', 'apps/web/missing')).toEqual([]);
    await rm(dir, { recursive: true, force: true });
  });
});
