/**
 * What render-manifests adds on top of the renderer: pinning, guards (schema validation included),
 * config hash and writing one file per resource.
 * - `render-manifests:sample-app`: the sample app's production overlay, against bare `kubectl kustomize`.
 * - `render-manifests:plain-1000`: 1000 Deployments and 1000 Services in plain YAML, against only
 *   parsing them, re-writing them with the yaml library and writing one file each: the floor of any
 *   renderer that writes a file per resource (on this machine's disk, creating 2000 small files
 *   alone takes over a second, so a baseline without them would measure the disk, not us).
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createExec, SecretMasker, silentLogger } from '@shipgate/core';
import { parseImagePins, renderManifests } from '@shipgate/manifests';
import { parseAllDocuments, stringify } from 'yaml';
import { repoRoot } from '../support/shared-fixtures';
import { defineBenchmark } from './harness';

const DIGEST = `sha256:${'a'.repeat(64)}`;
const deps = { exec: createExec({ log: silentLogger, masker: new SecretMasker() }), log: silentLogger };

interface Context {
  work: string;
  source: string;
}

const sampleApp = defineBenchmark<Context>({
  name: 'render-manifests:sample-app',
  goal: 'under 100 ms above kubectl kustomize',
  meetsGoal: (result) => result.subject.medianMs - result.baseline.medianMs < 100,
  iterations: 15,
  warmup: 2,
  async setup() {
    const work = mkdtempSync(join(tmpdir(), 'shipgate-bench-render-'));
    return { work, source: join(repoRoot, 'workflows-examples', 'sample-app', 'deploy') };
  },
  baseline: {
    label: 'kubectl kustomize overlays/production',
    run: async ({ source }) => {
      execFileSync('kubectl', ['kustomize', join(source, 'overlays', 'production')], { stdio: 'pipe' });
    },
  },
  subject: {
    label: 'renderManifests (kustomize + pin + guards + write)',
    run: async ({ work, source }) => {
      await renderManifests(deps, {
        source,
        environment: 'production',
        renderer: 'auto',
        pins: parseImagePins([`ghcr.io/acme/web@${DIGEST}`]),
        values: [],
        outputDir: join(work, 'out'),
        requireDigests: true,
      });
    },
  },
  teardown: async ({ work }) => rmSync(work, { recursive: true, force: true }),
});

const COUNT = 1000;

const plain = defineBenchmark<Context>({
  name: 'render-manifests:plain-1000',
  goal: 'at most 3× parsing, re-writing and writing out the same YAML',
  meetsGoal: (result) => result.ratio <= 3,
  iterations: 7,
  warmup: 1,
  async setup() {
    const work = mkdtempSync(join(tmpdir(), 'shipgate-bench-plain-'));
    const source = join(work, 'source');
    mkdirSync(source);
    const documents: string[] = [];
    for (let i = 0; i < COUNT; i++) {
      documents.push(
        `apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: app-${i}\n  namespace: shop\nspec:\n  replicas: 2\n  selector:\n    matchLabels: { app: app-${i} }\n  template:\n    metadata:\n      labels: { app: app-${i} }\n    spec:\n      containers:\n        - name: app\n          image: ghcr.io/acme/app:1\n          ports: [{ containerPort: 8080 }]\n          resources: { requests: { cpu: 10m, memory: 16Mi } }\n`,
        `apiVersion: v1\nkind: Service\nmetadata:\n  name: app-${i}\n  namespace: shop\nspec:\n  selector: { app: app-${i} }\n  ports: [{ port: 80, targetPort: 8080 }]\n`,
      );
    }
    writeFileSync(join(source, 'all.yaml'), documents.join('---\n'));
    return { work, source };
  },
  baseline: {
    label: 'yaml parse + stringify + write 2000 files',
    run: async ({ work, source }) => {
      const out = join(work, 'baseline-out');
      rmSync(out, { recursive: true, force: true });
      mkdirSync(out);
      let index = 0;
      for (const document of parseAllDocuments(readFileSync(join(source, 'all.yaml'), 'utf8'))) {
        writeFileSync(join(out, `resource-${index++}.yaml`), stringify(document.toJS()));
      }
    },
  },
  subject: {
    label: 'renderManifests (plain, 2000 resources)',
    run: async ({ work, source }) => {
      const before = process.memoryUsage().rss;
      await renderManifests(deps, {
        source,
        environment: 'production',
        renderer: 'plain',
        pins: parseImagePins([`ghcr.io/acme/app@${DIGEST}`]),
        values: [],
        outputDir: join(work, 'out'),
        requireDigests: true,
      });
      return { rssGrowthMb: (process.memoryUsage().rss - before) / 2 ** 20 };
    },
  },
  teardown: async ({ work }) => rmSync(work, { recursive: true, force: true }),
});

export default [sampleApp, plain];
