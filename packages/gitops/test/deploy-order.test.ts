import type { Deployment } from '@shipgate/trail';
import { describe, expect, test } from 'vitest';
import { checkDeployOrder } from '../src/deploy-order';
import { checkHistory } from '../src/rules';

const deployment = (
  commitSha: string,
  source: string,
  sourceTime: string | undefined,
  extra: Partial<Deployment> = {},
): Deployment => ({
  commitSha,
  committedAt: '2026-11-01T12:00:00Z',
  kind: extra.rollbackOf ? 'rollback' : 'deploy',
  path: 'apps/web/prod',
  subject: 'Deploy',
  app: 'web',
  environment: 'prod',
  imageRefs: [],
  approvedBy: [],
  source,
  ...(sourceTime ? { sourceTime } : {}),
  ...extra,
});

const t = (hour: number) => `2026-11-01T${String(hour).padStart(2, '0')}:00:00Z`;
const v1 = deployment('1111111111111111111111111111111111111111', 'acme/web@aaaaaaa', t(1));
const v2 = deployment('2222222222222222222222222222222222222222', 'acme/web@bbbbbbb', t(2));
const v3 = deployment('3333333333333333333333333333333333333333', 'acme/web@ccccccc', t(3));
const rollbackOfV3 = deployment('4444444444444444444444444444444444444444', 'acme/web@bbbbbbb', t(2), {
  rollbackOf: '3333333333333333333333333333333333333333',
  rollbackTo: '2222222',
});
const rollbackShortSha = { ...rollbackOfV3, rollbackOf: '3333333' };

describe('checkDeployOrder', () => {
  test.each([
    ['no history', [], { source: 'acme/web@ddddddd', sourceTime: t(1) }, true],
    ['a newer source', [v2, v1], { source: 'acme/web@ccccccc', sourceTime: t(3) }, true],
    ['the same source again', [v2, v1], { source: 'acme/web@bbbbbbb', sourceTime: t(2) }, true],
    ['an older source', [v2, v1], { source: 'acme/web@aaaaaaa', sourceTime: t(1) }, false],
    ['an older source with allow-downgrade', [v2, v1], { sourceTime: t(1), allowDowngrade: true }, true],
    ['a candidate without a time', [v2], { source: 'acme/web@eeeeeee' }, true],
    [
      'a current deploy without a time',
      [deployment('5'.repeat(40), 'acme/web@fffffff', undefined)],
      { sourceTime: t(1) },
      true,
    ],
    [
      'the rolled-back source after a rollback',
      [rollbackOfV3, v3, v2],
      { source: 'acme/web@ccccccc', sourceTime: t(3) },
      false,
    ],
    [
      'the rolled-back source, full sha',
      [rollbackOfV3, v3, v2],
      { source: `acme/web@ccccccc${'0'.repeat(33)}`, sourceTime: t(3) },
      false,
    ],
    [
      'a source as old as the rolled-back one',
      [rollbackOfV3, v3, v2],
      { source: 'acme/web@9999999', sourceTime: t(3) },
      false,
    ],
    [
      'a source between restored and rolled-back',
      [rollbackOfV3, v3, v2],
      { source: 'acme/web@9999999', sourceTime: '2026-11-01T02:30:00Z' },
      false,
    ],
    [
      'a source newer than the rolled-back one',
      [rollbackOfV3, v3, v2],
      { source: 'acme/web@ddddddd', sourceTime: t(4) },
      true,
    ],
    [
      'a rollback named by a short sha',
      [rollbackShortSha, v3, v2],
      { source: 'acme/web@ccccccc', sourceTime: t(3) },
      false,
    ],
    [
      'the rolled-back source with allow-downgrade',
      [rollbackOfV3, v3],
      { source: 'acme/web@ccccccc', sourceTime: t(3), allowDowngrade: true },
      true,
    ],
    [
      'a rollback whose target is not in history',
      [rollbackOfV3, v2],
      { source: 'acme/web@ccccccc', sourceTime: t(3) },
      true,
    ],
  ])('%s → allowed %s', (_name, history, candidate, allowed) => {
    const decision = checkDeployOrder(history, candidate);
    expect(decision.allowed).toBe(allowed);
    if (!decision.allowed) expect(decision.reason).toMatch(/older than|rolled back/);
  });
});

describe('checkHistory', () => {
  const scope = { app: 'web', environment: 'prod' };
  test.each([
    ['no expectation, a newer source', [v2, v1], { source: 'acme/web@ccccccc', sourceTime: t(3) }, undefined],
    ['no expectation, an older source', [v2, v1], { source: 'acme/web@aaaaaaa', sourceTime: t(1) }, /older than/],
    ['the expected current deployment', [v2, v1], { expectCurrentCommit: v2.commitSha }, undefined],
    ['an abbreviated expected sha', [v2, v1], { expectCurrentCommit: '2222222' }, undefined],
    ['with allowDowngrade, an older source', [v2, v1], { allowDowngrade: true, sourceTime: t(1) }, undefined],
  ])('%s → %s', (_name, history, candidate, refusal) => {
    const result = checkHistory(history, { ...scope, ...candidate });
    if (refusal === undefined) expect(result).toBeUndefined();
    else expect(result).toMatch(refusal);
  });

  test.each([
    ['another deploy landed', [v3, v2, v1], v2.commitSha, /is now 333333333333, not 222222222222 as planned/],
    ['the history is empty', [], v2.commitSha, /is now none, not 222222222222 as planned/],
    ['a rollback landed', [rollbackOfV3, v3], v3.commitSha, /is now 444444444444, not 333333333333/],
  ])('%s: the expected current deployment fails the write', (_name, history, expectCurrentCommit, message) => {
    expect(() => checkHistory(history, { ...scope, expectCurrentCommit, allowDowngrade: true })).toThrow(message);
  });
});
