import { ConfigurationError } from '@shipgate/core';
import type { ApprovalRules, EnvironmentRules } from './load';

/** What a workflow passes as inputs; each may only make the policy stricter. */
export interface ApprovalInputs {
  requireApproval?: boolean;
  minApprovals?: number;
  approvers?: readonly string[];
  imageApprovers?: readonly string[];
  configApprovers?: readonly string[];
  allowSelfApproval?: boolean;
}

const key = (entry: string) => entry.replace(/^@/, '').toLowerCase();

function narrowList(policyList: readonly string[], inputList: readonly string[] | undefined, input: string): string[] {
  if (!inputList || inputList.length === 0) return [...policyList];
  const allowed = new Set(policyList.map(key));
  const extra = inputList.filter((entry) => !allowed.has(key(entry)));
  if (extra.length > 0) {
    throw new ConfigurationError(
      `Input "${input}" names ${extra.join(', ')}, whom the policy does not list as ${input}; inputs may only narrow the policy's list.`,
    );
  }
  return [...inputList];
}

/**
 * The environment's approval rules after the workflow's inputs tightened them. An input that
 * would loosen the policy (`require-approval: false`, fewer approvals, approvers it does not list,
 * self-approval it forbids) is a ConfigurationError naming the input.
 */
export function tightenApprovalRules(rules: EnvironmentRules, inputs: ApprovalInputs): ApprovalRules | undefined {
  const policy = rules.approvals && rules.approvals.min > 0 ? rules.approvals : undefined;
  if (!policy) {
    if (inputs.requireApproval !== true) return undefined;
    // The workflow asks for approval where the policy does not: its inputs are the rules.
    return {
      min: Math.max(1, inputs.minApprovals ?? 1),
      approvers: [...(inputs.approvers ?? [])],
      imageApprovers: [...(inputs.imageApprovers ?? [])],
      configApprovers: [...(inputs.configApprovers ?? [])],
      allowSelfApproval: inputs.allowSelfApproval ?? false,
    };
  }
  if (inputs.requireApproval === false) {
    throw new ConfigurationError(
      `Input "require-approval" is false, but the policy requires approval for environment "${rules.name}"; inputs may only tighten it.`,
    );
  }
  if (inputs.minApprovals !== undefined && inputs.minApprovals < policy.min) {
    throw new ConfigurationError(
      `Input "min-approvals" is ${inputs.minApprovals}, below the ${policy.min} the policy requires for environment "${rules.name}".`,
    );
  }
  if (inputs.allowSelfApproval === true && !policy.allowSelfApproval) {
    throw new ConfigurationError(
      `Input "allow-self-approval" is true, but the policy forbids self-approval for environment "${rules.name}".`,
    );
  }
  return {
    ...policy,
    min: Math.max(policy.min, inputs.minApprovals ?? 0),
    approvers: narrowList(policy.approvers, inputs.approvers, 'approvers'),
    imageApprovers: narrowList(policy.imageApprovers, inputs.imageApprovers, 'image-approvers'),
    configApprovers: narrowList(policy.configApprovers, inputs.configApprovers, 'config-approvers'),
    allowSelfApproval: policy.allowSelfApproval && inputs.allowSelfApproval !== false,
  };
}
