import { Args, Context, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { CurrentPrincipal, GraphQLRequestContext, loaderFor, Principal, RequireRoles } from '@tunas/api/core';
import { Role } from '@tunas/shared/contracts';
import { SupervisionExportService } from '../export/supervision-export.service';
import { NudgeLearnersInput, NudgeResultDTO } from '../nudges/nudge.dto';
import { NudgesService } from '../nudges/nudges.service';
import { CountedLearning } from '../learning-hours/counted-learning';
import { SupervisedPeopleArgs, SupervisedPeoplePageDTO } from './supervised-people.dto';
import {
  SupervisedCourseResultDTO,
  SupervisedPersonArgs,
  SupervisedPersonDetailDTO,
  SupervisedPersonRowDTO,
  SupervisionDashboardDTO,
  SupervisionExportArgs,
  SupervisionExportDTO,
  SupervisionYearArgs,
} from './supervision.dto';
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
  @Query(() => SupervisionDashboardDTO, { description: 'Totals and aggregates for charts over the caller’s unit subtree and direct reports (admins: everyone with a unit)' })
  async supervisionDashboard(@CurrentPrincipal() principal: Principal, @Args() args: SupervisionYearArgs): Promise<SupervisionDashboardDTO> {
    return { year: args.year, ...(await this.supervision.dashboard(principal, args.year, args.unitId)) };
  }

  @RequireRoles(Role.ADMIN, Role.SUPERVISOR)
  @Query(() => SupervisedPeoplePageDTO, { description: 'The people of the dashboard, a page at a time: searched by name or NIP, filtered by status, sorted; NOT_FOUND for a unit outside reach' })
  supervisedPeople(@CurrentPrincipal() principal: Principal, @Args() args: SupervisedPeopleArgs): Promise<SupervisedPeoplePageDTO> {
    return this.supervision.people(principal, args);
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

/** Fields of a person's row, reached only through a query that checked the caller's reach. */
@Resolver(() => SupervisedPersonRowDTO)
export class SupervisedPersonRowResolver {
  constructor(private readonly supervision: SupervisionService) {}

  @ResolveField(() => [SupervisedCourseResultDTO], { description: 'What counted toward the JP of the year, oldest first (one query for a whole page)' })
  async courses(@Parent() row: SupervisedPersonRowDTO, @Context() context: GraphQLRequestContext): Promise<SupervisedCourseResultDTO[]> {
    const loader = loaderFor<string, CountedLearning[]>(context, `supervision.courses.${row.jpYear}`, async (userIds) => {
      const byPerson = await this.supervision.coursesOf(userIds, row.jpYear);
      return userIds.map((userId) => byPerson.get(userId) ?? []);
    });
    return (await loader.load(row.userId)) ?? [];
  }
}
