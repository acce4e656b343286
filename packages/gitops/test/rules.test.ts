import type { Deployment } from '@shipgate/trail';
import { describe, expect, test } from 'vitest';
import { checkDeployRules, type DeployIntent, type DeployRuleContext, mayQueue } from '../src/rules';

const deploy = (fields: Partial<DeployIntent> = {}): DeployIntent => ({
  app: 'web',
  environment: 'dev',
  imageRefs: [],
  approvedBy: [],
  path: 'apps/web/dev',
  ...fields,
});

const deployed = (fields: Partial<Deployment>): Deployment => ({
  app: 'web',
  environment: 'dev',
  imageRefs: [],
  approvedBy: [],
  commitSha: 'd'.repeat(40),
  committedAt: '2026-11-01T00:00:00Z',
  kind: 'deploy',
  path: '',
  subject: '',
  ...fields,
});

const context = (fields: Partial<DeployRuleContext>): DeployRuleContext => ({
  deploy: deploy(),
  tip: 'a'.repeat(40),
  history: [],
  tipFiles: new Map(),
  landing: 'alone',
  ...fields,
});

const at = (minute: number) => new Date(Date.UTC(2026, 10, 1, 10, minute)).toISOString();

describe('checkDeployRules', () => {
  test.each([
    ['a first deploy', context({}), 'allow'],
    [
      'a newer source',
      context({ deploy: deploy({ sourceTime: at(5) }), history: [deployed({ sourceTime: at(3) })] }),
      'allow',
    ],
    [
      'an older source',
      context({ deploy: deploy({ sourceTime: at(1) }), history: [deployed({ sourceTime: at(3) })] }),
      'refuse',
    ],
    [
      'an older source with allow-downgrade',
      context({
        deploy: deploy({ sourceTime: at(1), allowDowngrade: true }),
        history: [deployed({ sourceTime: at(3) })],
      }),
      'allow',
    ],
    [
      'another deployment current than the expected one',
      context({ deploy: deploy({ expectCurrentCommit: 'e'.repeat(40) }), history: [deployed({})] }),
      'fail',
    ],
    [
      'a path holding another app at its default path',
      context({ deploy: deploy({ path: 'apps' }), history: [deployed({ app: 'api' })] }),
      'fail',
    ],
    [
      'a path holding another environment where the leader landed it',
      context({
        deploy: deploy({ path: 'web' }),
        history: [deployed({ environment: 'staging', path: 'web/staging' })],
        landing: 'queue',
      }),
      'fail',
    ],
    [
      'its own path, beside other apps',
      context({ history: [deployed({ app: 'api' }), deployed({ environment: 'production' })] }),
      'allow',
    ],
  ] as const)('%s: %s', (_name, rules, verdict) => {
    expect(checkDeployRules(rules).verdict).toBe(verdict);
  });

  test('a refusal names the deployed source; a failure names the input', () => {
    const refused = checkDeployRules(
      context({
        deploy: deploy({ sourceTime: at(1) }),
        history: [deployed({ sourceTime: at(3), source: 'acme/web@3' })],
      }),
    );
    expect(refused).toMatchObject({ verdict: 'refuse', reason: expect.stringContaining('acme/web@3') });
    const failed = checkDeployRules(context({ deploy: deploy({ path: 'apps' }), history: [deployed({ app: 'api' })] }));
    expect(failed.verdict === 'fail' && failed.error.message).toMatch(
      /^Input "path" is "apps", which holds apps\/api\/dev \(api in dev, d{12}\)/,
    );
  });
});

describe('mayQueue', () => {
  test.each([
    [{ mode: 'push', prune: true }, true],
    [{ mode: 'pull-request', prune: true }, false],
    [{ mode: 'push', prune: false }, false],
    [{ mode: 'push', prune: true, allowDowngrade: true }, false],
    [{ mode: 'push', prune: true, expectCurrentCommit: 'a'.repeat(40) }, false],
  ] as const)('%j queues: %s', (deploy, queues) => {
    expect(mayQueue(deploy).queue).toBe(queues);
  });
});
