import type { FileLocation } from '@shipgate/core';
import { isPlainObject, type Resource } from './documents';
import { imageProblems } from './images';
import { apiGroupOf, describeResource, identityOf } from './resource';
import { validateSchemas } from './schema';

export interface GuardOptions {
  /** Every container image must carry a digest. */
  requireDigests: boolean;
}

/** A problem with where it is: the file and line of the resource, when it was read from a file. */
export interface LocatedProblem {
  readonly message: string;
  readonly location?: FileLocation;
}

export interface GuardReport {
  /** One sentence per problem, each naming the file and the resource. Empty when the manifests may be written. */
  readonly problems: string[];
  /** The same problems, in the same order, each with its resource's location. */
  readonly located: LocatedProblem[];
  /** `apiVersion/kind` of resources that passed without schema validation. */
  readonly unvalidatedKinds: string[];
}

/**
 * Every check the rendered manifests must pass before anything is written. Structural problems
 * (missing apiVersion, kind or name) are reported alone, since the other checks need those fields.
 */
export async function checkManifests(resources: readonly Resource[], options: GuardOptions): Promise<GuardReport> {
  const structural = resources.flatMap(problemsOf(missingFields));
  if (structural.length > 0) return report(structural, []);
  const schemas = await validateSchemas(resources);
  const located = [
    ...duplicates(resources),
    ...resources.flatMap(problemsOf(plaintextSecret)),
    ...resources.flatMap(problemsOf((resource) => imageProblems([resource], options.requireDigests))),
    ...schemas.located,
  ];
  return report(located, schemas.unvalidatedKinds);
}

function report(located: LocatedProblem[], unvalidatedKinds: string[]): GuardReport {
  return { problems: located.map((problem) => problem.message), located, unvalidatedKinds };
}

/** A check of one resource, its sentences located at the resource. */
export function problemsOf(check: (resource: Resource) => string[]): (resource: Resource) => LocatedProblem[] {
  return (resource) => check(resource).map((message) => locatedAt(resource, message));
}

export function locatedAt(resource: Resource, message: string): LocatedProblem {
  return resource.location ? { message, location: resource.location } : { message };
}

function missingFields(resource: Resource): string[] {
  const { object } = resource;
  const missing: string[] = [];
  if (typeof object.apiVersion !== 'string' || !object.apiVersion) missing.push('apiVersion');
  if (typeof object.kind !== 'string' || !object.kind) missing.push('kind');
  const metadata = object.metadata;
  if (!isPlainObject(metadata) || typeof metadata.name !== 'string' || !metadata.name) missing.push('metadata.name');
  if (missing.length === 0) return [];
  return [`${describeResource(resource)} is missing ${missing.join(', ')}.`];
}

function duplicates(resources: readonly Resource[]): LocatedProblem[] {
  const first = new Map<string, Resource>();
  const problems: LocatedProblem[] = [];
  for (const resource of resources) {
    const identity = identityOf(resource.object);
    if (!identity) continue;
    const key = [identity.apiVersion, identity.kind, identity.namespace ?? '', identity.name].join('\u0000');
    const earlier = first.get(key);
    if (earlier) {
      problems.push(
        locatedAt(
          resource,
          `${describeResource(resource)} duplicates ${describeResource(earlier)}: both are ${identity.apiVersion} ${identity.kind} "${identity.name}".`,
        ),
      );
    } else {
      first.set(key, resource);
    }
  }
  return problems;
}

/**
 * A core `Secret` holding `data` or `stringData` puts the secret in git. SealedSecret and
 * ExternalSecret are other kinds and pass; a Secret encrypted by SOPS carries `sops:` metadata.
 */
function plaintextSecret(resource: Resource): string[] {
  const { object } = resource;
  if (object.kind !== 'Secret' || apiGroupOf(String(object.apiVersion)) !== '') return [];
  if (isPlainObject(object.sops)) return [];
  const fields = (['data', 'stringData'] as const).filter(
    (field) => isPlainObject(object[field]) && Object.keys(object[field] as object).length > 0,
  );
  if (fields.length === 0) return [];
  return [
    `${describeResource(resource)} holds plaintext ${fields.join(' and ')}; commit a SealedSecret, an ExternalSecret or a SOPS-encrypted file instead.`,
  ];
}
