import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { SCORM_ENTITIES } from './entities/scorm-attempt.entity';
import { ScormFilesController } from './launch/scorm-files.controller';
import { ScormPackageProcessor } from './package/scorm-package.processor';
import { ScormContentGuard } from './scorm-content.guard';
import { ScormResolver } from './scorm.resolver';
import { ScormRuntimeService } from './runtime/scorm-runtime.service';

/**
 * SCORM packages as course activities: importing an uploaded package into storage (a material processor), checking
 * activities that use one (a content guard), the runtime data per learner and attempt, and the package files.
 */
@Module({
  imports: [TypeOrmModule.forFeature(SCORM_ENTITIES)],
  controllers: [ScormFilesController],
  providers: [ScormPackageProcessor, ScormContentGuard, ScormRuntimeService, ScormResolver],
})
export class ScormModule {}
