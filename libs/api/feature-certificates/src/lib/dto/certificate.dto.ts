import { Field, Float, ID, InputType, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { Allow, IsOptional, IsString, IsUUID, Length } from 'class-validator';
import GraphQLJSON from 'graphql-type-json';

export enum VerificationStatusEnum {
  VALID = 'VALID',
  REVOKED = 'REVOKED',
  NOT_FOUND = 'NOT_FOUND',
}
registerEnumType(VerificationStatusEnum, { name: 'CertificateVerificationStatus', description: 'VALID, REVOKED (with a reason), or NOT_FOUND for an unknown code' });

@ObjectType('Certificate', { description: 'A certificate of a completed course, as its owner, the course authors, supervisors and admins see it' })
export class CertificateDTO {
  @Field(() => ID) id!: string;
  @Field(() => ID) courseId!: string;
  @Field(() => ID) userId!: string;
  @Field() serial!: string;
  @Field({ description: 'The code in the verification URL (/verify/{code})' }) verificationCode!: string;
  @Field() verificationUrl!: string;
  @Field() learnerName!: string;
  @Field(() => String, { nullable: true }) learnerNip!: string | null;
  @Field() courseTitle!: string;
  @Field(() => Int) jpHours!: number;
  @Field() competencyType!: string;
  @Field(() => Float, { nullable: true, description: 'Mean of the course’s quiz grades in percent; null when the course has no graded quiz' }) finalScore!: number | null;
  @Field() completedAt!: Date;
  @Field() issuedAt!: Date;
  @Field(() => Date, { nullable: true }) revokedAt!: Date | null;
  @Field(() => String, { nullable: true }) revocationReason!: string | null;
}

@ObjectType('CertificateVerification', { description: 'What anyone holding a verification code may learn; the NIP is masked' })
export class CertificateVerificationDTO {
  @Field(() => VerificationStatusEnum) status!: VerificationStatusEnum;
  @Field(() => String, { nullable: true }) serial!: string | null;
  @Field(() => String, { nullable: true }) learnerName!: string | null;
  @Field(() => String, { nullable: true, description: 'First and last four digits only, e.g. 1985********0001' }) maskedNip!: string | null;
  @Field(() => String, { nullable: true }) courseTitle!: string | null;
  @Field(() => Date, { nullable: true }) completedAt!: Date | null;
  @Field(() => Int, { nullable: true }) jpHours!: number | null;
  @Field(() => String, { nullable: true }) issuerName!: string | null;
  @Field(() => Date, { nullable: true }) revokedAt!: Date | null;
  @Field(() => String, { nullable: true }) revocationReason!: string | null;
}

@InputType()
export class RevokeCertificateInput {
  @Field(() => ID) @IsUUID() certificateId!: string;
  @Field({ description: 'Why, shown on the verification page' }) @IsString() @Length(5, 500) reason!: string;
}

@ObjectType('CertificateTemplate', { description: 'A certificate layout for one course, one institution, or the default (neither)' })
export class CertificateTemplateDTO {
  @Field(() => ID) id!: string;
  @Field() name!: string;
  @Field(() => ID, { nullable: true }) institutionId!: string | null;
  @Field(() => ID, { nullable: true }) courseId!: string | null;
  @Field(() => GraphQLJSON, { description: 'heading, serialLine, intro, body, scoreLine (text with {{placeholders}}), issuerName, city, signatoryTitle, signatoryName, signatoryNip, accentColor' }) layout!: unknown;
  @Field() updatedAt!: Date;
}

@InputType()
export class SaveCertificateTemplateInput {
  @Field(() => ID, { nullable: true, description: 'Replace this template; omit to create one' }) @IsOptional() @IsUUID() id?: string | null;
  @Field() @IsString() @Length(1, 200) name!: string;
  @Field(() => ID, { nullable: true }) @IsOptional() @IsUUID() institutionId?: string | null;
  @Field(() => ID, { nullable: true }) @IsOptional() @IsUUID() courseId?: string | null;
  @Field(() => GraphQLJSON) @Allow() layout!: unknown;
}
