import { ExecutionContext } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { Role } from '@tunas/shared/contracts';
import { AppConfig } from '../config/app-config';
import { CommonException, CommonExceptionCode } from '../errors/domain.exception';
import { AccessTokenService } from './access-token.service';
import { Authenticated, Public, RequireRoles } from './policy.decorator';
import { PolicyGuard } from './policy.guard';

class Handlers {
  forgotten(): void {
    return;
  }

  @Public()
  open(): void {
    return;
  }

  @Authenticated()
  signedIn(): void {
    return;
  }

  @RequireRoles(Role.ADMIN)
  adminOnly(): void {
    return;
  }
}

const tokens = new AccessTokenService({ jwtSecret: 'k'.repeat(40), accessTokenTtlSeconds: 60 } as AppConfig);
const guard = new PolicyGuard(new Reflector(), tokens);

function contextFor(handler: keyof Handlers, roles: Role[] | null): ExecutionContext {
  const headers: Record<string, string> = {};
  if (roles) headers['authorization'] = `Bearer ${tokens.issue({ userId: 'u1', roles, sessionId: 's1' }).token}`;
  const request = { headers };
  return {
    getHandler: () => Handlers.prototype[handler],
    getClass: () => Handlers,
    getType: () => 'http',
    switchToHttp: () => ({ getRequest: () => request }),
  } as unknown as ExecutionContext;
}

function refusal(handler: keyof Handlers, roles: Role[] | null): CommonExceptionCode | null {
  try {
    guard.canActivate(contextFor(handler, roles));
    return null;
  } catch (error) {
    if (error instanceof CommonException) return error.code;
    throw error;
  }
}

describe('PolicyGuard', () => {
  it('fails closed for a handler that declares no policy, even for an admin', () => {
    expect(refusal('forgotten', null)).toBe(CommonExceptionCode.NoPolicy);
    expect(refusal('forgotten', [Role.ADMIN])).toBe(CommonExceptionCode.NoPolicy);
  });

  it('lets anyone call a public handler', () => {
    expect(refusal('open', null)).toBeNull();
  });

  it('demands a valid token for signed-in handlers', () => {
    expect(refusal('signedIn', null)).toBe(CommonExceptionCode.Unauthenticated);
    expect(refusal('signedIn', [Role.LEARNER])).toBeNull();
  });

  it('demands one of the roles for role handlers', () => {
    expect(refusal('adminOnly', [Role.LEARNER, Role.TRAINER])).toBe(CommonExceptionCode.Forbidden);
    expect(refusal('adminOnly', [Role.LEARNER, Role.ADMIN])).toBeNull();
  });

  it('ignores a token signed with another secret', () => {
    const other = new AccessTokenService({ jwtSecret: 'z'.repeat(40), accessTokenTtlSeconds: 60 } as AppConfig);
    const context = contextFor('signedIn', null);
    const request = context.switchToHttp().getRequest<{ headers: Record<string, string> }>();
    request.headers['authorization'] = `Bearer ${other.issue({ userId: 'u1', roles: [Role.ADMIN], sessionId: 's' }).token}`;
    expect(() => guard.canActivate(context)).toThrow(CommonException);
  });
});
