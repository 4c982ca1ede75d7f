import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { AuditLog, forbidden, isUniqueViolation, notFound, Principal, staleVersion } from '@tunas/api/core';
import { Role } from '@tunas/shared/contracts';
import { randomUUID } from 'node:crypto';
import { Brackets, DataSource, EntityManager, In } from 'typeorm';
import { ActivationService } from '../activation/activation.service';
import { InstitutionEntity, OrgUnitEntity, RefreshTokenEntity, UserEntity, UserRoleEntity } from '../entities';
import { IdentityException, IdentityExceptionCode } from '../identity.exception';
import { ActivationLinkDTO, CreatedUserDTO, UserDTO, UserPageDTO } from './user.dto';
import { CreateUserInput, PageInput, SetUserActiveInput, SetUserRolesInput, UpdateUserInput, UserFilter } from './user.inputs';
import { validEmail, validNip } from './person-fields';

@Injectable()
export class UsersService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly activation: ActivationService,
    private readonly audit: AuditLog,
  ) {}

  async get(id: string): Promise<UserDTO> {
    const user = await this.dataSource.getRepository(UserEntity).findOne({ where: { id }, relations: { roles: true } });
    if (!user) throw notFound('User', id);
    return UserDTO.from(user);
  }

  /** Admins see everyone; a person sees themself; a supervisor sees direct reports and their unit subtree. */
  async getVisibleTo(principal: Principal, id: string): Promise<UserDTO> {
    const user = await this.get(id);
    if (principal.roles.includes(Role.ADMIN) || principal.userId === id) return user;
    if (principal.roles.includes(Role.SUPERVISOR) && (await this.supervises(principal.userId, user))) return user;
    // Same answer as a missing user, so ids cannot be probed.
    throw notFound('User', id);
  }

  async findByIds(ids: readonly string[]): Promise<UserDTO[]> {
    if (ids.length === 0) return [];
    const users = await this.dataSource.getRepository(UserEntity).find({ where: { id: In([...ids]) }, relations: { roles: true } });
    return users.map(UserDTO.from);
  }

  async list(filter: UserFilter = {}, page: PageInput = { offset: 0, limit: 20 }): Promise<UserPageDTO> {
    const query = this.dataSource
      .getRepository(UserEntity)
      .createQueryBuilder('user')
      .leftJoinAndSelect('user.roles', 'role')
      .orderBy('user.name', 'ASC')
      .addOrderBy('user.id', 'ASC')
      .skip(page.offset)
      .take(page.limit);
    if (filter.search?.trim()) {
      const term = `%${filter.search.trim().toLowerCase().replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
      query.andWhere(
        new Brackets((where) =>
          where.where('LOWER(user.name) LIKE :term', { term }).orWhere('user.email LIKE :term', { term }).orWhere('user.nip LIKE :term', { term }),
        ),
      );
    }
    if (filter.role) {
      query.andWhere('user.id IN (SELECT r.user_id FROM user_roles r WHERE r.role = :role)', { role: filter.role });
    }
    if (filter.orgUnitId) query.andWhere('user.orgUnitId = :orgUnitId', { orgUnitId: filter.orgUnitId });
    if (filter.institutionId) query.andWhere('user.institutionId = :institutionId', { institutionId: filter.institutionId });
    if (filter.active !== undefined && filter.active !== null) query.andWhere('user.active = :active', { active: filter.active });
    const [users, total] = await query.getManyAndCount();
    return Object.assign(new UserPageDTO(), { items: users.map(UserDTO.from), total });
  }

  async create(input: CreateUserInput): Promise<CreatedUserDTO> {
    const asnType = input.asnType ?? null;
    const nip = validNip(input.nip, asnType);
    const email = validEmail(input.email);
    const { user, link } = await this.dataSource.transaction(async (manager) => {
      await this.assertReferences(manager, input);
      await this.assertUnique(manager, { nip, email });
      const now = new Date();
      const user = manager.create(UserEntity, {
        id: randomUUID(),
        nip,
        name: input.name.trim(),
        email,
        asnType,
        position: input.position?.trim() || null,
        orgUnitId: input.orgUnitId ?? null,
        supervisorId: input.supervisorId ?? null,
        institutionId: input.institutionId ?? null,
        passwordHash: null,
        active: true,
        createdAt: now,
        updatedAt: now,
        version: 1,
        roles: uniqueRoles(input.roles).map((role) => manager.create(UserRoleEntity, { role })),
      });
      await this.saveUnique(manager, user);
      // A new person has no earlier link to retire; the retiring UPDATE would take gap locks that deadlock
      // concurrent creations on MariaDB.
      const link = (await this.activation.createTokensForNewUsers(manager, [user], now)).get(user.id);
      if (!link) throw new Error(`No activation link was made for new user ${user.id}`);
      return { user, link };
    });
    const activation = await this.activation.deliver(user, link);
    return Object.assign(new CreatedUserDTO(), { user: await this.get(user.id), activation });
  }

  async update(input: UpdateUserInput): Promise<UserDTO> {
    await this.dataSource.transaction(async (manager) => {
      const current = await manager.findOne(UserEntity, { where: { id: input.id } });
      if (!current) throw notFound('User', input.id);
      if (current.version !== input.version) throw staleVersion('This user');
      const asnType = input.asnType !== undefined ? input.asnType : current.asnType;
      const nip = input.nip !== undefined || input.asnType !== undefined ? validNip(input.nip !== undefined ? input.nip : current.nip, asnType) : current.nip;
      const email = input.email !== undefined && input.email !== null ? validEmail(input.email) : current.email;
      if (input.supervisorId === input.id) {
        throw IdentityException.field(IdentityExceptionCode.UnknownReference, 'supervisorId', 'SUPERVISOR_SELF', 'A person cannot be their own supervisor');
      }
      await this.assertReferences(manager, input);
      await this.assertUnique(manager, { nip, email }, input.id);
      const changes: Partial<UserEntity> = {
        nip,
        email,
        asnType,
        name: input.name?.trim() || current.name,
        position: input.position !== undefined ? input.position?.trim() || null : current.position,
        orgUnitId: input.orgUnitId !== undefined ? input.orgUnitId : current.orgUnitId,
        supervisorId: input.supervisorId !== undefined ? input.supervisorId : current.supervisorId,
        institutionId: input.institutionId !== undefined ? input.institutionId : current.institutionId,
      };
      await this.updateVersioned(manager, input.id, input.version, changes);
    });
    return this.get(input.id);
  }

  async setActive(actor: Principal, input: SetUserActiveInput): Promise<UserDTO> {
    if (actor.userId === input.id && !input.active) {
      throw new IdentityException(IdentityExceptionCode.CannotChangeOwnAccess, 'You cannot deactivate your own account');
    }
    await this.dataSource.transaction(async (manager) => {
      const current = await manager.findOne(UserEntity, { where: { id: input.id } });
      if (!current) throw notFound('User', input.id);
      await this.updateVersioned(manager, current.id, current.version, { active: input.active });
      // A deactivated person is signed out everywhere: no refresh token of theirs works any more.
      if (!input.active) await manager.update(RefreshTokenEntity, { userId: current.id }, { revokedAt: new Date() });
      await this.audit.record(manager, {
        actorId: actor.userId,
        action: input.active ? 'user.reactivated' : 'user.deactivated',
        objectType: 'User',
        objectId: current.id,
        summary: `${input.active ? 'Reactivated' : 'Deactivated'} ${current.name} <${current.email}>`,
      });
    });
    return this.get(input.id);
  }

  async setRoles(actor: Principal, input: SetUserRolesInput): Promise<UserDTO> {
    const roles = uniqueRoles(input.roles);
    if (actor.userId === input.id && !roles.includes(Role.ADMIN)) {
      throw new IdentityException(IdentityExceptionCode.CannotChangeOwnAccess, 'You cannot remove your own admin role');
    }
    await this.dataSource.transaction(async (manager) => {
      const current = await manager.findOne(UserEntity, { where: { id: input.id }, relations: { roles: true } });
      if (!current) throw notFound('User', input.id);
      const before = current.roles.map((role) => role.role).sort();
      await manager.delete(UserRoleEntity, { userId: current.id });
      if (roles.length) await manager.insert(UserRoleEntity, roles.map((role) => ({ userId: current.id, role })));
      await this.updateVersioned(manager, current.id, current.version, {});
      const after = [...roles].sort();
      await this.audit.record(manager, {
        actorId: actor.userId,
        action: 'user.roles_changed',
        objectType: 'User',
        objectId: current.id,
        summary: `Changed the roles of ${current.name} <${current.email}> from [${before.join(', ')}] to [${after.join(', ')}]`,
        details: { before, after },
      });
    });
    return this.get(input.id);
  }

  async issueActivationLink(userId: string): Promise<ActivationLinkDTO> {
    const { user, link } = await this.dataSource.transaction(async (manager) => {
      const user = await manager.findOne(UserEntity, { where: { id: userId } });
      if (!user) throw notFound('User', userId);
      if (!user.active) throw forbidden('Reactivate the account before sending an activation link');
      return { user, link: await this.activation.createToken(manager, user) };
    });
    return this.activation.deliver(user, link);
  }

  /** True when `supervisorId` is the person's direct supervisor or supervises a unit above theirs. */
  private async supervises(supervisorId: string, user: UserDTO): Promise<boolean> {
    if (user.supervisorId === supervisorId) return true;
    if (!user.orgUnitId) return false;
    const supervisor = await this.dataSource.getRepository(UserEntity).findOne({ where: { id: supervisorId }, relations: { orgUnit: true } });
    const unit = await this.dataSource.getRepository(OrgUnitEntity).findOne({ where: { id: user.orgUnitId } });
    return !!supervisor?.orgUnit && !!unit && unit.path.startsWith(supervisor.orgUnit.path);
  }

  private async updateVersioned(manager: EntityManager, id: string, version: number, changes: Partial<UserEntity>): Promise<void> {
    const result = await manager.update(UserEntity, { id, version }, { ...changes, updatedAt: new Date(), version: version + 1 });
    if (result.affected !== 1) throw staleVersion('This user');
  }

  private async assertReferences(manager: EntityManager, input: { orgUnitId?: string | null; supervisorId?: string | null; institutionId?: string | null }): Promise<void> {
    const checks: Array<[string | null | undefined, 'orgUnitId' | 'supervisorId' | 'institutionId', () => Promise<boolean>]> = [
      [input.orgUnitId, 'orgUnitId', () => manager.exists(OrgUnitEntity, { where: { id: input.orgUnitId ?? '' } })],
      [input.supervisorId, 'supervisorId', () => manager.exists(UserEntity, { where: { id: input.supervisorId ?? '' } })],
      [input.institutionId, 'institutionId', () => manager.exists(InstitutionEntity, { where: { id: input.institutionId ?? '' } })],
    ];
    for (const [id, field, exists] of checks) {
      if (id && !(await exists())) {
        throw IdentityException.field(IdentityExceptionCode.UnknownReference, field, 'UNKNOWN_REFERENCE', `${field} ${id} does not exist`);
      }
    }
  }

  private async assertUnique(manager: EntityManager, values: { nip: string | null; email: string }, exceptId?: string): Promise<void> {
    if (values.nip) {
      const owner = await manager.findOne(UserEntity, { where: { nip: values.nip }, select: { id: true } });
      if (owner && owner.id !== exceptId) {
        throw IdentityException.field(IdentityExceptionCode.NipTaken, 'nip', 'NIP_TAKEN', `NIP ${values.nip} is already registered`);
      }
    }
    const owner = await manager.findOne(UserEntity, { where: { email: values.email }, select: { id: true } });
    if (owner && owner.id !== exceptId) {
      throw IdentityException.field(IdentityExceptionCode.EmailTaken, 'email', 'EMAIL_TAKEN', `E-mail ${values.email} is already registered`);
    }
  }

  /** The unique indexes are the final judge when two admins create the same person at once. */
  private async saveUnique(manager: EntityManager, user: UserEntity): Promise<void> {
    try {
      await manager.save(user);
    } catch (error) {
      if (isUniqueViolation(error)) {
        throw new IdentityException(IdentityExceptionCode.EmailTaken, `NIP ${user.nip ?? '-'} or e-mail ${user.email} is already registered`);
      }
      throw error;
    }
  }
}

export function uniqueRoles(roles: readonly Role[]): Role[] {
  return [...new Set(roles)].sort();
}

