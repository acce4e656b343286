import { ConfigurationError } from '@shipgate/core';
import { isValidTag } from './reference';

/** The parts of the workflow run that decide tags and labels (a subset of core's GitHubContext). */
export interface GitContext {
  eventName: string;
  /** `refs/heads/main`, `refs/tags/v1.2.3`, `refs/pull/7/merge`. */
  ref: string;
  /** For pull requests, the merge commit GitHub made; the head sha comes from `payload`. */
  sha: string;
  /** `owner/name`. */
  repository: string;
  serverUrl: string;
  payload: Record<string, unknown>;
}

export interface ImageMetadataOptions {
  context: GitContext;
  /** Raw tags (the `tags` input), added after the ones from git. */
  tags?: readonly string[];
  /** `key=value` entries (the `labels` input) that add to or override the OCI labels. */
  labels?: readonly string[];
  /** When the image was built; `org.opencontainers.image.created`. */
  now?: Date;
}

export interface ImageMetadata {
  tags: string[];
  /** The most specific version among the tags (semver, branch, `pr-N` or `sha-…`). */
  version: string;
  /** The commit the image was built from: the PR head for pull requests, not the merge commit. */
  revision: string;
  labels: Record<string, string>;
}

const PULL_REQUEST_EVENTS = new Set(['pull_request', 'pull_request_target']);
const MAX_TAG_LENGTH = 128;

/**
 * Tags and OCI labels from the git context, the way docker/metadata-action does by default plus a
 * `sha-<7>` tag: branch → sanitised branch name (and `nightly` first on a schedule), pull request →
 * `pr-<n>` (built from the PR head, never the merge commit), `refs/tags/v1.2.3` → `1.2.3`, `1.2`,
 * `1`, `latest`. A prerelease (semver `-rc.1`, or a GitHub release marked prerelease) never moves
 * `latest`. build-image's README lists where this deliberately differs from metadata-action.
 */
export function computeImageMetadata(options: ImageMetadataOptions): ImageMetadata {
  const { context } = options;
  const rawTags = options.tags ?? [];
  for (const tag of rawTags) {
    if (!isValidTag(tag)) {
      throw new ConfigurationError(
        `Input "tags" has "${tag}", which is not a valid tag (up to 128 letters, digits, "_", "." or "-", not starting with "." or "-").`,
      );
    }
  }
  const overrides = parseLabels(options.labels ?? []);

  const revision = revisionOf(context);
  const shortSha = revision.slice(0, 7);
  // Most specific first: the first tag is the version, as metadata-action orders them.
  const fromRef: string[] = [];
  const pullRequest = pullRequestNumber(context);
  if (pullRequest !== undefined) {
    fromRef.push(`pr-${pullRequest}`);
  } else if (context.ref.startsWith('refs/tags/')) {
    const name = context.ref.slice('refs/tags/'.length);
    const semver = semverTags(name);
    const tags = semver ? semver.tags : [sanitizeTag(name)];
    // A release GitHub marks as a prerelease never moves latest, whatever its tag looks like.
    fromRef.push(...(isGitHubPrerelease(context) ? tags.filter((tag) => tag !== 'latest') : tags));
  } else if (context.ref.startsWith('refs/heads/')) {
    // metadata-action's type=schedule default: a scheduled build is also `nightly`, first.
    if (context.eventName === 'schedule') fromRef.push('nightly');
    fromRef.push(sanitizeTag(context.ref.slice('refs/heads/'.length)));
  }
  const fromSha = shortSha ? [`sha-${shortSha}`] : [];
  const tags = unique([...fromRef, ...fromSha, ...rawTags].filter(Boolean));
  const version = tags[0] ?? '';

  const labels: Record<string, string> = {};
  const title = context.repository.split('/')[1];
  if (title) labels['org.opencontainers.image.title'] = title;
  if (context.repository) {
    const source = `${context.serverUrl.replace(/\/+$/, '')}/${context.repository}`;
    labels['org.opencontainers.image.source'] = source;
    labels['org.opencontainers.image.url'] = source;
  }
  if (revision) labels['org.opencontainers.image.revision'] = revision;
  if (version) labels['org.opencontainers.image.version'] = version;
  labels['org.opencontainers.image.created'] = (options.now ?? new Date()).toISOString();
  const repository = context.payload.repository as
    | { description?: unknown; license?: { spdx_id?: unknown } }
    | undefined;
  if (typeof repository?.description === 'string' && repository.description) {
    labels['org.opencontainers.image.description'] = repository.description;
  }
  const license = repository?.license?.spdx_id;
  if (typeof license === 'string' && license && license !== 'NOASSERTION') {
    labels['org.opencontainers.image.licenses'] = license;
  }
  return { tags, version, revision, labels: { ...labels, ...overrides } };
}

/** The commit being built: for pull requests the head of the PR branch (metadata-action #206, #414). */
export function revisionOf(context: GitContext): string {
  if (PULL_REQUEST_EVENTS.has(context.eventName)) {
    const head = (context.payload.pull_request as { head?: { sha?: unknown } } | undefined)?.head?.sha;
    if (typeof head === 'string' && head) return head;
  }
  return context.sha;
}

function isGitHubPrerelease(context: GitContext): boolean {
  return (
    context.eventName === 'release' &&
    (context.payload.release as { prerelease?: unknown } | undefined)?.prerelease === true
  );
}

function pullRequestNumber(context: GitContext): number | undefined {
  if (!PULL_REQUEST_EVENTS.has(context.eventName) && !context.ref.startsWith('refs/pull/')) return undefined;
  const fromPayload =
    (context.payload.pull_request as { number?: unknown } | undefined)?.number ?? context.payload.number;
  if (typeof fromPayload === 'number' && Number.isSafeInteger(fromPayload)) return fromPayload;
  const fromRef = /^refs\/pull\/(\d+)\//.exec(context.ref)?.[1];
  return fromRef ? Number(fromRef) : undefined;
}

/**
 * `v1.2.3` → `1.2.3`, `1.2`, `1`, `latest`; a prerelease (`1.2.3-rc.1`) only gets its full
 * version. `0.x` gets no bare `0` tag: a major of 0 promises no compatibility between minors.
 * `undefined` when the name is not semver.
 */
export function semverTags(name: string): { tags: string[]; prerelease: boolean } | undefined {
  const match =
    /^v?(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)(?:-((?:0|[1-9]\d*|\d*[A-Za-z-][0-9A-Za-z-]*)(?:\.(?:0|[1-9]\d*|\d*[A-Za-z-][0-9A-Za-z-]*))*))?(?:\+([0-9A-Za-z-]+(?:\.[0-9A-Za-z-]+)*))?$/.exec(
      name,
    );
  if (!match) return undefined;
  const [, major, minor, patch, prerelease, build] = match;
  const full = sanitizeTag(
    `${major}.${minor}.${patch}${prerelease ? `-${prerelease}` : ''}${build ? `-${build}` : ''}`,
  );
  if (prerelease) return { tags: [full], prerelease: true };
  const tags = [full, `${major}.${minor}`];
  if (major !== '0') tags.push(`${major}`);
  tags.push('latest');
  return { tags, prerelease: false };
}

/** A branch or tag name made into a valid image tag: runs of other characters become `-`. */
export function sanitizeTag(value: string): string {
  const replaced = value.replace(/[^A-Za-z0-9_.-]+/g, '-').replace(/^[.-]+/, '');
  return replaced.slice(0, MAX_TAG_LENGTH);
}

/** `key=value` entries into an object; the value may contain `=`. */
export function parseLabels(entries: readonly string[], inputName = 'labels'): Record<string, string> {
  const labels: Record<string, string> = {};
  for (const entry of entries) {
    const equals = entry.indexOf('=');
    const key = equals > 0 ? entry.slice(0, equals).trim() : '';
    if (!key) throw new ConfigurationError(`Input "${inputName}" has "${entry}", which is not of the form key=value.`);
    labels[key] = entry.slice(equals + 1).trim();
  }
  return labels;
}

function unique(values: readonly string[]): string[] {
  return [...new Set(values)];
}
