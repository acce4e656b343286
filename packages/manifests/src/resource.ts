import { isPlainObject, type Resource } from './documents';

/** The identity Kubernetes gives an object; two resources with the same one would overwrite each other. */
export interface ResourceIdentity {
  apiVersion: string;
  kind: string;
  namespace?: string;
  name: string;
}

/** The identity, or `undefined` when apiVersion, kind or metadata.name is missing (a guard reports that). */
export function identityOf(object: Record<string, unknown>): ResourceIdentity | undefined {
  const metadata = isPlainObject(object.metadata) ? object.metadata : {};
  const { apiVersion, kind } = object;
  const { name, namespace } = metadata;
  if (typeof apiVersion !== 'string' || !apiVersion) return undefined;
  if (typeof kind !== 'string' || !kind) return undefined;
  if (typeof name !== 'string' || !name) return undefined;
  return { apiVersion, kind, name, ...(typeof namespace === 'string' && namespace ? { namespace } : {}) };
}

/** `Deployment "web" in namespace "shop"` (or whatever part of that the object has). */
export function describeObject(object: Record<string, unknown>): string {
  const metadata = isPlainObject(object.metadata) ? object.metadata : {};
  const kind = typeof object.kind === 'string' && object.kind ? object.kind : 'resource';
  const name = typeof metadata.name === 'string' && metadata.name ? ` "${metadata.name}"` : ' (no name)';
  const namespace =
    typeof metadata.namespace === 'string' && metadata.namespace ? ` in namespace "${metadata.namespace}"` : '';
  return `${kind}${name}${namespace}`;
}

/** `Deployment "web" in namespace "shop" (base/deployment.yaml)`: the resource and the file it came from. */
export function describeResource(resource: Resource): string {
  return `${describeObject(resource.object)} (${resource.origin})`;
}

/** The API group of an apiVersion: `apps/v1` → `apps`, `v1` → `` (the core group). */
export function apiGroupOf(apiVersion: string): string {
  const slash = apiVersion.indexOf('/');
  return slash < 0 ? '' : apiVersion.slice(0, slash);
}
