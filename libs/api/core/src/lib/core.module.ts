import { Global, Module } from '@nestjs/common';
import { AccessTokenService } from './auth/access-token.service';
import { SignedUrls } from './auth/signed-urls';
import { ActivityContentGuards } from './ports/activity-content.guard';
import { CourseCompletionListeners } from './ports/course-completion.listener';
import { MaterialProcessors } from './ports/material.port';
import { RateLimitStore, RateLimitStoreFactory } from './rate-limit/rate-limit.store';

/**
 * Cross-cutting services every feature may inject: token verification, signed URLs, shared rate-limit counters,
 * and the registries through which features plug into each other (completion listeners, activity content guards,
 * material processors).
 */
@Global()
@Module({
  providers: [
    AccessTokenService,
    RateLimitStoreFactory,
    { provide: RateLimitStore, useFactory: (factory: RateLimitStoreFactory) => factory.create(), inject: [RateLimitStoreFactory] },
    CourseCompletionListeners,
    ActivityContentGuards,
    MaterialProcessors,
    SignedUrls,
  ],
  exports: [AccessTokenService, RateLimitStore, CourseCompletionListeners, ActivityContentGuards, MaterialProcessors, SignedUrls],
})
export class CoreModule {}
