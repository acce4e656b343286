import { ConfigurationError, type FileLocation } from '@shipgate/core';
import { Ajv, type ErrorObject } from 'ajv';
import { isMap, isNode, LineCounter, type Node, parseDocument } from 'yaml';
import policySchema from '../policy.schema.json';
import { parseDuration } from './duration';
import { checkFreezeWindow } from './freeze';

/** Where the policy lives in the GitOps repository. */
export const POLICY_PATH = '.shipgate/policy.yaml';

export interface FreezeWindow {
  /** Cron expression of each window's start (Argo CD sync-window form). */
  schedule: string;
  durationMs: number;
  /** The duration as written, for messages. */
  duration: string;
  timezone: string;
  reason?: string;
}

export interface ApprovalRules {
  min: number;
  approvers: string[];
  imageApprovers: string[];
  configApprovers: string[];
  allowSelfApproval: boolean;
  /** Approvals older than this do not count; undefined: no limit. */
  maxAgeMs?: number;
}

/** One environment's rules, with defaults applied. */
export interface EnvironmentRules {
  name: string;
  paths: string[];
  approvals?: ApprovalRules;
  scan?: { require: 'pass'; maxAgeMs?: number };
  promoteFrom?: string;
  soakMs?: number;
  freeze: FreezeWindow[];
  breakGlass: string[];
  signed: boolean;
  attestations?: AttestationRules;
}

/**
 * Who must have signed an environment's attestations, compared exactly with the Fulcio
 * certificate's extensions (as `gh attestation verify --repo/--owner/--signer-workflow/--source-ref`).
 */
export interface AttestationRules {
  require: Array<'provenance' | 'scan' | 'sbom'>;
  /** `owner/name` the build ran in (Source Repository URI). */
  repository?: string;
  /** Its owner (Source Repository Owner URI); set from `repository` when only that is given. */
  owner?: string;
  /** `owner/name/.github/workflows/<file>` (Build Signer URI without `@ref`); a relative one is in `repository`. */
  signerWorkflow?: string;
  /** `refs/heads/main` (Source Repository Ref). */
  ref?: string;
  /** Legacy: the certificate SAN exactly, or, starting with `^`, a regular expression anchored at both ends. */
  identity?: string;
}

export interface ShipgatePolicy {
  version: 1;
  /** In the order the file lists them. */
  environments: EnvironmentRules[];
  /** Where it was read from, for messages (e.g. `.shipgate/policy.yaml on main`). */
  source: string;
}

let validator: ReturnType<Ajv['compile']> | undefined;

function compiledSchema(): ReturnType<Ajv['compile']> {
  if (!validator) {
    // `default` and `description` are annotations; strict mode would reject nothing else we use.
    validator = new Ajv({ allErrors: false, strict: true }).compile(policySchema);
  }
  return validator;
}

/**
 * Parses and validates a policy file. Any problem is one `ConfigurationError` naming the file,
 * the line and the key, e.g. `.shipgate/policy.yaml line 7 (environments.production.approvals.min):
 * must be integer.`, located at that line of `.shipgate/policy.yaml` (so a failed step is annotated
 * there). `source` names the file in messages, e.g. `.shipgate/policy.yaml (blob 1a2b3c)`.
 */
export function parsePolicy(text: string, source = POLICY_PATH): ShipgatePolicy {
  const lines = new LineCounter();
  const document = parseDocument(text, { lineCounter: lines, uniqueKeys: true, prettyErrors: false });
  const [syntax] = document.errors;
  if (syntax) {
    const { line, col } = syntax.linePos?.[0] ?? lines.linePos(syntax.pos[0]);
    throw new ConfigurationError(`${source} line ${line}: ${syntax.message.split('\n')[0]}`, {
      file: POLICY_PATH,
      line,
      column: col,
    });
  }
  const value = document.toJS({ maxAliasCount: 50 }) as unknown;
  const locate = (path: readonly string[], atKey = false): FileLocation => {
    const node = nodeAt(document.contents, path, atKey);
    if (!node?.range) return { file: POLICY_PATH, line: 1 };
    const { line, col } = lines.linePos(node.range[0]);
    return { file: POLICY_PATH, line, column: col };
  };
  const validate = compiledSchema();
  if (!validate(value)) {
    const error = (validate.errors ?? [])[0] as ErrorObject;
    const path = instancePath(error);
    // An unknown key is the key's mistake, not its value's.
    const location = locate(path, error.keyword === 'additionalProperties');
    const key = path.length > 0 ? ` (${path.join('.')})` : '';
    throw new ConfigurationError(`${source} line ${location.line}${key}: ${describeError(error)}.`, location);
  }
  return normalize(value as RawPolicy, policyKeys(source, locate));
}

/** Where a key of the policy is: the text that names it in messages, and its location in the file. */
interface PolicyKeys {
  source: string;
  /** `.shipgate/policy.yaml line 9 (environments.production.soak)`. */
  at(path: string): string;
  /** Runs `read`, locating a ConfigurationError it throws at the key `path` (dot-separated). */
  read<T>(path: string, read: () => T): T;
  /** `<at(path)>: <problem>`, located at the key. */
  error(path: string, problem: string): ConfigurationError;
}

function policyKeys(source: string, locate: (path: readonly string[]) => FileLocation): PolicyKeys {
  const at = (path: string) => `${source} line ${locate(path.split('.')).line} (${path})`;
  return {
    source,
    at,
    error: (path, problem) => new ConfigurationError(`${at(path)}: ${problem}`, locate(path.split('.'))),
    read: (path, read) => {
      try {
        return read();
      } catch (error) {
        throw error instanceof ConfigurationError ? error.locatedAt(locate(path.split('.'))) : error;
      }
    },
  };
}

function instancePath(error: ErrorObject): string[] {
  const path = error.instancePath
    .split('/')
    .slice(1)
    .map((part) => part.replace(/~1/g, '/').replace(/~0/g, '~'));
  if (error.keyword === 'additionalProperties') path.push(String(error.params.additionalProperty));
  return path;
}

function describeError(error: ErrorObject): string {
  if (error.keyword === 'additionalProperties') return `unknown key "${error.params.additionalProperty}"`;
  if (error.keyword === 'required') return `missing key "${error.params.missingProperty}"`;
  if (error.keyword === 'enum') return `${error.message} (${(error.params.allowedValues as unknown[]).join(', ')})`;
  if (error.keyword === 'const') return `must be ${JSON.stringify(error.params.allowedValue)}`;
  return error.message ?? error.keyword;
}

/**
 * The YAML node at a path of keys and indexes (the key itself when `atKey`, or when it has no
 * value), else the deepest node found on the way.
 */
function nodeAt(root: unknown, path: readonly string[], atKey = false): Node | undefined {
  let node: unknown = root;
  let found: Node | undefined = isNode(root) ? root : undefined;
  for (const [index, part] of path.entries()) {
    if (isMap(node)) {
      const pair = node.items.find(
        (item) => isNode(item.key) && String((item.key as { value?: unknown }).value) === part,
      );
      if (!pair) return found;
      if (atKey && index === path.length - 1) return pair.key as Node;
      found = (isNode(pair.value) ? pair.value : (pair.key as Node)) ?? found;
      if (!isNode(pair.value)) return pair.key as Node;
      node = pair.value;
    } else if (node && typeof node === 'object' && 'items' in node) {
      const item = (node as { items: unknown[] }).items[Number(part)];
      if (!isNode(item)) return found;
      found = item;
      node = item;
    } else {
      return found;
    }
  }
  return found;
}

interface RawPolicy {
  version: 1;
  environments: Record<string, RawEnvironment>;
}

interface RawEnvironment {
  paths?: string[];
  approvals?: {
    min?: number;
    approvers?: string[];
    'image-approvers'?: string[];
    'config-approvers'?: string[];
    'allow-self-approval'?: boolean;
    'max-age'?: string;
  };
  scan?: { require?: 'pass'; 'max-age'?: string };
  'promote-from'?: string;
  soak?: string;
  freeze?: Array<{ schedule: string; duration: string; timezone?: string; reason?: string }>;
  'break-glass'?: string[];
  signed?: boolean;
  attestations?: {
    require: Array<'provenance' | 'scan' | 'sbom'>;
    repository?: string;
    owner?: string;
    'signer-workflow'?: string;
    ref?: string;
    identity?: string;
  };
}

function normalize(raw: RawPolicy, keys: PolicyKeys): ShipgatePolicy {
  const environments = Object.entries(raw.environments).map(([name, env]): EnvironmentRules => {
    const key = (path: string) => `environments.${name}.${path}`;
    const duration = (text: string, path: string) =>
      keys.read(key(path), () => parseDuration(text, keys.at(key(path))));
    const approvals = env.approvals;
    return {
      name,
      paths: env.paths ?? [`apps/*/${name}`],
      ...(approvals
        ? {
            approvals: {
              min: approvals.min ?? 1,
              approvers: approvals.approvers ?? [],
              imageApprovers: approvals['image-approvers'] ?? [],
              configApprovers: approvals['config-approvers'] ?? [],
              allowSelfApproval: approvals['allow-self-approval'] ?? false,
              ...(approvals['max-age'] ? { maxAgeMs: duration(approvals['max-age'], 'approvals.max-age') } : {}),
            },
          }
        : {}),
      ...(env.scan?.require
        ? {
            scan: {
              require: 'pass' as const,
              ...(env.scan['max-age'] ? { maxAgeMs: duration(env.scan['max-age'], 'scan.max-age') } : {}),
            },
          }
        : {}),
      ...(env['promote-from'] ? { promoteFrom: env['promote-from'] } : {}),
      ...(env.soak ? { soakMs: duration(env.soak, 'soak') } : {}),
      freeze: (env.freeze ?? []).map((window, index) => ({
        schedule: window.schedule,
        duration: window.duration,
        durationMs: duration(window.duration, `freeze.${index}.duration`),
        timezone: window.timezone ?? 'UTC',
        ...(window.reason ? { reason: window.reason } : {}),
      })),
      breakGlass: env['break-glass'] ?? [],
      signed: env.signed ?? false,
      ...(env.attestations
        ? { attestations: attestationRules(env.attestations, (path, problem) => keys.error(key(path), problem)) }
        : {}),
    };
  });
  for (const env of environments) {
    if (env.promoteFrom && !environments.some((other) => other.name === env.promoteFrom)) {
      throw keys.error(
        `environments.${env.name}.promote-from`,
        `names "${env.promoteFrom}", which is not an environment of the policy.`,
      );
    }
    env.freeze.forEach((window, index) => {
      const path = `environments.${env.name}.freeze.${index}.schedule`;
      keys.read(path, () => checkFreezeWindow(window, keys.at(path)));
    });
  }
  return { version: 1, environments, source: keys.source };
}

function attestationRules(
  raw: NonNullable<RawEnvironment['attestations']>,
  problem: (path: string, problem: string) => ConfigurationError,
): AttestationRules {
  const { repository, identity, ref } = raw;
  const owner = raw.owner ?? repository?.split('/')[0];
  if (raw.owner && repository && !repository.startsWith(`${raw.owner}/`)) {
    throw problem('attestations.owner', `is ${raw.owner}, but repository ${repository} has another owner.`);
  }
  let signerWorkflow = raw['signer-workflow'];
  if (signerWorkflow?.startsWith('.github/')) {
    if (!repository) {
      throw problem(
        'attestations.signer-workflow',
        `${signerWorkflow} is relative, so "repository" must name the repository it is in.`,
      );
    }
    signerWorkflow = `${repository}/${signerWorkflow}`;
  }
  if (identity?.startsWith('^')) {
    try {
      new RegExp(identity);
    } catch {
      throw problem('attestations.identity', 'is not a valid regular expression.');
    }
  }
  return {
    require: raw.require,
    ...(repository ? { repository } : {}),
    ...(owner ? { owner } : {}),
    ...(signerWorkflow ? { signerWorkflow } : {}),
    ...(ref ? { ref } : {}),
    ...(identity ? { identity } : {}),
  };
}

/** Whether deploys to this environment need approval evidence. */
export function requiresApproval(rules: EnvironmentRules | undefined): boolean {
  return (rules?.approvals?.min ?? 0) > 0;
}
