import { describe, expect, test } from 'vitest';
import { checkDeployRules, type DeployIntent } from '../src/rules';

const POLICY = `version: 1
environments:
  staging: {}
  production:
    approvals: { min: 1, approvers: [alice] }
`;
const FROZEN = `${POLICY}  qa:
    freeze:
      - { schedule: "0 0 * * *", duration: 24h, reason: always }
`;

function deploy(environment: string, fields: Partial<DeployIntent> = {}): DeployIntent {
  return { app: 'web', environment, imageRefs: [], approvedBy: [], path: `apps/web/${environment}`, ...fields };
}

const decide = (intent: DeployIntent, landing: 'alone' | 'queue', policy?: string) =>
  checkDeployRules({
    deploy: intent,
    tip: undefined,
    history: [],
    tipFiles: new Map(policy === undefined ? [] : [['.shipgate/policy.yaml', policy]]),
    landing,
  });

const message = (decision: ReturnType<typeof decide>) =>
  decision.verdict === 'fail' ? decision.error.message : decision.verdict;

describe('the policy rule of checkDeployRules', () => {
  test('a writer landing alone needs the tip to hold the policy it applied', () => {
    const checked = { blob: 'b'.repeat(40), text: POLICY };
    expect(decide(deploy('production', { checkedPolicy: checked }), 'alone', POLICY)).toEqual({ verdict: 'allow' });
    expect(decide(deploy('staging'), 'alone')).toEqual({ verdict: 'allow' });
    expect(message(decide(deploy('production', { checkedPolicy: checked }), 'alone', `${POLICY}# loosened\n`))).toBe(
      `.shipgate/policy.yaml on the tip changed while this deploy was being landed (it was checked against blob ${'b'.repeat(12)}); nothing was pushed, so run it again.`,
    );
    expect(message(decide(deploy('production'), 'alone', POLICY))).toMatch(/checked against no policy\)/);
  });

  test('a leader replays only requests the policy lets anyone land', () => {
    expect(decide(deploy('staging'), 'queue', POLICY)).toEqual({ verdict: 'allow' });
    expect(decide(deploy('production'), 'queue')).toEqual({ verdict: 'allow' });
    expect(message(decide(deploy('production'), 'queue', POLICY))).toBe(
      'A queued deploy to apps/web/production needs its own writer: environment "production" requires approval evidence or is frozen.',
    );
    expect(message(decide(deploy('qa'), 'queue', FROZEN))).toMatch(
      /environment "qa" requires approval evidence or is frozen/,
    );
    expect(message(decide(deploy('staging', { path: 'apps/web/production' }), 'queue', POLICY))).toMatch(
      /^Input "environment" is "staging", but .shipgate\/policy.yaml says apps\/web\/production is environment "production"/,
    );
  });
});
