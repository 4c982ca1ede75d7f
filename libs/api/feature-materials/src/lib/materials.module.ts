import { Global, Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { MaterialPort } from '@tunas/api/core';
import { ActivityMaterialResolver } from './activity-material.resolver';
import { MaterialFileAccess } from './download/material-file-access.service';
import { MaterialFilesController } from './download/material-files.controller';
import { MATERIAL_ENTITIES } from './entities/material.entities';
import { MaterialAccessService } from './material-access.service';
import { MaterialContentGuard } from './material-content.guard';
import { MaterialPortService } from './material-port.service';
import { MaterialsResolver, MaterialVersionsResolver } from './materials.resolver';
import { MaterialsDemoSeedService } from './materials-demo-seed.service';
import { MaterialsService } from './materials.service';
import { MaterialUploadService } from './upload/material-upload.service';
import { MaterialUploadsController } from './upload/material-uploads.controller';
import { TusUploadServer } from './upload/tus-upload.server';

/**
 * The partner institutions' materials library: resumable uploads (tus at `/uploads`), checked and stored through
 * `StoragePort`, versioned, served with range support at `/materials/file/:token`, and offered to other features
 * through the global `MaterialPort`.
 */
@Global()
@Module({
  imports: [TypeOrmModule.forFeature(MATERIAL_ENTITIES)],
  controllers: [MaterialUploadsController, MaterialFilesController],
  providers: [
    MaterialAccessService,
    MaterialsService,
    MaterialUploadService,
    TusUploadServer,
    MaterialFileAccess,
    MaterialsResolver,
    MaterialVersionsResolver,
    MaterialPortService,
    MaterialContentGuard,
    ActivityMaterialResolver,
    MaterialsDemoSeedService,
    { provide: MaterialPort, useExisting: MaterialPortService },
  ],
  exports: [MaterialPort, MaterialsDemoSeedService],
})
export class MaterialsModule {}
