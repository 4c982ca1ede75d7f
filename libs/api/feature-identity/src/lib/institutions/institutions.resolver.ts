import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Authenticated, RequireRoles } from '@tunas/api/core';
import { Role } from '@tunas/shared/contracts';
import { CreateInstitutionInput, InstitutionDTO, UpdateInstitutionInput } from './institution.dto';
import { InstitutionsService } from './institutions.service';

@Resolver(() => InstitutionDTO)
export class InstitutionsResolver {
  constructor(private readonly institutionService: InstitutionsService) {}

  @Authenticated()
  @Query(() => [InstitutionDTO], { description: 'Partner institutions' })
  institutions(): Promise<InstitutionDTO[]> {
    return this.institutionService.list();
  }

  @RequireRoles(Role.ADMIN)
  @Mutation(() => InstitutionDTO)
  createInstitution(@Args('input') input: CreateInstitutionInput): Promise<InstitutionDTO> {
    return this.institutionService.create(input);
  }

  @RequireRoles(Role.ADMIN)
  @Mutation(() => InstitutionDTO)
  updateInstitution(@Args('input') input: UpdateInstitutionInput): Promise<InstitutionDTO> {
    return this.institutionService.update(input);
  }
}
