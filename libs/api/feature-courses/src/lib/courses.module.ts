import { Global, Module } from '@nestjs/common';
import { CoursePort } from '@tunas/api/core';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AuthoringService } from './authoring/authoring.service';
import { CatalogService } from './catalog/catalog.service';
import { CourseAccessService } from './course-access.service';
import { CoursePortAdapter } from './course-port.adapter';
import { CourseSeedService } from './demo/course-seed.service';
import { CoursesResolver, EnrolmentFieldsResolver } from './courses.resolver';
import { COURSE_ENTITIES } from './entities/course.entities';
import { EnrolmentAdminService } from './learning/enrolment-admin.service';
import { LearningService } from './learning/learning.service';
import { PublishedVersions } from './versions/published-versions';

/**
 * Courses made of activity plugins: authoring, publishing, the catalogue, enrolment and progress. Global so
 * that other features reach courses through the CoursePort without importing this module.
 */
@Global()
@Module({
  imports: [TypeOrmModule.forFeature(COURSE_ENTITIES)],
  providers: [PublishedVersions, CourseAccessService, AuthoringService, CatalogService, LearningService, EnrolmentAdminService, CoursesResolver, EnrolmentFieldsResolver, CourseSeedService, CoursePortAdapter, { provide: CoursePort, useExisting: CoursePortAdapter }],
  exports: [AuthoringService, LearningService, CourseSeedService, CoursePort],
})
export class CoursesModule {}
