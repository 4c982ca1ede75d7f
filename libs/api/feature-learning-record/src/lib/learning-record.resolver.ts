import { Args, ID, Int, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Authenticated, CurrentPrincipal, invalidInput, Principal, RequireRoles } from '@tunas/api/core';
import { Role } from '@tunas/shared/contracts';
import { ExternalLearningService } from './claims/external-learning.service';
import { ExternalLearningDTO, JpTargetDTO, LearningRecordDTO } from './dto/learning-record.dto';
import { ReviewExternalLearningInput, SetJpTargetInput, SubmitExternalLearningInput } from './dto/learning-record.inputs';
import { LearningRecordService } from './records/learning-record.service';
import { JpTargetService } from './targets/jp-target.service';

/** The JP learning record: a year's JP against the target, external learning and its review, the targets. */
@Resolver()
export class LearningRecordResolver {
  constructor(
    private readonly records: LearningRecordService,
    private readonly externalLearning: ExternalLearningService,
    private readonly targets: JpTargetService,
  ) {}

  @Authenticated()
  @Query(() => LearningRecordDTO, { description: 'The signed-in learner’s JP in a year (default: this year)' })
  async myLearningRecord(@CurrentPrincipal() principal: Principal, @Args('year', { type: () => Int, nullable: true }) year?: number | null): Promise<LearningRecordDTO> {
    return this.records.recordOf(principal, principal.userId, checkedYear(year));
  }

  @RequireRoles(Role.SUPERVISOR, Role.ADMIN)
  @Query(() => LearningRecordDTO, { description: 'A person’s JP in a year, for their supervisors (unit subtree or direct report) and admins; NOT_FOUND for anyone else' })
  async learningRecordOf(
    @CurrentPrincipal() principal: Principal,
    @Args('userId', { type: () => ID }) userId: string,
    @Args('year', { type: () => Int, nullable: true }) year?: number | null,
  ): Promise<LearningRecordDTO> {
    return this.records.recordOf(principal, userId, checkedYear(year));
  }

  @Authenticated()
  @Mutation(() => ExternalLearningDTO, { description: 'Claims learning done elsewhere, with evidence; it counts once a supervisor approves it' })
  async submitExternalLearning(@CurrentPrincipal() principal: Principal, @Args('input') input: SubmitExternalLearningInput): Promise<ExternalLearningDTO> {
    return this.externalLearning.submit(principal, input);
  }

  @RequireRoles(Role.SUPERVISOR, Role.ADMIN)
  @Mutation(() => ExternalLearningDTO, { description: 'Approves or rejects (with a comment) a claim of one of the caller’s people' })
  async reviewExternalLearning(@CurrentPrincipal() principal: Principal, @Args('input') input: ReviewExternalLearningInput): Promise<ExternalLearningDTO> {
    return this.externalLearning.review(principal, input);
  }

  @RequireRoles(Role.SUPERVISOR, Role.ADMIN)
  @Query(() => [ExternalLearningDTO], { description: 'Claims waiting for the caller’s review (their people’s; every person’s for admins), oldest first' })
  async pendingExternalLearning(@CurrentPrincipal() principal: Principal): Promise<ExternalLearningDTO[]> {
    return this.externalLearning.pending(principal);
  }

  @RequireRoles(Role.ADMIN)
  @Query(() => [JpTargetDTO], { description: 'The yearly JP target of every ASN type' })
  async jpTargets(): Promise<JpTargetDTO[]> {
    return this.targets.list();
  }

  @RequireRoles(Role.ADMIN)
  @Mutation(() => JpTargetDTO)
  async setJpTarget(@CurrentPrincipal() principal: Principal, @Args('input') input: SetJpTargetInput): Promise<JpTargetDTO> {
    return this.targets.set(principal, input.asnType, input.jpHours);
  }
}

function checkedYear(year: number | null | undefined): number {
  const value = year ?? new Date().getUTCFullYear();
  if (value < 2000 || value > 2100) throw invalidInput('year', 'range', 'year must be between 2000 and 2100');
  return value;
}
