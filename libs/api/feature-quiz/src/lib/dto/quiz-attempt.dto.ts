import { createUnionType, Field, Float, ID, InputType, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { Allow, ArrayMaxSize, IsArray, IsBoolean, IsInt, IsNumber, IsString, IsUUID, Max, MaxLength, Min, ValidateNested } from 'class-validator';
import GraphQLJSON from 'graphql-type-json';

export enum AttemptStatusEnum { IN_PROGRESS = 'IN_PROGRESS', NEEDS_GRADING = 'NEEDS_GRADING', GRADED = 'GRADED' }
export enum QuizUnavailableReason { NOT_OPEN_YET = 'NOT_OPEN_YET', CLOSED = 'CLOSED', NO_ATTEMPTS_LEFT = 'NO_ATTEMPTS_LEFT' }
registerEnumType(AttemptStatusEnum, { name: 'QuizAttemptStatus' });
registerEnumType(QuizUnavailableReason, { name: 'QuizUnavailableReason' });

@ObjectType('QuizAttemptSlot', { description: 'One question of an attempt as the learner answers it: no right answers, weights or feedback' })
export class QuizAttemptSlotDTO {
  @Field(() => Int) slot!: number;
  @Field(() => Int, { description: '0-based page' }) page!: number;
  @Field() type!: string;
  @Field(() => Float) maxMark!: number;
  @Field({ description: 'The question text (sanitised HTML)' }) html!: string;
  @Field(() => GraphQLJSON, { description: 'What the question type shows learners' }) view!: unknown;
  @Field(() => GraphQLJSON, { nullable: true }) response!: unknown;
  @Field(() => Int, { description: 'The sequence number of the stored response; a device sends a higher one with each change' }) sequence!: number;
  @Field() flagged!: boolean;
  @Field({ description: 'A complete response is stored' }) answered!: boolean;
}

@ObjectType('QuizAttempt')
export class QuizAttemptDTO {
  @Field(() => ID) id!: string;
  @Field(() => ID) courseId!: string;
  @Field(() => ID) activityId!: string;
  @Field() quizTitle!: string;
  @Field(() => Int) number!: number;
  @Field(() => AttemptStatusEnum) status!: AttemptStatusEnum;
  @Field(() => Date) startedAt!: Date;
  @Field(() => Date, { nullable: true, description: 'When the server submits the attempt by itself' }) deadlineAt!: Date | null;
  @Field(() => Date, { nullable: true }) submittedAt!: Date | null;
  @Field(() => Date, { description: 'The server clock, to synchronise the timer' }) serverNow!: Date;
  @Field(() => Int) questionsPerPage!: number;
  @Field(() => Int) pageCount!: number;
  @Field(() => [QuizAttemptSlotDTO]) slots!: QuizAttemptSlotDTO[];
}

@ObjectType('QuizUnavailable', { description: 'The quiz cannot be started now, and why' })
export class QuizUnavailableDTO {
  @Field(() => QuizUnavailableReason) reason!: QuizUnavailableReason;
  @Field() message!: string;
}

export const StartQuizAttemptResult = createUnionType({
  name: 'StartQuizAttemptResult',
  types: () => [QuizAttemptDTO, QuizUnavailableDTO] as const,
  resolveType: (value: object) => ('reason' in value ? QuizUnavailableDTO : QuizAttemptDTO),
});

@ObjectType('SavedAnswer')
export class SavedAnswerDTO {
  @Field(() => Int) slot!: number;
  @Field(() => Int, { description: 'The sequence number now stored for the slot' }) sequence!: number;
  @Field({ description: 'False when a newer response was already stored (this one is older and was ignored)' }) accepted!: boolean;
}

@ObjectType('SaveQuizAnswersResult')
export class SaveQuizAnswersResultDTO {
  @Field(() => ID) attemptId!: string;
  @Field(() => AttemptStatusEnum) status!: AttemptStatusEnum;
  @Field({ description: 'The deadline had passed: the attempt was submitted with what was saved before it, and these answers were not stored' }) timeUp!: boolean;
  @Field(() => Date, { nullable: true }) deadlineAt!: Date | null;
  @Field(() => Date) serverNow!: Date;
  @Field(() => [SavedAnswerDTO]) saved!: SavedAnswerDTO[];
}

@ObjectType('QuizReviewSlot', { description: 'What the review options allow the learner to see of one question; hidden parts are null' })
export class QuizReviewSlotDTO {
  @Field(() => Int) slot!: number;
  @Field() type!: string;
  @Field() html!: string;
  @Field(() => GraphQLJSON) view!: unknown;
  @Field(() => Float) maxMark!: number;
  @Field(() => GraphQLJSON, { nullable: true }) response!: unknown;
  @Field(() => String, { nullable: true, description: 'One line standing for the response' }) responseSummary!: string | null;
  @Field(() => Float, { nullable: true }) mark!: number | null;
  @Field(() => String, { nullable: true, description: 'correct, partial, incorrect, needsGrading or unanswered' }) state!: string | null;
  @Field(() => [String], { nullable: true }) feedback!: string[] | null;
  @Field(() => String, { nullable: true }) generalFeedback!: string | null;
  @Field(() => GraphQLJSON, { nullable: true }) rightAnswer!: unknown;
  @Field(() => String, { nullable: true, description: 'The grader’s comment on a manually graded response' }) comment!: string | null;
}

@ObjectType('QuizReview')
export class QuizReviewDTO {
  @Field(() => ID) attemptId!: string;
  @Field(() => ID) courseId!: string;
  @Field(() => ID) activityId!: string;
  @Field() quizTitle!: string;
  @Field(() => Int) number!: number;
  @Field(() => AttemptStatusEnum) status!: AttemptStatusEnum;
  @Field(() => Date) startedAt!: Date;
  @Field(() => Date, { nullable: true }) submittedAt!: Date | null;
  @Field() autoSubmitted!: boolean;
  @Field({ description: 'Whether scores are shown at this moment' }) showsScore!: boolean;
  @Field(() => Float, { nullable: true }) marks!: number | null;
  @Field(() => Float) maxMarks!: number;
  @Field(() => Float, { nullable: true, description: '0..1' }) grade!: number | null;
  @Field(() => Boolean, { nullable: true }) passed!: boolean | null;
  @Field(() => Float) passingGrade!: number;
  @Field(() => [QuizReviewSlotDTO]) slots!: QuizReviewSlotDTO[];
}

@ObjectType('QuizAttemptSummary')
export class QuizAttemptSummaryDTO {
  @Field(() => ID) id!: string;
  @Field(() => Int) number!: number;
  @Field(() => AttemptStatusEnum) status!: AttemptStatusEnum;
  @Field(() => Date) startedAt!: Date;
  @Field(() => Date, { nullable: true }) submittedAt!: Date | null;
  @Field(() => Date, { nullable: true }) deadlineAt!: Date | null;
  @Field(() => Float, { nullable: true, description: 'Null while hidden by the review options or not yet graded' }) grade!: number | null;
  @Field({ description: 'Whether the learner may open its review now' }) reviewable!: boolean;
}

@ObjectType('QuizOverview', { description: 'A quiz as a learner sees it before and between attempts' })
export class QuizOverviewDTO {
  @Field(() => ID) courseId!: string;
  @Field(() => ID) activityId!: string;
  @Field() title!: string;
  @Field() intro!: string;
  @Field(() => Int) questionCount!: number;
  @Field(() => Int, { nullable: true }) timeLimitMinutes!: number | null;
  @Field(() => Int, { description: '0 for unlimited' }) attemptsAllowed!: number;
  @Field(() => Date, { nullable: true }) openAt!: Date | null;
  @Field(() => Date, { nullable: true }) closeAt!: Date | null;
  @Field(() => Float) passingGrade!: number;
  @Field() gradingMethod!: string;
  @Field(() => Date) serverNow!: Date;
  @Field(() => [QuizAttemptSummaryDTO]) attempts!: QuizAttemptSummaryDTO[];
  @Field(() => ID, { nullable: true }) openAttemptId!: string | null;
  @Field() canStart!: boolean;
  @Field(() => QuizUnavailableReason, { nullable: true }) unavailableReason!: QuizUnavailableReason | null;
  @Field(() => Float, { nullable: true, description: 'The quiz grade (by the grading method) when scores may be shown' }) grade!: number | null;
  @Field() passed!: boolean;
}

@InputType()
export class QuizRefInput {
  @Field(() => ID) @IsUUID() courseId!: string;
  @Field(() => ID) @IsUUID() activityId!: string;
}

@InputType()
export class AnswerInput {
  @Field(() => Int) @IsInt() @Min(0) @Max(1000) slot!: number;
  @Field(() => GraphQLJSON) @Allow() response!: unknown;
  @Field(() => Int, { description: 'Increases with every change the device makes to this slot' }) @IsInt() @Min(1) @Max(2_000_000_000) sequence!: number;
}

@InputType()
export class FlagInput {
  @Field(() => Int) @IsInt() @Min(0) @Max(1000) slot!: number;
  @Field() @IsBoolean() flagged!: boolean;
}

@InputType()
export class SaveQuizAnswersInput {
  @Field(() => ID) @IsUUID() attemptId!: string;
  @Field(() => [AnswerInput], { defaultValue: [] }) @IsArray() @ArrayMaxSize(200) @ValidateNested({ each: true }) @Type(() => AnswerInput) answers!: AnswerInput[];
  @Field(() => [FlagInput], { defaultValue: [] }) @IsArray() @ArrayMaxSize(200) @ValidateNested({ each: true }) @Type(() => FlagInput) flags!: FlagInput[];
}

@InputType()
export class SubmitQuizAttemptInput {
  @Field(() => ID) @IsUUID() attemptId!: string;
  @Field(() => [AnswerInput], { defaultValue: [], description: 'Answers not saved yet; stored before grading' }) @IsArray() @ArrayMaxSize(200) @ValidateNested({ each: true }) @Type(() => AnswerInput) answers!: AnswerInput[];
}

@InputType()
export class GradeResponseInput {
  @Field(() => ID) @IsUUID() attemptId!: string;
  @Field(() => Int) @IsInt() @Min(0) slot!: number;
  @Field(() => Float) @IsNumber() @Min(0) @Max(1000) mark!: number;
  @Field({ defaultValue: '' }) @IsString() @MaxLength(5000) comment!: string;
}

@InputType()
export class RegradeQuestionInput {
  @Field(() => ID) @IsUUID() courseId!: string;
  @Field(() => ID) @IsUUID() activityId!: string;
  @Field(() => ID) @IsUUID() questionId!: string;
}

@ObjectType('RegradeReport')
export class RegradeReportDTO {
  @Field(() => Int) attemptsRegraded!: number;
  @Field(() => Int) slotsRegraded!: number;
}

@ObjectType('GradingQueueItem')
export class GradingQueueItemDTO {
  @Field(() => ID) attemptId!: string;
  @Field(() => Int) slot!: number;
  @Field(() => ID) activityId!: string;
  @Field() quizTitle!: string;
  @Field() learnerName!: string;
  @Field() questionName!: string;
  @Field() questionHtml!: string;
  @Field() responseText!: string;
  @Field(() => Float) maxMark!: number;
  @Field() graderInfo!: string;
  @Field(() => Date, { nullable: true }) submittedAt!: Date | null;
}

