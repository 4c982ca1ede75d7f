import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { ExternalLearningService } from './claims/external-learning.service';
import { LEARNING_RECORD_ENTITIES } from './entities/learning-record.entities';
import { EvidenceStore } from './evidence/evidence-store.service';
import { LearningRecordAccessService } from './learning-record-access.service';
import { LearningRecordController } from './learning-record.controller';
import { LearningRecordResolver } from './learning-record.resolver';
import { CompletionRecorderService } from './records/completion-recorder.service';
import { LearningRecordService } from './records/learning-record.service';
import { JpTargetService } from './targets/jp-target.service';

/**
 * The JP learning record: every course completion (registered with `CourseCompletionListeners`, after the
 * certificate), external learning reviewed by supervisors, yearly targets per ASN type.
 */
@Module({
  imports: [TypeOrmModule.forFeature(LEARNING_RECORD_ENTITIES)],
  controllers: [LearningRecordController],
  providers: [CompletionRecorderService, LearningRecordService, ExternalLearningService, EvidenceStore, LearningRecordAccessService, JpTargetService, LearningRecordResolver],
})
export class LearningRecordModule {}
