import { Inject } from '@nestjs/common';
import { Args, Context, Mutation, Query, Resolver } from '@nestjs/graphql';
import { APP_CONFIG, AppConfig, Authenticated, CurrentPrincipal, GraphQLRequestContext, Principal, Public } from '@tunas/api/core';
import { IdentityException, IdentityExceptionCode } from '../identity.exception';
import { UserDTO } from '../users/user.dto';
import { UsersService } from '../users/users.service';
import { ActivateAccountInput, AuthPayloadDTO, ChangePasswordInput, LoginInput } from './auth.dto';
import { AuthService, Session } from './auth.service';
import { clearRefreshCookie, readRefreshCookie, setRefreshCookie } from './refresh-cookie';

@Resolver()
export class AuthResolver {
  constructor(
    private readonly auth: AuthService,
    private readonly userService: UsersService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  @Public()
  @Mutation(() => AuthPayloadDTO, { description: 'Sign in with NIP or e-mail and password' })
  async login(@Args('input') input: LoginInput, @Context() context: GraphQLRequestContext): Promise<AuthPayloadDTO> {
    const session = await this.auth.login(input.identifier, input.password, context.req.ip ?? 'unknown');
    return this.answer(session, context, input.returnRefreshToken === true);
  }

  @Public()
  @Mutation(() => AuthPayloadDTO, { description: 'Exchange a refresh token (argument or cookie) for a new session; the token rotates' })
  async refreshSession(
    @Args('refreshToken', { type: () => String, nullable: true }) refreshToken: string | null,
    @Context() context: GraphQLRequestContext,
  ): Promise<AuthPayloadDTO> {
    const fromArgument = refreshToken ?? null;
    const token = fromArgument ?? readRefreshCookie(context.req);
    if (!token) throw new IdentityException(IdentityExceptionCode.InvalidRefreshToken, 'No session to refresh; please sign in');
    try {
      return this.answer(await this.auth.refresh(token), context, fromArgument !== null);
    } catch (error) {
      if (fromArgument === null) clearRefreshCookie(context.res, this.config.cookieSecure);
      throw error;
    }
  }

  @Public()
  @Mutation(() => Boolean, { description: 'End the session: the refresh token and its successors stop working' })
  async logout(
    @Args('refreshToken', { type: () => String, nullable: true }) refreshToken: string | null,
    @Context() context: GraphQLRequestContext,
  ): Promise<boolean> {
    await this.auth.logout(refreshToken ?? readRefreshCookie(context.req));
    clearRefreshCookie(context.res, this.config.cookieSecure);
    return true;
  }

  @Public()
  @Mutation(() => AuthPayloadDTO, { description: 'Set the first password with the one-time activation link, and sign in' })
  async activateAccount(@Args('input') input: ActivateAccountInput, @Context() context: GraphQLRequestContext): Promise<AuthPayloadDTO> {
    return this.answer(await this.auth.activate(input.token, input.password), context, false);
  }

  @Authenticated()
  @Mutation(() => Boolean, { description: 'Change your own password; your other devices are signed out' })
  async changePassword(@Args('input') input: ChangePasswordInput, @CurrentPrincipal() principal: Principal): Promise<boolean> {
    await this.auth.changePassword(principal.userId, principal.sessionId, input.currentPassword, input.newPassword);
    return true;
  }

  @Authenticated()
  @Query(() => UserDTO, { description: 'The signed-in person' })
  me(@CurrentPrincipal() principal: Principal): Promise<UserDTO> {
    return this.userService.get(principal.userId);
  }

  private answer(session: Session, context: GraphQLRequestContext, returnRefreshToken: boolean): AuthPayloadDTO {
    if (!returnRefreshToken) setRefreshCookie(context.res, session.refreshToken, session.refreshTokenExpiresAt, this.config.cookieSecure);
    return Object.assign(new AuthPayloadDTO(), {
      accessToken: session.accessToken,
      accessTokenExpiresAt: session.accessTokenExpiresAt,
      refreshToken: returnRefreshToken ? session.refreshToken : null,
      user: session.user,
    });
  }
}
