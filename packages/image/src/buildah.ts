import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { basicAuthForms, ConfigurationError, ShipgateError } from '@shipgate/core';
import { buildahAnnotationArgs } from './annotations';
import {
  type BuildDependencies,
  type BuildOutcome,
  type BuildRequest,
  type ImageBuilder,
  requestReferences,
} from './backend';
import { buildahCacheRepository } from './build-cache';
import { type SecretSource, secretArgs, writeSecretSources } from './build-secrets';
import { sshArgs } from './build-ssh';
import { goDuration, type PushRetryPolicy, pushPolicy, pushWithRetries } from './push-retry';

/**
 * The arguments of `buildah build` for a request; pure, so the command line is tested as data.
 * `secretSources` are the files holding the request's secrets (see `writeSecretSources`).
 */
export function buildahBuildArgs(
  request: BuildRequest,
  files: { iidFile: string; authFile?: string; secretSources?: readonly SecretSource[] },
): string[] {
  const { cacheFrom, cacheTo } = checkBuildahSupport(request);
  const args = ['build', '--iidfile', files.iidFile, '--file', request.file];
  for (const reference of requestReferences(request)) args.push('--tag', reference);
  for (const [key, value] of Object.entries(request.buildArgs)) args.push('--build-arg', `${key}=${value}`);
  for (const [key, value] of Object.entries(request.labels)) args.push('--label', `${key}=${value}`);
  args.push(...buildahAnnotationArgs(request.annotations ?? []));
  if (request.target) args.push('--target', request.target);
  if (request.platforms.length > 0) args.push('--platform', request.platforms.join(','));
  // A registry cache holds layers, so buildah must build layer by layer to use or fill one.
  if (cacheFrom || cacheTo) args.push('--layers');
  if (cacheFrom) args.push('--cache-from', cacheFrom);
  if (cacheTo) args.push('--cache-to', cacheTo);
  args.push(...secretArgs(files.secretSources ?? []));
  args.push(...sshArgs(request.ssh ?? []));
  if (files.authFile) args.push('--authfile', files.authFile);
  if (!request.tlsVerify) args.push('--tls-verify=false');
  args.push(request.context);
  return args;
}

/**
 * What the buildah builder cannot do, refused in one sentence naming the input, before anything
 * runs: several platforms, a cache other than one registry repository, an index annotation.
 */
export function checkBuildahSupport(request: BuildRequest): { cacheFrom?: string; cacheTo?: string } {
  if (request.platforms.length > 1) {
    throw new ConfigurationError(
      `Input "platforms" lists ${request.platforms.length} platforms, but the buildah builder builds one; use builder "docker" for several.`,
    );
  }
  buildahAnnotationArgs(request.annotations ?? []);
  const cacheFrom = buildahCacheRepository(request.cacheFrom ?? [], 'cache-from');
  const cacheTo = buildahCacheRepository(request.cacheTo ?? [], 'cache-to');
  return { ...(cacheFrom ? { cacheFrom } : {}), ...(cacheTo ? { cacheTo } : {}) };
}

/** The arguments of `buildah push` for one tag. */
export function buildahPushArgs(
  imageId: string,
  destination: string,
  options: { digestFile: string; tlsVerify: boolean; authFile?: string; retry?: PushRetryPolicy },
): string[] {
  const { retries, delayMs } = pushPolicy(options.retry);
  const args = [
    'push',
    '--digestfile',
    options.digestFile,
    '--retry',
    String(retries),
    '--retry-delay',
    goDuration(delayMs),
  ];
  if (options.authFile) args.push('--authfile', options.authFile);
  if (!options.tlsVerify) args.push('--tls-verify=false');
  args.push(imageId, `docker://${destination}`);
  return args;
}

/** The arguments of `buildah login`; the password goes on stdin. */
export function buildahLoginArgs(registry: string, username: string, authFile: string, tlsVerify: boolean): string[] {
  const args = ['login', '--authfile', authFile, '--username', username, '--password-stdin'];
  if (!tlsVerify) args.push('--tls-verify=false');
  args.push(registry);
  return args;
}

/** `--iidfile` and `--digestfile` hold one `sha256:<hex>` with no newline; anything else is a broken tool. */
export function parseDigestFile(content: string, what: string): string {
  const digest = content.trim();
  if (!/^sha256:[a-f0-9]{64}$/.test(digest)) {
    throw new ShipgateError(`buildah wrote no digest to its ${what} (got "${digest.slice(0, 80)}").`);
  }
  return digest;
}

/** Daemonless builds: `buildah build`, then `buildah push --digestfile` for every tag. */
export class BuildahBuilder implements ImageBuilder {
  readonly name = 'buildah' as const;
  constructor(private readonly deps: BuildDependencies) {}

  async build(request: BuildRequest): Promise<BuildOutcome> {
    const { log, exec, env } = this.deps;
    // Checked again here for callers other than the action, which rejects these before building.
    checkBuildahSupport(request);
    const scratch = await mkdtemp(join(this.deps.tempDir, 'shipgate-buildah-'));
    try {
      let authFile: string | undefined;
      if (request.credentials) {
        const { username, password } = request.credentials;
        for (const form of basicAuthForms(username, password)) this.deps.setSecret(form);
        authFile = join(scratch, 'auth.json');
        await exec('buildah', buildahLoginArgs(request.repository.domain, username, authFile, request.tlsVerify), {
          input: password,
          env,
        });
      }
      const iidFile = join(scratch, 'iid');
      const secretSources = await writeSecretSources(scratch, request.secrets ?? []);
      for (const secret of request.secrets ?? []) if ('value' in secret) this.deps.setSecret(secret.value);
      const buildArgs = buildahBuildArgs(request, { iidFile, authFile, secretSources });
      await exec('buildah', buildArgs, {
        env,
        streamOutput: { group: `Building ${request.repository.name} with buildah` },
      });
      const imageId = parseDigestFile(await readFile(iidFile, 'utf8'), '--iidfile');
      const references = requestReferences(request);
      if (!request.push) return { imageId, references };

      const pushed: { reference: string; digest: string }[] = [];
      for (const [index, reference] of references.entries()) {
        const digestFile = join(scratch, `digest-${index}`);
        const args = buildahPushArgs(imageId, reference, {
          digestFile,
          tlsVerify: request.tlsVerify,
          authFile,
          retry: request.pushRetry,
        });
        // buildah's --retry covers what it retries itself (dropped connections in this version);
        // a 408/429/5xx it reports without retrying runs the push again, within the same budget.
        await pushWithRetries({ reference, imageId }, request.pushRetry, log, () =>
          exec('buildah', args, { env, streamOutput: { group: `Pushing ${reference}` } }),
        );
        const digest = parseDigestFile(await readFile(digestFile, 'utf8'), '--digestfile');
        log.info(`Pushed ${reference} → ${digest}`);
        pushed.push({ reference, digest });
      }
      return { digest: requireOneDigest(pushed), imageId, references };
    } finally {
      // The auth file and the secret files hold credentials: nothing of them may outlive the step.
      await rm(scratch, { recursive: true, force: true });
    }
  }
}

/** All tags must name the same manifest (push-to-registry #26), else the build's identity is ambiguous. */
export function requireOneDigest(pushed: readonly { reference: string; digest: string }[]): string {
  const digests = new Set(pushed.map((entry) => entry.digest));
  const first = pushed[0];
  if (!first) throw new ShipgateError('Nothing was pushed.');
  if (digests.size > 1) {
    const listing = pushed.map((entry) => `${entry.reference} → ${entry.digest}`).join(', ');
    throw new ShipgateError(`The pushed tags ended on different digests (${listing}).`);
  }
  return first.digest;
}
