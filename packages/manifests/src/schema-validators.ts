import { validate as admissionV1Mutating } from 'kubernetes-models/_schemas/IoK8sApiAdmissionregistrationV1MutatingWebhookConfiguration';
import { validate as admissionV1Validating } from 'kubernetes-models/_schemas/IoK8sApiAdmissionregistrationV1ValidatingWebhookConfiguration';
import { validate as appsV1DaemonSet } from 'kubernetes-models/_schemas/IoK8sApiAppsV1DaemonSet';
import { validate as appsV1Deployment } from 'kubernetes-models/_schemas/IoK8sApiAppsV1Deployment';
import { validate as appsV1ReplicaSet } from 'kubernetes-models/_schemas/IoK8sApiAppsV1ReplicaSet';
import { validate as appsV1StatefulSet } from 'kubernetes-models/_schemas/IoK8sApiAppsV1StatefulSet';
import { validate as autoscalingV1Hpa } from 'kubernetes-models/_schemas/IoK8sApiAutoscalingV1HorizontalPodAutoscaler';
import { validate as autoscalingV2Hpa } from 'kubernetes-models/_schemas/IoK8sApiAutoscalingV2HorizontalPodAutoscaler';
import { validate as batchV1CronJob } from 'kubernetes-models/_schemas/IoK8sApiBatchV1CronJob';
import { validate as batchV1Job } from 'kubernetes-models/_schemas/IoK8sApiBatchV1Job';
import { validate as coreV1ConfigMap } from 'kubernetes-models/_schemas/IoK8sApiCoreV1ConfigMap';
import { validate as coreV1LimitRange } from 'kubernetes-models/_schemas/IoK8sApiCoreV1LimitRange';
import { validate as coreV1Namespace } from 'kubernetes-models/_schemas/IoK8sApiCoreV1Namespace';
import { validate as coreV1PersistentVolume } from 'kubernetes-models/_schemas/IoK8sApiCoreV1PersistentVolume';
import { validate as coreV1PersistentVolumeClaim } from 'kubernetes-models/_schemas/IoK8sApiCoreV1PersistentVolumeClaim';
import { validate as coreV1Pod } from 'kubernetes-models/_schemas/IoK8sApiCoreV1Pod';
import { validate as coreV1ResourceQuota } from 'kubernetes-models/_schemas/IoK8sApiCoreV1ResourceQuota';
import { validate as coreV1Secret } from 'kubernetes-models/_schemas/IoK8sApiCoreV1Secret';
import { validate as coreV1Service } from 'kubernetes-models/_schemas/IoK8sApiCoreV1Service';
import { validate as coreV1ServiceAccount } from 'kubernetes-models/_schemas/IoK8sApiCoreV1ServiceAccount';
import { validate as apiextensionsV1Crd } from 'kubernetes-models/_schemas/IoK8sApiextensionsApiserverPkgApisApiextensionsV1CustomResourceDefinition';
import { validate as networkingV1Ingress } from 'kubernetes-models/_schemas/IoK8sApiNetworkingV1Ingress';
import { validate as networkingV1IngressClass } from 'kubernetes-models/_schemas/IoK8sApiNetworkingV1IngressClass';
import { validate as networkingV1NetworkPolicy } from 'kubernetes-models/_schemas/IoK8sApiNetworkingV1NetworkPolicy';
import { validate as policyV1Pdb } from 'kubernetes-models/_schemas/IoK8sApiPolicyV1PodDisruptionBudget';
import { validate as rbacV1ClusterRole } from 'kubernetes-models/_schemas/IoK8sApiRbacV1ClusterRole';
import { validate as rbacV1ClusterRoleBinding } from 'kubernetes-models/_schemas/IoK8sApiRbacV1ClusterRoleBinding';
import { validate as rbacV1Role } from 'kubernetes-models/_schemas/IoK8sApiRbacV1Role';
import { validate as rbacV1RoleBinding } from 'kubernetes-models/_schemas/IoK8sApiRbacV1RoleBinding';
import { validate as schedulingV1PriorityClass } from 'kubernetes-models/_schemas/IoK8sApiSchedulingV1PriorityClass';
import { validate as storageV1StorageClass } from 'kubernetes-models/_schemas/IoK8sApiStorageV1StorageClass';

/** A validator compiled by kubernetes-models from the Kubernetes OpenAPI schema (ajv standalone code). */
export type Validator = ((data: unknown) => boolean) & { errors?: SchemaError[] | null };

export interface SchemaError {
  instancePath: string;
  keyword: string;
  params: Record<string, unknown>;
}

/**
 * The built-in kinds validated offline, by `apiVersion/kind`, with the validators kubernetes-models
 * compiles from the Kubernetes OpenAPI schemas. The table is explicit (not the whole package) to
 * keep the action bundle small; built-in kinds outside it pass with a notice, as custom resources do.
 */
export const VALIDATORS: ReadonlyMap<string, Validator> = new Map<string, Validator>([
  ['v1/ConfigMap', coreV1ConfigMap],
  ['v1/LimitRange', coreV1LimitRange],
  ['v1/Namespace', coreV1Namespace],
  ['v1/PersistentVolume', coreV1PersistentVolume],
  ['v1/PersistentVolumeClaim', coreV1PersistentVolumeClaim],
  ['v1/Pod', coreV1Pod],
  ['v1/ResourceQuota', coreV1ResourceQuota],
  ['v1/Secret', coreV1Secret],
  ['v1/Service', coreV1Service],
  ['v1/ServiceAccount', coreV1ServiceAccount],
  ['apps/v1/DaemonSet', appsV1DaemonSet],
  ['apps/v1/Deployment', appsV1Deployment],
  ['apps/v1/ReplicaSet', appsV1ReplicaSet],
  ['apps/v1/StatefulSet', appsV1StatefulSet],
  ['autoscaling/v1/HorizontalPodAutoscaler', autoscalingV1Hpa],
  ['autoscaling/v2/HorizontalPodAutoscaler', autoscalingV2Hpa],
  ['batch/v1/CronJob', batchV1CronJob],
  ['batch/v1/Job', batchV1Job],
  ['networking.k8s.io/v1/Ingress', networkingV1Ingress],
  ['networking.k8s.io/v1/IngressClass', networkingV1IngressClass],
  ['networking.k8s.io/v1/NetworkPolicy', networkingV1NetworkPolicy],
  ['policy/v1/PodDisruptionBudget', policyV1Pdb],
  ['rbac.authorization.k8s.io/v1/ClusterRole', rbacV1ClusterRole],
  ['rbac.authorization.k8s.io/v1/ClusterRoleBinding', rbacV1ClusterRoleBinding],
  ['rbac.authorization.k8s.io/v1/Role', rbacV1Role],
  ['rbac.authorization.k8s.io/v1/RoleBinding', rbacV1RoleBinding],
  ['scheduling.k8s.io/v1/PriorityClass', schedulingV1PriorityClass],
  ['storage.k8s.io/v1/StorageClass', storageV1StorageClass],
  ['apiextensions.k8s.io/v1/CustomResourceDefinition', apiextensionsV1Crd],
  ['admissionregistration.k8s.io/v1/MutatingWebhookConfiguration', admissionV1Mutating],
  ['admissionregistration.k8s.io/v1/ValidatingWebhookConfiguration', admissionV1Validating],
]);
