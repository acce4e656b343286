import { createHash } from 'node:crypto';
import { ConfigurationError, silentLogger } from '@shipgate/core';
import { RegistryClient } from '@shipgate/image';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { startRegistry, type TestRegistry } from '../../../test/support/registry';
import { copyPromotedImage, type ImageCopier, parseTargetRepository } from '../src/promote';
import { pushSmallImage } from './promote-image';

describe('copyPromotedImage over the real registry', () => {
  let registry: TestRegistry;
  let client: RegistryClient;
  beforeAll(async () => {
    registry = await startRegistry();
    client = new RegistryClient({ insecure: true, retry: { baseDelayMs: 0 } });
  });
  afterAll(async () => {
    await registry?.stop();
  });

  test('copies between two repositories by digest, the digest unchanged', async () => {
    const source = await pushSmallImage(registry.host, 'staging/web', 'copy-test');
    const digest = source.split('@')[1]!;
    const copied = await copyPromotedImage(
      source,
      parseTargetRepository(`${registry.host}/production/web`),
      client,
      silentLogger,
    );
    expect(copied).toBe(`${registry.host}/production/web@${digest}`);
    const served = await fetch(`${registry.url}/v2/production/web/manifests/${digest}`, {
      headers: { accept: 'application/vnd.oci.image.manifest.v1+json' },
    });
    expect(served.status).toBe(200);
    expect(
      `sha256:${createHash('sha256')
        .update(Buffer.from(await served.arrayBuffer()))
        .digest('hex')}`,
    ).toBe(digest);
  });

  test('with a tag on to-image, the copy is also tagged', async () => {
    const source = await pushSmallImage(registry.host, 'staging/api', 'tag-test');
    const copied = await copyPromotedImage(
      source,
      parseTargetRepository(`${registry.host}/production/api:prod`),
      client,
      silentLogger,
    );
    expect(copied).toBe(`${registry.host}/production/api@${source.split('@')[1]}`);
    expect((await client.headManifest(`${registry.host}/production/api:prod`))?.digest).toBe(source.split('@')[1]);
  });
});

describe('copyPromotedImage checks', () => {
  const digest = `sha256:${'a'.repeat(64)}`;
  const source = `registry.example/staging/web@${digest}`;

  test('a registry that serves another digest after the copy fails the step', async () => {
    const lying: ImageCopier = {
      copyImage: async () => ({ digest, target: '' }),
      headManifest: async () => ({ digest: `sha256:${'b'.repeat(64)}` }),
    };
    await expect(
      copyPromotedImage(source, parseTargetRepository('registry.example/production/web'), lying, silentLogger),
    ).rejects.toThrow(/changed the digest: the registry serves sha256:b{64}/);
  });

  test('the same repository without a tag copies nothing', async () => {
    const untouched: ImageCopier = {
      copyImage: () => Promise.reject(new Error('no copy expected')),
      headManifest: () => Promise.reject(new Error('no check expected')),
    };
    expect(
      await copyPromotedImage(source, parseTargetRepository('registry.example/staging/web'), untouched, silentLogger),
    ).toBe(source);
  });

  test.each([
    ['registry.example/web@sha256:' + 'a'.repeat(64), /must name a repository without a digest/],
    ['Registry.example/UPPER', /Input "to-image" is not a valid image repository/],
    ['', /Input "to-image" is not a valid image repository/],
  ])('to-image %j is refused', (value, message) => {
    expect(() => parseTargetRepository(value)).toThrow(ConfigurationError);
    expect(() => parseTargetRepository(value)).toThrow(message);
  });
});
