export { type CommittedContent, type CommittedFile, inspectCommittedFiles } from './committed';
export { type Comparison, type ConfigChange, compareWithDirectory, type ImageChange, unifiedDiff } from './compare';
export { configHash, configView } from './config-hash';
export {
  MAX_ALIAS_COUNT,
  parseManifestStream,
  parseYamlStream,
  type Resource,
  stringifyResource,
  type YamlStream,
} from './documents';
export { checkManifests, type GuardOptions, type GuardReport } from './guards';
export { type HelmTemplateOptions, helmTemplateArgs, runHelmTemplate } from './helm';
export {
  type ContainerSlot,
  containerSlots,
  type ImagePin,
  imageProblems,
  imagesOf,
  parseImagePins,
  pinImages,
  repositoryOf,
} from './images';
export { kustomizeCommand, runKustomize } from './kustomize';
export { checkOutputDirectory, fileNameFor, type RenderedFile, renderFiles, writeRenderedFiles } from './output';
export { readTree, readYamlTree, type SourceFile } from './plain';
export { type RenderManifestsOptions, type RenderManifestsResult, renderManifests } from './render';
export { describeResource, identityOf } from './resource';
export { isBuiltInApiVersion, validateSchemas } from './schema';
export { planRender, RENDERERS, type RendererChoice, type RenderPlan } from './source';
export type { RendererDependencies } from './tools';
export { type WorkloadContainer, workloadContainers } from './workloads';
