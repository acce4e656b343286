import { isPlainObject, type Resource } from './documents';
import { containerSlots } from './images';

/** One container of a workload as rendered: where it runs and which image it runs. */
export interface WorkloadContainer {
  /** `metadata.namespace`; undefined when the manifest leaves it to the deploying tool. */
  readonly namespace: string | undefined;
  readonly kind: string;
  readonly name: string;
  readonly container: string;
  readonly image: string;
}

/** Every container with an image, of every workload among `resources`, in order. */
export function workloadContainers(resources: readonly Resource[]): WorkloadContainer[] {
  const found: WorkloadContainer[] = [];
  for (const { object } of resources) {
    const metadata = isPlainObject(object.metadata) ? object.metadata : {};
    const name = typeof metadata.name === 'string' ? metadata.name : '';
    const namespace = typeof metadata.namespace === 'string' && metadata.namespace ? metadata.namespace : undefined;
    for (const slot of containerSlots(object)) {
      if (!slot.image) continue;
      found.push({ namespace, kind: String(object.kind), name, container: slot.name, image: slot.image });
    }
  }
  return found;
}
