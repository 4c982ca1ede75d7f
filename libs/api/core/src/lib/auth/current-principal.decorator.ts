import { createParamDecorator, ExecutionContext } from '@nestjs/common';
import { CommonException, CommonExceptionCode } from '../errors/domain.exception';
import { Principal } from './principal';
import { requestOf } from './request-context';

/** The verified caller; only on handlers whose policy demands sign-in. */
export const CurrentPrincipal = createParamDecorator((_data: unknown, context: ExecutionContext): Principal => {
  const principal = requestOf(context).principal;
  if (!principal) throw new CommonException(CommonExceptionCode.Unauthenticated, 'Sign in to continue');
  return principal;
});

/** The caller when there is one (public handlers). */
export const OptionalPrincipal = createParamDecorator(
  (_data: unknown, context: ExecutionContext): Principal | null => requestOf(context).principal ?? null,
);
