import { Args, ID, Mutation, Resolver } from '@nestjs/graphql';
import { Authenticated, CurrentPrincipal, Principal } from '@tunas/api/core';
import { CommitScormRuntimeInput, ScormCommitResultDTO, ScormLaunchDTO } from './dto/scorm.dto';
import { ScormRuntimeService } from './runtime/scorm-runtime.service';

/** SCORM for learners: launches and commits of their own attempts, in courses they are enrolled in. */
@Resolver()
export class ScormResolver {
  constructor(private readonly runtime: ScormRuntimeService) {}

  @Authenticated()
  @Mutation(() => ScormLaunchDTO, { description: 'Opens my attempt at a SCORM activity of a course I am enrolled in (resumes the latest unless newAttempt)' })
  scormLaunch(
    @Args('courseId', { type: () => ID }) courseId: string,
    @Args('activityId', { type: () => ID }) activityId: string,
    @Args('newAttempt', { type: () => Boolean, defaultValue: false }) newAttempt: boolean,
    @CurrentPrincipal() principal: Principal,
  ): Promise<ScormLaunchDTO> {
    return this.runtime.launch(principal, courseId, activityId, newAttempt);
  }

  @Authenticated()
  @Mutation(() => ScormCommitResultDTO, { description: 'Stores runtime data the package committed (durable before it answers); an older sequence is ignored' })
  commitScormRuntime(@Args('input') input: CommitScormRuntimeInput, @CurrentPrincipal() principal: Principal): Promise<ScormCommitResultDTO> {
    return this.runtime.commit(principal, input);
  }
}
