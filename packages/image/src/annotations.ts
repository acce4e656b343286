import { ConfigurationError } from '@shipgate/core';

/**
 * One entry of the `annotations` input, as buildx and metadata-action's `annotations` output write
 * it: `key=value`, or `<level>[<platform>]:key=value` with level manifest, index,
 * manifest-descriptor or index-descriptor.
 */
export interface Annotation {
  /** As written; docker buildx gets exactly this. */
  raw: string;
  /** Empty when none was written (buildx then annotates the manifest). */
  level: string;
  platform?: string;
  key: string;
  value: string;
}

const LEVELS = new Set(['manifest', 'index', 'manifest-descriptor', 'index-descriptor']);
const PREFIX = /^([a-z-]+(?:,[a-z-]+)*)(?:\[([^\]]+)\])?:/;

export function parseAnnotations(entries: readonly string[], inputName = 'annotations'): Annotation[] {
  return entries.map((raw) => {
    const prefix = PREFIX.exec(raw);
    const levels = prefix?.[1]?.split(',') ?? [];
    // `org.example:thing=1` has a colon in its key, not a level: only the known levels are prefixes.
    const hasLevel = levels.length > 0 && levels.every((level) => LEVELS.has(level));
    const body = hasLevel && prefix ? raw.slice(prefix[0].length) : raw;
    const equals = body.indexOf('=');
    const key = equals > 0 ? body.slice(0, equals).trim() : '';
    if (!key) {
      throw new ConfigurationError(
        `Input "${inputName}" has "${raw}", which is not of the form key=value or <level>:key=value.`,
      );
    }
    return {
      raw,
      level: hasLevel && prefix ? (prefix[1] as string) : '',
      ...(hasLevel && prefix?.[2] ? { platform: prefix[2] } : {}),
      key,
      value: body.slice(equals + 1),
    };
  });
}

/**
 * buildah's `--annotation key=value` annotates the one manifest it builds; an index or a descriptor
 * it does not write, so those entries are refused rather than dropped.
 */
export function buildahAnnotationArgs(annotations: readonly Annotation[], inputName = 'annotations'): string[] {
  return annotations.flatMap((annotation) => {
    if ((annotation.level !== '' && annotation.level !== 'manifest') || annotation.platform) {
      throw new ConfigurationError(
        `Input "${inputName}" has "${annotation.raw}", but the buildah builder annotates the image manifest only; drop the "${annotation.level}${annotation.platform ? `[${annotation.platform}]` : ''}:" part or use builder "docker".`,
      );
    }
    return ['--annotation', `${annotation.key}=${annotation.value}`];
  });
}
