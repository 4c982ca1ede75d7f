import { Args, Context, ID, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Authenticated, byKeys, CurrentPrincipal, GraphQLRequestContext, loaderFor, Principal, RequireRoles } from '@tunas/api/core';
import { Role } from '@tunas/shared/contracts';
import { InstitutionDTO } from '../institutions/institution.dto';
import { InstitutionsService } from '../institutions/institutions.service';
import { OrgUnitDTO } from '../org-units/org-unit.dto';
import { OrgUnitsService } from '../org-units/org-units.service';
import { UserImportReportDTO } from './user-import.dto';
import { UserImportService } from './user-import.service';
import { ActivationLinkDTO, CreatedUserDTO, UserDTO, UserPageDTO } from './user.dto';
import { CreateUserInput, ImportUsersInput, PageInput, SetUserActiveInput, SetUserRolesInput, UpdateUserInput, UserFilter } from './user.inputs';
import { UsersService } from './users.service';

@Resolver(() => UserDTO)
export class UsersResolver {
  constructor(
    private readonly userService: UsersService,
    private readonly orgUnitService: OrgUnitsService,
    private readonly institutionService: InstitutionsService,
    private readonly importer: UserImportService,
  ) {}

  @RequireRoles(Role.ADMIN)
  @Query(() => UserPageDTO, { description: 'Search people; admins only' })
  users(
    @Args('filter', { type: () => UserFilter, nullable: true }) filter: UserFilter | null,
    @Args('page', { type: () => PageInput, nullable: true }) page: PageInput | null,
  ): Promise<UserPageDTO> {
    return this.userService.list(filter ?? {}, page ?? { offset: 0, limit: 20 });
  }

  @Authenticated()
  @Query(() => UserDTO, { description: 'One person: admins see anyone, supervisors their unit and direct reports, everyone themself' })
  user(@Args('id', { type: () => ID }) id: string, @CurrentPrincipal() principal: Principal): Promise<UserDTO> {
    return this.userService.getVisibleTo(principal, id);
  }

  @RequireRoles(Role.ADMIN)
  @Mutation(() => CreatedUserDTO, { description: 'Create a person; they activate the account through the returned link' })
  createUser(@Args('input') input: CreateUserInput): Promise<CreatedUserDTO> {
    return this.userService.create(input);
  }

  @RequireRoles(Role.ADMIN)
  @Mutation(() => UserDTO)
  updateUser(@Args('input') input: UpdateUserInput): Promise<UserDTO> {
    return this.userService.update(input);
  }

  @RequireRoles(Role.ADMIN)
  @Mutation(() => UserDTO, { description: 'Deactivate (cannot sign in, records kept) or reactivate a person' })
  setUserActive(@Args('input') input: SetUserActiveInput, @CurrentPrincipal() principal: Principal): Promise<UserDTO> {
    return this.userService.setActive(principal, input);
  }

  @RequireRoles(Role.ADMIN)
  @Mutation(() => UserDTO)
  setUserRoles(@Args('input') input: SetUserRolesInput, @CurrentPrincipal() principal: Principal): Promise<UserDTO> {
    return this.userService.setRoles(principal, input);
  }

  @RequireRoles(Role.ADMIN)
  @Mutation(() => ActivationLinkDTO, { description: 'A new one-time link (earlier links stop working)' })
  issueActivationLink(@Args('userId', { type: () => ID }) userId: string): Promise<ActivationLinkDTO> {
    return this.userService.issueActivationLink(userId);
  }

  @RequireRoles(Role.ADMIN)
  @Mutation(() => UserImportReportDTO, { description: 'Import learners from CSV: nip,nama,email,unit_kerja,jenis_asn' })
  importUsers(@Args('input') input: ImportUsersInput, @CurrentPrincipal() principal: Principal): Promise<UserImportReportDTO> {
    return this.importer.import(principal, input.csv, input.dryRun);
  }

  @ResolveField(() => OrgUnitDTO, { nullable: true })
  orgUnit(@Parent() user: UserDTO, @Context() context: GraphQLRequestContext): Promise<OrgUnitDTO | null> {
    if (!user.orgUnitId) return Promise.resolve(null);
    return loaderFor<string, OrgUnitDTO>(context, 'orgUnitById', async (ids) => byKeys(ids, await this.orgUnitService.findByIds(ids), (unit) => unit.id)).load(user.orgUnitId);
  }

  @ResolveField(() => UserDTO, { nullable: true })
  supervisor(@Parent() user: UserDTO, @Context() context: GraphQLRequestContext): Promise<UserDTO | null> {
    if (!user.supervisorId) return Promise.resolve(null);
    return loaderFor<string, UserDTO>(context, 'userById', async (ids) => byKeys(ids, await this.userService.findByIds(ids), (found) => found.id)).load(user.supervisorId);
  }

  @ResolveField(() => InstitutionDTO, { nullable: true })
  institution(@Parent() user: UserDTO, @Context() context: GraphQLRequestContext): Promise<InstitutionDTO | null> {
    if (!user.institutionId) return Promise.resolve(null);
    return loaderFor<string, InstitutionDTO>(context, 'institutionById', async (ids) => byKeys(ids, await this.institutionService.findByIds(ids), (found) => found.id)).load(user.institutionId);
  }
}
