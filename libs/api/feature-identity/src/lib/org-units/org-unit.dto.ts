import { Field, ID, InputType, Int, ObjectType } from '@nestjs/graphql';
import { OrgUnitKind } from '@tunas/shared/contracts';
import { IsEnum, IsInt, IsOptional, IsString, IsUUID, Length, MaxLength } from 'class-validator';
import '../graphql-enums';
import { OrgUnitEntity } from '../entities';

@ObjectType('OrgUnit', { description: 'A node of the organisation tree (instansi > unit kerja > ...)' })
export class OrgUnitDTO {
  @Field(() => ID)
  id!: string;

  @Field()
  name!: string;

  @Field(() => String, { nullable: true })
  code!: string | null;

  @Field(() => OrgUnitKind)
  kind!: OrgUnitKind;

  @Field(() => ID, { nullable: true })
  parentId!: string | null;

  @Field(() => Int)
  version!: number;

  static from(entity: OrgUnitEntity): OrgUnitDTO {
    return Object.assign(new OrgUnitDTO(), { id: entity.id, name: entity.name, code: entity.code, kind: entity.kind, parentId: entity.parentId, version: entity.version });
  }
}

@InputType()
export class CreateOrgUnitInput {
  @Field()
  @IsString()
  @Length(2, 200)
  name!: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(50)
  code?: string | null;

  @Field(() => OrgUnitKind)
  @IsEnum(OrgUnitKind)
  kind!: OrgUnitKind;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID()
  parentId?: string | null;
}

@InputType()
export class UpdateOrgUnitInput {
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
  code?: string | null;

  @Field(() => ID, { nullable: true, description: 'Move the unit under another parent; null makes it a root' })
  @IsOptional()
  @IsUUID()
  parentId?: string | null;
}
