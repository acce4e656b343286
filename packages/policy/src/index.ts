export { parseDuration } from './duration';
export { type ActiveFreeze, activeFreeze, checkFreezeWindow } from './freeze';
export {
  type ApprovalRules,
  type AttestationRules,
  type EnvironmentRules,
  type FreezeWindow,
  POLICY_PATH,
  parsePolicy,
  requiresApproval,
  type ShipgatePolicy,
} from './load';
export {
  environmentNamed,
  environmentOfPath,
  pathTouchesGlob,
  pathWithinGlob,
  resolveDeployEnvironment,
} from './paths';
export { type ApprovalInputs, tightenApprovalRules } from './tighten';
