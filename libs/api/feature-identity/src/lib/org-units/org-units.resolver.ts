import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Authenticated, CurrentPrincipal, Principal, RequireRoles } from '@tunas/api/core';
import { Role } from '@tunas/shared/contracts';
import { CreateOrgUnitInput, OrgUnitDTO, UpdateOrgUnitInput } from './org-unit.dto';
import { OrgUnitsService } from './org-units.service';

@Resolver(() => OrgUnitDTO)
export class OrgUnitsResolver {
  constructor(private readonly orgUnitService: OrgUnitsService) {}

  @Authenticated()
  @Query(() => [OrgUnitDTO], { description: 'The whole organisation tree as a flat list; build the tree from parentId' })
  orgUnits(): Promise<OrgUnitDTO[]> {
    return this.orgUnitService.list();
  }

  @RequireRoles(Role.ADMIN)
  @Mutation(() => OrgUnitDTO)
  createOrgUnit(@Args('input') input: CreateOrgUnitInput): Promise<OrgUnitDTO> {
    return this.orgUnitService.create(input);
  }

  @RequireRoles(Role.ADMIN)
  @Mutation(() => OrgUnitDTO, { description: 'Rename, recode or move a unit (with its sub-units)' })
  updateOrgUnit(@Args('input') input: UpdateOrgUnitInput): Promise<OrgUnitDTO> {
    return this.orgUnitService.update(input);
  }

  @RequireRoles(Role.ADMIN)
  @Mutation(() => Boolean, { description: 'Refused while the unit has sub-units or members' })
  deleteOrgUnit(@Args('id', { type: () => ID }) id: string, @CurrentPrincipal() principal: Principal): Promise<boolean> {
    return this.orgUnitService.delete(principal, id);
  }
}
