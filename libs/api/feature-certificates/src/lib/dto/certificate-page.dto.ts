import { ArgsType, Field, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { IsEnum, IsInt, IsOptional, IsString, Max, MaxLength, Min } from 'class-validator';
import GraphQLJSON from 'graphql-type-json';
import { CertificateDTO } from './certificate.dto';

export enum CertificateStatusFilter {
  ALL = 'ALL',
  VALID = 'VALID',
  REVOKED = 'REVOKED',
}
registerEnumType(CertificateStatusFilter, { name: 'CertificateStatusFilter', description: 'Every certificate, only those still valid, or only revoked ones' });

/** The largest page an admin may ask for. */
export const MAX_CERTIFICATE_PAGE = 100;

@ArgsType()
export class CertificatesArgs {
  @Field(() => String, { nullable: true, description: 'Part of the serial, the learner’s name or NIP, or the course title (case-insensitive)' })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  search?: string | null;

  @Field(() => CertificateStatusFilter, { defaultValue: CertificateStatusFilter.ALL })
  @IsEnum(CertificateStatusFilter)
  status: CertificateStatusFilter = CertificateStatusFilter.ALL;

  @Field(() => Int, { defaultValue: 0 })
  @IsInt()
  @Min(0)
  offset = 0;

  @Field(() => Int, { defaultValue: 20, description: `1 to ${MAX_CERTIFICATE_PAGE}` })
  @IsInt()
  @Min(1)
  @Max(MAX_CERTIFICATE_PAGE)
  limit = 20;
}

@ObjectType('CertificatePage', { description: 'One page of certificates, newest first, with how many match in all' })
export class CertificatePageDTO {
  @Field(() => Int, { description: 'Certificates matching the search and status, on every page' }) total!: number;
  @Field(() => [CertificateDTO]) items!: CertificateDTO[];
}

@ObjectType('CertificateTemplateGuide', { description: 'What an admin editing a certificate layout needs: the placeholders and the built-in layout' })
export class CertificateTemplateGuideDTO {
  @Field(() => [String], { description: 'Names usable in layout text as {{name}}' }) placeholders!: string[];
  @Field(() => GraphQLJSON, { description: 'The layout used when no template applies; a starting point for a new template' }) defaultLayout!: unknown;
}
