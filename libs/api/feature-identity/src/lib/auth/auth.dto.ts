import { Field, InputType, ObjectType } from '@nestjs/graphql';
import { IsBoolean, IsOptional, IsString, MaxLength, MinLength } from 'class-validator';
import { UserDTO } from '../users/user.dto';

@ObjectType('AuthPayload')
export class AuthPayloadDTO {
  @Field({ description: 'Send as `Authorization: Bearer <accessToken>`' })
  accessToken!: string;

  @Field()
  accessTokenExpiresAt!: Date;

  @Field(() => String, {
    nullable: true,
    description: 'Only for clients that asked for it (returnRefreshToken); browsers get the httpOnly cookie tunas_refresh',
  })
  refreshToken!: string | null;

  @Field(() => UserDTO)
  user!: UserDTO;
}

@InputType()
export class LoginInput {
  @Field({ description: 'NIP or e-mail address' })
  @IsString()
  @MinLength(1)
  @MaxLength(254)
  identifier!: string;

  @Field()
  @IsString()
  @MinLength(1)
  @MaxLength(256)
  password!: string;

  @Field(() => Boolean, { nullable: true })
  @IsOptional()
  @IsBoolean()
  returnRefreshToken?: boolean;
}

@InputType()
export class ChangePasswordInput {
  @Field()
  @IsString()
  @MaxLength(256)
  currentPassword!: string;

  @Field()
  @IsString()
  @MaxLength(256)
  newPassword!: string;
}

@InputType()
export class ActivateAccountInput {
  @Field()
  @IsString()
  @MaxLength(100)
  token!: string;

  @Field()
  @IsString()
  @MaxLength(256)
  password!: string;
}
