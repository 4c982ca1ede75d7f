import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { CurrentPrincipal, Principal, RequireRoles } from '@tunas/api/core';
import { Role } from '@tunas/shared/contracts';
import { SupervisionExportService } from '../export/supervision-export.service';
import { NudgeLearnersInput, NudgeResultDTO } from '../nudges/nudge.dto';
import { NudgesService } from '../nudges/nudges.service';
import { SupervisedPersonArgs, SupervisedPersonDetailDTO, SupervisionDashboardDTO, SupervisionExportArgs, SupervisionExportDTO, SupervisionYearArgs } from './supervision.dto';
import { SupervisionService } from './supervision.service';

/** The pimpinan's view of their people: JP against the target, drill-down, BKPSDM exports and reminders. */
@Resolver()
export class SupervisionResolver {
  constructor(
    private readonly supervision: SupervisionService,
    private readonly exports: SupervisionExportService,
    private readonly nudges: NudgesService,
  ) {}

  @RequireRoles(Role.ADMIN, Role.SUPERVISOR)
  @Query(() => SupervisionDashboardDTO, { description: 'People in the caller’s unit subtree and direct reports (admins: everyone with a unit), with aggregates for charts' })
  async supervisionDashboard(@CurrentPrincipal() principal: Principal, @Args() args: SupervisionYearArgs): Promise<SupervisionDashboardDTO> {
    return { year: args.year, ...(await this.supervision.dashboard(principal, args.year, args.unitId)) };
  }

  @RequireRoles(Role.ADMIN, Role.SUPERVISOR)
  @Query(() => SupervisedPersonDetailDTO, { description: 'NOT_FOUND for a person outside the caller’s reach' })
  supervisedPerson(@CurrentPrincipal() principal: Principal, @Args() args: SupervisedPersonArgs): Promise<SupervisedPersonDetailDTO> {
    return this.supervision.person(principal, args.userId, args.year);
  }

  @RequireRoles(Role.ADMIN, Role.SUPERVISOR)
  @Query(() => SupervisionExportDTO, { description: 'The dashboard as CSV or XLSX, one row per person' })
  supervisionExport(@CurrentPrincipal() principal: Principal, @Args() args: SupervisionExportArgs): Promise<SupervisionExportDTO> {
    return this.exports.export(principal, args.year, args.format, args.unitId);
  }

  @RequireRoles(Role.ADMIN, Role.SUPERVISOR)
  @Mutation(() => NudgeResultDTO, { description: 'Reminds people behind on this year’s JP (once per person and day); NOT_FOUND for a chosen person outside reach' })
  nudgeLearners(@CurrentPrincipal() principal: Principal, @Args('input') input: NudgeLearnersInput): Promise<NudgeResultDTO> {
    return this.nudges.nudge(principal, input);
  }
}
