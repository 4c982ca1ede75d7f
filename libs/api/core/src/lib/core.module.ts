import { Global, Module } from '@nestjs/common';
import { AccessTokenService } from './auth/access-token.service';
import { CourseCompletionListeners } from './ports/course-completion.listener';
import { RateLimitStore, RateLimitStoreFactory } from './rate-limit/rate-limit.store';

/** Cross-cutting services every feature may inject: token verification, shared rate-limit counters, the course completion listeners. */
@Global()
@Module({
  providers: [
    AccessTokenService,
    RateLimitStoreFactory,
    { provide: RateLimitStore, useFactory: (factory: RateLimitStoreFactory) => factory.create(), inject: [RateLimitStoreFactory] },
    CourseCompletionListeners,
  ],
  exports: [AccessTokenService, RateLimitStore, CourseCompletionListeners],
})
export class CoreModule {}
