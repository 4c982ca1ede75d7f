import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { AsnType, Role } from '@tunas/shared/contracts';
import '../graphql-enums';
import { UserEntity } from '../entities';

@ObjectType('User', { description: 'A person: an ASN learner, a trainer, partner staff, a supervisor or an admin' })
export class UserDTO {
  @Field(() => ID)
  id!: string;

  @Field(() => String, { nullable: true, description: '18-digit NIP; null for partner staff who are not ASN' })
  nip!: string | null;

  @Field()
  name!: string;

  @Field()
  email!: string;

  @Field(() => AsnType, { nullable: true })
  asnType!: AsnType | null;

  @Field(() => String, { nullable: true })
  position!: string | null;

  @Field(() => [Role])
  roles!: Role[];

  @Field({ description: 'False when an admin has deactivated the account; it cannot sign in' })
  active!: boolean;

  @Field({ description: 'False until the person has set a password through the activation link' })
  activated!: boolean;

  @Field()
  createdAt!: Date;

  @Field(() => Int, { description: 'Send it back when updating; a stale version is refused' })
  version!: number;

  orgUnitId!: string | null;
  supervisorId!: string | null;
  institutionId!: string | null;

  static from(entity: UserEntity): UserDTO {
    const dto = new UserDTO();
    dto.id = entity.id;
    dto.nip = entity.nip;
    dto.name = entity.name;
    dto.email = entity.email;
    dto.asnType = entity.asnType;
    dto.position = entity.position;
    dto.roles = (entity.roles ?? []).map((role) => role.role).sort();
    dto.active = entity.active;
    dto.activated = entity.passwordHash !== null;
    dto.createdAt = entity.createdAt;
    dto.version = entity.version;
    dto.orgUnitId = entity.orgUnitId;
    dto.supervisorId = entity.supervisorId;
    dto.institutionId = entity.institutionId;
    return dto;
  }
}

@ObjectType('UserPage')
export class UserPageDTO {
  @Field(() => [UserDTO])
  items!: UserDTO[];

  @Field(() => Int)
  total!: number;
}

@ObjectType('ActivationLink', { description: 'A one-time link with which a person sets their password' })
export class ActivationLinkDTO {
  @Field(() => ID)
  userId!: string;

  @Field()
  name!: string;

  @Field()
  email!: string;

  @Field(() => String, { nullable: true })
  nip!: string | null;

  @Field()
  url!: string;

  @Field()
  expiresAt!: Date;

  @Field({ description: 'True when it was sent by e-mail; otherwise hand the link over yourself' })
  emailed!: boolean;
}

@ObjectType('CreatedUser')
export class CreatedUserDTO {
  @Field(() => UserDTO)
  user!: UserDTO;

  @Field(() => ActivationLinkDTO)
  activation!: ActivationLinkDTO;
}
