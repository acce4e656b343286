import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { parseAllDocuments, parse as parseYaml } from 'yaml';
import { runActionBundle } from '../support/run-action-bundle';
import { repoRoot } from '../support/shared-fixtures';
import { evaluateExpressions, expressionData } from './workflow-expressions';

// The kit agrees with itself: the sample app, rendered by render-manifests with the inputs
// build-scan-deploy.yml gives it in repository acme/web, runs the image that workflow builds, and
// every Argo CD and Flux resource of docs/argo-cd-and-flux.md that applies the directory
// gitops-commit writes puts it in the namespace the manifests render.
const EXAMPLE = 'build-scan-deploy.yml';
const DIGEST = `sha256:${'4f1c'.repeat(16)}`;

interface Step {
  id?: string;
  uses?: string;
  with?: Record<string, unknown>;
}
const workflow = parseYaml(readFileSync(join(repoRoot, 'workflows-examples', EXAMPLE), 'utf8')) as {
  env: Record<string, string>;
  jobs: Record<string, { steps?: Step[] }>;
};

const github = { repository: 'acme/web', actor: 'octocat', token: 'ghs_example' };
const env = Object.fromEntries(
  Object.entries(workflow.env).map(([name, value]) => [name, evaluateExpressions(value, expressionData({ github }))]),
);
/** What build-image outputs for the workflow's `image`: that repository, pinned by digest. */
const builtImage = `${env.IMAGE}@${DIGEST}`;
const context = expressionData({
  github,
  env,
  vars: { GITOPS_REPOSITORY: 'acme/gitops' },
  secrets: {},
  needs: { build: { outputs: { 'image-ref': builtImage } } },
  steps: { render: { outputs: { 'output-dir': '', 'config-hash': '' } } },
});

/** Each deploy job's render-manifests and gitops-commit inputs, evaluated as the runner would. */
const deploys = Object.entries(workflow.jobs).flatMap(([job, spec]) => {
  const stepInputs = (action: string) => {
    const step = spec.steps?.find((candidate) => candidate.uses === `./actions/${action}`);
    return step
      ? Object.fromEntries(
          Object.entries(step.with ?? {}).map(([name, value]) => [name, evaluateExpressions(value, context)]),
        )
      : undefined;
  };
  const render = stepInputs('render-manifests');
  const commit = stepInputs('gitops-commit');
  if (!render || !commit) return [];
  // gitops-commit's default path.
  const path = commit.path || `apps/${commit.app}/${commit.environment}`;
  return [{ job, environment: render.environment!, render, path }];
});

interface ControllerDocument {
  kind: string;
  metadata: { name: string };
  spec: {
    generators?: Array<{ git?: { directories?: Array<{ path: string }> } }>;
    template?: { spec: { destination: { namespace?: string } } };
    source?: { path?: string };
    destination?: { namespace?: string };
    path?: string;
    targetNamespace?: string;
  };
}
/** A rendered Kubernetes resource, as far as this test reads it. */
interface Resource {
  metadata?: { namespace?: string };
  spec?: { template?: { spec?: { containers?: Array<{ image: string }> } } };
}
interface Controller {
  controller: 'argo-cd' | 'flux';
  name: string;
  namespace: string | undefined;
}
const docs = readFileSync(join(repoRoot, 'docs', 'argo-cd-and-flux.md'), 'utf8');
const controllerDocuments = [...docs.matchAll(/```yaml\n([\s\S]*?)```/g)].flatMap((match) =>
  parseAllDocuments(match[1]!).map((document) => document.toJS() as ControllerDocument),
);

const globPattern = (glob: string) =>
  new RegExp(`^${glob.replace(/[.+?^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '[^/]+')}$`);

/** An ApplicationSet's Go template for a path of the git directory generator: `index .path.segments n`, `.path.basename`. */
function applicationSetTemplate(template: string, path: string): string {
  const segments = path.split('/');
  const value = template
    .replace(/\{\{\s*index \.path\.segments (\d+)\s*\}\}/g, (_, index: string) => segments[Number(index)] ?? '')
    .replace(/\{\{\s*\.path\.basename\s*\}\}/g, segments.at(-1) ?? '');
  expect(value, `an ApplicationSet template this test cannot evaluate: ${template}`).not.toContain('{{');
  return value;
}

/** The controller resources that apply `path`, each with the namespace it puts the app in. */
function controllersOf(path: string): Controller[] {
  return controllerDocuments.flatMap((document): Controller[] => {
    const spec = document.spec;
    const name = `${document.kind} ${document.metadata.name}`;
    if (document.kind === 'ApplicationSet') {
      const patterns = (spec.generators ?? []).flatMap(
        (generator) => generator.git?.directories?.map((directory) => directory.path) ?? [],
      );
      if (!patterns.some((pattern) => globPattern(pattern).test(path))) return [];
      const namespace = applicationSetTemplate(String(spec.template?.spec.destination.namespace), path);
      return [{ controller: 'argo-cd', name, namespace }];
    }
    if (document.kind === 'Application' && spec.source?.path === path) {
      return [{ controller: 'argo-cd', name, namespace: spec.destination?.namespace }];
    }
    if (document.kind === 'Kustomization' && spec.path === `./${path}`) {
      return [{ controller: 'flux', name, namespace: spec.targetNamespace }];
    }
    return [];
  });
}

describe(`the sample app, rendered with ${EXAMPLE}'s inputs`, () => {
  let workspace: string;
  const rendered = new Map<string, Resource[]>();

  beforeAll(async () => {
    // The app repository's checkout: the sample app's deploy/, and the GitOps checkout the
    // production job makes for its diff (empty before the first deploy).
    workspace = mkdtempSync(join(tmpdir(), 'shipgate-sample-app-agreement-'));
    cpSync(join(repoRoot, 'workflows-examples', 'sample-app', 'deploy'), join(workspace, 'deploy'), {
      recursive: true,
    });
    for (const { environment, render } of deploys) {
      const result = await runActionBundle('render-manifests', render, { workspace });
      expect(result.exitCode, result.log).toBe(0);
      const outputDir = result.outputs['output-dir']!;
      rendered.set(
        environment,
        readdirSync(outputDir).flatMap((file) =>
          parseAllDocuments(readFileSync(join(outputDir, file), 'utf8')).map((document) => document.toJS() as Resource),
        ),
      );
    }
  }, 120_000);
  afterAll(() => rmSync(workspace, { recursive: true, force: true }));

  test('the example deploys dev, staging and production, each to apps/web/<environment>', () => {
    expect(deploys.map(({ environment, path }) => [environment, path])).toEqual([
      ['dev', 'apps/web/dev'],
      ['staging', 'apps/web/staging'],
      ['production', 'apps/web/production'],
    ]);
  });

  test('every container runs the image the example builds, pinned by digest', () => {
    expect(env.IMAGE).toBe('ghcr.io/acme/web');
    for (const [environment, resources] of rendered) {
      const images = resources.flatMap((resource) =>
        (resource.spec?.template?.spec?.containers ?? []).map((container) => container.image),
      );
      expect(images, environment).toEqual([builtImage]);
    }
  });

  test.each(['dev', 'staging', 'production'])('%s: every resource is in one namespace, the app’s', (environment) => {
    const namespaces = new Set(rendered.get(environment)?.map((resource) => resource.metadata?.namespace));
    expect([...namespaces]).toEqual(['web']);
  });

  test.each(['staging', 'production'])(
    '%s: Argo CD and Flux apply the directory into the namespace it renders',
    (environment) => {
      const { path } = deploys.find((deploy) => deploy.environment === environment)!;
      const renderedNamespace = rendered.get(environment)?.[0]?.metadata?.namespace;
      const controllers = controllersOf(path);
      expect(new Set(controllers.map((entry) => entry.controller))).toEqual(new Set(['argo-cd', 'flux']));
      for (const entry of controllers) expect(entry.namespace, entry.name).toBe(renderedNamespace);
    },
  );

  test('the check is not vacuous: a directory the documents do not apply has no controller, a mismatch is seen', () => {
    expect(controllersOf('apps/web/qa')).toEqual([]);
    expect(applicationSetTemplate('{{index .path.segments 1}}-{{index .path.segments 2}}', 'apps/web/staging')).toBe(
      'web-staging',
    );
    expect(controllersOf('apps/api/staging').map((entry) => entry.namespace)).toEqual(['api']);
  });
});
