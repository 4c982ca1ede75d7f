import { Global, Module } from '@nestjs/common';
import { AccessTokenService } from './auth/access-token.service';
import { RateLimitStore, RateLimitStoreFactory } from './rate-limit/rate-limit.store';

/** Cross-cutting services every feature may inject: token verification and shared rate-limit counters. */
@Global()
@Module({
  providers: [
    AccessTokenService,
    RateLimitStoreFactory,
    { provide: RateLimitStore, useFactory: (factory: RateLimitStoreFactory) => factory.create(), inject: [RateLimitStoreFactory] },
  ],
  exports: [AccessTokenService, RateLimitStore],
})
export class CoreModule {}
