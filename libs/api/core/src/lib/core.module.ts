import { Global, Module } from '@nestjs/common';
import { AccessTokenService } from './auth/access-token.service';
import { SignedUrls } from './auth/signed-urls';
import type { AppConfig } from './config/app-config';
import { APP_CONFIG } from './config/config.module';
import { ActivityContentGuards } from './ports/activity-content.guard';
import { CourseCompletionListeners } from './ports/course-completion.listener';
import { InAppNotifications } from './ports/in-app-notifications';
import { MaterialProcessors } from './ports/material.port';
import { StoragePort } from './ports/storage.port';
import { RateLimitStore, RateLimitStoreFactory } from './rate-limit/rate-limit.store';
import { createStorage } from './storage/storage.factory';

/**
 * Cross-cutting services every feature may inject: token verification, signed URLs, shared rate-limit counters,
 * and the registries through which features plug into each other (completion listeners, activity content guards,
 * material processors), and the file storage chosen by configuration.
 */
@Global()
@Module({
  providers: [
    AccessTokenService,
    RateLimitStoreFactory,
    { provide: RateLimitStore, useFactory: (factory: RateLimitStoreFactory) => factory.create(), inject: [RateLimitStoreFactory] },
    CourseCompletionListeners,
    InAppNotifications,
    ActivityContentGuards,
    MaterialProcessors,
    SignedUrls,
    { provide: StoragePort, useFactory: (config: AppConfig) => createStorage(config.storage), inject: [APP_CONFIG] },
  ],
  exports: [AccessTokenService, RateLimitStore, CourseCompletionListeners, InAppNotifications, ActivityContentGuards, MaterialProcessors, SignedUrls, StoragePort],
})
export class CoreModule {}
