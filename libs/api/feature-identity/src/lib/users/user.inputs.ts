import { Field, ID, InputType, Int, OmitType, PartialType } from '@nestjs/graphql';
import { AsnType, Role } from '@tunas/shared/contracts';
import { ArrayMaxSize, IsArray, IsBoolean, IsEnum, IsInt, IsOptional, IsString, IsUUID, Length, Max, MaxLength, Min, MinLength } from 'class-validator';
import '../graphql-enums';

@InputType()
export class CreateUserInput {
  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(30)
  nip?: string | null;

  @Field()
  @IsString()
  @Length(2, 200)
  name!: string;

  @Field()
  @IsString()
  @MaxLength(254)
  email!: string;

  @Field(() => AsnType, { nullable: true })
  @IsOptional()
  @IsEnum(AsnType)
  asnType?: AsnType | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  position?: string | null;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID()
  orgUnitId?: string | null;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID()
  supervisorId?: string | null;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID()
  institutionId?: string | null;

  @Field(() => [Role])
  @IsArray()
  @ArrayMaxSize(5)
  @IsEnum(Role, { each: true })
  roles!: Role[];
}

/** Every field of CreateUserInput but the roles, all optional, plus the version that was read. */
@InputType()
export class UpdateUserInput extends PartialType(OmitType(CreateUserInput, ['roles'] as const)) {
  @Field(() => ID)
  @IsUUID()
  id!: string;

  @Field(() => Int)
  @IsInt()
  version!: number;
}

@InputType()
export class SetUserActiveInput {
  @Field(() => ID)
  @IsUUID()
  id!: string;

  @Field()
  @IsBoolean()
  active!: boolean;
}

@InputType()
export class SetUserRolesInput {
  @Field(() => ID)
  @IsUUID()
  id!: string;

  @Field(() => [Role])
  @IsArray()
  @ArrayMaxSize(5)
  @IsEnum(Role, { each: true })
  roles!: Role[];
}

@InputType()
export class UserFilter {
  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  search?: string;

  @Field(() => Role, { nullable: true })
  @IsOptional()
  @IsEnum(Role)
  role?: Role;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID()
  orgUnitId?: string;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID()
  institutionId?: string;

  @Field(() => Boolean, { nullable: true })
  @IsOptional()
  @IsBoolean()
  active?: boolean;
}

@InputType()
export class PageInput {
  @Field(() => Int, { defaultValue: 0 })
  @IsInt()
  @Min(0)
  offset = 0;

  @Field(() => Int, { defaultValue: 20 })
  @IsInt()
  @Min(1)
  @Max(100)
  limit = 20;
}

@InputType()
export class ImportUsersInput {
  @Field({ description: 'CSV text with the header nip,nama,email,unit_kerja,jenis_asn (UTF-8, BOM allowed)' })
  @IsString()
  @MinLength(1)
  @MaxLength(10_000_000)
  csv!: string;

  @Field(() => Boolean, { defaultValue: false, description: 'Check every line and report, but store nothing' })
  @IsBoolean()
  dryRun = false;
}
