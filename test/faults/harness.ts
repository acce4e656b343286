import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { defaultCatalog, runCli } from '@shipgate/cli';
import { MEDIA_TYPES, RegistryClient, sha256Digest } from '@shipgate/image';

export interface CliRun {
  exitCode: number;
  stdout: string;
  stderr: string;
  /** The `error:` lines the CLI printed. */
  errors: string[];
  /** `name=value` outputs. */
  outputs: Record<string, string>;
}

/**
 * `shipgate <action> …` in this process, as a CI job runs it: inputs as flags, the token in
 * SHIPGATE_TOKEN, nothing from the test's own environment but PATH and HOME.
 */
export async function shipgate(argv: readonly string[], env: Readonly<Record<string, string>> = {}): Promise<CliRun> {
  let stdout = '';
  let stderr = '';
  const exitCode = await runCli(
    argv,
    {
      env: { PATH: process.env.PATH, HOME: process.env.HOME, ...env },
      stdout: (text) => {
        stdout += text;
      },
      stderr: (text) => {
        stderr += text;
      },
    },
    defaultCatalog,
  );
  const outputs: Record<string, string> = {};
  for (const line of stdout.split('\n')) {
    const equals = line.indexOf('=');
    if (equals > 0) outputs[line.slice(0, equals)] = line.slice(equals + 1);
  }
  const errors = stderr.split('\n').filter((line) => line.startsWith('error:'));
  return { exitCode, stdout, stderr, errors, outputs };
}

/** A stack trace's frame line, which a user must never see. */
export const STACK_FRAME = /^\s+at .+\(?.*:\d+:\d+\)?$/m;

/** A scratch workspace and runner temp directory for one suite. */
export async function scratchDirs(prefix: string) {
  const root = await mkdtemp(join(tmpdir(), prefix));
  const workspace = join(root, 'workspace');
  const temp = join(root, 'temp');
  await Promise.all([mkdir(workspace), mkdir(temp)]);
  return {
    root,
    workspace,
    temp,
    env: { GITHUB_WORKSPACE: workspace, RUNNER_TEMP: temp },
    remove: () => rm(root, { recursive: true, force: true }),
  };
}

/** A tiny image (one layer, one config) pushed straight to the registry; returns its digest. */
export async function pushTinyImage(registryHost: string, repository: string, tag: string): Promise<string> {
  const client = new RegistryClient({ insecure: true, retry: { baseDelayMs: 0 } });
  const target = `${registryHost}/${repository}`;
  const layer = Buffer.from(`layer of ${repository}:${tag} `.repeat(200));
  const config = Buffer.from(
    JSON.stringify({ architecture: 'amd64', os: 'linux', rootfs: { type: 'layers', diff_ids: [sha256Digest(layer)] } }),
  );
  await client.pushBlob(target, layer);
  await client.pushBlob(target, config);
  const manifest = Buffer.from(
    JSON.stringify({
      schemaVersion: 2,
      mediaType: MEDIA_TYPES.ociManifest,
      config: {
        mediaType: 'application/vnd.oci.image.config.v1+json',
        digest: sha256Digest(config),
        size: config.length,
      },
      layers: [
        { mediaType: 'application/vnd.oci.image.layer.v1.tar', digest: sha256Digest(layer), size: layer.length },
      ],
    }),
  );
  return client.pushManifest(`${target}:${tag}`, manifest, MEDIA_TYPES.ociManifest);
}

/** The status the registry itself (not the proxy) answers for a manifest. */
export async function manifestStatus(registryUrl: string, repository: string, reference: string): Promise<number> {
  const response = await fetch(`${registryUrl}/v2/${repository}/manifests/${reference}`, {
    method: 'HEAD',
    headers: { accept: `${MEDIA_TYPES.ociManifest}, ${MEDIA_TYPES.dockerManifest}` },
  });
  return response.status;
}

/** A Trivy report (the project's fixture shape) naming `imageRef`, with one high finding. */
export async function writeTrivyReport(path: string, imageRef: string, digest: string): Promise<void> {
  await writeFile(
    path,
    JSON.stringify({
      SchemaVersion: 2,
      Trivy: { Version: '0.58.1' },
      ArtifactName: imageRef,
      ArtifactType: 'container_image',
      Metadata: { RepoDigests: [`${imageRef.split(/[:@]/)[0]}@${digest}`] },
      Results: [
        {
          Target: 'debian 12.5',
          Class: 'os-pkgs',
          Type: 'debian',
          Vulnerabilities: [
            {
              VulnerabilityID: 'CVE-2024-0001',
              PkgName: 'openssl',
              InstalledVersion: '3.0.11',
              FixedVersion: '3.0.13',
              Severity: 'MEDIUM',
              Title: 'example',
            },
          ],
        },
      ],
    }),
  );
}
