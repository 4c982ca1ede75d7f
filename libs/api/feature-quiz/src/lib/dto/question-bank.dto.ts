import { Field, Float, ID, InputType, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { Allow, ArrayMaxSize, IsArray, IsBoolean, IsEnum, IsInt, IsNumber, IsOptional, IsString, IsUUID, Length, Max, MaxLength, Min } from 'class-validator';
import GraphQLJSON from 'graphql-type-json';

export enum QuestionFormatEnum { GIFT = 'GIFT', AIKEN = 'AIKEN', MOODLE_XML = 'MOODLE_XML' }
export enum QuestionTextFormatEnum { HTML = 'HTML', MARKDOWN = 'MARKDOWN', PLAIN = 'PLAIN', MOODLE = 'MOODLE' }
export enum ImportModeEnum { ALL_OR_NOTHING = 'ALL_OR_NOTHING', VALID_ONLY = 'VALID_ONLY' }
registerEnumType(QuestionFormatEnum, { name: 'QuestionFormat', description: 'GIFT, Aiken or Moodle XML' });
registerEnumType(QuestionTextFormatEnum, { name: 'QuestionTextFormat' });
registerEnumType(ImportModeEnum, { name: 'ImportMode', description: 'ALL_OR_NOTHING (default) imports nothing while any question is rejected; VALID_ONLY imports the questions that could be read' });

@ObjectType('QuestionType')
export class QuestionTypeDTO {
  @Field() id!: string;
  @Field() labelId!: string;
  @Field() labelEn!: string;
  @Field({ description: 'Graded by a person (essay) rather than automatically' }) manualGrading!: boolean;
}

@ObjectType('QuestionCategory')
export class QuestionCategoryDTO {
  @Field(() => ID) id!: string;
  @Field(() => ID) bankId!: string;
  @Field(() => ID, { nullable: true }) parentId!: string | null;
  @Field() name!: string;
  @Field(() => Int, { description: '0 for the top category' }) depth!: number;
  @Field(() => Int, { description: 'Questions directly in this category' }) questionCount!: number;
}

@ObjectType('QuestionBank')
export class QuestionBankDTO {
  @Field(() => ID) id!: string;
  @Field() name!: string;
  @Field(() => ID, { nullable: true, description: 'The course it belongs to; null for a shared bank' }) courseId!: string | null;
  @Field(() => String, { nullable: true }) courseTitle!: string | null;
  @Field() canEdit!: boolean;
  @Field(() => [QuestionCategoryDTO], { description: 'Depth-first, parents before children' }) categories!: QuestionCategoryDTO[];
  @Field(() => Int) questionCount!: number;
}

@ObjectType('Question', { description: 'A question as its authors see it, with right answers: never sent to learners' })
export class QuestionDTO {
  @Field(() => ID) id!: string;
  @Field(() => ID) bankId!: string;
  @Field(() => ID) categoryId!: string;
  @Field(() => ID) versionId!: string;
  @Field(() => Int) versionNumber!: number;
  @Field() type!: string;
  @Field() name!: string;
  @Field() text!: string;
  @Field(() => QuestionTextFormatEnum) textFormat!: QuestionTextFormatEnum;
  @Field() generalFeedback!: string;
  @Field(() => Float) defaultMark!: number;
  @Field(() => GraphQLJSON, { description: 'The type’s configuration, validated by the question-type plugin' }) config!: unknown;
  @Field(() => [String]) tags!: string[];
  @Field(() => String, { nullable: true }) idNumber!: string | null;
  @Field(() => Date) updatedAt!: Date;
}

@ObjectType('QuestionPreview')
export class QuestionPreviewDTO {
  @Field({ description: 'The question text as learners get it (sanitised HTML)' }) html!: string;
  @Field(() => GraphQLJSON, { description: 'What the question type sends learners' }) view!: unknown;
  @Field(() => Float, { nullable: true }) fraction!: number | null;
  @Field(() => String, { nullable: true }) state!: string | null;
  @Field(() => [String]) feedback!: string[];
  @Field(() => GraphQLJSON) rightAnswer!: unknown;
  @Field() generalFeedback!: string;
  @Field({ description: 'Whether the response counts as answered' }) complete!: boolean;
}

@ObjectType('ImportedQuestion')
export class ImportedQuestionDTO {
  @Field(() => Int) line!: number;
  @Field() name!: string;
  @Field() type!: string;
  @Field({ description: 'Category path below the target category, "/"-separated; empty for the target itself' }) category!: string;
}

@ObjectType('ImportProblem')
export class ImportProblemDTO {
  @Field(() => Int) line!: number;
  @Field(() => String, { nullable: true }) question!: string | null;
  @Field() message!: string;
}

@ObjectType('QuestionImportReport')
export class QuestionImportReportDTO {
  @Field(() => QuestionFormatEnum) format!: QuestionFormatEnum;
  @Field({ description: 'A preview: nothing was stored' }) dryRun!: boolean;
  @Field(() => Int, { description: 'Questions stored by this request (0 in a preview or when all-or-nothing refused the file)' }) imported!: number;
  @Field(() => Int, { description: 'Questions that could be read' }) valid!: number;
  @Field(() => [ImportedQuestionDTO]) questions!: ImportedQuestionDTO[];
  @Field(() => [ImportProblemDTO]) rejected!: ImportProblemDTO[];
  @Field(() => [ImportProblemDTO]) warnings!: ImportProblemDTO[];
}

@InputType()
export class CreateQuestionBankInput {
  @Field() @IsString() @Length(1, 200) name!: string;
  @Field(() => ID, { nullable: true, description: 'Omit for a shared bank' }) @IsOptional() @IsUUID() courseId?: string | null;
}

@InputType()
export class CreateQuestionCategoryInput {
  @Field(() => ID) @IsUUID() bankId!: string;
  @Field(() => ID, { nullable: true, description: 'Omit to create it under the top category' }) @IsOptional() @IsUUID() parentId?: string | null;
  @Field() @IsString() @Length(1, 200) name!: string;
}

@InputType()
export class RenameQuestionCategoryInput {
  @Field(() => ID) @IsUUID() id!: string;
  @Field() @IsString() @Length(1, 200) name!: string;
}

@InputType()
export class QuestionFilter {
  @Field(() => ID) @IsUUID() bankId!: string;
  @Field(() => ID, { nullable: true }) @IsOptional() @IsUUID() categoryId?: string | null;
  @Field({ defaultValue: true }) @IsBoolean() includeSubcategories!: boolean;
  @Field(() => String, { nullable: true }) @IsOptional() @IsString() @MaxLength(100) search?: string | null;
  @Field(() => String, { nullable: true }) @IsOptional() @IsString() @MaxLength(40) type?: string | null;
  @Field(() => String, { nullable: true }) @IsOptional() @IsString() @MaxLength(50) tag?: string | null;
}

@InputType()
export class SaveQuestionInput {
  @Field(() => ID, { nullable: true, description: 'Omit to create a question; give it to save a new version' }) @IsOptional() @IsUUID() id?: string | null;
  @Field(() => ID) @IsUUID() categoryId!: string;
  @Field() @IsString() @Length(1, 40) type!: string;
  @Field() @IsString() @Length(1, 255) name!: string;
  @Field() @IsString() @Length(1, 100_000) text!: string;
  @Field(() => QuestionTextFormatEnum, { defaultValue: QuestionTextFormatEnum.HTML }) @IsEnum(QuestionTextFormatEnum) textFormat!: QuestionTextFormatEnum;
  @Field({ defaultValue: '' }) @IsString() @MaxLength(20_000) generalFeedback!: string;
  @Field(() => Float, { defaultValue: 1 }) @IsNumber() @Min(0.0001) @Max(1000) defaultMark!: number;
  @Field(() => GraphQLJSON) @Allow() config!: unknown;
  @Field(() => [String], { defaultValue: [] }) @IsArray() @ArrayMaxSize(20) @IsString({ each: true }) @MaxLength(50, { each: true }) tags!: string[];
}

@InputType()
export class ImportQuestionsInput {
  @Field(() => ID) @IsUUID() bankId!: string;
  @Field(() => ID, { nullable: true, description: 'Where the file’s categories start; the top category when omitted' }) @IsOptional() @IsUUID() categoryId?: string | null;
  @Field(() => QuestionFormatEnum) @IsEnum(QuestionFormatEnum) format!: QuestionFormatEnum;
  @Field({ description: 'The file’s text (UTF-8), at most 5 MB' }) @IsString() @MaxLength(5_000_000) content!: string;
  @Field(() => ImportModeEnum, { defaultValue: ImportModeEnum.ALL_OR_NOTHING }) @IsEnum(ImportModeEnum) mode!: ImportModeEnum;
  @Field({ defaultValue: false, description: 'Read and report only; store nothing' }) @IsBoolean() dryRun!: boolean;
}

@InputType()
export class ExportQuestionsInput {
  @Field(() => ID) @IsUUID() bankId!: string;
  @Field(() => ID, { nullable: true, description: 'A category and its subcategories; the whole bank when omitted' }) @IsOptional() @IsUUID() categoryId?: string | null;
  @Field(() => QuestionFormatEnum) @IsEnum(QuestionFormatEnum) format!: QuestionFormatEnum;
}

@InputType()
export class PreviewQuestionInput {
  @Field(() => ID) @IsUUID() questionId!: string;
  @Field(() => GraphQLJSON, { nullable: true }) @Allow() response?: unknown;
  @Field(() => Int, { defaultValue: 1 }) @IsInt() @Min(0) @Max(2_147_483_647) seed!: number;
}
