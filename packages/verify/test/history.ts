/**
 * Builds GitOps repository histories for the verifier's tests with plain git in a working clone
 * of a repository on the test git server: deploy commits as gitops-commit writes them, hand-made
 * ones, policy changes, commits signed with real ssh-keygen keys.
 */
import { execFile } from 'node:child_process';
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { promisify } from 'node:util';
import { configHash, parseManifestStream, renderFiles } from '@shipgate/manifests';
import type { GitServer } from '../../../test/support/git-server';

const execFileAsync = promisify(execFile);

export const digest = (c: string) => `sha256:${c.repeat(64)}`;
export const image = (c: string) => `ghcr.io/acme/web@${digest(c)}`;

export const POLICY = `version: 1
environments:
  staging:
    paths: ["apps/*/staging"]
  production:
    paths: ["apps/*/production"]
    approvals: { min: 2, approvers: [alice, bob], max-age: 24h }
`;

/** The rendered files of an app (one Deployment) as render-manifests writes them, and their hash. */
export function rendered(app: string, environment: string, imageRef: string, replicas = 2) {
  const text = `apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: ${app}\n  namespace: ${environment}\nspec:\n  replicas: ${replicas}\n  selector:\n    matchLabels:\n      app: ${app}\n  template:\n    metadata:\n      labels:\n        app: ${app}\n    spec:\n      containers:\n        - name: ${app}\n          image: ${imageRef}\n`;
  const files = renderFiles(parseManifestStream(text, 'test'));
  return {
    files: Object.fromEntries(files.map((file) => [`apps/${app}/${environment}/${file.name}`, file.content])),
    configHash: configHash(files),
  };
}

export interface DeployMessage {
  app: string;
  environment: string;
  imageRef: string;
  configHash: string;
  scan?: string;
  approvals?: string[];
  approvedBy?: string[];
  extra?: string[];
}

export function deployMessage(m: DeployMessage): string {
  const lines = [
    `Shipgate-App: ${m.app}`,
    `Shipgate-Environment: ${m.environment}`,
    `Shipgate-Image: ${m.imageRef}`,
    `Shipgate-Source: acme/${m.app}@9b2e1d0`,
    `Shipgate-Scan: ${m.scan ?? 'pass; trivy 0.58.1; critical=0 high=0'}`,
    `Shipgate-Config-Hash: ${m.configHash}`,
    ...(m.approvals ?? []).map((url) => `Shipgate-Approval: ${url}`),
    ...(m.approvedBy ?? []).map((login) => `Approved-by: ${login}`),
    ...(m.extra ?? []),
  ];
  return `Deploy ${m.app} to ${m.environment}\n\n${lines.join('\n')}\n`;
}

export interface Commit {
  message: string;
  files: Record<string, string | null>;
  /** An SSH private key file to sign with. */
  signingKey?: string;
  author?: string;
  /** The author and committer date the writer chooses (git's own format, e.g. ISO 8601). */
  date?: string;
  /** Commit without pushing (the caller pushes, e.g. a merge of several commits). */
  noPush?: boolean;
}

/** A working clone of `name` on the server; each commit is pushed to its branch in the bare repository. */
export class History {
  private constructor(
    readonly server: GitServer,
    readonly name: string,
    readonly work: string,
  ) {}

  static async create(server: GitServer, name: string, files: Record<string, string>): Promise<History> {
    await server.createRepo(name, { files });
    const work = await mkdtemp(join(tmpdir(), 'verify-history-'));
    await execFileAsync('git', ['clone', '--quiet', server.repoPath(name), work]);
    return new History(server, name, work);
  }

  get url(): string {
    return this.server.repoUrl(this.name);
  }

  async git(args: string[], env: Record<string, string> = {}): Promise<string> {
    const { stdout } = await execFileAsync('git', args, { cwd: this.work, env: { ...process.env, ...env } });
    return stdout.trim();
  }

  async commit(commit: Commit): Promise<string> {
    for (const [path, content] of Object.entries(commit.files)) {
      const file = join(this.work, path);
      if (content === null) await rm(file, { force: true });
      else {
        await mkdir(dirname(file), { recursive: true });
        await writeFile(file, content);
      }
    }
    await this.git(['add', '-A']);
    const [name, email] = (commit.author ?? 'Shipgate Bot <bot@example.com>').match(/^(.*) <(.*)>$/)!.slice(1);
    const identity = {
      GIT_AUTHOR_NAME: name!,
      GIT_AUTHOR_EMAIL: email!,
      GIT_COMMITTER_NAME: name!,
      GIT_COMMITTER_EMAIL: email!,
      ...(commit.date ? { GIT_AUTHOR_DATE: commit.date, GIT_COMMITTER_DATE: commit.date } : {}),
    };
    const sign = commit.signingKey ? ['-c', 'gpg.format=ssh', '-c', `user.signingkey=${commit.signingKey}`] : [];
    await this.git(
      [...sign, 'commit', '--quiet', ...(commit.signingKey ? ['-S'] : []), '-m', commit.message],
      identity,
    );
    if (!commit.noPush) {
      const branch = await this.git(['symbolic-ref', '--short', 'HEAD']);
      await this.git(['push', '--quiet', 'origin', `HEAD:refs/heads/${branch}`]);
    }
    return this.git(['rev-parse', 'HEAD']);
  }

  async head(): Promise<string> {
    return this.git(['rev-parse', 'HEAD']);
  }

  async remove(): Promise<void> {
    await rm(this.work, { recursive: true, force: true });
  }
}

/** A new ed25519 key pair made by ssh-keygen: the private key file and the public key line. */
export async function sshKey(dir: string, name: string): Promise<{ privateKey: string; publicKey: string }> {
  const privateKey = join(dir, name);
  await execFileAsync('ssh-keygen', ['-q', '-t', 'ed25519', '-N', '', '-C', name, '-f', privateKey]);
  return { privateKey, publicKey: (await readFile(`${privateKey}.pub`, 'utf8')).trim() };
}
