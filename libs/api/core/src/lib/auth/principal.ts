import { Role } from '@tunas/shared/contracts';

/** Who is calling, as proven by a verified access token. */
export interface Principal {
  readonly userId: string;
  readonly roles: readonly Role[];
  /** The refresh-token family this access token belongs to (one per login). */
  readonly sessionId: string;
}

export function hasRole(principal: Principal | null | undefined, ...roles: Role[]): boolean {
  return !!principal && roles.some((role) => principal.roles.includes(role));
}
