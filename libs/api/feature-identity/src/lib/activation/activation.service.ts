import { Inject, Injectable } from '@nestjs/common';
import { APP_CONFIG, AppConfig } from '@tunas/api/core';
import { randomUUID } from 'node:crypto';
import { EntityManager, IsNull } from 'typeorm';
import { ActivationTokenEntity, UserEntity } from '../entities';
import { IdentityException, IdentityExceptionCode } from '../identity.exception';
import { hashSecretToken, newSecretToken } from '../secret-token';
import { ActivationLinkDTO } from '../users/user.dto';
import { ActivationMailer } from './activation-mailer';

const ACTIVATION_VALID_DAYS = 7;
const INSERT_CHUNK = 500;

@Injectable()
export class ActivationService {
  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly mailer: ActivationMailer,
  ) {}

  /** Stores a new one-time token inside the caller's transaction; earlier unused links stop working. */
  async createToken(manager: EntityManager, user: UserEntity, now = new Date()): Promise<{ url: string; expiresAt: Date }> {
    await manager.update(ActivationTokenEntity, { userId: user.id, usedAt: IsNull() }, { usedAt: now });
    const { token, hash } = newSecretToken();
    const expiresAt = new Date(now.getTime() + ACTIVATION_VALID_DAYS * 24 * 3600 * 1000);
    await manager.insert(ActivationTokenEntity, { id: randomUUID(), userId: user.id, tokenHash: hash, expiresAt, usedAt: null, createdAt: now });
    return { url: `${this.config.publicUrl}/aktivasi?token=${token}`, expiresAt };
  }

  /** Bulk form for imports: these users are new, so there is no earlier link to retire. */
  async createTokensForNewUsers(manager: EntityManager, users: readonly UserEntity[], now = new Date()): Promise<Map<string, { url: string; expiresAt: Date }>> {
    const expiresAt = new Date(now.getTime() + ACTIVATION_VALID_DAYS * 24 * 3600 * 1000);
    const links = new Map<string, { url: string; expiresAt: Date }>();
    const rows = users.map((user) => {
      const { token, hash } = newSecretToken();
      links.set(user.id, { url: `${this.config.publicUrl}/aktivasi?token=${token}`, expiresAt });
      return { id: randomUUID(), userId: user.id, tokenHash: hash, expiresAt, usedAt: null, createdAt: now };
    });
    for (let start = 0; start < rows.length; start += INSERT_CHUNK) {
      await manager.insert(ActivationTokenEntity, rows.slice(start, start + INSERT_CHUNK));
    }
    return links;
  }

  /** Sends the link after the transaction committed, so a mail is never about a token that does not exist. */
  async deliver(user: Pick<UserEntity, 'id' | 'name' | 'email' | 'nip'>, link: { url: string; expiresAt: Date }): Promise<ActivationLinkDTO> {
    const emailed = await this.mailer.send(user, link.url, link.expiresAt);
    return Object.assign(new ActivationLinkDTO(), { userId: user.id, name: user.name, email: user.email, nip: user.nip, url: link.url, expiresAt: link.expiresAt, emailed });
  }

  /** Marks the token used and returns its user; refuses unknown, used and expired tokens alike. */
  async consume(manager: EntityManager, token: string, now = new Date()): Promise<UserEntity> {
    const record = await manager.findOne(ActivationTokenEntity, { where: { tokenHash: hashSecretToken(token) } });
    if (!record || record.usedAt || record.expiresAt.getTime() <= now.getTime()) {
      throw IdentityException.field(IdentityExceptionCode.InvalidActivationToken, 'token', 'ACTIVATION_TOKEN_INVALID', 'This activation link is invalid, already used or expired; ask your admin for a new one');
    }
    const claimed = await manager.update(ActivationTokenEntity, { id: record.id, usedAt: IsNull() }, { usedAt: now });
    if (claimed.affected !== 1) {
      throw IdentityException.field(IdentityExceptionCode.InvalidActivationToken, 'token', 'ACTIVATION_TOKEN_INVALID', 'This activation link was just used');
    }
    const user = await manager.findOneOrFail(UserEntity, { where: { id: record.userId } });
    return user;
  }
}
