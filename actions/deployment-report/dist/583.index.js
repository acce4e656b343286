export const id = 583;
export const ids = [583];
export const modules = {

/***/ 60583:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   VALIDATORS: () => (/* binding */ VALIDATORS)
/* harmony export */ });
/* harmony import */ var kubernetes_models_schemas_IoK8sApiAdmissionregistrationV1MutatingWebhookConfiguration__WEBPACK_IMPORTED_MODULE_29__ = __webpack_require__(61864);
/* harmony import */ var kubernetes_models_schemas_IoK8sApiAdmissionregistrationV1ValidatingWebhookConfiguration__WEBPACK_IMPORTED_MODULE_30__ = __webpack_require__(49144);
/* harmony import */ var kubernetes_models_schemas_IoK8sApiAppsV1DaemonSet__WEBPACK_IMPORTED_MODULE_10__ = __webpack_require__(86333);
/* harmony import */ var kubernetes_models_schemas_IoK8sApiAppsV1Deployment__WEBPACK_IMPORTED_MODULE_11__ = __webpack_require__(51205);
/* harmony import */ var kubernetes_models_schemas_IoK8sApiAppsV1ReplicaSet__WEBPACK_IMPORTED_MODULE_12__ = __webpack_require__(65831);
/* harmony import */ var kubernetes_models_schemas_IoK8sApiAppsV1StatefulSet__WEBPACK_IMPORTED_MODULE_13__ = __webpack_require__(90123);
/* harmony import */ var kubernetes_models_schemas_IoK8sApiAutoscalingV1HorizontalPodAutoscaler__WEBPACK_IMPORTED_MODULE_14__ = __webpack_require__(22335);
/* harmony import */ var kubernetes_models_schemas_IoK8sApiAutoscalingV2HorizontalPodAutoscaler__WEBPACK_IMPORTED_MODULE_15__ = __webpack_require__(55272);
/* harmony import */ var kubernetes_models_schemas_IoK8sApiBatchV1CronJob__WEBPACK_IMPORTED_MODULE_16__ = __webpack_require__(14698);
/* harmony import */ var kubernetes_models_schemas_IoK8sApiBatchV1Job__WEBPACK_IMPORTED_MODULE_17__ = __webpack_require__(21144);
/* harmony import */ var kubernetes_models_schemas_IoK8sApiCoreV1ConfigMap__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(23152);
/* harmony import */ var kubernetes_models_schemas_IoK8sApiCoreV1LimitRange__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(74286);
/* harmony import */ var kubernetes_models_schemas_IoK8sApiCoreV1Namespace__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(37163);
/* harmony import */ var kubernetes_models_schemas_IoK8sApiCoreV1PersistentVolume__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(78608);
/* harmony import */ var kubernetes_models_schemas_IoK8sApiCoreV1PersistentVolumeClaim__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(39413);
/* harmony import */ var kubernetes_models_schemas_IoK8sApiCoreV1Pod__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(44537);
/* harmony import */ var kubernetes_models_schemas_IoK8sApiCoreV1ResourceQuota__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(94944);
/* harmony import */ var kubernetes_models_schemas_IoK8sApiCoreV1Secret__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(56758);
/* harmony import */ var kubernetes_models_schemas_IoK8sApiCoreV1Service__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(78748);
/* harmony import */ var kubernetes_models_schemas_IoK8sApiCoreV1ServiceAccount__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(9740);
/* harmony import */ var kubernetes_models_schemas_IoK8sApiextensionsApiserverPkgApisApiextensionsV1CustomResourceDefinition__WEBPACK_IMPORTED_MODULE_28__ = __webpack_require__(36852);
/* harmony import */ var kubernetes_models_schemas_IoK8sApiNetworkingV1Ingress__WEBPACK_IMPORTED_MODULE_18__ = __webpack_require__(27952);
/* harmony import */ var kubernetes_models_schemas_IoK8sApiNetworkingV1IngressClass__WEBPACK_IMPORTED_MODULE_19__ = __webpack_require__(29703);
/* harmony import */ var kubernetes_models_schemas_IoK8sApiNetworkingV1NetworkPolicy__WEBPACK_IMPORTED_MODULE_20__ = __webpack_require__(18794);
/* harmony import */ var kubernetes_models_schemas_IoK8sApiPolicyV1PodDisruptionBudget__WEBPACK_IMPORTED_MODULE_21__ = __webpack_require__(59811);
/* harmony import */ var kubernetes_models_schemas_IoK8sApiRbacV1ClusterRole__WEBPACK_IMPORTED_MODULE_22__ = __webpack_require__(70476);
/* harmony import */ var kubernetes_models_schemas_IoK8sApiRbacV1ClusterRoleBinding__WEBPACK_IMPORTED_MODULE_23__ = __webpack_require__(69858);
/* harmony import */ var kubernetes_models_schemas_IoK8sApiRbacV1Role__WEBPACK_IMPORTED_MODULE_24__ = __webpack_require__(33233);
/* harmony import */ var kubernetes_models_schemas_IoK8sApiRbacV1RoleBinding__WEBPACK_IMPORTED_MODULE_25__ = __webpack_require__(97928);
/* harmony import */ var kubernetes_models_schemas_IoK8sApiSchedulingV1PriorityClass__WEBPACK_IMPORTED_MODULE_26__ = __webpack_require__(343);
/* harmony import */ var kubernetes_models_schemas_IoK8sApiStorageV1StorageClass__WEBPACK_IMPORTED_MODULE_27__ = __webpack_require__(31407);































/**
 * The built-in kinds validated offline, by `apiVersion/kind`, with the validators kubernetes-models
 * compiles from the Kubernetes OpenAPI schemas. The table is explicit (not the whole package) to
 * keep the action bundle small; built-in kinds outside it pass with a notice, as custom resources do.
 */
const VALIDATORS = new Map([
    ['v1/ConfigMap', kubernetes_models_schemas_IoK8sApiCoreV1ConfigMap__WEBPACK_IMPORTED_MODULE_0__/* .validate */ .t],
    ['v1/LimitRange', kubernetes_models_schemas_IoK8sApiCoreV1LimitRange__WEBPACK_IMPORTED_MODULE_1__/* .validate */ .t],
    ['v1/Namespace', kubernetes_models_schemas_IoK8sApiCoreV1Namespace__WEBPACK_IMPORTED_MODULE_2__/* .validate */ .t],
    ['v1/PersistentVolume', kubernetes_models_schemas_IoK8sApiCoreV1PersistentVolume__WEBPACK_IMPORTED_MODULE_3__/* .validate */ .t],
    ['v1/PersistentVolumeClaim', kubernetes_models_schemas_IoK8sApiCoreV1PersistentVolumeClaim__WEBPACK_IMPORTED_MODULE_4__/* .validate */ .t],
    ['v1/Pod', kubernetes_models_schemas_IoK8sApiCoreV1Pod__WEBPACK_IMPORTED_MODULE_5__/* .validate */ .t],
    ['v1/ResourceQuota', kubernetes_models_schemas_IoK8sApiCoreV1ResourceQuota__WEBPACK_IMPORTED_MODULE_6__/* .validate */ .t],
    ['v1/Secret', kubernetes_models_schemas_IoK8sApiCoreV1Secret__WEBPACK_IMPORTED_MODULE_7__/* .validate */ .t],
    ['v1/Service', kubernetes_models_schemas_IoK8sApiCoreV1Service__WEBPACK_IMPORTED_MODULE_8__/* .validate */ .t],
    ['v1/ServiceAccount', kubernetes_models_schemas_IoK8sApiCoreV1ServiceAccount__WEBPACK_IMPORTED_MODULE_9__/* .validate */ .t],
    ['apps/v1/DaemonSet', kubernetes_models_schemas_IoK8sApiAppsV1DaemonSet__WEBPACK_IMPORTED_MODULE_10__/* .validate */ .t],
    ['apps/v1/Deployment', kubernetes_models_schemas_IoK8sApiAppsV1Deployment__WEBPACK_IMPORTED_MODULE_11__/* .validate */ .t],
    ['apps/v1/ReplicaSet', kubernetes_models_schemas_IoK8sApiAppsV1ReplicaSet__WEBPACK_IMPORTED_MODULE_12__/* .validate */ .t],
    ['apps/v1/StatefulSet', kubernetes_models_schemas_IoK8sApiAppsV1StatefulSet__WEBPACK_IMPORTED_MODULE_13__/* .validate */ .t],
    ['autoscaling/v1/HorizontalPodAutoscaler', kubernetes_models_schemas_IoK8sApiAutoscalingV1HorizontalPodAutoscaler__WEBPACK_IMPORTED_MODULE_14__/* .validate */ .t],
    ['autoscaling/v2/HorizontalPodAutoscaler', kubernetes_models_schemas_IoK8sApiAutoscalingV2HorizontalPodAutoscaler__WEBPACK_IMPORTED_MODULE_15__/* .validate */ .t],
    ['batch/v1/CronJob', kubernetes_models_schemas_IoK8sApiBatchV1CronJob__WEBPACK_IMPORTED_MODULE_16__/* .validate */ .t],
    ['batch/v1/Job', kubernetes_models_schemas_IoK8sApiBatchV1Job__WEBPACK_IMPORTED_MODULE_17__/* .validate */ .t],
    ['networking.k8s.io/v1/Ingress', kubernetes_models_schemas_IoK8sApiNetworkingV1Ingress__WEBPACK_IMPORTED_MODULE_18__/* .validate */ .t],
    ['networking.k8s.io/v1/IngressClass', kubernetes_models_schemas_IoK8sApiNetworkingV1IngressClass__WEBPACK_IMPORTED_MODULE_19__/* .validate */ .t],
    ['networking.k8s.io/v1/NetworkPolicy', kubernetes_models_schemas_IoK8sApiNetworkingV1NetworkPolicy__WEBPACK_IMPORTED_MODULE_20__/* .validate */ .t],
    ['policy/v1/PodDisruptionBudget', kubernetes_models_schemas_IoK8sApiPolicyV1PodDisruptionBudget__WEBPACK_IMPORTED_MODULE_21__/* .validate */ .t],
    ['rbac.authorization.k8s.io/v1/ClusterRole', kubernetes_models_schemas_IoK8sApiRbacV1ClusterRole__WEBPACK_IMPORTED_MODULE_22__/* .validate */ .t],
    ['rbac.authorization.k8s.io/v1/ClusterRoleBinding', kubernetes_models_schemas_IoK8sApiRbacV1ClusterRoleBinding__WEBPACK_IMPORTED_MODULE_23__/* .validate */ .t],
    ['rbac.authorization.k8s.io/v1/Role', kubernetes_models_schemas_IoK8sApiRbacV1Role__WEBPACK_IMPORTED_MODULE_24__/* .validate */ .t],
    ['rbac.authorization.k8s.io/v1/RoleBinding', kubernetes_models_schemas_IoK8sApiRbacV1RoleBinding__WEBPACK_IMPORTED_MODULE_25__/* .validate */ .t],
    ['scheduling.k8s.io/v1/PriorityClass', kubernetes_models_schemas_IoK8sApiSchedulingV1PriorityClass__WEBPACK_IMPORTED_MODULE_26__/* .validate */ .t],
    ['storage.k8s.io/v1/StorageClass', kubernetes_models_schemas_IoK8sApiStorageV1StorageClass__WEBPACK_IMPORTED_MODULE_27__/* .validate */ .t],
    ['apiextensions.k8s.io/v1/CustomResourceDefinition', kubernetes_models_schemas_IoK8sApiextensionsApiserverPkgApisApiextensionsV1CustomResourceDefinition__WEBPACK_IMPORTED_MODULE_28__/* .validate */ .t],
    ['admissionregistration.k8s.io/v1/MutatingWebhookConfiguration', kubernetes_models_schemas_IoK8sApiAdmissionregistrationV1MutatingWebhookConfiguration__WEBPACK_IMPORTED_MODULE_29__/* .validate */ .t],
    ['admissionregistration.k8s.io/v1/ValidatingWebhookConfiguration', kubernetes_models_schemas_IoK8sApiAdmissionregistrationV1ValidatingWebhookConfiguration__WEBPACK_IMPORTED_MODULE_30__/* .validate */ .t],
]);


/***/ })

};
