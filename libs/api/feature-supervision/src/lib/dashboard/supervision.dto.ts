import { ArgsType, Field, Float, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { IsEnum, IsInt, IsOptional, IsUUID, Max, Min } from 'class-validator';
import { BadgeDTO } from '../recognition/recognition.dto';

@ArgsType()
export class SupervisionYearArgs {
  @Field(() => Int, { description: 'The calendar year whose JP count' }) @IsInt() @Min(2000) @Max(2100) year!: number;
  @Field(() => ID, { nullable: true, description: 'Only this unit and the units under it' }) @IsOptional() @IsUUID() unitId?: string | null;
}

@ArgsType()
export class SupervisedPersonArgs {
  @Field(() => ID) @IsUUID() userId!: string;
  @Field(() => Int) @IsInt() @Min(2000) @Max(2100) year!: number;
}

export enum SupervisionExportFormat {
  CSV = 'CSV',
  XLSX = 'XLSX',
}
registerEnumType(SupervisionExportFormat, { name: 'SupervisionExportFormat' });

@ArgsType()
export class SupervisionExportArgs extends SupervisionYearArgs {
  @Field(() => SupervisionExportFormat) @IsEnum(SupervisionExportFormat) format!: SupervisionExportFormat;
}

@ObjectType('SupervisedCourseResult', { description: 'An entry of the JP learning record: a course completion, or approved external learning (courseId null)' })
export class SupervisedCourseResultDTO {
  @Field(() => ID, { nullable: true }) courseId!: string | null;
  @Field() title!: string;
  @Field({ description: 'TEKNIS, MANAJERIAL or SOSIAL_KULTURAL' }) competencyType!: string;
  @Field(() => Int) jpHours!: number;
  @Field() completedAt!: Date;
  @Field(() => Float, { nullable: true, description: 'Final score in percent, when the course had graded quizzes' }) score!: number | null;
}

@ObjectType('SupervisedPersonRow', { description: 'One person’s JP this year against their yearly target' })
export class SupervisedPersonRowDTO {
  @Field(() => ID) userId!: string;
  @Field() name!: string;
  @Field(() => String, { nullable: true }) nip!: string | null;
  @Field(() => String, { nullable: true }) asnType!: string | null;
  @Field(() => ID, { nullable: true }) unitId!: string | null;
  @Field(() => String, { nullable: true }) unitName!: string | null;
  @Field(() => Int) jp!: number;
  @Field(() => Int) target!: number;
  @Field() reached!: boolean;
  @Field(() => Int, { description: 'JP still missing to reach the target (0 once reached)' }) behindBy!: number;
  @Field(() => Int) completions!: number;
  @Field(() => Float, { nullable: true }) averageScore!: number | null;
  /** The JP year of these numbers, for the `courses` field (not in the schema). */
  jpYear!: number;
}

@ObjectType('SupervisionTotals')
export class SupervisionTotalsDTO {
  @Field(() => Int) people!: number;
  @Field(() => Int) reached!: number;
  @Field(() => Int) behind!: number;
  @Field(() => Int) totalJp!: number;
  @Field(() => Float) averageJp!: number;
}

@ObjectType('SupervisionUnitAggregate')
export class SupervisionUnitAggregateDTO extends SupervisionTotalsDTO {
  @Field(() => ID, { nullable: true }) unitId!: string | null;
  @Field(() => String, { nullable: true }) unitName!: string | null;
}

@ObjectType('SupervisionCompetencyAggregate')
export class SupervisionCompetencyAggregateDTO {
  @Field() competencyType!: string;
  @Field(() => Int) jp!: number;
  @Field(() => Int) completions!: number;
  @Field(() => Int, { description: 'People with at least one completion of this type' }) people!: number;
}

@ObjectType('SupervisionDashboard', { description: 'Totals and aggregates for charts; the people themselves are paged by supervisedPeople' })
export class SupervisionDashboardDTO {
  @Field(() => Int) year!: number;
  @Field(() => SupervisionTotalsDTO) totals!: SupervisionTotalsDTO;
  @Field(() => [SupervisionUnitAggregateDTO]) byUnit!: SupervisionUnitAggregateDTO[];
  @Field(() => [SupervisionCompetencyAggregateDTO]) byCompetencyType!: SupervisionCompetencyAggregateDTO[];
}

@ObjectType('SupervisedQuizGrade')
export class SupervisedQuizGradeDTO {
  @Field(() => ID) activityId!: string;
  @Field() title!: string;
  @Field(() => Float, { nullable: true, description: 'Best grade of the submitted attempts, a fraction in [0, 1]' }) bestGrade!: number | null;
  @Field(() => Int) attempts!: number;
}

@ObjectType('SupervisedEnrolment')
export class SupervisedEnrolmentDTO {
  @Field(() => ID) courseId!: string;
  @Field() title!: string;
  @Field() competencyType!: string;
  @Field(() => Int) jpHours!: number;
  @Field() status!: string;
  @Field(() => Float, { description: 'Completion in [0, 1]' }) progress!: number;
  @Field() enrolledAt!: Date;
  @Field(() => Date, { nullable: true }) completedAt!: Date | null;
  @Field(() => Float, { nullable: true }) score!: number | null;
  @Field(() => [SupervisedQuizGradeDTO]) quizzes!: SupervisedQuizGradeDTO[];
}

@ObjectType('SupervisedCertificate')
export class SupervisedCertificateDTO {
  @Field(() => ID) id!: string;
  @Field() serial!: string;
  @Field() courseTitle!: string;
  @Field(() => Int) jpHours!: number;
  @Field() issuedAt!: Date;
  @Field() revoked!: boolean;
}

@ObjectType('SupervisedPersonDetail', { description: 'Drill-down to one person: the year’s JP, every course, quiz grades, certificates, badges' })
export class SupervisedPersonDetailDTO {
  @Field(() => Int) year!: number;
  @Field(() => SupervisedPersonRowDTO) person!: SupervisedPersonRowDTO;
  @Field(() => [SupervisedEnrolmentDTO]) enrolments!: SupervisedEnrolmentDTO[];
  @Field(() => [SupervisedCertificateDTO]) certificates!: SupervisedCertificateDTO[];
  @Field(() => [BadgeDTO]) badges!: BadgeDTO[];
}

@ObjectType('SupervisionExport', { description: 'A report file for BKPSDM; XLSX content is base64, CSV content is UTF-8 text' })
export class SupervisionExportDTO {
  @Field() filename!: string;
  @Field() contentType!: string;
  @Field({ description: 'base64 or utf-8' }) encoding!: string;
  @Field() content!: string;
}
