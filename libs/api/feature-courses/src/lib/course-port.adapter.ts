import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { AuthoredActivity, CoursePort, EnrolledActivity, Principal } from '@tunas/api/core';
import { DataSource, EntityManager } from 'typeorm';
import { AuthoringService } from './authoring/authoring.service';
import { CourseAccessService } from './course-access.service';
import { courseNotFound, CoursesException, CoursesExceptionCode } from './courses.exception';
import { ActivityProgressEntity, CourseEntity, EnrolmentEntity } from './entities/course.entities';
import { isLocked, LearningService, locate } from './learning/learning.service';
import { CourseStructure } from './versions/course-structure';
import { PublishedVersions } from './versions/published-versions';

/** The courses feature answering other features through the CoursePort (see libs/api/core). */
@Injectable()
export class CoursePortAdapter extends CoursePort {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly access: CourseAccessService,
    private readonly authoring: AuthoringService,
    private readonly learning: LearningService,
    private readonly versions: PublishedVersions,
  ) {
    super();
  }

  async enrolledActivity(userId: string, courseId: string, activityId: string, manager: EntityManager = this.dataSource.manager): Promise<EnrolledActivity> {
    const enrolment = await manager.findOne(EnrolmentEntity, { where: { courseId, userId } });
    if (!enrolment) throw new CoursesException(CoursesExceptionCode.NotEnrolled, 'You are not enrolled in this course');
    const [version, course] = await Promise.all([
      this.versions.one(enrolment.courseVersionId, manager),
      manager.findOneOrFail(CourseEntity, { where: { id: courseId }, select: { id: true, title: true } }),
    ]);
    const located = locate(version.structure, activityId);
    if (!located) throw new CoursesException(CoursesExceptionCode.ActivityNotInCourse, `Activity ${activityId} is not part of the version of the course you study`);
    if (located.moduleIndex > 0) {
      const rows = await manager.find(ActivityProgressEntity, { where: { enrolmentId: enrolment.id } });
      if (isLocked(version.structure, located.moduleIndex, new Map(rows.map((row) => [row.activityId, row])))) {
        throw new CoursesException(CoursesExceptionCode.ModuleLocked, 'Finish the previous module first');
      }
    }
    return { courseId, courseTitle: course.title, enrolmentId: enrolment.id, activityId, activityType: located.activity.type, activityTitle: located.activity.title, content: located.activity.content };
  }

  async assertCanAuthor(principal: Principal, courseId: string, manager?: EntityManager) {
    const course = await this.access.loadForAuthoring(principal, courseId, manager);
    return { id: course.id, title: course.title, ownerInstitutionId: course.ownerInstitutionId };
  }

  async canAuthor(principal: Principal, courseId: string): Promise<boolean> {
    const course = await this.dataSource.getRepository(CourseEntity).findOne({ where: { id: courseId } });
    return !!course && (await this.access.canAuthor(principal, course));
  }

  async authoredActivity(principal: Principal, courseId: string, activityId: string): Promise<AuthoredActivity> {
    const course = await this.access.loadForAuthoring(principal, courseId);
    const structure = await this.structureForAuthors(course);
    const located = locate(structure, activityId) ?? locate(await this.authoring.draftStructure(course.id), activityId);
    if (!located) throw new CoursesException(CoursesExceptionCode.ActivityNotInCourse, `Activity ${activityId} is not part of this course`);
    return { courseId, courseTitle: course.title, activityId, activityType: located.activity.type, activityTitle: located.activity.title, content: located.activity.content };
  }

  async publishedActivities(courseId: string, type: string): Promise<AuthoredActivity[]> {
    const course = await this.dataSource.getRepository(CourseEntity).findOne({ where: { id: courseId } });
    if (!course) throw courseNotFound(courseId);
    const structure = await this.structureForAuthors(course);
    return structure.modules.flatMap((module) =>
      module.activities
        .filter((activity) => activity.type === type)
        .map((activity) => ({ courseId, courseTitle: course.title, activityId: activity.id, activityType: activity.type, activityTitle: activity.title, content: activity.content })),
    );
  }

  recordServerState(manager: EntityManager, userId: string, courseId: string, activityId: string, state: object, idempotencyKey: string) {
    return this.learning.recordServerState(manager, userId, courseId, activityId, state, idempotencyKey);
  }

  async enrolledLearners(courseId: string) {
    const rows: Array<{ user_id: string; name: string; nip: string | null; id: string; progress: number; status: string }> = await this.dataSource.query(
      'SELECT e.id, e.user_id, e.progress, e.status, u.name, u.nip FROM enrolments e JOIN users u ON u.id = e.user_id WHERE e.course_id = ? ORDER BY u.name',
      [courseId],
    );
    return rows.map((row) => ({ userId: row.user_id, name: row.name, nip: row.nip, enrolmentId: row.id, progress: Number(row.progress), status: row.status }));
  }

  private async structureForAuthors(course: CourseEntity): Promise<CourseStructure> {
    if (course.publishedVersionId) return (await this.versions.one(course.publishedVersionId)).structure;
    return this.authoring.draftStructure(course.id);
  }
}
