import { Args, ID, Query, Resolver } from '@nestjs/graphql';
import { Authenticated, CoursePort, CurrentPrincipal, Principal, SignedUrls } from '@tunas/api/core';
import { MATERIAL_URL_PURPOSE } from './download/material-files.controller';
import { materialReferenceOf } from './material-content.guard';
import { MaterialPortService } from './material-port.service';
import { versionNotFound } from './materials.exception';
import { DOWNLOAD_URL_TTL_SECONDS, materialFileUrl } from './materials.resolver';

/** Learners reach a library file through the course activity that shows it, never through the library itself. */
@Resolver()
export class ActivityMaterialResolver {
  constructor(
    private readonly courses: CoursePort,
    private readonly materials: MaterialPortService,
    private readonly signedUrls: SignedUrls,
  ) {}

  @Authenticated()
  @Query(() => String, { description: 'A short-lived URL of the library file a video or document activity shows; for learners enrolled in the course' })
  async activityMaterialUrl(
    @CurrentPrincipal() principal: Principal,
    @Args('courseId', { type: () => ID }) courseId: string,
    @Args('activityId', { type: () => ID }) activityId: string,
  ): Promise<string> {
    const activity = await this.courses.enrolledActivity(principal.userId, courseId, activityId);
    const reference = materialReferenceOf(activity.content);
    const version = reference ? await this.materials.versionById(reference) : null;
    if (!version) throw versionNotFound();
    return materialFileUrl(this.signedUrls.sign(MATERIAL_URL_PURPOSE, principal.userId, version.versionId, DOWNLOAD_URL_TTL_SECONDS), version.fileName);
  }
}
