/**
 * build-image overhead: the action's package function (metadata, registry preflight, buildah
 * build, push of every tag, registry check of every tag) against raw `buildah bud` + `buildah
 * push` of the same context and the same tags. The bundle's own start-up is what
 * `cold-start:build-image` measures; counting it here again would hide the build's overhead
 * behind node's start on a one-second build. Each iteration pushes into a fresh repository so
 * neither side gets the other's blobs for free.
 */
import { execFileSync } from 'node:child_process';
import { copyFile, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createMemoryRuntime } from '@shipgate/core';
import { buildImage, parseImageReference } from '@shipgate/image';
import { startRegistry, type TestRegistry } from '../support/registry';
import { defineBenchmark } from './harness';

const BUILDAH_ENV = { STORAGE_DRIVER: 'vfs', BUILDAH_ISOLATION: 'chroot' };
const GIT = {
  eventName: 'push',
  ref: 'refs/heads/main',
  sha: '9b2e1d0c4a5f6e7d8c9b0a1f2e3d4c5b6a798081',
  repository: 'acme/web',
  serverUrl: 'https://github.com',
  payload: {},
};
// The tags the action derives from GIT, pushed by the baseline too.
const TAGS = ['main', 'sha-9b2e1d0'];

interface Context {
  registry: TestRegistry;
  workspace: string;
  iteration: { raw: number; action: number };
}

function buildah(args: string[]): void {
  execFileSync('buildah', args, { env: { ...process.env, ...BUILDAH_ENV }, stdio: 'pipe' });
}

export default defineBenchmark<Context>({
  name: 'build-image',
  goal: 'ratio ≤ 1.10',
  meetsGoal: (result) => result.ratio <= 1.1,
  iterations: 9,
  warmup: 1,
  async setup() {
    const registry = await startRegistry();
    const workspace = await mkdtemp(join(tmpdir(), 'shipgate-bench-build-'));
    await copyFile('/bin/busybox', join(workspace, 'busybox'));
    await writeFile(
      join(workspace, 'Dockerfile'),
      'FROM scratch\nCOPY busybox /bin/busybox\nRUN ["/bin/busybox", "sh", "-c", "/bin/busybox echo bench > /bench"]\n',
    );
    return { registry, workspace, iteration: { raw: 0, action: 0 } };
  },
  baseline: {
    label: 'buildah bud + buildah push (each tag)',
    async run({ registry, workspace, iteration }) {
      const repository = `${registry.host}/bench/raw-${iteration.raw++}`;
      const scratch = await mkdtemp(join(tmpdir(), 'shipgate-bench-raw-'));
      try {
        const iidFile = join(scratch, 'iid');
        buildah(['bud', '--iidfile', iidFile, ...TAGS.flatMap((tag) => ['--tag', `${repository}:${tag}`]), workspace]);
        const imageId = (await readFile(iidFile, 'utf8')).trim();
        for (const tag of TAGS) {
          buildah([
            'push',
            '--tls-verify=false',
            '--digestfile',
            join(scratch, 'digest'),
            imageId,
            `docker://${repository}:${tag}`,
          ]);
        }
      } finally {
        await rm(scratch, { recursive: true, force: true });
      }
    },
  },
  subject: {
    label: 'buildImage() as build-image runs it (buildah)',
    async run({ registry, workspace, iteration }) {
      const runtime = createMemoryRuntime();
      // Time outside buildah: what the action itself costs, readable even when the machine is noisy.
      let toolMs = 0;
      const exec: typeof runtime.exec = async (command, args, options) => {
        const started = performance.now();
        try {
          return await runtime.exec(command, args, options);
        } finally {
          toolMs += performance.now() - started;
        }
      };
      const started = performance.now();
      const result = await buildImage(
        {
          log: runtime.log,
          exec,
          tempDir: runtime.tempDir,
          setSecret: (secret) => runtime.setSecret(secret),
          env: BUILDAH_ENV,
        },
        {
          repository: parseImageReference(`${registry.host}/bench/action-${iteration.action++}`),
          context: workspace,
          file: join(workspace, 'Dockerfile'),
          extraTags: [],
          buildArgs: {},
          labelEntries: [],
          platforms: [],
          push: true,
          builder: 'buildah',
          tlsVerify: false,
          git: GIT,
        },
      );
      if (result.tags.join() !== TAGS.join()) throw new Error(`unexpected tags ${result.tags.join()}`);
      return { outsideBuildahMs: Math.round(performance.now() - started - toolMs) };
    },
  },
  async teardown({ registry, workspace }) {
    await registry.stop();
    await rm(workspace, { recursive: true, force: true });
  },
});
