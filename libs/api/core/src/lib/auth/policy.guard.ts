import { CanActivate, ExecutionContext, Injectable, Logger } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { CommonException, CommonExceptionCode } from '../errors/domain.exception';
import { AccessTokenService } from './access-token.service';
import { Policy, POLICY_KEY } from './policy.decorator';
import { requestOf } from './request-context';

/**
 * Global guard, deny by default: a handler without a declared policy is refused for everyone.
 * It also attaches the verified principal to the request for the handlers that run.
 */
@Injectable()
export class PolicyGuard implements CanActivate {
  private readonly logger = new Logger(PolicyGuard.name);

  constructor(
    private readonly reflector: Reflector,
    private readonly tokens: AccessTokenService,
  ) {}

  canActivate(context: ExecutionContext): boolean {
    const policy = this.reflector.getAllAndOverride<Policy | undefined>(POLICY_KEY, [context.getHandler(), context.getClass()]);
    const request = requestOf(context);
    const header = request.headers?.authorization;
    if (typeof header === 'string' && header.startsWith('Bearer ')) {
      request.principal = this.tokens.verify(header.slice(7).trim()) ?? undefined;
    }

    if (!policy) {
      this.logger.error(`${context.getClass().name}.${context.getHandler().name} declares no policy; refused`);
      throw new CommonException(CommonExceptionCode.NoPolicy, 'This operation is not available');
    }
    if (policy.kind === 'public') return true;
    const principal = request.principal;
    if (!principal) {
      throw new CommonException(CommonExceptionCode.Unauthenticated, 'Sign in to continue (missing or expired access token)');
    }
    if (policy.kind === 'authenticated') return true;
    if (policy.roles.some((role) => principal.roles.includes(role))) return true;
    throw new CommonException(CommonExceptionCode.Forbidden, `This requires one of the roles: ${policy.roles.join(', ')}`);
  }
}
