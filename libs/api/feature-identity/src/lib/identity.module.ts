import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { RateLimitStore, RateLimitStoreFactory } from '@tunas/api/core';
import { ActivationMailer } from './activation/activation-mailer';
import { ActivationService } from './activation/activation.service';
import { AuthResolver } from './auth/auth.resolver';
import { AuthService } from './auth/auth.service';
import { LoginThrottleService } from './auth/login-throttle.service';
import { DemoSeedService } from './demo/demo-seed.service';
import { IDENTITY_ENTITIES } from './entities';
import { InstitutionsResolver } from './institutions/institutions.resolver';
import { InstitutionsService } from './institutions/institutions.service';
import { OrgUnitsResolver } from './org-units/org-units.resolver';
import { OrgUnitsService } from './org-units/org-units.service';
import { PasswordHasher } from './password-hasher';
import { UserImportService } from './users/user-import.service';
import { UsersResolver } from './users/users.resolver';
import { UsersService } from './users/users.service';

/** People, organisation units, partner institutions, roles, sign-in and account administration. */
@Module({
  imports: [TypeOrmModule.forFeature(IDENTITY_ENTITIES)],
  providers: [
    RateLimitStoreFactory,
    { provide: RateLimitStore, useFactory: (factory: RateLimitStoreFactory) => factory.create(), inject: [RateLimitStoreFactory] },
    PasswordHasher,
    ActivationMailer,
    ActivationService,
    LoginThrottleService,
    AuthService,
    AuthResolver,
    UsersService,
    UsersResolver,
    UserImportService,
    OrgUnitsService,
    OrgUnitsResolver,
    InstitutionsService,
    InstitutionsResolver,
    DemoSeedService,
  ],
  exports: [UsersService, OrgUnitsService, InstitutionsService, DemoSeedService],
})
export class IdentityModule {}
