import { Role } from '@tunas/shared/contracts';
import { Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { UserEntity } from './user.entity';

@Entity('user_roles')
@Index('IDX_user_roles_role', ['role'])
export class UserRoleEntity {
  @PrimaryColumn({ name: 'user_id', type: 'varchar', length: 36 })
  userId!: string;

  @PrimaryColumn({ type: 'varchar', length: 16 })
  role!: Role;

  @ManyToOne(() => UserEntity, (user) => user.roles, { onDelete: 'CASCADE', onUpdate: 'NO ACTION' })
  @JoinColumn({ name: 'user_id', foreignKeyConstraintName: 'FK_user_roles_user' })
  user?: UserEntity;
}
