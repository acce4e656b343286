import { execFileSync } from 'node:child_process';
import { copyFileSync, cpSync, existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';

const sampleApp = join(import.meta.dirname, '..', '..', '..', 'workflows-examples', 'sample-app');
const busybox = ['/bin/busybox', '/usr/bin/busybox'].find((path) => existsSync(path)) ?? '/bin/busybox';

// The demo builds the sample app with buildah; this checks its Containerfile builds offline and
// the image holds what the Deployment's probe and the page need.
describe('the sample app image', () => {
  const work = mkdtempSync(join(tmpdir(), 'shipgate-sample-image-'));
  afterAll(() => rmSync(work, { recursive: true, force: true }));
  const buildah = (...args: string[]) =>
    execFileSync('buildah', ['--root', join(work, 'root'), '--runroot', join(work, 'runroot'), ...args], {
      encoding: 'utf8',
      env: { ...process.env, STORAGE_DRIVER: 'vfs', BUILDAH_ISOLATION: 'chroot' },
      timeout: 120_000,
    });

  test('builds FROM scratch with busybox, serving /www with httpd on 8080', () => {
    const context = join(work, 'context');
    cpSync(sampleApp, context, { recursive: true });
    copyFileSync(busybox!, join(context, 'busybox'));
    buildah('build', '--quiet', '-f', join(context, 'Containerfile'), '-t', 'localhost/sample-app:test', context);
    const image = JSON.parse(buildah('inspect', '--type', 'image', 'localhost/sample-app:test'));
    expect(image.OCIv1.config.Cmd).toEqual(['/bin/busybox', 'httpd', '-f', '-v', '-p', '8080', '-h', '/www']);
    expect(image.OCIv1.config.User).toBe('65534:65534');
    const container = buildah('from', 'localhost/sample-app:test').trim();
    expect(buildah('run', container, '--', '/bin/busybox', 'cat', '/www/status/health')).toBe('ok\n');
    expect(buildah('run', container, '--', '/bin/busybox', 'cat', '/www/index.html')).toContain('Shipgate sample app');
    buildah('rm', container);
  });
});
