import { ConfigurationError } from '@shipgate/core';
import { describe, expect, test } from 'vitest';
import {
  activeFreeze,
  environmentOfPath,
  parsePolicy,
  pathTouchesGlob,
  pathWithinGlob,
  requiresApproval,
  resolveDeployEnvironment,
  tightenApprovalRules,
} from '../src/index';

const POLICY = `# comment
version: 1
environments:
  staging: {}
  production:
    approvals:
      min: 2
      approvers: [alice, bob, acme/sre]
      max-age: 24h
    scan: { require: pass, max-age: 7d }
    promote-from: staging
    soak: 1h
    freeze:
      - { schedule: "0 18 * * 5", duration: 62h, timezone: Europe/Berlin, reason: weekend }
    break-glass: [acme/sre]
    signed: true
    attestations: { require: [provenance, scan], identity: "^https://github.com/acme/" }
`;

describe('parsePolicy', () => {
  test('reads every field with defaults', () => {
    const policy = parsePolicy(POLICY);
    const [staging, production] = policy.environments;
    expect(staging).toMatchObject({ name: 'staging', paths: ['apps/*/staging'], freeze: [], signed: false });
    expect(requiresApproval(staging)).toBe(false);
    expect(production).toMatchObject({
      paths: ['apps/*/production'],
      approvals: { min: 2, approvers: ['alice', 'bob', 'acme/sre'], allowSelfApproval: false, maxAgeMs: 86_400_000 },
      scan: { require: 'pass', maxAgeMs: 7 * 86_400_000 },
      promoteFrom: 'staging',
      soakMs: 3_600_000,
      breakGlass: ['acme/sre'],
      signed: true,
      attestations: { require: ['provenance', 'scan'] },
    });
    expect(requiresApproval(production)).toBe(true);
  });

  test.each([
    [
      'an unknown key',
      POLICY.replace('max-age: 24h', 'maxage: 24h'),
      /line 9 \(environments\.production\.approvals\.maxage\): unknown key "maxage"/,
    ],
    [
      'a wrong type',
      POLICY.replace('min: 2', 'min: two'),
      /line 7 \(environments\.production\.approvals\.min\): must be integer/,
    ],
    [
      'a bad duration',
      POLICY.replace('soak: 1h', 'soak: an hour'),
      /line 12 \(environments\.production\.soak\): must match pattern/,
    ],
    [
      'a bad cron',
      POLICY.replace('0 18 * * 5', '0 61 * * 5 x'),
      /freeze\.0\.schedule\): "0 61 \* \* 5 x".*not a valid cron/,
    ],
    ['a bad version', POLICY.replace('version: 1', 'version: 2'), /line 2 \(version\): must be 1/],
    ['YAML syntax', 'version: 1\nenvironments: [\n', /^\.shipgate\/policy\.yaml line \d+: /],
    [
      'an unknown promote-from',
      POLICY.replace('promote-from: staging', 'promote-from: qa'),
      /promote-from\): names "qa"/,
    ],
    [
      'a bad attestation kind',
      POLICY.replace('[provenance, scan]', '[provenance, vibes]'),
      /line 17 \(environments\.production\.attestations\.require\.1\): must be equal to one of the allowed values/,
    ],
  ])('names the file, line and key for %s', (_name, text, message) => {
    expect(() => parsePolicy(text)).toThrow(ConfigurationError);
    expect(() => parsePolicy(text)).toThrow(message);
  });

  const thrownBy = (text: string): ConfigurationError => {
    try {
      parsePolicy(text, '.shipgate/policy.yaml (blob 1a2b3c4d5e6f)');
    } catch (error) {
      if (error instanceof ConfigurationError) return error;
      throw error;
    }
    throw new Error('parsePolicy accepted the policy');
  };

  test.each([
    ['an unknown key', POLICY.replace('max-age: 24h', 'maxage: 24h'), 9, 7],
    ['a wrong type', POLICY.replace('min: 2', 'min: two'), 7, 12],
    ['YAML syntax', POLICY.replace('signed: true', 'signed: [true'), 17, 5],
    ['a bad cron', POLICY.replace('0 18 * * 5', '0 61 * * 5 x'), 14, 21],
    ['an unknown promote-from', POLICY.replace('promote-from: staging', 'promote-from: qa'), 11, 19],
    ['a bad identity pattern', POLICY.replace('"^https://github.com/acme/"', '"^(unclosed"'), 17, 60],
  ])(
    '%s is located at its line of .shipgate/policy.yaml, whatever the message calls the file',
    (_name, text, line, column) => {
      const error = thrownBy(text);
      expect(error.location).toEqual({ file: '.shipgate/policy.yaml', line, column });
      expect(error.message).toMatch(new RegExp(`^\\.shipgate/policy\\.yaml \\(blob 1a2b3c4d5e6f\\) line ${line}\\b`));
    },
  );
});

describe('environment of a path', () => {
  const policy = parsePolicy(POLICY);

  test.each([
    ['apps/web/production', 'production'],
    ['apps/web/production/extra', 'production'],
    ['apps/web/staging', 'staging'],
    ['apps/web/qa', undefined],
    ['other/web/production', undefined],
  ])('%s is %s', (path, name) => {
    expect(environmentOfPath(policy, path)?.name).toBe(name);
  });

  test('a path that holds two environments is refused', () => {
    expect(() => environmentOfPath(policy, 'apps/web')).toThrow(/touches environments staging and production/);
  });

  test('globs: * is one segment, ** any', () => {
    expect(pathTouchesGlob('clusters/eu/apps/web', 'clusters/**/web')).toBe(true);
    expect(pathTouchesGlob('apps/web/prod', 'apps/*/production')).toBe(false);
  });

  test('the path decides: an environment input that renames it is refused', () => {
    expect(() => resolveDeployEnvironment(policy, 'apps/web/production', 'staging')).toThrow(
      'Input "environment" is "staging", but .shipgate/policy.yaml says apps/web/production is environment "production"; the path decides the environment.',
    );
    expect(() => resolveDeployEnvironment(policy, 'apps/web/prod', 'production')).toThrow(
      /not one of environment "production"'s paths/,
    );
    expect(resolveDeployEnvironment(policy, 'apps/web/production', 'production')?.name).toBe('production');
  });
});

describe('attestations: who must have signed, exactly', () => {
  const parse = (attestations: string) =>
    parsePolicy(`version: 1\nenvironments:\n  production:\n    attestations: ${attestations}\n`).environments[0]
      ?.attestations;

  test('the structured identity, signer-workflow resolved in repository and owner implied by it', () => {
    expect(
      parse(
        '{ require: [provenance], repository: acme/web, signer-workflow: .github/workflows/ci.yml, ref: refs/heads/main }',
      ),
    ).toEqual({
      require: ['provenance'],
      repository: 'acme/web',
      owner: 'acme',
      signerWorkflow: 'acme/web/.github/workflows/ci.yml',
      ref: 'refs/heads/main',
    });
    expect(parse('{ require: [scan], owner: acme, signer-workflow: acme/shared/.github/workflows/build.yml }')).toEqual(
      {
        require: ['scan'],
        owner: 'acme',
        signerWorkflow: 'acme/shared/.github/workflows/build.yml',
      },
    );
  });

  test.each([
    [
      'a relative signer-workflow without repository',
      '{ require: [scan], signer-workflow: .github/workflows/ci.yml }',
      /\(environments\.production\.attestations\.signer-workflow\): \.github\/workflows\/ci\.yml is relative, so "repository" must name the repository it is in\.$/,
    ],
    [
      "an owner that is not the repository's",
      '{ require: [scan], repository: acme/web, owner: mallory }',
      /\(environments\.production\.attestations\.owner\): is mallory, but repository acme\/web has another owner\.$/,
    ],
    [
      'a repository that is a URL',
      '{ require: [scan], repository: "https://github.com/acme/web" }',
      /line 4 \(environments\.production\.attestations\.repository\): must match pattern/,
    ],
    [
      'a signer-workflow with a ref',
      '{ require: [scan], repository: acme/web, signer-workflow: ".github/workflows/ci.yml@refs/heads/main" }',
      /attestations\.signer-workflow\): must match pattern/,
    ],
    [
      'a ref that is a branch name',
      '{ require: [scan], repository: acme/web, ref: main }',
      /attestations\.ref\): must match pattern/,
    ],
    [
      'an identity regex that does not compile',
      '{ require: [scan], identity: "^(" }',
      /attestations\.identity\): is not a valid regular expression\.$/,
    ],
  ])('%s is refused', (_name, attestations, expected) => {
    expect(() => parse(attestations)).toThrow(ConfigurationError);
    expect(() => parse(attestations)).toThrow(expected);
  });
});

describe('pathWithinGlob: where a deploy may write', () => {
  test.each([
    ['apps/web/production', 'apps/*/production', true],
    ['apps/web/production/extra', 'apps/*/production', true],
    ['apps/web', 'apps/*/production', false],
    ['apps', 'apps/*/production', false],
    ['apps/web/production-mallory', 'apps/*/production', false],
    ['clusters/prod', 'clusters/prod/**', true],
    ['clusters', 'clusters/prod/**', false],
    ['.shipgate', '**', true],
  ])('%s in %s: %s', (path, glob, expected) => {
    expect(pathWithinGlob(path, glob)).toBe(expected);
  });
});

describe('tightenApprovalRules', () => {
  const production = parsePolicy(POLICY).environments[1]!;
  test.each([
    [{ requireApproval: false }, /"require-approval" is false, but the policy requires approval/],
    [{ minApprovals: 1 }, /"min-approvals" is 1, below the 2/],
    [{ approvers: ['alice', 'mallory'] }, /"approvers" names mallory, whom the policy does not list/],
    [{ allowSelfApproval: true }, /"allow-self-approval" is true, but the policy forbids/],
  ])('refuses a loosening input %o', (inputs, message) => {
    expect(() => tightenApprovalRules(production, inputs)).toThrow(message);
  });

  test('takes a tightening input', () => {
    expect(tightenApprovalRules(production, { minApprovals: 3, approvers: ['@Alice'] })).toMatchObject({
      min: 3,
      approvers: ['@Alice'],
    });
  });

  test('without policy approvals, inputs asking for approval are the rules', () => {
    const staging = parsePolicy(POLICY).environments[0]!;
    expect(tightenApprovalRules(staging, {})).toBeUndefined();
    expect(tightenApprovalRules(staging, { requireApproval: true, approvers: ['carol'] })).toMatchObject({ min: 1 });
  });
});

describe('activeFreeze', () => {
  const production = parsePolicy(POLICY).environments[1]!;
  test.each([
    // Friday 2026-12-04 18:00 Berlin is 17:00 UTC; the window lasts 62h, until Monday 07:00 UTC.
    ['2026-12-04T16:59:59Z', false],
    ['2026-12-04T17:00:00Z', true],
    ['2026-12-06T12:00:00Z', true],
    ['2026-12-07T06:59:59Z', true],
    ['2026-12-07T07:00:00Z', false],
    ['2026-12-02T12:00:00Z', false],
  ])('at %s in force: %s', (at, inForce) => {
    const freeze = activeFreeze(production, new Date(at));
    expect(Boolean(freeze)).toBe(inForce);
    if (freeze) expect(freeze.window.reason).toBe('weekend');
  });
});
