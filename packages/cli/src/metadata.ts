import { parse } from 'yaml';

export interface InputMetadata {
  name: string;
  description: string;
  required: boolean;
  /** The default as written in action.yml; may be an expression such as `${{ github.token }}`. */
  default?: string;
  deprecationMessage?: string;
  /**
   * How the action reads it: `boolean` inputs may be given as a bare flag (`--push`), `list`
   * inputs may be given more than once; any other input takes exactly one value.
   */
  kind: InputKind;
}

export type InputKind = 'boolean' | 'list' | 'string';

export interface OutputMetadata {
  name: string;
  description: string;
}

/** What the CLI and the docs need from one action.yml. */
export interface ActionMetadata {
  /** The directory name under actions/, which is also the CLI command. */
  name: string;
  title: string;
  description: string;
  inputs: InputMetadata[];
  outputs: OutputMetadata[];
}

/**
 * Reads the parts of an action.yml the CLI and docs use. Throws an Error naming the file and
 * entry when the file is not an action manifest, because a broken action.yml is a bug in this
 * repository, not a user mistake.
 */
export function parseActionMetadata(
  name: string,
  yamlText: string,
  file = `actions/${name}/action.yml`,
  readerSource = '',
): ActionMetadata {
  const kinds = inputKindsFromSource(readerSource);
  const document: unknown = parse(yamlText);
  if (!isRecord(document)) throw new Error(`${file} is not a YAML mapping.`);
  const inputs = Object.entries(optionalRecord(document.inputs, `${file}: inputs`)).map(([inputName, raw]) => {
    const input = optionalRecord(raw, `${file}: inputs.${inputName}`);
    const entry: InputMetadata = {
      name: inputName,
      description: text(input.description),
      required: input.required === true || input.required === 'true',
      kind: kinds.get(inputName) ?? 'string',
    };
    if (input.default !== undefined && input.default !== null) entry.default = String(input.default);
    if (input.deprecationMessage) entry.deprecationMessage = text(input.deprecationMessage);
    return entry;
  });
  const outputs = Object.entries(optionalRecord(document.outputs, `${file}: outputs`)).map(([outputName, raw]) => ({
    name: outputName,
    description: text(optionalRecord(raw, `${file}: outputs.${outputName}`).description),
  }));
  return { name, title: text(document.name) || name, description: text(document.description), inputs, outputs };
}

/**
 * The kind of each input, from how the action's source reads it through InputReader
 * (`.boolean('push', …)`, `.list('tags')`): the one place that decides how a value is parsed, so
 * the CLI cannot disagree with the action. `npm run check-docs` keeps the generated copy current.
 */
export function inputKindsFromSource(source: string): Map<string, InputKind> {
  const kinds = new Map<string, InputKind>();
  for (const [, method, name] of source.matchAll(
    /\.(boolean|optionalBoolean|list|lines)\(\s*['"]([A-Za-z0-9_-]+)['"]/g,
  )) {
    kinds.set(name!, method === 'boolean' || method === 'optionalBoolean' ? 'boolean' : 'list');
  }
  return kinds;
}

/** Whether a default can be used outside GitHub Actions: expressions need a runner to evaluate. */
export function isLiteralDefault(value: string): boolean {
  return !value.includes('${{');
}

function text(value: unknown): string {
  return value === undefined || value === null ? '' : String(value).trim();
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function optionalRecord(value: unknown, where: string): Record<string, unknown> {
  if (value === undefined || value === null) return {};
  if (!isRecord(value)) throw new Error(`${where} must be a mapping.`);
  return value;
}
