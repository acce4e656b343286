import { ConfigurationError } from './errors';

/**
 * Replaces every registered secret, and the forms derived from it that tools print, with `***`.
 * Used on everything this project writes itself (logs, errors, outputs) so that masking does not
 * depend on the GitHub runner being the reader.
 */
export class SecretMasker {
  readonly #secrets = new Set<string>();

  /** Registers a secret and returns the values that were newly registered (to forward to the runner). */
  add(secret: string | undefined): string[] {
    if (!secret) return [];
    const added: string[] = [];
    for (const form of [secret, ...secret.split(/\r?\n/)]) {
      const value = form.trim();
      // Masking very short values would shred ordinary log text and protects nothing.
      if (value.length < 3 || this.#secrets.has(value)) continue;
      this.#secrets.add(value);
      added.push(value);
    }
    return added;
  }

  get secrets(): readonly string[] {
    return [...this.#secrets];
  }

  /** Whether `text` holds any registered secret (or a form of one). */
  contains(text: string): boolean {
    if (!text) return false;
    for (const secret of this.#secrets) if (text.includes(secret)) return true;
    return false;
  }

  mask(text: string): string {
    if (this.#secrets.size === 0 || !text) return text;
    let masked = text;
    // Longest first, so a secret that contains another is replaced whole.
    for (const secret of [...this.#secrets].sort((a, b) => b.length - a.length)) {
      masked = masked.split(secret).join('***');
    }
    return masked;
  }
}

/**
 * Inputs whose values are written into the GitOps repository (commit message, trailers, author,
 * paths) are public to everyone who can read it, and masking only covers logs. A registered secret
 * in one of them is refused, naming the input and never the value. Call after every secret input
 * has been registered.
 */
export function refuseSecretsInCommittedInputs(
  masker: SecretMasker,
  source: { getInput(name: string): string },
  names: readonly string[],
): void {
  for (const name of names) {
    if (masker.contains(source.getInput(name))) {
      throw new ConfigurationError(
        `Input "${name}" contains a secret (a value registered for masking); it would be committed to the GitOps repository in clear.`,
      );
    }
  }
}

/**
 * The forms a token takes on the wire when used for HTTP basic auth, which git and registries
 * may echo in debug output: `user:token` and its base64.
 */
export function basicAuthForms(username: string, password: string): string[] {
  const pair = `${username}:${password}`;
  return [password, pair, Buffer.from(pair).toString('base64')];
}
