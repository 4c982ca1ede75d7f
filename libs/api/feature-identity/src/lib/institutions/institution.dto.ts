import { Field, ID, InputType, Int, ObjectType } from '@nestjs/graphql';
import { InstitutionKind } from '@tunas/shared/contracts';
import { IsBoolean, IsEnum, IsInt, IsOptional, IsString, IsUUID, Length, MaxLength } from 'class-validator';
import '../graphql-enums';
import { InstitutionEntity } from '../entities';

@ObjectType('Institution', { description: 'A partner institution, usually a university' })
export class InstitutionDTO {
  @Field(() => ID)
  id!: string;

  @Field()
  name!: string;

  @Field(() => String, { nullable: true })
  shortName!: string | null;

  @Field(() => InstitutionKind)
  kind!: InstitutionKind;

  @Field()
  active!: boolean;

  @Field(() => Int)
  version!: number;

  static from(entity: InstitutionEntity): InstitutionDTO {
    return Object.assign(new InstitutionDTO(), { id: entity.id, name: entity.name, shortName: entity.shortName, kind: entity.kind, active: entity.active, version: entity.version });
  }
}

@InputType()
export class CreateInstitutionInput {
  @Field()
  @IsString()
  @Length(2, 200)
  name!: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(50)
  shortName?: string | null;

  @Field(() => InstitutionKind)
  @IsEnum(InstitutionKind)
  kind!: InstitutionKind;
}

@InputType()
export class UpdateInstitutionInput {
  @Field(() => ID)
  @IsUUID()
  id!: string;

  @Field(() => Int)
  @IsInt()
  version!: number;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @Length(2, 200)
  name?: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(50)
  shortName?: string | null;

  @Field(() => InstitutionKind, { nullable: true })
  @IsOptional()
  @IsEnum(InstitutionKind)
  kind?: InstitutionKind;

  @Field(() => Boolean, { nullable: true })
  @IsOptional()
  @IsBoolean()
  active?: boolean;
}
