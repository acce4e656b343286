import { chmod, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ConfigurationError } from '@shipgate/core';
import type { SecretSink } from '@shipgate/git';
import type { CommitSigning } from './objects';

const OPENSSH_KEY = /^-----BEGIN OPENSSH PRIVATE KEY-----\n[A-Za-z0-9+/=\n]+-----END OPENSSH PRIVATE KEY-----\n?$/;

export interface SigningKeyOptions {
  /** The private key text, as ssh-keygen writes it; nothing to sign with when empty. */
  key: string | undefined;
  setSecret: SecretSink;
  /** The key file lives in a directory of its own below this one, removed afterwards. */
  tempDir?: string;
  inputName?: string;
}

/**
 * Runs `fn` with an SSH signing key on disk for git (`user.signingKey` names the file, never the
 * key): masked first, line by line (a runner masks multi-line secrets per line), written 0600
 * into a fresh 0700 directory, removed when `fn` settles, whatever it did. An input that is not an
 * unencrypted OpenSSH private key is refused before anything is written.
 */
export async function withSigningKey<T>(
  options: SigningKeyOptions,
  fn: (signing: CommitSigning | undefined) => Promise<T>,
): Promise<T> {
  const text = options.key?.replace(/\r\n?/g, '\n').trim();
  if (!text) return fn(undefined);
  options.setSecret(text);
  for (const line of text.split('\n')) if (!line.startsWith('-----')) options.setSecret(line);
  const inputName = options.inputName ?? 'signing-key';
  if (!OPENSSH_KEY.test(`${text}\n`)) {
    throw new ConfigurationError(
      `Input "${inputName}" must be an SSH private key as ssh-keygen writes it (-----BEGIN OPENSSH PRIVATE KEY-----), without a passphrase.`,
    );
  }
  const dir = await mkdtemp(join(options.tempDir ?? tmpdir(), 'shipgate-signing-'));
  try {
    await chmod(dir, 0o700);
    const file = join(dir, 'signing-key');
    await writeFile(file, `${text}\n`, { mode: 0o600 });
    return await fn({ key: file });
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
