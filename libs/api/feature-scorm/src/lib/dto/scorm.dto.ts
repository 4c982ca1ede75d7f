import { Field, Float, ID, InputType, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { IsBoolean, IsInt, IsString, IsUUID, Max, MaxLength, Min } from 'class-validator';
import { CMI_MAX_CHARS } from '../runtime/scorm-cmi';

export enum ScormEntry { AB_INITIO = 'ab-initio', RESUME = 'resume' }
registerEnumType(ScormEntry, { name: 'ScormEntry', description: 'Whether the attempt starts fresh or resumes saved runtime data' });

@ObjectType('ScormLaunch', { description: 'What the player needs to run one attempt of a SCORM activity' })
export class ScormLaunchDTO {
  @Field(() => ID) attemptId!: string;
  @Field(() => Int) attemptNumber!: number;
  @Field({ description: "'1.2' or '2004': which runtime API the package expects" }) version!: string;
  @Field({ description: 'The launch file, served from Tunas with a 6-hour token in its path' }) launchUrl!: string;
  @Field(() => String, { nullable: true, description: 'The saved runtime data (JSON `{ cmi }`) to load before the package initialises, when resuming' }) runtimeData!: string | null;
  @Field(() => ScormEntry) entry!: ScormEntry;
  @Field(() => Int, { description: 'The last commit sequence stored for the attempt: the player numbers its commits above it' }) commitSequence!: number;
}

@InputType()
export class CommitScormRuntimeInput {
  @Field(() => ID) @IsUUID() attemptId!: string;
  @Field(() => Int, { description: 'Increases with every commit of the attempt; a commit not above the stored one is ignored' }) @IsInt() @Min(1) @Max(2_000_000_000) sequence!: number;
  @Field({ description: 'The runtime data as JSON (`{ cmi: … }`)' }) @IsString() @MaxLength(CMI_MAX_CHARS) cmi!: string;
  @Field({ defaultValue: false, description: 'The package called Terminate / LMSFinish' }) @IsBoolean() terminate!: boolean;
}

@ObjectType('ScormCommitResult')
export class ScormCommitResultDTO {
  @Field({ description: 'False when the commit was older than what is stored and was ignored' }) accepted!: boolean;
  @Field() completionStatus!: string;
  @Field() successStatus!: string;
  @Field(() => Float, { nullable: true }) scoreScaled!: number | null;
  @Field(() => Float, { description: "The activity's completion in [0, 1] after the commit" }) activityCompletion!: number;
  @Field() courseCompleted!: boolean;
}
