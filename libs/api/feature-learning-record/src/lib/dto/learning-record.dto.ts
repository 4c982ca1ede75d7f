import { Field, Float, ID, Int, ObjectType } from '@nestjs/graphql';
import { AsnType } from '@tunas/shared/contracts';
import { ExternalLearningStatus, LearningRecordSource, LearningRoute } from '../learning-record.types';

@ObjectType('LearningRecordEntry', { description: 'One entry that counts toward JP: a Tunas course completion or an approved external claim' })
export class LearningRecordEntryDTO {
  @Field(() => ID) id!: string;
  @Field(() => LearningRecordSource) source!: LearningRecordSource;
  @Field() title!: string;
  @Field(() => Int) jpHours!: number;
  @Field({ description: 'TEKNIS, MANAJERIAL or SOSIAL_KULTURAL' }) competencyType!: string;
  @Field(() => LearningRoute) route!: LearningRoute;
  @Field({ description: 'The course’s owner institution, "Tunas", or the provider a claim names' }) provider!: string;
  @Field() startedAt!: Date;
  @Field() endedAt!: Date;
  @Field(() => Float, { nullable: true, description: 'The certificate’s final score, else the mean quiz grade, in percent' }) score!: number | null;
  @Field(() => ID, { nullable: true }) courseId!: string | null;
  @Field(() => ID, { nullable: true }) certificateId!: string | null;
  @Field(() => ID, { nullable: true }) claimId!: string | null;
}

@ObjectType('CompetencyJp')
export class CompetencyJpDTO {
  @Field() competencyType!: string;
  @Field(() => Int) jpHours!: number;
}

@ObjectType('EvidenceFile')
export class EvidenceFileDTO {
  @Field() fileName!: string;
  @Field({ description: 'application/pdf, image/jpeg or image/png, as the content showed' }) mediaType!: string;
  @Field(() => Int) size!: number;
  @Field() sha256!: string;
  @Field({ description: 'GET with the bearer token; for the learner, their supervisors and admins' }) downloadPath!: string;
}

@ObjectType('ExternalLearning', { description: 'Learning done outside Tunas, claimed with evidence for the supervisor to review' })
export class ExternalLearningDTO {
  @Field(() => ID) id!: string;
  @Field(() => ID) userId!: string;
  @Field() learnerName!: string;
  @Field() title!: string;
  @Field() provider!: string;
  @Field() startedOn!: Date;
  @Field() endedOn!: Date;
  @Field(() => Int) jpHours!: number;
  @Field() competencyType!: string;
  @Field(() => LearningRoute) route!: LearningRoute;
  @Field(() => ExternalLearningStatus) status!: ExternalLearningStatus;
  @Field(() => EvidenceFileDTO) evidence!: EvidenceFileDTO;
  @Field() submittedAt!: Date;
  @Field(() => Date, { nullable: true }) reviewedAt!: Date | null;
  @Field(() => String, { nullable: true }) reviewerName!: string | null;
  @Field(() => String, { nullable: true }) reviewComment!: string | null;
}

@ObjectType('LearningRecord', { description: 'A learner’s JP in one year against the target for their ASN type' })
export class LearningRecordDTO {
  @Field(() => ID) userId!: string;
  @Field() learnerName!: string;
  @Field(() => AsnType, { nullable: true }) asnType!: AsnType | null;
  @Field(() => Int) year!: number;
  @Field(() => Int) targetJp!: number;
  @Field(() => Int, { description: 'Course completions plus approved external learning' }) totalJp!: number;
  @Field(() => Int) remainingJp!: number;
  @Field() targetReached!: boolean;
  @Field(() => [CompetencyJpDTO], { description: 'Every competency type, also those with 0 JP' }) byCompetencyType!: CompetencyJpDTO[];
  @Field(() => [LearningRecordEntryDTO], { description: 'Newest first' }) entries!: LearningRecordEntryDTO[];
  @Field(() => [ExternalLearningDTO], { description: 'Claims ending in the year, whatever their status, newest first' }) externalLearning!: ExternalLearningDTO[];
}

@ObjectType('JpTarget')
export class JpTargetDTO {
  @Field(() => AsnType) asnType!: AsnType;
  @Field(() => Int) jpHours!: number;
  @Field({ description: 'False while the default applies' }) configured!: boolean;
  @Field(() => Date, { nullable: true }) updatedAt!: Date | null;
}
