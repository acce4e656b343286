import { isPlainObject, type Resource } from './documents';
import type { LocatedProblem } from './guards';
import { apiGroupOf, describeResource } from './resource';
import type { SchemaError } from './schema-validators';

/** Whether `apiVersion` belongs to Kubernetes itself (core, `apps`, `*.k8s.io`, …) rather than a custom resource. */
export function isBuiltInApiVersion(apiVersion: string): boolean {
  const group = apiGroupOf(apiVersion);
  return !group.includes('.') || group.endsWith('.k8s.io');
}

export interface SchemaReport {
  /** One sentence per resource that fails its schema, located at the resource. */
  readonly located: LocatedProblem[];
  /** `apiVersion/kind` of the resources that were not validated, built-in kinds without a bundled schema and custom resources. */
  readonly unvalidatedKinds: string[];
  readonly validated: number;
}

const MAX_ERRORS_PER_RESOURCE = 3;

/** Validates each resource of a kind in the table against its Kubernetes schema. */
export async function validateSchemas(resources: readonly Resource[]): Promise<SchemaReport> {
  // Loaded on first use: the compiled schemas are most of the action's code, and an action that
  // fails on its inputs should not pay for them.
  const { VALIDATORS } = await import('./schema-validators');
  const located: LocatedProblem[] = [];
  const unvalidated = new Set<string>();
  let validated = 0;
  for (const resource of resources) {
    const { apiVersion, kind } = resource.object;
    if (typeof apiVersion !== 'string' || typeof kind !== 'string') continue;
    // SOPS-encrypted values only become valid once the controller decrypts them.
    if (isPlainObject(resource.object.sops)) continue;
    const validator = VALIDATORS.get(`${apiVersion}/${kind}`);
    if (!validator) {
      unvalidated.add(`${apiVersion}/${kind}`);
      continue;
    }
    validated++;
    if (validator(resource.object)) continue;
    const errors = (validator.errors ?? []).slice(0, MAX_ERRORS_PER_RESOURCE).map(describeSchemaError);
    const message = `${describeResource(resource)} does not match the ${apiVersion} ${kind} schema: ${errors.join('; ')}.`;
    located.push(resource.location ? { message, location: resource.location } : { message });
  }
  return { located, unvalidatedKinds: [...unvalidated].sort(), validated };
}

function describeSchemaError(error: SchemaError): string {
  const at = error.instancePath ? error.instancePath.slice(1).replace(/\//g, '.') : 'the object';
  const { params } = error;
  switch (error.keyword) {
    case 'required':
      return `${at === 'the object' ? '' : `${at}.`}${String(params.missingProperty)} is required`;
    case 'type':
      return `${at} must be of type ${String(params.type)}`;
    case 'enum':
      return `${at} must be one of ${(params.allowedValues as unknown[]).map(String).join(', ')}`;
    case 'format':
      return `${at} must be in ${String(params.format)} format`;
    default:
      return `${at} fails "${error.keyword}"`;
  }
}
