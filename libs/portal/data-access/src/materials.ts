/**
 * The materials library: GraphQL operations and resumable (tus) uploads. A separate entry point so that
 * tus-js-client loads with the library screens only.
 */
export * from './lib/generated/materials.graphql';
export { MaterialsApi, type MaterialDetail, type MaterialPage, type MaterialSummary, type MaterialVersion } from './lib/materials/materials.api';
export {
  MATERIAL_ACCEPT,
  MATERIAL_KINDS,
  MATERIAL_SIZE_LIMITS,
  type MaterialFileProblem,
  inferMaterialKind,
  materialFileProblem,
  titleFromFileName,
} from './lib/materials/material-kind';
export {
  MATERIAL_UPLOADS_PATH,
  MaterialUploads,
  type MaterialUploadFailure,
  type MaterialUploadHandle,
  type MaterialUploadListener,
  type MaterialUploadRequest,
  type UnfinishedUpload,
  type UploadedMaterial,
} from './lib/materials/material-uploads.service';
export { readScormSummary, type ScormSummary } from './lib/materials/scorm-summary';
