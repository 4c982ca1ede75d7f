import { Field, ID, InputType, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { IsBoolean, IsIn, IsInt, IsOptional, IsString, IsUUID, Length, Max, Min } from 'class-validator';
import GraphQLJSON from 'graphql-type-json';

export enum MaterialKindEnum {
  DOCUMENT = 'DOCUMENT',
  SLIDES = 'SLIDES',
  VIDEO = 'VIDEO',
  AUDIO = 'AUDIO',
  IMAGE = 'IMAGE',
  SCORM = 'SCORM',
}
registerEnumType(MaterialKindEnum, { name: 'MaterialKind', description: 'What a library material is; each kind has its own size limit and accepted file types' });

@ObjectType('MaterialVersion', { description: 'One uploaded file of a material; a new upload makes a new version' })
export class MaterialVersionDTO {
  @Field(() => ID) id!: string;
  @Field(() => Int, { description: '1 for the first upload, then 2, 3...' }) version!: number;
  @Field({ description: 'The sanitised file name it is offered under' }) fileName!: string;
  @Field({ description: 'From the detected content (magic bytes), not from the uploader' }) contentType!: string;
  @Field(() => Int, { description: 'Bytes' }) size!: number;
  @Field({ description: 'SHA-256 of the stored file, hex' }) sha256!: string;
  @Field() createdAt!: Date;
  @Field(() => GraphQLJSON, { nullable: true, description: 'What the kind’s processor found (a SCORM package’s manifest summary), or null' }) metadata!: Record<string, unknown> | null;
  uploadedById!: string;
  materialId!: string;
}

@ObjectType('Material', { description: 'A document, slides, video, audio, image or SCORM package in a partner institution’s library' })
export class MaterialDTO {
  @Field(() => ID) id!: string;
  @Field(() => ID) institutionId!: string;
  @Field(() => MaterialKindEnum) kind!: MaterialKindEnum;
  @Field() title!: string;
  @Field(() => String, { nullable: true }) description!: string | null;
  @Field(() => String, { nullable: true }) topic!: string | null;
  @Field(() => String, { nullable: true, description: 'e.g. CC BY 4.0' }) licence!: string | null;
  @Field({ description: 'Trainers of every institution may use it in courses' }) shared!: boolean;
  @Field() archived!: boolean;
  @Field() createdAt!: Date;
  @Field() updatedAt!: Date;
  currentVersionId!: string | null;
}

@ObjectType('MaterialPage')
export class MaterialPageDTO {
  @Field(() => [MaterialDTO]) items!: MaterialDTO[];
  @Field(() => Int, { description: 'All matches, for paging' }) total!: number;
}

@InputType()
export class MaterialFilterInput {
  @Field(() => String, { nullable: true, description: 'Words in the title or description' }) @IsOptional() @IsString() @Length(0, 100) search?: string | null;
  @Field(() => MaterialKindEnum, { nullable: true }) @IsOptional() @IsIn(Object.values(MaterialKindEnum)) kind?: MaterialKindEnum | null;
  @Field(() => String, { nullable: true }) @IsOptional() @IsString() @Length(0, 100) topic?: string | null;
  @Field(() => ID, { nullable: true }) @IsOptional() @IsUUID() institutionId?: string | null;
  @Field(() => Boolean, { nullable: true, description: 'Also archived materials (those the caller manages)' }) @IsOptional() @IsBoolean() includeArchived?: boolean | null;
}

@InputType()
export class MaterialPageInput {
  @Field(() => Int, { defaultValue: 0 }) @IsInt() @Min(0) @Max(100_000) offset!: number;
  @Field(() => Int, { defaultValue: 20 }) @IsInt() @Min(1) @Max(100) limit!: number;
}

@InputType()
export class UpdateMaterialInput {
  @Field(() => ID) @IsUUID() id!: string;
  @Field(() => String, { nullable: true }) @IsOptional() @IsString() @Length(1, 200) title?: string | null;
  @Field(() => String, { nullable: true, description: 'Empty string clears it' }) @IsOptional() @IsString() @Length(0, 2000) description?: string | null;
  @Field(() => String, { nullable: true, description: 'Empty string clears it' }) @IsOptional() @IsString() @Length(0, 100) topic?: string | null;
  @Field(() => String, { nullable: true, description: 'Empty string clears it' }) @IsOptional() @IsString() @Length(0, 100) licence?: string | null;
  @Field(() => Boolean, { nullable: true }) @IsOptional() @IsBoolean() shared?: boolean | null;
}
