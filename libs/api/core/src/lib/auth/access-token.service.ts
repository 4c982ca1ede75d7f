import { Inject, Injectable } from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';
import { createSecretKey } from 'node:crypto';
import { isRole, Role } from '@tunas/shared/contracts';
import { AppConfig } from '../config/app-config';
import { APP_CONFIG } from '../config/config.module';
import { Principal } from './principal';

interface AccessClaims {
  sub: string;
  roles: string[];
  sid: string;
}

/**
 * Short-lived HS256 JWTs. Verification needs no database, so every replica can check a token alone;
 * exactly one algorithm is accepted.
 */
@Injectable()
export class AccessTokenService {
  private readonly jwt: JwtService;

  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {
    // A KeyObject made once: given a string, jsonwebtoken builds a new key on every verify (a hot path).
    const key = createSecretKey(Buffer.from(config.jwtSecret, 'utf8'));
    this.jwt = new JwtService({
      secret: key as unknown as string,
      signOptions: { algorithm: 'HS256', expiresIn: config.accessTokenTtlSeconds, issuer: 'tunas' },
      verifyOptions: { algorithms: ['HS256'], issuer: 'tunas' },
    });
  }

  issue(principal: Principal): { token: string; expiresAt: Date } {
    const claims: AccessClaims = { sub: principal.userId, roles: [...principal.roles], sid: principal.sessionId };
    const token = this.jwt.sign(claims);
    const { exp } = this.jwt.decode<{ exp: number }>(token);
    return { token, expiresAt: new Date(exp * 1000) };
  }

  /** Returns the principal, or null for anything that is not a valid, unexpired token of ours. */
  verify(token: string): Principal | null {
    let claims: Partial<AccessClaims>;
    try {
      claims = this.jwt.verify<AccessClaims>(token);
    } catch {
      return null;
    }
    if (typeof claims.sub !== 'string' || typeof claims.sid !== 'string') return null;
    const roles = Array.isArray(claims.roles)
      ? claims.roles.filter((role): role is Role => typeof role === 'string' && isRole(role))
      : [];
    return { userId: claims.sub, roles, sessionId: claims.sid };
  }
}
