import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { AccessTokenService, APP_CONFIG, AppConfig } from '@tunas/api/core';
import { checkPassword, normaliseEmail, normaliseNip, Role } from '@tunas/shared/contracts';
import { randomUUID } from 'node:crypto';
import { DataSource, EntityManager, IsNull } from 'typeorm';
import { ActivationService } from '../activation/activation.service';
import { RefreshTokenEntity, UserEntity } from '../entities';
import { IdentityException, IdentityExceptionCode } from '../identity.exception';
import { PasswordHasher } from '../password-hasher';
import { hashSecretToken, newSecretToken } from '../secret-token';
import { UserDTO } from '../users/user.dto';
import { LoginThrottleService } from './login-throttle.service';

export interface Session {
  accessToken: string;
  accessTokenExpiresAt: Date;
  refreshToken: string;
  refreshTokenExpiresAt: Date;
  user: UserDTO;
}

const INVALID_CREDENTIALS = 'Wrong NIP/e-mail or password';

@Injectable()
export class AuthService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly hasher: PasswordHasher,
    private readonly accessTokens: AccessTokenService,
    private readonly throttle: LoginThrottleService,
    private readonly activation: ActivationService,
  ) {}

  /** Unknown account and wrong password give the same answer in the same time. */
  async login(identifier: string, password: string, address: string): Promise<Session> {
    await this.throttle.assertAllowed(identifier, address);
    const user = await this.findByIdentifier(identifier);
    const matches = await this.hasher.verify(user?.passwordHash ?? null, password);
    if (!user || !matches) {
      await this.throttle.recordFailure(identifier, address);
      throw new IdentityException(IdentityExceptionCode.InvalidCredentials, INVALID_CREDENTIALS);
    }
    if (!user.active) {
      throw new IdentityException(IdentityExceptionCode.AccountDisabled, 'This account has been deactivated; contact your admin');
    }
    await this.throttle.recordSuccess(identifier);
    return this.dataSource.transaction((manager) => this.startSession(manager, user, randomUUID()));
  }

  /** Rotates the refresh token. Presenting one that was already rotated revokes the whole login. */
  async refresh(refreshToken: string): Promise<Session> {
    const outcome = await this.dataSource.transaction(async (manager) => {
      const now = new Date();
      const current = await manager.findOne(RefreshTokenEntity, { where: { tokenHash: hashSecretToken(refreshToken) } });
      if (!current || current.expiresAt.getTime() <= now.getTime()) return null;
      if (current.revokedAt) {
        await manager.update(RefreshTokenEntity, { familyId: current.familyId, revokedAt: IsNull() }, { revokedAt: now });
        return null;
      }
      const claimed = await manager.update(RefreshTokenEntity, { id: current.id, revokedAt: IsNull() }, { revokedAt: now });
      if (claimed.affected !== 1) return null;
      const user = await manager.findOne(UserEntity, { where: { id: current.userId }, relations: { roles: true } });
      if (!user || !user.active) return null;
      return this.startSession(manager, user, current.familyId);
    });
    if (!outcome) throw new IdentityException(IdentityExceptionCode.InvalidRefreshToken, 'Your session has ended; please sign in again');
    return outcome;
  }

  async logout(refreshToken: string | null): Promise<void> {
    if (!refreshToken) return;
    const current = await this.dataSource.getRepository(RefreshTokenEntity).findOne({ where: { tokenHash: hashSecretToken(refreshToken) } });
    if (current) {
      await this.dataSource.getRepository(RefreshTokenEntity).update({ familyId: current.familyId, revokedAt: IsNull() }, { revokedAt: new Date() });
    }
  }

  async changePassword(userId: string, sessionId: string, currentPassword: string, newPassword: string): Promise<void> {
    const user = await this.dataSource.getRepository(UserEntity).findOne({ where: { id: userId } });
    if (!user || !(await this.hasher.verify(user.passwordHash, currentPassword))) {
      throw IdentityException.field(IdentityExceptionCode.WrongCurrentPassword, 'currentPassword', 'PASSWORD_WRONG', 'The current password is not correct');
    }
    assertStrongPassword(newPassword, 'newPassword');
    const passwordHash = await this.hasher.hash(newPassword);
    await this.dataSource.transaction(async (manager) => {
      await manager.update(UserEntity, { id: userId }, { passwordHash, updatedAt: new Date() });
      // Other devices are signed out; this one keeps its session.
      await manager
        .createQueryBuilder()
        .update(RefreshTokenEntity)
        .set({ revokedAt: new Date() })
        .where('user_id = :userId AND family_id <> :sessionId AND revoked_at IS NULL', { userId, sessionId })
        .execute();
    });
  }

  async activate(token: string, password: string): Promise<Session> {
    assertStrongPassword(password, 'password');
    const passwordHash = await this.hasher.hash(password);
    return this.dataSource.transaction(async (manager) => {
      const user = await this.activation.consume(manager, token);
      if (!user.active) throw new IdentityException(IdentityExceptionCode.AccountDisabled, 'This account has been deactivated; contact your admin');
      await manager.update(UserEntity, { id: user.id }, { passwordHash, updatedAt: new Date() });
      const fresh = await manager.findOneOrFail(UserEntity, { where: { id: user.id }, relations: { roles: true } });
      return this.startSession(manager, fresh, randomUUID());
    });
  }

  private async startSession(manager: EntityManager, user: UserEntity, familyId: string): Promise<Session> {
    const now = new Date();
    const { token, hash } = newSecretToken();
    const refreshTokenExpiresAt = new Date(now.getTime() + this.config.refreshTokenTtlDays * 24 * 3600 * 1000);
    await manager.insert(RefreshTokenEntity, { id: randomUUID(), userId: user.id, familyId, tokenHash: hash, expiresAt: refreshTokenExpiresAt, revokedAt: null, createdAt: now });
    const dto = UserDTO.from(user);
    const access = this.accessTokens.issue({ userId: user.id, roles: dto.roles as Role[], sessionId: familyId });
    return { accessToken: access.token, accessTokenExpiresAt: access.expiresAt, refreshToken: token, refreshTokenExpiresAt, user: dto };
  }

  private async findByIdentifier(identifier: string): Promise<UserEntity | null> {
    const trimmed = identifier.trim();
    const repository = this.dataSource.getRepository(UserEntity);
    if (trimmed.includes('@')) return repository.findOne({ where: { email: normaliseEmail(trimmed) }, relations: { roles: true } });
    const nip = normaliseNip(trimmed);
    if (!/^\d{18}$/.test(nip)) return null;
    return repository.findOne({ where: { nip }, relations: { roles: true } });
  }
}

function assertStrongPassword(password: string, field: string): void {
  const rule = checkPassword(password);
  if (rule === 'PASSWORD_TOO_SHORT') {
    throw IdentityException.field(IdentityExceptionCode.WeakPassword, field, rule, 'The password must have at least 10 characters');
  }
  if (rule === 'PASSWORD_TOO_LONG') {
    throw IdentityException.field(IdentityExceptionCode.WeakPassword, field, rule, 'The password must have at most 128 characters');
  }
}
