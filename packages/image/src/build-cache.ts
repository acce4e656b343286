import { ConfigurationError } from '@shipgate/core';
import { ImageReferenceError, parseImageReference } from './reference';

export type CacheDirection = 'cache-from' | 'cache-to';

/** One `cache-from`/`cache-to` entry as build-push-action takes it: `type=registry,ref=…` or a bare reference. */
export interface CacheEntry {
  /** As written; docker buildx gets exactly this. */
  raw: string;
  type: string;
  attributes: Readonly<Record<string, string>>;
}

/**
 * Reads cache entries the way buildx does: comma-separated `key=value` fields, where an entry that
 * is only a reference (`ghcr.io/acme/web:buildcache`) means `type=registry,ref=<it>`.
 */
export function parseCacheEntries(entries: readonly string[], inputName: CacheDirection): CacheEntry[] {
  return entries.map((raw) => {
    const fields = raw.split(',').map((field) => field.trim());
    if (fields.length === 1 && !fields[0]?.includes('=')) {
      return { raw, type: 'registry', attributes: { ref: fields[0] ?? '' } };
    }
    const attributes: Record<string, string> = {};
    for (const field of fields) {
      const equals = field.indexOf('=');
      if (equals <= 0) {
        throw new ConfigurationError(
          `Input "${inputName}" has "${raw}", whose field "${field}" is not of the form key=value (e.g. type=registry,ref=ghcr.io/acme/web-cache).`,
        );
      }
      attributes[field.slice(0, equals)] = field.slice(equals + 1);
    }
    return { raw, type: attributes.type ?? 'registry', attributes };
  });
}

// What buildah's registry cache can honour; mode=max is what it does anyway (every layer is pushed).
const BUILDAH_CACHE_KEYS: Readonly<Record<CacheDirection, ReadonlySet<string>>> = {
  'cache-from': new Set(['type', 'ref']),
  'cache-to': new Set(['type', 'ref', 'mode']),
};

/**
 * The one repository buildah (1.28, Debian 12) takes for `--cache-from` or `--cache-to`. buildah
 * keeps a registry cache as one tag per layer's cache key, so the repository carries no tag, and
 * its flag is a single value: a second entry would be dropped silently, so it is refused.
 */
export function buildahCacheRepository(entries: readonly CacheEntry[], inputName: CacheDirection): string | undefined {
  if (entries.length === 0) return undefined;
  if (entries.length > 1) {
    throw new ConfigurationError(
      `Input "${inputName}" lists ${entries.length} caches, but the buildah builder takes one cache repository; list one, or use builder "docker".`,
    );
  }
  const entry = entries[0] as CacheEntry;
  if (entry.type !== 'registry') {
    throw new ConfigurationError(
      `Input "${inputName}" has a cache of type "${entry.type}", but the buildah builder keeps its cache in a registry only (type=registry); use builder "docker" for ${entry.type}.`,
    );
  }
  const unsupported = Object.entries(entry.attributes).find(
    ([key, value]) => !BUILDAH_CACHE_KEYS[inputName].has(key) || (key === 'mode' && value !== 'max'),
  );
  if (unsupported) {
    throw new ConfigurationError(
      `Input "${inputName}" has "${unsupported[0]}=${unsupported[1]}", which the buildah builder cannot honour (it takes type=registry,ref=<repository>${inputName === 'cache-to' ? ' and mode=max' : ''}).`,
    );
  }
  const ref = entry.attributes.ref ?? '';
  let repository: ReturnType<typeof parseImageReference>;
  try {
    repository = parseImageReference(ref);
  } catch (error) {
    if (!(error instanceof ImageReferenceError)) throw error;
    throw new ConfigurationError(`Input "${inputName}" has "${entry.raw}", whose ref is not a valid repository.`);
  }
  if (repository.tag || repository.digest) {
    throw new ConfigurationError(
      `Input "${inputName}" has "${entry.raw}", but buildah tags its cache by layer itself: give a repository without tag or digest (e.g. ${repository.name}).`,
    );
  }
  return repository.name;
}
