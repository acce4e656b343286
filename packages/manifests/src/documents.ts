import { ConfigurationError, type FileLocation } from '@shipgate/core';
import { type Document, LineCounter, parseAllDocuments, stringify } from 'yaml';

/** A Kubernetes object as rendered, with where it came from for error messages. */
export interface Resource {
  /** A source file (plain), a chart template path (helm) or the overlay (kustomize), plus the document number. */
  readonly origin: string;
  readonly object: Record<string, unknown>;
  /** The file and line it was read from, when it was read from a file (plain): annotations go there. */
  readonly location?: FileLocation;
}

/**
 * Aliases one document may expand. Real manifests use a handful; a "billion laughs" document
 * needs thousands, and the yaml library refuses it before it exhausts memory.
 */
export const MAX_ALIAS_COUNT = 100;

// Kubernetes reads manifests with go-yaml (YAML 1.1), where `yes`, `on` and `0777` are not strings:
// parsing and writing as 1.1 keeps what we write meaning what the cluster will read.
const YAML_VERSION = '1.1';

export interface ParseStreamOptions {
  /** Take each document's origin from Helm's `# Source: <template>` comment when present. */
  helmSourceComments?: boolean;
  /** The file on disk the stream was read from: its mistakes and resources are located there. */
  file?: string;
  /** The stream already parsed by `parseYamlStream` (from the same text): parsed once, read twice. */
  parsed?: YamlStream;
}

/** A YAML stream parsed as Kubernetes reads it (YAML 1.1), with its line offsets for locations. */
export interface YamlStream {
  readonly documents: readonly Document.Parsed[];
  readonly lines: LineCounter;
}

/**
 * Parses `text` once for every reader of it (the verifier's content rule and its config hash read
 * the same committed files): parsing is most of what reading a long history of deploys costs.
 */
export function parseYamlStream(text: string): YamlStream {
  const lines = new LineCounter();
  return {
    documents: parseAllDocuments(text, { version: YAML_VERSION, prettyErrors: true, lineCounter: lines }),
    lines,
  };
}

/**
 * Parses a multi-document YAML stream into resources. Empty documents are skipped and `kind: List`
 * is expanded. Throws a `ConfigurationError` naming `origin`, the line and the column on a syntax
 * error, and on a document that expands too many aliases.
 */
export function parseManifestStream(text: string, origin: string, options: ParseStreamOptions = {}): Resource[] {
  const { documents: list, lines } = options.parsed ?? parseYamlStream(text);
  const { file } = options;
  const locate = (offset: number | undefined): FileLocation | undefined =>
    file === undefined ? undefined : { file, line: offset === undefined ? 1 : lines.linePos(offset).line };
  const resources: Resource[] = [];
  const numbered = list.length > 1;
  list.forEach((document, index) => {
    const where = documentOrigin(document, origin, numbered ? index + 1 : undefined, options);
    const error = document.errors[0];
    if (error) {
      const position = error.linePos?.[0];
      const at = position ? ` at line ${position.line}, column ${position.col}` : '';
      throw new ConfigurationError(
        `${origin} has a YAML syntax error${at}: ${firstLine(error.message)}.`,
        file === undefined ? undefined : { file, ...(position ? { line: position.line, column: position.col } : {}) },
      );
    }
    const location = locate(document.contents?.range?.[0] ?? document.range[0]);
    let value: unknown;
    try {
      value = document.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
    } catch (caught) {
      if (caught instanceof ReferenceError) {
        throw new ConfigurationError(
          `${where} expands more than ${MAX_ALIAS_COUNT} YAML aliases, which is refused as a resource exhaustion attack.`,
          location,
        );
      }
      throw caught;
    }
    if (value === null || value === undefined) return;
    if (!isPlainObject(value)) {
      throw new ConfigurationError(`${where} is not a YAML mapping (a Kubernetes object).`, location);
    }
    if (value.kind === 'List' && Array.isArray(value.items)) {
      const itemNodes = listItemNodes(document);
      value.items.forEach((item, itemIndex) => {
        const itemOrigin = `${where}, item ${itemIndex + 1}`;
        const itemLocation = locate(itemNodes[itemIndex]?.range?.[0]) ?? location;
        if (!isPlainObject(item))
          throw new ConfigurationError(`${itemOrigin} is not a Kubernetes object.`, itemLocation);
        resources.push({ origin: itemOrigin, object: item, ...(itemLocation ? { location: itemLocation } : {}) });
      });
      return;
    }
    resources.push({ origin: where, object: value, ...(location ? { location } : {}) });
  });
  return resources;
}

/** The nodes of a `kind: List` document's `items`, for their lines. */
function listItemNodes(document: Document.Parsed): Array<{ range?: [number, number, number] | null }> {
  const items = document.get('items', true) as
    | { items?: Array<{ range?: [number, number, number] | null }> }
    | undefined;
  return items?.items ?? [];
}

function documentOrigin(
  document: Document.Parsed,
  origin: string,
  number: number | undefined,
  options: ParseStreamOptions,
): string {
  if (options.helmSourceComments) {
    const comment = `${document.commentBefore ?? ''}\n${document.contents?.commentBefore ?? ''}`;
    const source = /^\s*Source:\s*(\S.*?)\s*$/m.exec(comment)?.[1];
    if (source) return source;
  }
  return number === undefined ? origin : `${origin} (document ${number})`;
}

/** The one way resources are written: YAML 1.1-safe quoting, no line folding, no anchors. */
export function stringifyResource(object: unknown): string {
  return stringify(object, {
    version: YAML_VERSION,
    lineWidth: 0,
    aliasDuplicateObjects: false,
  });
}

export function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function firstLine(message: string): string {
  return (message.split('\n')[0] ?? message).replace(/\s*at line \d+, column \d+/, '').replace(/[.:]\s*$/, '');
}
