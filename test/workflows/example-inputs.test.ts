import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { data } from '@actions/expressions';
import { createMemoryRuntime, type Runtime } from '@shipgate/core';
import { describe, expect, test } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { readSettings as buildImageSettings } from '../../actions/build-image/src/main';
import { readSettings as renderManifestsSettings } from '../../actions/render-manifests/src/main';
import { readSettings as scanImageSettings } from '../../actions/scan-image/src/main';
import { repoRoot } from '../support/shared-fixtures';
import { evaluateExpressions as evaluate, expressionData } from './workflow-expressions';

// Each example's `with:` values, with their expressions evaluated by GitHub's own expression
// evaluator, go through the action's own input validation (its readSettings), as on a runner. The
// repository owner is deliberately mixed-case: `ghcr.io/${{ github.repository }}` must still work.
const validators: Record<string, (runtime: Runtime) => unknown> = {
  'build-image': buildImageSettings,
  'render-manifests': renderManifestsSettings,
  'scan-image': scanImageSettings,
};

const DIGEST = `sha256:${'a'.repeat(64)}`;
/** What a step's or job's output looks like, by output name. */
const SAMPLE_OUTPUTS: Record<string, string> = {
  'image-ref': `ghcr.io/codertocat/hello-world@${DIGEST}`,
  digest: DIGEST,
  'config-hash': `sha256:${'b'.repeat(64)}`,
  'output-dir': '/runner/temp/shipgate/rendered/production',
  'diff-file': '/runner/temp/shipgate/diff/production.diff',
  'scan-record': '/runner/temp/scan-record.json',
  'sarif-file': '/runner/temp/results.sarif',
  'approval-record': '/runner/temp/approval.json',
  verdict: 'pass',
  source: `Codertocat/Hello-World@${'c'.repeat(40)}`,
  'source-time': '2026-11-30T12:00:00Z',
  scan: 'pass; trivy 0.58.1; critical=0 high=0',
};
/** workflow_call / workflow_dispatch inputs without a default, as the examples' callers pass them. */
const CALLER_INPUTS: Record<string, string> = {
  app: 'web',
  image: 'ghcr.io/Codertocat/Hello-World',
  'gitops-repository': 'Codertocat/gitops',
  environment: 'production',
  'from-environment': 'staging',
  'to-environment': 'production',
  to: 'previous',
  reason: 'error rate',
};

interface Step {
  id?: string;
  uses?: string;
  with?: Record<string, unknown>;
}
interface Workflow {
  on: Record<string, { inputs?: Record<string, { default?: unknown }> } | null>;
  env?: Record<string, string>;
  jobs: Record<string, { env?: Record<string, string>; steps?: Step[] }>;
}

/** The contexts a step's `with:` sees; every step's and job's outputs get the sample values. */
function contexts(workflow: Workflow, env: Record<string, string>): data.Dictionary {
  const inputs: Record<string, unknown> = { ...CALLER_INPUTS };
  for (const trigger of Object.values(workflow.on ?? {})) {
    for (const [name, spec] of Object.entries(trigger?.inputs ?? {})) {
      if (spec.default !== undefined) inputs[name] = spec.default;
    }
  }
  const ids = [
    'build',
    'scan',
    'render',
    'approval',
    'commit',
    'promote',
    'target',
    'rollback',
    'report',
    'production',
  ];
  const outputs = Object.fromEntries(ids.map((id) => [id, { outputs: SAMPLE_OUTPUTS }]));
  return expressionData({
    github: { repository: 'Codertocat/Hello-World', actor: 'Codertocat', token: 'ghs_example', sha: 'c'.repeat(40) },
    secrets: { GITOPS_TOKEN: 'secret-value', 'gitops-token': 'secret-value', GITHUB_TOKEN: 'ghs_example' },
    vars: { GITOPS_REPOSITORY: 'Codertocat/gitops' },
    inputs,
    env,
    steps: outputs,
    needs: outputs,
    jobs: outputs,
  });
}

const examples = readdirSync(join(repoRoot, 'workflows-examples')).filter((file) => file.endsWith('.yml'));

/** The steps of one example that use an action with a `readSettings` to check. */
function checkedSteps(file: string) {
  const workflow = parseYaml(readFileSync(join(repoRoot, 'workflows-examples', file), 'utf8')) as Workflow;
  const steps = Object.entries(workflow.jobs).flatMap(([job, spec]) =>
    (spec.steps ?? []).flatMap((step) => {
      const action = step.uses?.replace(/^\.\/actions\//, '');
      return action && validators[action] ? [{ job, step, action, env: { ...workflow.env, ...spec.env } }] : [];
    }),
  );
  return { file, workflow, steps };
}

// Examples without such a step (rollback, deployment-report, the GitOps repository's verify) have
// nothing to check here; the ones that build, scan and render must be there.
const checked = examples.map(checkedSteps).filter((example) => example.steps.length > 0);

test('the examples that build, scan or render are all checked', () => {
  expect(checked.map((example) => example.file)).toEqual(
    expect.arrayContaining(['build-scan-deploy.yml', 'pipeline.yml']),
  );
});

describe.each(checked)('$file', ({ file, workflow, steps }) => {
  test("every build-image, render-manifests and scan-image step's inputs pass the action's validation", () => {
    for (const { job, step, action, env } of steps) {
      const baseContext = contexts(workflow, {});
      const jobEnv = Object.fromEntries(
        Object.entries(env).map(([name, value]) => [name, evaluate(value, baseContext)]),
      );
      const context = contexts(workflow, jobEnv);
      const inputs = Object.fromEntries(
        Object.entries(step.with ?? {}).map(([name, value]) => [name, evaluate(value, context)]),
      );
      const runtime = createMemoryRuntime({ inputs, workspace: '/workspace', tempDir: '/runner/temp' });
      expect(() => validators[action]!(runtime), `${file}: jobs.${job} step ${step.id ?? action}`).not.toThrow();
      if (action === 'render-manifests' && inputs['compare-to']) {
        // The diff approvers see must be against this environment's directory, not the checkout root.
        expect(inputs['compare-to'], `${file}: jobs.${job}`).toBe(`gitops/apps/web/${inputs.environment}`);
      }
    }
  });
});

test('the expressions are evaluated, not passed through', () => {
  const context = contexts({ on: {}, jobs: {} }, { IMAGE: 'ghcr.io/Codertocat/Hello-World' });
  expect(evaluate(`\${{ env.IMAGE }}`, context)).toBe('ghcr.io/Codertocat/Hello-World');
  expect(evaluate(`\${{ inputs.environment == 'production' }}`, context)).toBe('true');
  expect(evaluate(`x-\${{ needs.build.outputs.image-ref }}`, context)).toBe(`x-${SAMPLE_OUTPUTS['image-ref']}`);
});
