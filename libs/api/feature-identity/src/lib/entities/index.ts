import { ActivationTokenEntity } from './activation-token.entity';
import { InstitutionEntity } from './institution.entity';
import { OrgUnitEntity } from './org-unit.entity';
import { RefreshTokenEntity } from './refresh-token.entity';
import { UserRoleEntity } from './user-role.entity';
import { UserEntity } from './user.entity';

export { ActivationTokenEntity, InstitutionEntity, OrgUnitEntity, RefreshTokenEntity, UserEntity, UserRoleEntity };

export const IDENTITY_ENTITIES = [OrgUnitEntity, InstitutionEntity, UserEntity, UserRoleEntity, RefreshTokenEntity, ActivationTokenEntity];
