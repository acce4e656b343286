import { ConfigurationError } from '@shipgate/core';
import { parse } from 'yaml';

export const POLICY_FILE = '.shipgate/policy.yaml';
export const ALLOWED_SIGNERS_FILE = '.shipgate/allowed-signers';

/** What the verifier needs to know of one environment in `.shipgate/policy.yaml`. */
export interface EnvironmentRules {
  name: string;
  /** Globs of the directories that are this environment (`*` is one path segment). */
  paths: string[];
  approvals?: {
    min: number;
    /** Users and `org/team`. */
    approvers: string[];
    allowSelfApproval: boolean;
    maxAgeMs?: number;
  };
  scan?: { require: 'pass' };
  signed: boolean;
}

export interface VerifyPolicy {
  environments: EnvironmentRules[];
}

/** Turns the text of a policy file into the rules; throws a ConfigurationError naming the file. */
export type PolicyReader = (text: string, file: string) => VerifyPolicy;

const UNIT_MS: Record<string, number> = { m: 60_000, h: 3_600_000, d: 86_400_000, w: 604_800_000 };

/**
 * A provisional reading of the policy file's fields the verifier uses, in the form of DESIGN.md's
 * sketch. The policy's schema, validation and full evaluation belong to the approvals work (issue
 * 14); this reader is the seam it plugs into (`PolicyReader`), not a second schema.
 */
export const readPolicyFields: PolicyReader = (text, file) => {
  let document: unknown;
  try {
    document = parse(text);
  } catch (error) {
    throw new ConfigurationError(`${file} is not valid YAML: ${(error as Error).message.split('\n')[0]}`);
  }
  const environments = (document as { environments?: unknown } | null)?.environments;
  if (!environments || typeof environments !== 'object') {
    throw new ConfigurationError(`${file} has no "environments" mapping.`);
  }
  return {
    environments: Object.entries(environments as Record<string, Record<string, unknown>>).map(([name, rules]) => {
      const approvals = rules?.approvals as Record<string, unknown> | undefined;
      const scan = rules?.scan as Record<string, unknown> | undefined;
      return {
        name,
        paths: Array.isArray(rules?.paths) ? rules.paths.map(String) : [`apps/*/${name}`],
        ...(approvals
          ? {
              approvals: {
                min: Number(approvals.min ?? 1),
                approvers: Array.isArray(approvals.approvers) ? approvals.approvers.map(String) : [],
                allowSelfApproval: approvals['allow-self-approval'] === true,
                ...(typeof approvals['max-age'] === 'string' ? { maxAgeMs: durationMs(approvals['max-age']) } : {}),
              },
            }
          : {}),
        ...(scan?.require === 'pass' ? { scan: { require: 'pass' as const } } : {}),
        signed: rules?.signed === true,
      };
    }),
  };
};

function durationMs(value: string): number | undefined {
  const match = /^(\d+)\s*([mhdw])$/.exec(value.trim());
  return match ? Number(match[1]) * UNIT_MS[match[2]!]! : undefined;
}

/** Where a changed file sits: the environment whose path holds it, and that path. */
export interface EnvironmentPath {
  environment: EnvironmentRules;
  /** The directory the glob matched, e.g. `apps/web/production`. */
  directory: string;
  /** The segments the glob's `*` matched, e.g. `["web"]`: where the app's name is. */
  wildcards: string[];
}

/** The environment path holding `file`, by the first glob that matches a leading part of it. */
export function environmentPathOf(policy: VerifyPolicy, file: string): EnvironmentPath | undefined {
  const segments = file.split('/');
  for (const environment of policy.environments) {
    for (const glob of environment.paths) {
      const pattern = glob.replace(/\/+$/, '').split('/');
      if (pattern.length >= segments.length) continue;
      const wildcards: string[] = [];
      const matches = pattern.every((part, i) => {
        if (part === '*') wildcards.push(segments[i]!);
        return part === '*' || part === segments[i];
      });
      if (matches) return { environment, directory: segments.slice(0, pattern.length).join('/'), wildcards };
    }
  }
  return undefined;
}
