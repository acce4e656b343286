import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parsePolicy } from '@shipgate/policy';
import { Ajv } from 'ajv';
import { afterAll, describe, expect, test } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { openApiDescriptionPath, openApiToJsonSchema } from '../support/github-api';
import { repoRoot } from '../support/shared-fixtures';

// templates/gitops-repo/: what a new GitOps repository starts from. Each file is checked by what
// reads it: the policy by Shipgate's own loader, the ruleset by GitHub's request schema, the
// allowed-signers format by git's SSH verification, the workflow against the ruleset and the README.
const template = join(repoRoot, 'templates', 'gitops-repo');
const read = (path: string) => readFileSync(join(template, path), 'utf8');

type Json = Record<string, unknown>;

/** The request body schema of `POST /repos/{owner}/{repo}/rulesets`, closed: an unknown key is an error. */
function rulesetRequestValidator() {
  const description = JSON.parse(readFileSync(openApiDescriptionPath(), 'utf8')) as {
    paths: Record<string, Record<string, { operationId: string; requestBody: { content: Record<string, Json> } }>>;
    components: { schemas: Record<string, Json> };
  };
  const operation = description.paths['/repos/{owner}/{repo}/rulesets']!.post!;
  expect(operation.operationId).toBe('repos/create-repo-ruleset');
  const body = operation.requestBody.content['application/json']!.schema;
  // GitHub's schemas leave objects open; a misspelt parameter would pass them silently.
  const close = (value: unknown): unknown => {
    if (Array.isArray(value)) return value.map(close);
    if (!value || typeof value !== 'object') return value;
    const schema = Object.fromEntries(Object.entries(value).map(([key, nested]) => [key, close(nested)])) as Json;
    if (schema.properties && schema.additionalProperties === undefined) schema.additionalProperties = false;
    return schema;
  };
  const root = openApiToJsonSchema(
    close({ $id: 'https://shipgate.invalid/ruleset.json', body, components: description.components }),
  );
  const ajv = new Ajv({ strict: false, allErrors: true, logger: false });
  ajv.addSchema(root as Json);
  return ajv.getSchema('https://shipgate.invalid/ruleset.json#/body')!;
}

describe('templates/gitops-repo', () => {
  test('holds the policy, allowed signers, CODEOWNERS, the verify workflow, the ruleset and a README', () => {
    for (const path of [
      '.shipgate/policy.yaml',
      '.shipgate/allowed-signers',
      '.github/CODEOWNERS',
      '.github/workflows/verify-deployments.yml',
      '.github/rulesets/default-branch.json',
      'README.md',
    ]) {
      expect(existsSync(join(template, path)), path).toBe(true);
    }
  });

  describe('.shipgate/policy.yaml', () => {
    const text = read('.shipgate/policy.yaml');

    test("loads with Shipgate's policy loader, $schema key included, and names its schema", () => {
      const policy = parsePolicy(text);
      expect(policy.environments.map((environment) => environment.name)).toEqual(['dev', 'staging', 'production']);
      const schema = (parseYaml(text) as { $schema: string }).$schema;
      expect(schema).toMatch(/\/packages\/policy\/policy\.schema\.json$/);
      expect(existsSync(join(repoRoot, 'packages', 'policy', 'policy.schema.json'))).toBe(true);
    });

    test('production needs two approvals, a signed scan and provenance, staging first and signed commits', () => {
      const production = parsePolicy(text).environments.find((environment) => environment.name === 'production')!;
      expect(production.paths).toEqual(['apps/*/production']);
      expect(production.approvals?.min).toBe(2);
      expect(production.scan?.require).toBe('pass');
      expect(production.attestations?.require).toEqual(['provenance', 'scan']);
      expect(production.promoteFrom).toBe('staging');
      expect(production.signed).toBe(true);
      // No freeze window is active by default: a copy works on any day of the week.
      expect(production.freeze).toEqual([]);
    });

    test('its signer workflow is the example that builds, with the permissions to sign keyless', () => {
      const attestations = (parseYaml(text) as { environments: { production: { attestations: Json } } }).environments
        .production.attestations;
      const file = String(attestations['signer-workflow']).replace(/^\.github\/workflows\//, '');
      const workflow = parseYaml(readFileSync(join(repoRoot, 'workflows-examples', file), 'utf8')) as {
        jobs: Record<string, { permissions?: Record<string, string> }>;
      };
      expect(workflow.jobs.build?.permissions).toMatchObject({ 'id-token': 'write', attestations: 'write' });
    });

    test('a loosened copy is refused with the line it is on (the loader is not vacuous)', () => {
      expect(() => parsePolicy(text.replace('min: 2', 'minimum: 2'))).toThrow(/line \d+ .*unknown key "minimum"/);
    });
  });

  describe('.github/rulesets/default-branch.json', () => {
    const ruleset = JSON.parse(read('.github/rulesets/default-branch.json')) as {
      enforcement: string;
      bypass_actors: unknown[];
      conditions: { ref_name: { include: string[] } };
      rules: Array<{ type: string; parameters?: Json }>;
    };
    const validate = rulesetRequestValidator();
    const rule = (type: string) => ruleset.rules.find((candidate) => candidate.type === type)?.parameters ?? {};

    test("is a valid request body of GitHub's create-ruleset operation", () => {
      expect(validate(ruleset), JSON.stringify(validate.errors)).toBe(true);
    });

    test('the schema check is not vacuous: a misspelt parameter and an unknown rule fail', () => {
      const misspelt = structuredClone(ruleset);
      const pullRequest = misspelt.rules.find((candidate) => candidate.type === 'pull_request')!;
      pullRequest.parameters = { ...pullRequest.parameters, require_code_owners_review: true };
      expect(validate(misspelt)).toBe(false);
      expect(validate({ ...ruleset, rules: [...ruleset.rules, { type: 'require_verify' }] })).toBe(false);
    });

    test('protects the default branch, with no bypass, pull requests merged by merge commit only', () => {
      expect(ruleset.enforcement).toBe('active');
      expect(ruleset.bypass_actors).toEqual([]);
      expect(ruleset.conditions.ref_name.include).toEqual(['~DEFAULT_BRANCH']);
      expect(ruleset.rules.map((candidate) => candidate.type)).toEqual(
        expect.arrayContaining([
          'deletion',
          'non_fast_forward',
          'pull_request',
          'required_status_checks',
          'merge_queue',
        ]),
      );
      expect(rule('pull_request')).toMatchObject({ allowed_merge_methods: ['merge'], require_code_owner_review: true });
      expect(rule('merge_queue')).toMatchObject({ merge_method: 'MERGE' });
    });

    test('requires the verify workflow’s job, from GitHub Actions', () => {
      const workflow = parseYaml(read('.github/workflows/verify-deployments.yml')) as {
        jobs: Record<string, { name?: string }>;
      };
      const jobNames = Object.entries(workflow.jobs).map(([id, job]) => job.name ?? id);
      expect(rule('required_status_checks').required_status_checks).toEqual([
        // 15368 is the GitHub Actions app: no other app or token can post a status of this name.
        { context: jobNames[0], integration_id: 15368 },
      ]);
    });
  });

  test('.github/workflows/verify-deployments.yml runs on pull requests, merge groups, pushes and a schedule', () => {
    const workflow = parseYaml(read('.github/workflows/verify-deployments.yml')) as {
      on: Record<string, unknown>;
      jobs: Record<string, { steps: Array<{ uses?: string; with?: Record<string, string> }> }>;
    };
    expect(Object.keys(workflow.on)).toEqual(
      expect.arrayContaining(['pull_request', 'merge_group', 'push', 'schedule']),
    );
    const steps = Object.values(workflow.jobs).flatMap((job) => job.steps);
    const verify = steps.find((step) => step.uses?.endsWith('/verify-deployments'))!;
    expect(verify.with?.['trusted-root']).toBe(`\${{ steps.trust.outputs.trusted-root }}`);
    expect(verify.with?.['verify-key']).toBe(`\${{ steps.trust.outputs.verify-key }}`);
    // The root comes from the protected base, not from the pull request being judged.
    const checkout = steps.find((step) => step.uses?.startsWith('actions/checkout@'))!;
    expect(checkout.with?.ref).toContain('github.event.pull_request.base.sha');
    expect(checkout.with?.ref).toContain('github.event.merge_group.base_sha');
  });

  test("the verify workflow's trust step picks verify-key.pem when present, else the trusted root", () => {
    const workflow = parseYaml(read('.github/workflows/verify-deployments.yml')) as {
      jobs: Record<string, { steps: Array<{ id?: string; run?: string }> }>;
    };
    const script = Object.values(workflow.jobs)
      .flatMap((job) => job.steps)
      .find((step) => step.id === 'trust')?.run;
    expect(script).toBeDefined();
    const work = mkdtempSync(join(tmpdir(), 'shipgate-template-trust-'));
    try {
      const outputs = () => {
        const file = join(work, `output-${Math.random().toString(36).slice(2)}`);
        writeFileSync(file, '');
        execFileSync('bash', ['-e', '-c', script!], {
          cwd: work,
          env: { PATH: process.env.PATH, GITHUB_OUTPUT: file },
        });
        return readFileSync(file, 'utf8');
      };
      expect(outputs()).toBe('trusted-root=.shipgate/sigstore-trusted-root.json\n');
      const key =
        '-----BEGIN PUBLIC KEY-----\nMCowBQYDK2VwAyEAYB8j4dA5dlcSi8qxGAPto8ZBU+koAPmsvUvHXMXBHvE=\n-----END PUBLIC KEY-----\n';
      execFileSync('mkdir', ['-p', join(work, '.shipgate')]);
      writeFileSync(join(work, '.shipgate', 'verify-key.pem'), key);
      expect(outputs()).toBe(`verify-key<<SHIPGATE_EOF\n${key}SHIPGATE_EOF\n`);
    } finally {
      rmSync(work, { recursive: true, force: true });
    }
  });

  test('.github/CODEOWNERS gives .shipgate/ and .github/ to the platform team', () => {
    const owners = Object.fromEntries(
      read('.github/CODEOWNERS')
        .split('\n')
        .filter((line) => line.trim() && !line.startsWith('#'))
        .map((line) => line.trim().split(/\s+/) as [string, string]),
    );
    expect(owners).toEqual({ '/.shipgate/': '@acme/platform', '/.github/': '@acme/platform' });
  });

  describe('.shipgate/allowed-signers', () => {
    const work = mkdtempSync(join(tmpdir(), 'shipgate-template-signers-'));
    afterAll(() => rmSync(work, { recursive: true, force: true }));

    test('holds comments only, and with a key line added git verifies a commit that key signed', () => {
      const text = read('.shipgate/allowed-signers');
      expect(text.split('\n').filter((line) => line.trim() && !line.startsWith('#'))).toEqual([]);
      const key = join(work, 'deploy-key');
      execFileSync('ssh-keygen', ['-q', '-t', 'ed25519', '-N', '', '-C', 'deploy', '-f', key]);
      const [type, base64] = readFileSync(`${key}.pub`, 'utf8').trim().split(' ');
      const signers = join(work, 'allowed-signers');
      writeFileSync(signers, `${text}shipgate-production@acme.example ${type} ${base64}\n`);
      const git = (...args: string[]) =>
        execFileSync('git', args, {
          cwd: work,
          encoding: 'utf8',
          env: { ...process.env, GIT_CONFIG_GLOBAL: '/dev/null', GIT_CONFIG_NOSYSTEM: '1' },
        });
      git('init', '-q', '-b', 'main', 'repo');
      const config = ['-C', 'repo', '-c', 'user.name=Deployer', '-c', 'user.email=deploy@acme.example'];
      const signing = ['-c', 'gpg.format=ssh', '-c', `user.signingkey=${key}`];
      git(...config, ...signing, 'commit', '-q', '-S', '--allow-empty', '-m', 'Deploy');
      const verify = ['-c', `gpg.ssh.allowedSignersFile=${signers}`, 'verify-commit', 'HEAD'];
      expect(() => git(...config, ...verify)).not.toThrow();
      // Without the key line, the same commit does not verify.
      writeFileSync(signers, text);
      expect(() => git(...config, ...verify)).toThrow();
    });
  });

  test('README.md names what every action’s tokens need', () => {
    const readme = read('README.md');
    const actions = readdirSync(join(repoRoot, 'actions')).filter((name) =>
      existsSync(join(repoRoot, 'actions', name, 'action.yml')),
    );
    const table = readme.slice(readme.indexOf('## Tokens and their permissions'));
    for (const action of actions) expect(table, action).toMatch(new RegExp(`^\\| ${action}[ ,|]`, 'm'));
    for (const permission of [
      'contents: write',
      'pull-requests: write',
      'issues: write',
      'actions: read',
      'attestations: write',
      'id-token: write',
      'refs/shipgate/queue/*',
    ]) {
      expect(table, permission).toContain(permission);
    }
    expect(readme).toContain(
      'gh api --method POST repos/acme/gitops/rulesets --input .github/rulesets/default-branch.json',
    );
  });
});
