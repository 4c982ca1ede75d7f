import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AuthoringService } from './authoring/authoring.service';
import { CatalogService } from './catalog/catalog.service';
import { CourseAccessService } from './course-access.service';
import { CourseSeedService } from './demo/course-seed.service';
import { CoursesResolver, EnrolmentFieldsResolver } from './courses.resolver';
import { COURSE_ENTITIES } from './entities/course.entities';
import { EnrolmentAdminService } from './learning/enrolment-admin.service';
import { LearningService } from './learning/learning.service';

/** Courses made of activity plugins: authoring, publishing, the catalogue, enrolment and progress. */
@Module({
  imports: [TypeOrmModule.forFeature(COURSE_ENTITIES)],
  providers: [CourseAccessService, AuthoringService, CatalogService, LearningService, EnrolmentAdminService, CoursesResolver, EnrolmentFieldsResolver, CourseSeedService],
  exports: [AuthoringService, LearningService, CourseSeedService],
})
export class CoursesModule {}
