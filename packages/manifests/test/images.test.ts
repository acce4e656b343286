import { describe, expect, test } from 'vitest';
import { containerSlots, imagesOf, parseImagePins, pinImages } from '../src/images';
import { DIGEST_A, DIGEST_B, deployment, resources } from './support';

const podSpec = (image: string) => ({
  containers: [{ name: 'app', image }],
  initContainers: [{ name: 'migrate', image }],
  ephemeralContainers: [{ name: 'debug', image }],
});

const workloads: [string, Record<string, unknown>][] = [
  ['Pod', { apiVersion: 'v1', kind: 'Pod', metadata: { name: 'w' }, spec: podSpec('nginx:1.27') }],
  ...['Deployment', 'StatefulSet', 'DaemonSet', 'ReplicaSet'].map((kind): [string, Record<string, unknown>] => [
    kind,
    { apiVersion: 'apps/v1', kind, metadata: { name: 'w' }, spec: { template: { spec: podSpec('nginx:1.27') } } },
  ]),
  [
    'Job',
    { apiVersion: 'batch/v1', kind: 'Job', metadata: { name: 'w' }, spec: { template: { spec: podSpec('nginx') } } },
  ],
  [
    'CronJob',
    {
      apiVersion: 'batch/v1',
      kind: 'CronJob',
      metadata: { name: 'w' },
      spec: { jobTemplate: { spec: { template: { spec: podSpec('docker.io/library/nginx:1') } } } },
    },
  ],
  [
    'Rollout',
    {
      apiVersion: 'argoproj.io/v1alpha1',
      kind: 'Rollout',
      metadata: { name: 'w' },
      spec: { template: { spec: podSpec('index.docker.io/library/nginx') } },
    },
  ],
];

describe('pinImages', () => {
  test.each(workloads)('pins every container, init and ephemeral container of a %s', (_kind, object) => {
    const pins = parseImagePins([`docker.io/library/nginx@${DIGEST_A}`]);
    const result = pinImages([{ origin: 'w.yaml', object }], pins);
    expect(result.replaced).toEqual([3]);
    expect(containerSlots(object).map((slot) => slot.image)).toEqual(
      Array(3).fill(`docker.io/library/nginx@${DIGEST_A}`),
    );
  });

  test('matches normalised names: a short Docker Hub name pins docker.io/library/…', () => {
    const parsed = resources(deployment('web', 'docker.io/library/nginx:1.27'));
    pinImages(parsed, parseImagePins([`nginx@${DIGEST_A}`]));
    expect(imagesOf(parsed)).toEqual([`docker.io/library/nginx@${DIGEST_A}`]);
  });

  test('leaves images of other repositories alone', () => {
    const parsed = resources(`${deployment('web', 'ghcr.io/acme/web:1')}---\n${deployment('db', 'postgres:16')}`);
    pinImages(parsed, parseImagePins([`ghcr.io/acme/web@${DIGEST_A}`]));
    expect(imagesOf(parsed)).toEqual(['postgres:16', `ghcr.io/acme/web@${DIGEST_A}`].sort());
  });

  test('a placeholder=reference entry replaces a placeholder repository with another one', () => {
    const parsed = resources(deployment('web', 'localhost:5000/shipgate/sample-app'));
    pinImages(
      parsed,
      parseImagePins([`localhost:5000/shipgate/sample-app=127.0.0.1:41234/shipgate/sample-app@${DIGEST_B}`]),
    );
    expect(imagesOf(parsed)).toEqual([`127.0.0.1:41234/shipgate/sample-app@${DIGEST_B}`]);
  });

  test('an image-ref that matches nothing is an error listing the images found', () => {
    const parsed = resources(deployment('web', 'ghcr.io/acme/web:1'));
    expect(() => pinImages(parsed, parseImagePins([`ghcr.io/acme/api@${DIGEST_A}`]))).toThrow(
      `Image reference "ghcr.io/acme/api@${DIGEST_A}" matches no container image of repository ghcr.io/acme/api in the rendered manifests (images found: ghcr.io/acme/web:1).`,
    );
  });

  test('a Rollout of another API group is not an Argo Rollout', () => {
    expect(
      containerSlots({ apiVersion: 'example.com/v1', kind: 'Rollout', spec: { template: { spec: podSpec('x') } } }),
    ).toEqual([]);
  });
});

describe('parseImagePins', () => {
  test.each([
    ['ghcr.io/acme/web:1.2', 'must be pinned by digest'],
    ['ghcr.io/acme/web@sha256:abc', 'is not a valid image reference'],
    ['Bad Name=ghcr.io/acme/web@' + DIGEST_A, 'names an invalid image to replace'],
  ])('rejects %s', (entry, message) => {
    expect(() => parseImagePins([entry])).toThrow(message);
  });

  test('rejects two entries for one repository', () => {
    expect(() => parseImagePins([`nginx@${DIGEST_A}`, `docker.io/library/nginx@${DIGEST_B}`])).toThrow(
      'Input "image-ref" has two entries for repository docker.io/library/nginx',
    );
  });
});
