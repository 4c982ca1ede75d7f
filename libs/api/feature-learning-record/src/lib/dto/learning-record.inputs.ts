import { Field, ID, InputType, Int } from '@nestjs/graphql';
import { AsnType } from '@tunas/shared/contracts';
import { Type } from 'class-transformer';
import { IsEnum, IsIn, IsInt, IsOptional, IsString, IsUUID, Length, Matches, Max, MaxLength, Min, ValidateNested } from 'class-validator';
import { COMPETENCY_TYPES, ExternalLearningDecision, LearningRoute } from '../learning-record.types';

const DAY = /^\d{4}-\d{2}-\d{2}$/;

@InputType()
export class EvidenceUploadInput {
  @Field({ description: 'The original file name, shown to reviewers' })
  @IsString()
  @Length(1, 200)
  fileName!: string;

  @Field({ description: 'The file as base64 (at most 5 MB decoded); PDF, JPEG or PNG by content' })
  @IsString()
  contentBase64!: string;
}

@InputType()
export class SubmitExternalLearningInput {
  @Field()
  @IsString()
  @Length(3, 200)
  title!: string;

  @Field({ description: 'Who ran it (an institution, a BPSDM, a ministry)' })
  @IsString()
  @Length(2, 200)
  provider!: string;

  @Field({ description: 'YYYY-MM-DD' })
  @Matches(DAY, { message: 'startedOn must be a date as YYYY-MM-DD' })
  startedOn!: string;

  @Field({ description: 'YYYY-MM-DD; the year it counts toward' })
  @Matches(DAY, { message: 'endedOn must be a date as YYYY-MM-DD' })
  endedOn!: string;

  @Field(() => Int, { description: 'JP claimed (1 JP = 45 minutes of learning)' })
  @IsInt()
  @Min(1)
  @Max(200)
  jpHours!: number;

  @Field({ description: 'TEKNIS, MANAJERIAL or SOSIAL_KULTURAL' })
  @IsIn(COMPETENCY_TYPES)
  competencyType!: string;

  @Field(() => LearningRoute, { description: 'KLASIKAL or NON_KLASIKAL (E_LEARNING is for Tunas courses)' })
  @IsIn([LearningRoute.KLASIKAL, LearningRoute.NON_KLASIKAL], { message: 'route must be KLASIKAL or NON_KLASIKAL' })
  route!: LearningRoute;

  @Field(() => EvidenceUploadInput)
  @ValidateNested()
  @Type(() => EvidenceUploadInput)
  evidence!: EvidenceUploadInput;
}

@InputType()
export class ReviewExternalLearningInput {
  @Field(() => ID)
  @IsUUID()
  claimId!: string;

  @Field(() => ExternalLearningDecision)
  @IsEnum(ExternalLearningDecision)
  decision!: ExternalLearningDecision;

  @Field(() => String, { nullable: true, description: 'Required when rejecting' })
  @IsOptional()
  @IsString()
  @MaxLength(1000)
  comment?: string | null;
}

@InputType()
export class SetJpTargetInput {
  @Field(() => AsnType)
  @IsEnum(AsnType)
  asnType!: AsnType;

  @Field(() => Int)
  @IsInt()
  @Min(0)
  @Max(500)
  jpHours!: number;
}
