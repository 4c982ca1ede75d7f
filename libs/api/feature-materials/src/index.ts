export * from './lib/materials.module';
export * from './lib/entities/material.entities';
export { MAX_UPLOAD_BYTES, MATERIAL_KINDS } from './lib/upload/material-kinds';
export * from './lib/materials-demo-seed.service';
