import { SetMetadata } from '@nestjs/common';
import { Role } from '@tunas/shared/contracts';

export const POLICY_KEY = 'tunas:policy';

/**
 * Who may call a resolver or route. Every handler must declare one; the global guard refuses any
 * handler that has none, so forgetting a policy fails closed.
 */
export type Policy =
  | { kind: 'public' }
  | { kind: 'authenticated' }
  | { kind: 'roles'; roles: readonly Role[] };

/** Anyone, signed in or not (login, certificate verification, health). */
export const Public = () => SetMetadata(POLICY_KEY, { kind: 'public' } satisfies Policy);

/** Any signed-in user; object-level checks happen in the service. */
export const Authenticated = () => SetMetadata(POLICY_KEY, { kind: 'authenticated' } satisfies Policy);

/** Signed-in users holding at least one of the roles. */
export const RequireRoles = (...roles: Role[]) => SetMetadata(POLICY_KEY, { kind: 'roles', roles } satisfies Policy);
