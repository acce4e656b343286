import { execFile } from 'node:child_process';
import { mkdtemp, readdir, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { ConfigurationError } from '@shipgate/core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { deployCall } from '../../../test/support/deploy-call';
import { type GitServer, startGitServer } from '../../../test/support/git-server';
import { deployToGitOps } from '../src/deploy';
import { withSigningKey } from '../src/signing-key';
import { deployOptions, IMAGE_A, makeSourceDir, type RecordingRuntime, recordingRuntime } from './support';

const execFileAsync = promisify(execFile);
let server: GitServer;
let keys: { dir: string; privateKey: string; publicKey: string; body: string };

beforeAll(async () => {
  server = await startGitServer();
  const dir = await mkdtemp(join(tmpdir(), 'signing-keys-'));
  const file = join(dir, 'deployer');
  await execFileAsync('ssh-keygen', ['-q', '-t', 'ed25519', '-N', '', '-C', 'deployer', '-f', file]);
  const privateKey = await readFile(file, 'utf8');
  // The base64 body: what must never appear anywhere but in the key file while it exists.
  const body = privateKey.split('\n').filter((line) => line && !line.startsWith('-----'))[1] ?? '';
  keys = { dir, privateKey, publicKey: (await readFile(`${file}.pub`, 'utf8')).trim(), body };
});
afterAll(async () => {
  await server.stop();
});

/** `%G?` of each commit on main, judged by an allowed-signers file naming the deployer's key. */
async function signatures(name: string): Promise<string[]> {
  const allowed = join(keys.dir, 'allowed-signers');
  await writeFile(allowed, `deployer@example.com ${keys.publicKey}\n`);
  const log = await server.git(name, ['-c', `gpg.ssh.allowedSignersFile=${allowed}`, 'log', '--format=%G?', 'main']);
  return log.split('\n');
}

async function filesUnder(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries.filter((entry) => entry.isFile()).map((entry) => join(entry.parentPath, entry.name));
}

/** The key's body appears in no spawned argv, no log line and no file left in the temp directory. */
async function expectNoKeyLeft(recording: RecordingRuntime, tempDir: string) {
  expect(recording.argv.flat().join('\n')).not.toContain(keys.body);
  expect(recording.runtime.logText()).not.toContain(keys.body);
  for (const file of await filesUnder(tempDir)) expect(await readFile(file, 'utf8')).not.toContain(keys.body);
}

describe('signed deploy commits', () => {
  test('a key that is not an OpenSSH private key is refused in one sentence before anything is written', async () => {
    const tempDir = await mkdtemp(join(tmpdir(), 'signing-temp-'));
    const setSecret = () => {};
    await expect(
      withSigningKey({ key: 'ssh-ed25519 AAAA… a public key', setSecret, tempDir }, async () => 1),
    ).rejects.toThrow(
      new ConfigurationError(
        'Input "signing-key" must be an SSH private key as ssh-keygen writes it (-----BEGIN OPENSSH PRIVATE KEY-----), without a passphrase.',
      ),
    );
    expect(await readdir(tempDir)).toEqual([]);
  });

  test('a writer signs its commit: it verifies against allowed-signers, and the key is nowhere after', async () => {
    const name = 'signed-solo';
    const url = await server.createRepo(name, { files: { 'README.md': 'x\n' } });
    const tempDir = await mkdtemp(join(tmpdir(), 'signing-temp-'));
    const recording = recordingRuntime();
    const secrets: string[] = [];
    const setSecret = (secret: string) => {
      secrets.push(secret);
      recording.runtime.setSecret(secret);
    };
    const sourceDir = await makeSourceDir({ 'app.yaml': 'web\n' });
    const result = await withSigningKey({ key: keys.privateKey, setSecret, tempDir }, (signing) =>
      deployToGitOps(
        ...deployCall({
          ...deployOptions(recording, {
            repository: url,
            token: server.token,
            app: 'web',
            environment: 'dev',
            imageRefs: [IMAGE_A],
            sourceDir,
            tempDir,
          }),
          ...(signing ? { signing } : {}),
        }),
      ),
    );
    expect(result.changed).toBe(true);
    expect((await signatures(name))[0]).toBe('G');
    const allowed = join(keys.dir, 'allowed-signers');
    await expect(
      server.git(name, ['-c', `gpg.ssh.allowedSignersFile=${allowed}`, 'verify-commit', result.commitSha]),
    ).resolves.toBeDefined();
    expect(secrets).toContain(keys.body);
    // git was told where the key file is (user.signingKey), never what is in it.
    expect(recording.argv.some((args) => args.some((arg) => arg.startsWith('user.signingKey=')))).toBe(true);
    await expectNoKeyLeft(recording, tempDir);
    expect(await filesUnder(tempDir)).toEqual([]);
  });

  test('commits a queue leader replays are signed too: 8 concurrent signed deploys all verify', async () => {
    const name = 'signed-queue';
    const url = await server.createRepo(name, { files: { 'README.md': 'x\n' } });
    const tempDir = await mkdtemp(join(tmpdir(), 'signing-temp-'));
    const runs = await Promise.all(
      Array.from({ length: 8 }, async (_, index) => {
        const recording = recordingRuntime();
        const result = await withSigningKey(
          { key: keys.privateKey, setSecret: recording.runtime.setSecret, tempDir },
          async (signing) =>
            deployToGitOps(
              ...deployCall({
                ...deployOptions(recording, {
                  repository: url,
                  token: server.token,
                  app: `app${index}`,
                  environment: 'dev',
                  imageRefs: [IMAGE_A],
                  sourceDir: await makeSourceDir({ 'app.yaml': `app ${index}\n` }),
                  tempDir,
                }),
                ...(signing ? { signing } : {}),
              }),
            ),
        );
        return { recording, result };
      }),
    );
    expect(runs.every(({ result }) => result.changed)).toBe(true);
    // Every deploy commit on main (all but the initial one) is signed by the deployer's key.
    expect((await signatures(name)).slice(0, 8)).toEqual(Array(8).fill('G'));
    const landedByLeader = runs.filter(({ recording }) =>
      recording.runtime.logs.some((entry) => /Landed \d+ queued deploy/.test(entry.message)),
    );
    expect(landedByLeader.length).toBeGreaterThan(0);
    for (const { recording } of runs) await expectNoKeyLeft(recording, tempDir);
    expect(await filesUnder(tempDir)).toEqual([]);
  }, 120_000);
});
