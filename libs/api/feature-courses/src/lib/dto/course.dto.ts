import { Field, Float, ID, InputType, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { Allow, ArrayMaxSize, IsBoolean, IsDate, IsEnum, IsInt, IsOptional, IsString, IsUrl, IsUUID, Length, Max, MaxLength, Min } from 'class-validator';
import GraphQLJSON from 'graphql-type-json';
import { CompetencyType, CourseLevel, CourseStatus, EnrolmentSource, EnrolmentStatus } from '../entities/course.entities';

export enum CompetencyTypeEnum { TEKNIS = 'TEKNIS', MANAJERIAL = 'MANAJERIAL', SOSIAL_KULTURAL = 'SOSIAL_KULTURAL' }
export enum CourseLevelEnum { DASAR = 'DASAR', MENENGAH = 'MENENGAH', LANJUT = 'LANJUT' }
export enum CourseStatusEnum { DRAFT = 'DRAFT', PUBLISHED = 'PUBLISHED', ARCHIVED = 'ARCHIVED' }
export enum EnrolmentSourceEnum { SELF = 'SELF', ADMIN = 'ADMIN', SUPERVISOR = 'SUPERVISOR', CSV = 'CSV' }
export enum EnrolmentStatusEnum { ACTIVE = 'ACTIVE', COMPLETED = 'COMPLETED' }
registerEnumType(CompetencyTypeEnum, { name: 'CompetencyType', description: 'Kompetensi teknis, manajerial, sosial kultural' });
registerEnumType(CourseLevelEnum, { name: 'CourseLevel' });
registerEnumType(CourseStatusEnum, { name: 'CourseStatus' });
registerEnumType(EnrolmentSourceEnum, { name: 'EnrolmentSource' });
registerEnumType(EnrolmentStatusEnum, { name: 'EnrolmentStatus' });

@ObjectType('Topic')
export class TopicDTO {
  @Field(() => ID) id!: string;
  @Field() code!: string;
  @Field() name!: string;
}

@ObjectType('Course')
export class CourseDTO {
  @Field(() => ID) id!: string;
  @Field() title!: string;
  @Field() summary!: string;
  @Field(() => String, { nullable: true }) coverImageUrl!: string | null;
  @Field(() => TopicDTO) topic!: TopicDTO;
  @Field(() => CompetencyTypeEnum) competencyType!: CompetencyType;
  @Field(() => Int, { description: 'Learning hours (jam pelajaran) credited on completion' }) jpHours!: number;
  @Field(() => CourseLevelEnum) level!: CourseLevel;
  @Field() language!: string;
  @Field(() => CourseStatusEnum) status!: CourseStatus;
  @Field(() => ID, { nullable: true }) ownerInstitutionId!: string | null;
  @Field(() => Date, { nullable: true }) publishedAt!: Date | null;
  @Field(() => Date, { nullable: true }) enrolmentClosesAt!: Date | null;
  @Field(() => Int, { description: 'Modules in the published version (the draft for authors of an unpublished course)' }) moduleCount!: number;
  @Field(() => Int) activityCount!: number;
  @Field(() => Int) version!: number;
  createdById!: string;
}

@ObjectType('CoursePage')
export class CoursePageDTO {
  @Field(() => [CourseDTO]) items!: CourseDTO[];
  @Field(() => Int) total!: number;
}

@ObjectType('CourseActivity', { description: 'One activity as a learner sees it; content is validated by the activity plugin' })
export class CourseActivityDTO {
  @Field(() => ID) id!: string;
  @Field() type!: string;
  @Field(() => Int) schemaVersion!: number;
  @Field() title!: string;
  @Field() required!: boolean;
  @Field(() => GraphQLJSON) content!: unknown;
  @Field(() => GraphQLJSON, { nullable: true, description: 'The learner state stored for this activity (null in authoring and preview)' }) state!: unknown;
  @Field(() => Float, { description: '0..1' }) completion!: number;
}

@ObjectType('CourseModule')
export class CourseModuleDTO {
  @Field(() => ID) id!: string;
  @Field() title!: string;
  @Field() summary!: string;
  @Field() requiresPrevious!: boolean;
  @Field({ description: 'True while the previous module is not finished (prerequisite)' }) locked!: boolean;
  @Field(() => Float, { description: 'Share of required activities done, 0..1' }) completion!: number;
  @Field(() => [CourseActivityDTO]) activities!: CourseActivityDTO[];
}

@ObjectType('Enrolment')
export class EnrolmentDTO {
  @Field(() => ID) id!: string;
  @Field(() => ID) courseId!: string;
  @Field(() => ID) userId!: string;
  @Field(() => EnrolmentSourceEnum) source!: EnrolmentSource;
  @Field(() => EnrolmentStatusEnum) status!: EnrolmentStatus;
  @Field(() => Float, { description: 'Share of required activities done, 0..1' }) progress!: number;
  @Field(() => ID, { nullable: true }) lastActivityId!: string | null;
  @Field(() => Date, { nullable: true }) lastAccessedAt!: Date | null;
  @Field() enrolledAt!: Date;
  @Field(() => Date, { nullable: true }) completedAt!: Date | null;
  @Field(() => Int) versionNumber!: number;
}

@ObjectType('CourseOutline', { description: 'A course as one learner studies it: structure, progress, where to resume' })
export class CourseOutlineDTO {
  @Field(() => CourseDTO) course!: CourseDTO;
  @Field(() => EnrolmentDTO, { nullable: true, description: 'Null in a preview' }) enrolment!: EnrolmentDTO | null;
  @Field(() => Int, { nullable: true, description: 'The published version studied; null for a draft preview' }) versionNumber!: number | null;
  @Field() preview!: boolean;
  @Field(() => [CourseModuleDTO]) modules!: CourseModuleDTO[];
  @Field(() => Float) completion!: number;
  @Field(() => ID, { nullable: true, description: 'The activity to open on "continue"' }) resumeActivityId!: string | null;
}

@ObjectType('ActivityProgressResult')
export class ActivityProgressResultDTO {
  @Field(() => ID) activityId!: string;
  @Field(() => GraphQLJSON) state!: unknown;
  @Field(() => Float) completion!: number;
  @Field(() => Float) courseCompletion!: number;
  @Field({ description: 'True when this write completed the course' }) courseCompleted!: boolean;
  @Field(() => EnrolmentDTO) enrolment!: EnrolmentDTO;
}

@ObjectType('EnrolmentReport')
export class EnrolmentReportDTO {
  @Field(() => Int) enrolled!: number;
  @Field(() => Int) alreadyEnrolled!: number;
  @Field(() => [EnrolmentLineErrorDTO]) errors!: EnrolmentLineErrorDTO[];
}

@ObjectType('EnrolmentLineError')
export class EnrolmentLineErrorDTO {
  @Field(() => Int) line!: number;
  @Field() reason!: string;
  @Field(() => String, { nullable: true }) nip!: string | null;
}

@InputType()
export class CourseFilter {
  @Field(() => String, { nullable: true }) @IsOptional() @IsString() @MaxLength(100) search?: string;
  @Field(() => ID, { nullable: true }) @IsOptional() @IsUUID() topicId?: string;
  @Field(() => CompetencyTypeEnum, { nullable: true }) @IsOptional() @IsEnum(CompetencyTypeEnum) competencyType?: CompetencyType;
  @Field(() => CourseLevelEnum, { nullable: true }) @IsOptional() @IsEnum(CourseLevelEnum) level?: CourseLevel;
  @Field(() => Int, { nullable: true }) @IsOptional() @IsInt() @Min(0) jpMin?: number;
  @Field(() => Int, { nullable: true }) @IsOptional() @IsInt() @Max(1000) jpMax?: number;
}

@InputType()
export class CoursePageInput {
  @Field(() => Int, { defaultValue: 0 }) @IsInt() @Min(0) offset = 0;
  @Field(() => Int, { defaultValue: 12 }) @IsInt() @Min(1) @Max(50) limit = 12;
}

@InputType()
export class CreateCourseInput {
  @Field() @IsString() @Length(3, 200) title!: string;
  @Field() @IsString() @Length(1, 2000) summary!: string;
  @Field(() => ID) @IsUUID() topicId!: string;
  @Field(() => CompetencyTypeEnum) @IsEnum(CompetencyTypeEnum) competencyType!: CompetencyType;
  @Field(() => Int) @IsInt() @Min(1) @Max(200) jpHours!: number;
  @Field(() => CourseLevelEnum) @IsEnum(CourseLevelEnum) level!: CourseLevel;
  @Field(() => String, { defaultValue: 'id' }) @IsString() @Length(2, 5) language = 'id';
  @Field(() => String, { nullable: true }) @IsOptional() @IsUrl({ require_tld: false, protocols: ['http', 'https'] }) coverImageUrl?: string | null;
  @Field(() => Date, { nullable: true }) @IsOptional() @IsDate() enrolmentClosesAt?: Date | null;
}

@InputType()
export class UpdateCourseInput {
  @Field(() => ID) @IsUUID() id!: string;
  @Field(() => Int) @IsInt() version!: number;
  @Field(() => String, { nullable: true }) @IsOptional() @IsString() @Length(3, 200) title?: string;
  @Field(() => String, { nullable: true }) @IsOptional() @IsString() @Length(1, 2000) summary?: string;
  @Field(() => ID, { nullable: true }) @IsOptional() @IsUUID() topicId?: string;
  @Field(() => CompetencyTypeEnum, { nullable: true }) @IsOptional() @IsEnum(CompetencyTypeEnum) competencyType?: CompetencyType;
  @Field(() => Int, { nullable: true }) @IsOptional() @IsInt() @Min(1) @Max(200) jpHours?: number;
  @Field(() => CourseLevelEnum, { nullable: true }) @IsOptional() @IsEnum(CourseLevelEnum) level?: CourseLevel;
  @Field(() => String, { nullable: true }) @IsOptional() @IsUrl({ require_tld: false, protocols: ['http', 'https'] }) coverImageUrl?: string | null;
  @Field(() => Date, { nullable: true }) @IsOptional() @IsDate() enrolmentClosesAt?: Date | null;
}

@InputType()
export class AddModuleInput {
  @Field(() => ID) @IsUUID() courseId!: string;
  @Field() @IsString() @Length(1, 200) title!: string;
  @Field(() => String, { defaultValue: '' }) @IsString() @MaxLength(2000) summary = '';
  @Field(() => Boolean, { defaultValue: false }) @IsBoolean() requiresPrevious = false;
  @Field(() => Int, { nullable: true, description: 'The course version the editor last read; a stale one is refused with CONFLICT' }) @IsOptional() @IsInt() courseVersion?: number;
}

@InputType()
export class UpdateModuleInput {
  @Field(() => ID) @IsUUID() id!: string;
  @Field(() => String, { nullable: true }) @IsOptional() @IsString() @Length(1, 200) title?: string;
  @Field(() => String, { nullable: true }) @IsOptional() @IsString() @MaxLength(2000) summary?: string;
  @Field(() => Boolean, { nullable: true }) @IsOptional() @IsBoolean() requiresPrevious?: boolean;
  @Field(() => Int, { nullable: true, description: 'New 0-based position among the modules' }) @IsOptional() @IsInt() @Min(0) position?: number;
  @Field(() => Int, { nullable: true, description: 'The course version the editor last read; a stale one is refused with CONFLICT' }) @IsOptional() @IsInt() courseVersion?: number;
}

@InputType()
export class AddActivityInput {
  @Field(() => ID) @IsUUID() moduleId!: string;
  @Field({ description: 'Activity plugin id, e.g. page, video, document, link' }) @IsString() @Length(1, 40) type!: string;
  @Field() @IsString() @Length(1, 200) title!: string;
  @Field(() => Boolean, { defaultValue: true }) @IsBoolean() required = true;
  @Field(() => GraphQLJSON, { description: "Validated by the plugin's content schema" }) @Allow() content!: unknown;
  @Field(() => Int, { nullable: true, description: 'The course version the editor last read; a stale one is refused with CONFLICT' }) @IsOptional() @IsInt() courseVersion?: number;
}

@InputType()
export class UpdateActivityInput {
  @Field(() => ID) @IsUUID() id!: string;
  @Field(() => String, { nullable: true }) @IsOptional() @IsString() @Length(1, 200) title?: string;
  @Field(() => Boolean, { nullable: true }) @IsOptional() @IsBoolean() required?: boolean;
  @Field(() => GraphQLJSON, { nullable: true }) @IsOptional() content?: unknown;
  @Field(() => Int, { nullable: true, description: 'New 0-based position within the module' }) @IsOptional() @IsInt() @Min(0) position?: number;
  @Field(() => Int, { nullable: true, description: 'The course version the editor last read; a stale one is refused with CONFLICT' }) @IsOptional() @IsInt() courseVersion?: number;
}

@InputType()
export class RecordProgressInput {
  @Field(() => ID) @IsUUID() courseId!: string;
  @Field(() => ID) @IsUUID() activityId!: string;
  @Field(() => GraphQLJSON, { description: "The learner state, validated by the plugin's state schema" }) @Allow() state!: unknown;
  @Field({ description: 'Unique per write on the device (8 to 54 characters, e.g. a UUID); a retried write with the same key is applied once' }) @IsString() @Length(8, 54) idempotencyKey!: string;
}

@InputType()
export class EnrolUsersInput {
  @Field(() => ID) @IsUUID() courseId!: string;
  @Field(() => [ID], { description: 'At most 5,000 people per request (use enrolByCsv for more)' }) @ArrayMaxSize(5000) @IsUUID('all', { each: true }) userIds!: string[];
}

@InputType()
export class EnrolByCsvInput {
  @Field(() => ID) @IsUUID() courseId!: string;
  @Field({ description: 'CSV with a nip column (other columns are ignored)' }) @IsString() @Length(1, 10_000_000) csv!: string;
}

@InputType()
export class CreateTopicInput {
  @Field({ description: 'Stable code, e.g. KEUANGAN_DAERAH' }) @IsString() @Length(2, 40) code!: string;
  @Field({ description: 'Name shown in the catalogue (Bahasa Indonesia)' }) @IsString() @Length(2, 100) name!: string;
}
