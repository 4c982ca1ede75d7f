import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { ActivityContentGuards, AuditLog, notFound, Principal, staleVersion } from '@tunas/api/core';
import { ActivityPayloadError, ActivityTypeRegistry } from '@tunas/api/plugin-sdk';
import { Role } from '@tunas/shared/contracts';
import { randomUUID } from 'node:crypto';
import { DataSource, EntityManager, In } from 'typeorm';
import { CourseAccessService } from '../course-access.service';
import { CoursesException, CoursesExceptionCode } from '../courses.exception';
import { AddActivityInput, AddModuleInput, CreateCourseInput, UpdateActivityInput, UpdateCourseInput, UpdateModuleInput } from '../dto/course.dto';
import { CourseActivityEntity, CourseEntity, CourseModuleEntity, CourseTrainerEntity, CourseVersionEntity, EnrolmentEntity, TopicEntity } from '../entities/course.entities';
import { CourseStructure, isSafeUpgrade } from '../versions/course-structure';

/** Drafting and publishing courses. Every write checks that the caller may author the course. */
@Injectable()
export class AuthoringService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly access: CourseAccessService,
    private readonly activityTypes: ActivityTypeRegistry,
    private readonly audit: AuditLog,
    private readonly contentGuards: ActivityContentGuards,
  ) {}

  async create(principal: Principal, input: CreateCourseInput): Promise<CourseEntity> {
    return this.dataSource.transaction(async (manager) => {
      await this.assertTopic(manager, input.topicId);
      const person = await this.access.person(principal.userId, manager);
      const now = new Date();
      const course = manager.create(CourseEntity, {
        id: randomUUID(),
        title: input.title.trim(),
        summary: input.summary.trim(),
        coverImageUrl: input.coverImageUrl ?? null,
        topicId: input.topicId,
        competencyType: input.competencyType,
        jpHours: input.jpHours,
        level: input.level,
        language: input.language,
        // Partner staff author for their own institution.
        ownerInstitutionId: principal.roles.includes(Role.PARTNER) ? person.institutionId : null,
        createdById: principal.userId,
        status: 'DRAFT',
        publishedVersionId: null,
        publishedAt: null,
        enrolmentClosesAt: input.enrolmentClosesAt ?? null,
        createdAt: now,
        updatedAt: now,
        version: 1,
      });
      await manager.insert(CourseEntity, course);
      await manager.insert(CourseTrainerEntity, { courseId: course.id, userId: principal.userId });
      return course;
    });
  }

  async update(principal: Principal, input: UpdateCourseInput): Promise<CourseEntity> {
    return this.dataSource.transaction(async (manager) => {
      const course = await this.access.loadForAuthoring(principal, input.id, manager);
      if (course.version !== input.version) throw staleVersion('This course');
      if (input.topicId) await this.assertTopic(manager, input.topicId);
      const changes: Partial<CourseEntity> = {
        title: input.title?.trim() ?? course.title,
        summary: input.summary?.trim() ?? course.summary,
        topicId: input.topicId ?? course.topicId,
        competencyType: input.competencyType ?? course.competencyType,
        jpHours: input.jpHours ?? course.jpHours,
        level: input.level ?? course.level,
        coverImageUrl: input.coverImageUrl !== undefined ? input.coverImageUrl : course.coverImageUrl,
        enrolmentClosesAt: input.enrolmentClosesAt !== undefined ? input.enrolmentClosesAt : course.enrolmentClosesAt,
      };
      await this.bumpVersion(manager, course, changes, input.version);
      return manager.findOneByOrFail(CourseEntity, { id: course.id });
    });
  }

  async addModule(principal: Principal, input: AddModuleInput): Promise<string> {
    return this.dataSource.transaction(async (manager) => {
      const course = await this.access.loadForAuthoring(principal, input.courseId, manager);
      const position = await manager.count(CourseModuleEntity, { where: { courseId: course.id } });
      const now = new Date();
      await manager.insert(CourseModuleEntity, { id: randomUUID(), courseId: course.id, position, title: input.title.trim(), summary: input.summary.trim(), requiresPrevious: input.requiresPrevious, createdAt: now, updatedAt: now });
      await this.bumpVersion(manager, course, {}, input.courseVersion ?? course.version);
      return course.id;
    });
  }

  async updateModule(principal: Principal, input: UpdateModuleInput): Promise<string> {
    return this.dataSource.transaction(async (manager) => {
      const module = await manager.findOne(CourseModuleEntity, { where: { id: input.id } });
      if (!module) throw notFound('Module', input.id);
      const course = await this.access.loadForAuthoring(principal, module.courseId, manager);
      await manager.update(CourseModuleEntity, { id: module.id }, {
        title: input.title?.trim() ?? module.title,
        summary: input.summary?.trim() ?? module.summary,
        requiresPrevious: input.requiresPrevious ?? module.requiresPrevious,
        updatedAt: new Date(),
      });
      if (input.position !== undefined && input.position !== null) {
        const siblings = await manager.find(CourseModuleEntity, { where: { courseId: course.id }, order: { position: 'ASC' } });
        await reorder(manager, CourseModuleEntity, siblings, module.id, input.position);
      }
      await this.bumpVersion(manager, course, {}, input.courseVersion ?? course.version);
      return course.id;
    });
  }

  async removeModule(principal: Principal, moduleId: string): Promise<string> {
    return this.dataSource.transaction(async (manager) => {
      const module = await manager.findOne(CourseModuleEntity, { where: { id: moduleId } });
      if (!module) throw notFound('Module', moduleId);
      const course = await this.access.loadForAuthoring(principal, module.courseId, manager);
      await manager.delete(CourseModuleEntity, { id: module.id });
      const siblings = await manager.find(CourseModuleEntity, { where: { courseId: course.id }, order: { position: 'ASC' } });
      await reorder(manager, CourseModuleEntity, siblings, null, 0);
      await this.bumpVersion(manager, course, {});
      await this.audit.record(manager, { actorId: principal.userId, action: 'course_module.removed', objectType: 'CourseModule', objectId: module.id, summary: `Removed the module "${module.title}" from the draft of "${course.title}"`, details: { courseId: course.id } });
      return course.id;
    });
  }

  async addActivity(principal: Principal, input: AddActivityInput): Promise<string> {
    const content = this.prepareContent(input.type, input.content);
    return this.dataSource.transaction(async (manager) => {
      const module = await manager.findOne(CourseModuleEntity, { where: { id: input.moduleId } });
      if (!module) throw notFound('Module', input.moduleId);
      const course = await this.access.loadForAuthoring(principal, module.courseId, manager);
      await this.contentGuards.check(principal, course.id, input.type, content, manager);
      const position = await manager.count(CourseActivityEntity, { where: { moduleId: module.id } });
      const now = new Date();
      await manager.insert(CourseActivityEntity, {
        id: randomUUID(),
        moduleId: module.id,
        courseId: course.id,
        position,
        type: input.type,
        schemaVersion: this.activityTypes.get(input.type).definition.schemaVersion,
        title: input.title.trim(),
        content,
        required: input.required,
        createdAt: now,
        updatedAt: now,
      });
      await this.bumpVersion(manager, course, {}, input.courseVersion ?? course.version);
      return course.id;
    });
  }

  async updateActivity(principal: Principal, input: UpdateActivityInput): Promise<string> {
    return this.dataSource.transaction(async (manager) => {
      const activity = await manager.findOne(CourseActivityEntity, { where: { id: input.id } });
      if (!activity) throw notFound('Activity', input.id);
      const course = await this.access.loadForAuthoring(principal, activity.courseId, manager);
      const content = input.content !== undefined && input.content !== null ? this.prepareContent(activity.type, input.content) : activity.content;
      if (input.content !== undefined && input.content !== null) await this.contentGuards.check(principal, course.id, activity.type, content, manager);
      await manager.update(CourseActivityEntity, { id: activity.id }, {
        title: input.title?.trim() ?? activity.title,
        required: input.required ?? activity.required,
        content,
        schemaVersion: this.activityTypes.get(activity.type).definition.schemaVersion,
        updatedAt: new Date(),
      });
      if (input.position !== undefined && input.position !== null) {
        const siblings = await manager.find(CourseActivityEntity, { where: { moduleId: activity.moduleId }, order: { position: 'ASC' } });
        await reorder(manager, CourseActivityEntity, siblings, activity.id, input.position);
      }
      await this.bumpVersion(manager, course, {}, input.courseVersion ?? course.version);
      return course.id;
    });
  }

  async removeActivity(principal: Principal, activityId: string): Promise<string> {
    return this.dataSource.transaction(async (manager) => {
      const activity = await manager.findOne(CourseActivityEntity, { where: { id: activityId } });
      if (!activity) throw notFound('Activity', activityId);
      const course = await this.access.loadForAuthoring(principal, activity.courseId, manager);
      // Only the draft loses it: published versions and the progress recorded against them are untouched.
      await manager.delete(CourseActivityEntity, { id: activity.id });
      const siblings = await manager.find(CourseActivityEntity, { where: { moduleId: activity.moduleId }, order: { position: 'ASC' } });
      await reorder(manager, CourseActivityEntity, siblings, null, 0);
      await this.bumpVersion(manager, course, {});
      await this.audit.record(manager, { actorId: principal.userId, action: 'activity.removed', objectType: 'Activity', objectId: activity.id, summary: `Removed the ${activity.type} activity "${activity.title}" from the draft of "${course.title}"`, details: { courseId: course.id, moduleId: activity.moduleId } });
      return course.id;
    });
  }

  async addTrainer(principal: Principal, courseId: string, userId: string): Promise<string> {
    return this.dataSource.transaction(async (manager) => {
      const course = await this.access.loadForAuthoring(principal, courseId, manager);
      const roles: Array<{ role: string }> = await manager.query('SELECT role FROM user_roles WHERE user_id = ?', [userId]);
      if (!roles.some(({ role }) => role === Role.TRAINER || role === Role.PARTNER)) {
        throw new CoursesException(CoursesExceptionCode.NotCourseAuthor, 'Only trainers and partner staff can co-author a course');
      }
      if (!(await manager.exists(CourseTrainerEntity, { where: { courseId, userId } }))) await manager.insert(CourseTrainerEntity, { courseId, userId });
      await this.bumpVersion(manager, course, {});
      return course.id;
    });
  }

  /** The draft as a structure (what a publish would freeze). */
  async draftStructure(courseId: string, manager: EntityManager = this.dataSource.manager): Promise<CourseStructure> {
    const modules = await manager.find(CourseModuleEntity, { where: { courseId }, order: { position: 'ASC' } });
    const activities = modules.length ? await manager.find(CourseActivityEntity, { where: { moduleId: In(modules.map((module) => module.id)) }, order: { position: 'ASC' } }) : [];
    return {
      modules: modules.map((module) => ({
        id: module.id,
        title: module.title,
        summary: module.summary,
        requiresPrevious: module.requiresPrevious,
        activities: activities
          .filter((activity) => activity.moduleId === module.id)
          .map((activity) => ({ id: activity.id, type: activity.type, schemaVersion: activity.schemaVersion, title: activity.title, required: activity.required, content: activity.content })),
      })),
    };
  }

  /**
   * Freezes the draft as a new immutable version. Learners on an older version move to it only when it asks
   * the same of them (see isSafeUpgrade); their recorded progress is kept either way.
   */
  async publish(principal: Principal, courseId: string): Promise<CourseEntity> {
    return this.dataSource.transaction(async (manager) => {
      const course = await this.access.loadForAuthoring(principal, courseId, manager);
      const structure = await this.draftStructure(course.id, manager);
      if (!structure.modules.some((module) => module.activities.length > 0)) {
        throw new CoursesException(CoursesExceptionCode.EmptyCourse, 'Add at least one module with an activity before publishing');
      }
      const previous = await manager.find(CourseVersionEntity, { where: { courseId: course.id }, order: { number: 'DESC' }, take: 1 });
      const now = new Date();
      const version = manager.create(CourseVersionEntity, { id: randomUUID(), courseId: course.id, number: (previous[0]?.number ?? 0) + 1, structure, publishedAt: now, publishedById: principal.userId });
      await manager.insert(CourseVersionEntity, version);
      await this.bumpVersion(manager, course, { status: 'PUBLISHED', publishedVersionId: version.id, publishedAt: now });
      if (previous[0]) {
        const olderVersions = await manager.find(CourseVersionEntity, { where: { courseId: course.id }, select: { id: true, structure: true } });
        const safe = olderVersions.filter((older) => older.id !== version.id && isSafeUpgrade(older.structure, structure)).map((older) => older.id);
        if (safe.length) await manager.update(EnrolmentEntity, { courseId: course.id, status: 'ACTIVE', courseVersionId: In(safe) }, { courseVersionId: version.id });
      }
      return manager.findOneByOrFail(CourseEntity, { id: course.id });
    });
  }

  private prepareContent(type: string, raw: unknown): object {
    if (!this.activityTypes.has(type)) {
      throw new CoursesException(CoursesExceptionCode.UnknownActivityType, `"${type}" is not an installed activity type (installed: ${this.activityTypes.ids().join(', ')})`, [
        { field: 'type', rule: 'UNKNOWN_ACTIVITY_TYPE', message: `Unknown activity type ${type}` },
      ]);
    }
    try {
      return this.activityTypes.prepareContent(type, raw) as object;
    } catch (error) {
      if (error instanceof ActivityPayloadError) {
        throw new CoursesException(
          CoursesExceptionCode.InvalidActivityContent,
          `The ${type} content is not valid: ${error.message}`,
          error.issues.map((issue) => ({ field: `content${issue.path ? `.${issue.path}` : ''}`, rule: 'ACTIVITY_CONTENT', message: issue.message })),
        );
      }
      throw error;
    }
  }

  private async assertTopic(manager: EntityManager, topicId: string): Promise<void> {
    if (!(await manager.exists(TopicEntity, { where: { id: topicId } }))) {
      throw new CoursesException(CoursesExceptionCode.UnknownTopic, `Topic ${topicId} does not exist`, [{ field: 'topicId', rule: 'UNKNOWN_TOPIC', message: 'Unknown topic' }]);
    }
  }

  /** Every change to a course or its draft bumps the course version, so concurrent editors see the conflict. */
  private async bumpVersion(manager: EntityManager, course: CourseEntity, changes: Partial<CourseEntity>, expected = course.version): Promise<void> {
    const result = await manager.update(CourseEntity, { id: course.id, version: expected }, { ...changes, updatedAt: new Date(), version: expected + 1 });
    if (result.affected !== 1) throw staleVersion('This course');
  }
}

async function reorder<T extends { id: string; position: number }>(manager: EntityManager, entity: new () => T, siblings: T[], movedId: string | null, target: number): Promise<void> {
  const ordered = siblings.filter((item) => item.id !== movedId);
  const moved = siblings.find((item) => item.id === movedId);
  if (moved) ordered.splice(Math.min(target, ordered.length), 0, moved);
  for (const [position, item] of ordered.entries()) {
    if (item.position !== position) await manager.getRepository(entity).update(item.id, { position } as never);
  }
}
