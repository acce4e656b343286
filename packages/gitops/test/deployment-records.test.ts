import { describe, expect, test } from 'vitest';
import { deploymentRecordBodies, deploymentRecordTarget } from '../src/deployment-records';

const context = (serverUrl: string, ownerType?: string) => ({
  repository: 'acme/web',
  serverUrl,
  payload: ownerType ? { repository: { owner: { login: 'acme', type: ownerType } } } : {},
});

describe('deploymentRecordTarget', () => {
  test.each([
    ['auto', 'https://github.com', 'Organization', { org: 'acme', repositoryName: 'web' }],
    ['auto', 'https://acme.ghe.com', 'Organization', { org: 'acme', repositoryName: 'web' }],
    ['auto', 'https://github.com', 'User', { skipped: expect.stringContaining('is not an organization') }],
    ['auto', 'https://github.com', undefined, { skipped: expect.stringContaining('is not an organization') }],
    [
      'auto',
      'https://github.acme.internal',
      'Organization',
      { skipped: expect.stringContaining('github.acme.internal') },
    ],
    ['true', 'https://github.acme.internal', undefined, { org: 'acme', repositoryName: 'web' }],
    ['false', 'https://github.com', 'Organization', { skipped: 'deployment-records is false' }],
  ] as const)('%s on %s for a %s', (mode, serverUrl, ownerType, expected) => {
    expect(deploymentRecordTarget(mode, context(serverUrl, ownerType))).toEqual(expected);
  });

  test('a run that names no repository records nothing', () => {
    expect(deploymentRecordTarget('true', { repository: '', serverUrl: 'https://github.com', payload: {} })).toEqual({
      skipped: 'the run names no repository',
    });
  });
});

describe('deploymentRecordBodies', () => {
  const image = `ghcr.io/acme/web@sha256:${'a'.repeat(64)}`;
  const target = { org: 'acme', repositoryName: 'web' };
  const deployed = { app: 'web', environment: 'production', imageRefs: [image], commitSha: 'c'.repeat(40) };

  test('one record per container running the image; a namespace the manifest leaves out is left out', () => {
    const bodies = deploymentRecordBodies(
      {
        ...deployed,
        containers: [
          { namespace: 'shop', kind: 'Deployment', name: 'web', container: 'web', image },
          { namespace: undefined, kind: 'CronJob', name: 'reindex', container: 'job', image },
          { namespace: 'shop', kind: 'Deployment', name: 'web', container: 'proxy', image: 'envoy:1' },
        ],
      },
      target,
    );
    expect(bodies.map((body) => body.deployment_name)).toEqual(['shop-web-web', 'reindex-job']);
    expect(bodies[0]).toMatchObject({ name: 'ghcr.io/acme/web', digest: `sha256:${'a'.repeat(64)}` });
    expect(bodies[0]).not.toHaveProperty('cluster');
  });

  test('an image no container names is recorded under the app', () => {
    const bodies = deploymentRecordBodies({ ...deployed, containers: [], cluster: 'eu-1' }, target);
    expect(bodies).toEqual([expect.objectContaining({ deployment_name: 'web', cluster: 'eu-1' })]);
  });
});
