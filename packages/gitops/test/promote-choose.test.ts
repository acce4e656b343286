import { ConfigurationError } from '@shipgate/core';
import type { Deployment } from '@shipgate/trail';
import { describe, expect, test } from 'vitest';
import { choosePromotion } from '../src/promote';

const ref = `registry.example/web@sha256:${'a'.repeat(64)}`;

function deployment(overrides: Partial<Deployment> = {}): Deployment {
  return {
    app: 'web',
    environment: 'staging',
    imageRefs: [ref],
    source: 'acme/web@1111111',
    scan: 'pass; trivy 0.58.1; critical=0 high=0',
    configHash: 'sha256:77ab',
    approvedBy: [],
    commitSha: 'c'.repeat(40),
    committedAt: '2026-11-20T10:00:00Z',
    kind: 'deploy',
    path: 'apps/web/staging',
    subject: 'Deploy web to staging',
    ...overrides,
  };
}

describe('choosePromotion', () => {
  test('the current deployment with a passing scan is promoted as it is', () => {
    const older = deployment({
      commitSha: 'b'.repeat(40),
      imageRefs: [`registry.example/web@sha256:${'b'.repeat(64)}`],
    });
    expect(choosePromotion([deployment(), older], 'web in staging')).toMatchObject({
      imageRefs: [ref],
      source: 'acme/web@1111111',
      scanVerdict: 'pass',
      scan: 'pass; trivy 0.58.1; critical=0 high=0',
      configHash: 'sha256:77ab',
    });
  });

  test('after a rollback, the restored image is promoted', () => {
    const restored = deployment({ kind: 'rollback', rollbackOf: 'd'.repeat(40), rollbackTo: 'b'.repeat(40) });
    expect(choosePromotion([restored], 'web in staging').deployment.kind).toBe('rollback');
  });

  test('a rollback without a scan trailer of its own takes the verdict of the deploy it restored', () => {
    const restored = deployment({ commitSha: 'b'.repeat(40), sourceTime: '2026-11-19T08:00:00Z' });
    const failed = deployment({ commitSha: 'd'.repeat(40), scan: 'fail; trivy 0.58.1; critical=1' });
    const rollback = deployment({
      kind: 'rollback',
      scan: undefined,
      configHash: undefined,
      sourceTime: undefined,
      rollbackOf: 'd'.repeat(40),
      rollbackTo: 'b'.repeat(40),
    });
    expect(choosePromotion([rollback, failed, restored], 'web in staging')).toMatchObject({
      scanVerdict: 'pass',
      scan: 'pass; trivy 0.58.1; critical=0 high=0',
      configHash: 'sha256:77ab',
      sourceTime: '2026-11-19T08:00:00Z',
    });
    expect(() => choosePromotion([rollback], 'web in staging')).toThrow(/recorded no scan verdict/);
  });

  test.each<[string, Deployment[], RegExp]>([
    ['no deployment', [], /^There is no deployment of web in staging to promote\.$/],
    [
      'a failed scan',
      [deployment({ scan: 'fail; trivy 0.58.1; critical=1' })],
      /^The current deployment of web in staging \(ccccccc\) cannot be promoted: its scan recorded "fail; trivy 0.58.1; critical=1", not pass\.$/,
    ],
    ['no scan at all', [deployment({ scan: undefined })], /recorded no scan verdict, not pass/],
    [
      'a failed current deployment even when an older one passed',
      [deployment({ scan: 'fail' }), deployment({ commitSha: 'b'.repeat(40) })],
      /cannot be promoted/,
    ],
    ['no image', [deployment({ imageRefs: [] })], /names no image to promote/],
    [
      'a tag',
      [deployment({ imageRefs: ['registry.example/web:1.0'] })],
      /registry.example\/web:1.0, which is not pinned/,
    ],
  ])('refuses %s', (_name, history, message) => {
    expect(() => choosePromotion(history, 'web in staging')).toThrow(ConfigurationError);
    expect(() => choosePromotion(history, 'web in staging')).toThrow(message);
  });
});
