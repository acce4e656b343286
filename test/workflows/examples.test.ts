import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { convertWorkflowTemplate, NoOperationTraceWriter, parseWorkflow } from '@actions/workflow-parser';
import { describe, expect, test } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { repoRoot } from '../support/shared-fixtures';

// The app repository's examples, and the GitOps repository template's workflows: both are copied
// as they are, and both say `./actions/<name>` so that they are checked against the actions here.
const templateWorkflows = join('templates', 'gitops-repo', '.github', 'workflows');
const exampleFiles = [
  ...readdirSync(join(repoRoot, 'workflows-examples'))
    .filter((file) => file.endsWith('.yml'))
    .map((file) => join('workflows-examples', file)),
  ...readdirSync(join(repoRoot, templateWorkflows))
    .filter((file) => file.endsWith('.yml'))
    .map((file) => join(templateWorkflows, file)),
].sort();

const expectedExamples = [
  'templates/gitops-repo/.github/workflows/verify-deployments.yml',
  'workflows-examples/build-scan-deploy.yml',
  'workflows-examples/deployment-report.yml',
  'workflows-examples/issue-approval.yml',
  'workflows-examples/pipeline.yml',
  'workflows-examples/promote.yml',
  'workflows-examples/rollback.yml',
];

interface ActionManifest {
  inputs?: Record<string, { required?: boolean; default?: unknown }>;
  outputs?: Record<string, unknown>;
}

interface Step {
  id?: string;
  uses?: string;
  with?: Record<string, unknown>;
}

interface Job {
  steps?: Step[];
  outputs?: Record<string, string>;
  needs?: string | string[];
  uses?: string;
  with?: Record<string, unknown>;
}

interface Workflow {
  on: Record<string, unknown> | string;
  jobs: Record<string, Job>;
}

function readManifest(name: string): ActionManifest | undefined {
  const path = join(repoRoot, 'actions', name, 'action.yml');
  return existsSync(path) ? (parseYaml(readFileSync(path, 'utf8')) as ActionManifest) : undefined;
}

function readExample(file: string): { content: string; workflow: Workflow } {
  const content = readFileSync(join(repoRoot, file), 'utf8');
  return { content, workflow: parseYaml(content) as Workflow };
}

/** Every `<context>.<id>.outputs.<name>` reference in a piece of the workflow, e.g. steps.build.outputs.digest. */
function outputReferences(value: unknown, context: 'steps' | 'needs'): Array<{ id: string; output: string }> {
  const text = JSON.stringify(value ?? null);
  const pattern = new RegExp(`\\b${context}\\.([A-Za-z0-9_-]+)\\.outputs\\.([A-Za-z0-9_-]+)`, 'g');
  return [...text.matchAll(pattern)].map((match) => ({ id: match[1]!, output: match[2]! }));
}

function localActionSteps(workflow: Workflow): Array<{ job: string; step: Step; action: string }> {
  return Object.entries(workflow.jobs).flatMap(([job, spec]) =>
    (spec.steps ?? []).flatMap((step) =>
      step.uses?.startsWith('./actions/') ? [{ job, step, action: step.uses.slice('./actions/'.length) }] : [],
    ),
  );
}

test('every example the issue asks for is there', () => {
  expect(exampleFiles).toEqual(expect.arrayContaining(expectedExamples));
});

describe.each(exampleFiles)('%s', (file) => {
  const { content, workflow } = readExample(file);

  test('parses and converts with GitHub’s workflow parser without errors', async () => {
    const result = parseWorkflow({ name: file, content }, new NoOperationTraceWriter());
    expect(result.context.errors.getErrors().map((error) => error.message)).toEqual([]);
    expect(result.value).toBeDefined();
    const template = await convertWorkflowTemplate(result.context, result.value!);
    expect((template.errors ?? []).map((error) => error.Message)).toEqual([]);
    expect(template.jobs.length).toBeGreaterThan(0);
  });

  test('every ./actions/<name> exists, gets only declared inputs and every required one', () => {
    const steps = localActionSteps(workflow);
    for (const { job, step, action } of steps) {
      const where = `${file}: jobs.${job} step ${step.id ?? action}`;
      const manifest = readManifest(action);
      expect(manifest, `${where}: actions/${action}/action.yml does not exist`).toBeDefined();
      const declared = manifest?.inputs ?? {};
      const given = Object.keys(step.with ?? {});
      expect(
        given.filter((input) => !(input in declared)),
        `${where}: inputs not declared by ${action}`,
      ).toEqual([]);
      const missing = Object.entries(declared)
        .filter(
          ([name, spec]) =>
            spec.required && (spec.default === undefined || spec.default === '') && !given.includes(name),
        )
        .map(([name]) => name);
      expect(missing, `${where}: required inputs of ${action} not given`).toEqual([]);
    }
  });

  test('every action from outside this repository is pinned by commit SHA, with its release in a comment', () => {
    // A tag can be moved to other code (the 2026 trivy-action tag hijack); a commit SHA cannot.
    const lines = content.split('\n').filter((line) => /^\s*(-\s+)?uses:\s+(?!\.\/)/.test(line));
    expect(lines.length).toBe(
      Object.values(workflow.jobs).flatMap((job) =>
        (job.steps ?? []).filter((step) => step.uses && !step.uses.startsWith('./')),
      ).length,
    );
    for (const line of lines) {
      expect(line, file).toMatch(/uses: [\w.-]+\/[\w./-]+@[0-9a-f]{40} # v\d+\.\d+\.\d+$/);
    }
  });

  test('every gitops-commit step records the config hash, which approval records are bound to', () => {
    for (const { job, step, action } of localActionSteps(workflow)) {
      if (action !== 'gitops-commit') continue;
      expect(Object.keys(step.with ?? {}), `${file}: jobs.${job} step ${step.id ?? action}`).toContain('config-hash');
    }
  });

  test('every steps.<id>.outputs.<name> names an output the step’s action declares', () => {
    for (const [jobName, job] of Object.entries(workflow.jobs)) {
      const stepActions = new Map(
        (job.steps ?? []).flatMap((step) =>
          step.id && step.uses?.startsWith('./actions/')
            ? [[step.id, step.uses.slice('./actions/'.length)] as const]
            : [],
        ),
      );
      const stepIds = new Set((job.steps ?? []).map((step) => step.id).filter(Boolean));
      for (const { id, output } of outputReferences(job, 'steps')) {
        const where = `${file}: jobs.${jobName} refers to steps.${id}.outputs.${output}`;
        expect(stepIds.has(id), `${where}, but no step has id ${id}`).toBe(true);
        const action = stepActions.get(id);
        if (action) expect(Object.keys(readManifest(action)?.outputs ?? {}), where).toContain(output);
      }
    }
  });

  test('every needs.<job>.outputs.<name> names a job it needs and an output that job sets', () => {
    for (const [jobName, job] of Object.entries(workflow.jobs)) {
      const needs = new Set(typeof job.needs === 'string' ? [job.needs] : (job.needs ?? []));
      for (const { id, output } of outputReferences(job, 'needs')) {
        const where = `${file}: jobs.${jobName} refers to needs.${id}.outputs.${output}`;
        expect(needs.has(id), `${where} without needing ${id}`).toBe(true);
        expect(Object.keys(workflow.jobs[id]?.outputs ?? {}), where).toContain(output);
      }
    }
  });
});

test('the parser check is not vacuous: a misspelt key and a bad expression are reported', () => {
  const content = `on: push\njobs:\n  a:\n    runs-on: ubuntu-latest\n    stepz: []\n    steps:\n      - run: echo \${{ github. }}\n`;
  const result = parseWorkflow({ name: 'broken.yml', content }, new NoOperationTraceWriter());
  const messages = result.context.errors.getErrors().map((error) => error.message);
  expect(messages.some((message) => message.includes('stepz'))).toBe(true);
  expect(messages.length).toBeGreaterThanOrEqual(2);
});
