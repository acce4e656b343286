import { ConfigurationError } from '@shipgate/core';

/** An image reference that is not valid under the distribution reference grammar. */
export class ImageReferenceError extends ConfigurationError {
  override name = 'ImageReferenceError';
  constructor(
    readonly input: string,
    reason: string,
  ) {
    super(`Image reference "${input}" is invalid: ${reason}.`);
  }
}

export interface ImageReference {
  /** Registry host with optional port, e.g. `ghcr.io`, `localhost:5000`; empty when not normalised and none given. */
  readonly domain: string;
  /** Repository path inside the registry, e.g. `library/ubuntu`. */
  readonly path: string;
  readonly tag?: string;
  /** `algorithm:hex`, e.g. `sha256:…`. */
  readonly digest?: string;
  /** `domain/path` (or only `path` when there is no domain): the repository. */
  readonly name: string;
  toString(): string;
}

export interface ParseImageReferenceOptions {
  /** Expand Docker Hub short names the way `docker` does (`ubuntu` → `docker.io/library/ubuntu`). Default true. */
  normalize?: boolean;
}

export const DEFAULT_DOMAIN = 'docker.io';
const LEGACY_DEFAULT_DOMAIN = 'index.docker.io';
const OFFICIAL_REPOSITORY_PREFIX = 'library/';
export const NAME_TOTAL_LENGTH_MAX = 255;

// The grammar of github.com/distribution/reference (regexp.go), spelled out piece by piece.
const alphanumeric = '[a-z0-9]+';
const separator = '(?:[._]|__|[-]+)';
const pathComponent = `${alphanumeric}(?:${separator}${alphanumeric})*`;
const domainNameComponent = '(?:[a-zA-Z0-9]|[a-zA-Z0-9][a-zA-Z0-9-]*[a-zA-Z0-9])';
const ipv6Address = '\\[(?:[a-fA-F0-9:]+)\\]';
const domainName = `${domainNameComponent}(?:\\.${domainNameComponent})*`;
const domainAndPort = `(?:${domainName}|${ipv6Address})(?::[0-9]+)?`;
const remoteName = `${pathComponent}(?:/${pathComponent})*`;
const tagPattern = '[\\w][\\w.-]{0,127}';
const digestPattern = '[A-Za-z][A-Za-z0-9]*(?:[-_+.][A-Za-z][A-Za-z0-9]*)*:[0-9a-fA-F]{32,}';

const referencePattern = new RegExp(
  `^((?:(${domainAndPort})/)?(${remoteName}))(?::(${tagPattern}))?(?:@(${digestPattern}))?$`,
);
const anchoredTag = new RegExp(`^${tagPattern}$`);
const anchoredDomain = new RegExp(`^${domainAndPort}$`);
const anchoredDigest = new RegExp(`^${digestPattern}$`);
const anchoredIdentifier = /^[a-f0-9]{64}$/;

/** Hex lengths of the digest algorithms go-digest registers; others are unsupported, as in Docker. */
const DIGEST_HEX_LENGTH: Readonly<Record<string, number>> = { sha256: 64, sha384: 96, sha512: 128 };

/**
 * Parses `[domain/]path[:tag][@digest]` exactly as github.com/distribution/reference does
 * (`ParseNormalizedNamed` when normalising, `Parse` otherwise). Throws `ImageReferenceError`.
 */
export function parseImageReference(input: string, options: ParseImageReferenceOptions = {}): ImageReference {
  const normalize = options.normalize ?? true;
  if (input === '') throw new ImageReferenceError(input, 'it is empty');
  if (input.trim() !== input) throw new ImageReferenceError(input, 'it has leading or trailing whitespace');
  if (normalize) {
    if (anchoredIdentifier.test(input)) {
      throw new ImageReferenceError(input, 'a repository name cannot be a 64-character hexadecimal string');
    }
    const { domain, remainder, written } = splitDockerDomain(input);
    const tagAt = remainder.indexOf(':');
    const remote = tagAt >= 0 ? remainder.slice(0, tagAt) : remainder;
    if (remote.toLowerCase() !== remote) {
      const writtenTagAt = written.indexOf(':');
      const writtenRemote = (writtenTagAt >= 0 ? written.slice(0, writtenTagAt) : written).split('@')[0];
      throw new ImageReferenceError(input, `the repository name "${writtenRemote}" must be lowercase`);
    }
    const parsed = parseStrict(`${domain}/${remainder}`, input);
    return parsed;
  }
  return parseStrict(input, input);
}

function parseStrict(text: string, input: string): ImageReference {
  const match = referencePattern.exec(text);
  if (!match) throw new ImageReferenceError(input, explainMismatch(input));
  const [, name = '', domain = '', path = '', tag, digest] = match;
  if (name.length > NAME_TOTAL_LENGTH_MAX) {
    throw new ImageReferenceError(input, `the repository name is longer than ${NAME_TOTAL_LENGTH_MAX} characters`);
  }
  if (digest !== undefined) validateDigest(digest, input);
  return makeReference(domain, path, tag, digest);
}

function makeReference(domain: string, path: string, tag: string | undefined, digest: string | undefined) {
  const name = domain ? `${domain}/${path}` : path;
  const reference: ImageReference = {
    domain,
    path,
    name,
    ...(tag !== undefined ? { tag } : {}),
    ...(digest !== undefined ? { digest } : {}),
    toString: () => `${name}${tag !== undefined ? `:${tag}` : ''}${digest !== undefined ? `@${digest}` : ''}`,
  };
  return reference;
}

function validateDigest(digest: string, input: string): void {
  const colon = digest.indexOf(':');
  const algorithm = digest.slice(0, colon);
  const hex = digest.slice(colon + 1);
  const length = DIGEST_HEX_LENGTH[algorithm];
  if (length === undefined)
    throw new ImageReferenceError(input, `the digest algorithm "${algorithm}" is not supported`);
  if (hex.length !== length || !/^[a-f0-9]+$/.test(hex)) {
    throw new ImageReferenceError(input, `a ${algorithm} digest must be ${length} lowercase hexadecimal characters`);
  }
}

/**
 * `ghcr.io/Codertocat/Hello-World` → `ghcr.io/codertocat/hello-world`: the repository path
 * lowercased, the registry host kept, as docker/metadata-action does for image names (a workflow's
 * `ghcr.io/${{ github.repository }}` keeps the owner's case, which no registry accepts). A first
 * component is a registry only when it has a `.` or `:` or is `localhost`, as for docker.
 */
export function lowercaseRepositoryPath(image: string): string {
  const slash = image.indexOf('/');
  const first = slash >= 0 ? image.slice(0, slash) : '';
  if (slash >= 0 && (/[.:]/.test(first) || first === 'localhost')) {
    return `${first}/${image.slice(slash + 1).toLowerCase()}`;
  }
  return image.toLowerCase();
}

/** The same split `docker` makes: a first component is a registry only if it looks like a host. */
function splitDockerDomain(input: string): { domain: string; remainder: string; written: string } {
  const slash = input.indexOf('/');
  const first = slash >= 0 ? input.slice(0, slash) : '';
  let domain: string;
  let remainder: string;
  if (slash < 0 || (!/[.:]/.test(first) && first !== 'localhost' && first.toLowerCase() === first)) {
    domain = DEFAULT_DOMAIN;
    remainder = input;
  } else {
    domain = first;
    remainder = input.slice(slash + 1);
  }
  const written = remainder;
  if (domain === LEGACY_DEFAULT_DOMAIN) domain = DEFAULT_DOMAIN;
  if (domain === DEFAULT_DOMAIN && !remainder.includes('/')) remainder = `${OFFICIAL_REPOSITORY_PREFIX}${remainder}`;
  return { domain, remainder, written };
}

/** The most specific reason a string is not a reference, checked piece by piece. */
function explainMismatch(text: string): string {
  let rest = text;
  const at = rest.indexOf('@');
  if (at >= 0) {
    const digest = rest.slice(at + 1);
    if (!anchoredDigest.test(digest)) {
      return `the digest "${digest}" is not of the form algorithm:hex (at least 32 hex characters)`;
    }
    rest = rest.slice(0, at);
  }
  // The tag starts at the first colon after the last slash: `host:5000/repo:tag`.
  const colon = rest.indexOf(':', rest.lastIndexOf('/') + 1);
  if (colon >= 0) {
    const tag = rest.slice(colon + 1);
    rest = rest.slice(0, colon);
    if (rest === '') return 'the repository name is empty';
    if (tag === '') return 'the tag after ":" is empty';
    if (!anchoredTag.test(tag)) {
      return `the tag "${tag}" must start with a letter, digit or underscore and have at most 128 of letters, digits, "_", "." and "-"`;
    }
  }
  if (rest === '') return 'the repository name is empty';
  const parts = rest.split('/');
  if (parts.some((part) => part === '')) return 'the repository name has an empty path component';
  const first = parts[0] ?? '';
  if (parts.length > 1 && !anchoredDomain.test(first) && /[.:[\]]/.test(first)) {
    return `the registry "${first}" is not a valid host[:port]`;
  }
  if (rest !== rest.toLowerCase() && referencePattern.test(rest.toLowerCase())) {
    return `the repository name "${rest}" must be lowercase`;
  }
  return 'path components may only hold lowercase letters and digits separated by ".", "_", "__" or "-"';
}

/**
 * Parses a reference that must be pinned by digest, for inputs such as `image-ref`.
 * Throws a `ConfigurationError` that names the input.
 */
export function requireDigestReference(value: string, inputName: string): ImageReference {
  let reference: ImageReference;
  try {
    reference = parseImageReference(value);
  } catch (error) {
    if (error instanceof ImageReferenceError) {
      throw new ConfigurationError(`Input "${inputName}" is not a valid image reference: ${error.message}`);
    }
    throw error;
  }
  if (!reference.digest) {
    throw new ConfigurationError(
      `Input "${inputName}" must be pinned by digest (repository@sha256:…), got "${value}".`,
    );
  }
  return reference;
}

/** Whether two references name the same repository (tags and digests ignored, Docker Hub short names expanded). */
export function sameRepository(a: string | ImageReference, b: string | ImageReference): boolean {
  const nameOf = (value: string | ImageReference) =>
    (typeof value === 'string' ? parseImageReference(value) : value).name;
  return nameOf(a) === nameOf(b);
}

/** A reference to `name` (a repository) pinned to `digest`: `name@digest`. */
export function withDigest(reference: ImageReference | string, digest: string): ImageReference {
  const base = typeof reference === 'string' ? parseImageReference(reference) : reference;
  const input = `${base.name}@${digest}`;
  if (!anchoredDigest.test(digest))
    throw new ImageReferenceError(input, `"${digest}" is not of the form algorithm:hex`);
  validateDigest(digest, input);
  return makeReference(base.domain, base.path, undefined, digest);
}

/** A reference to `name` with `tag`, validating the tag against the grammar. */
export function withTag(reference: ImageReference | string, tag: string): ImageReference {
  const base = typeof reference === 'string' ? parseImageReference(reference) : reference;
  if (!isValidTag(tag)) throw new ImageReferenceError(`${base.name}:${tag}`, `the tag "${tag}" is not valid`);
  return makeReference(base.domain, base.path, tag, undefined);
}

export function isValidTag(tag: string): boolean {
  return anchoredTag.test(tag);
}
