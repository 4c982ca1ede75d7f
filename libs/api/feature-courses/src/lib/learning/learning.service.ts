import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { AuditLog, CourseCompletionListeners, insertRows, isUniqueViolation, Principal, rowLock } from '@tunas/api/core';
import { ActivityPayloadError, ActivityTypeRegistry } from '@tunas/api/plugin-sdk';
import { Role } from '@tunas/shared/contracts';
import { randomUUID } from 'node:crypto';
import { DataSource, EntityManager, In } from 'typeorm';
import { AuthoringService } from '../authoring/authoring.service';
import { countOf } from '../catalog/catalog.service';
import { CourseAccessService } from '../course-access.service';
import { toCourseDTO, toEnrolmentDTO } from '../course-mapper';
import { courseNotFound, CoursesException, CoursesExceptionCode } from '../courses.exception';
import { ActivityProgressResultDTO, CourseModuleDTO, CourseOutlineDTO, EnrolmentDTO } from '../dto/course.dto';
import { ActivityProgressEntity, CourseEntity, EnrolmentEntity, EnrolmentSource, TopicEntity } from '../entities/course.entities';
import { CourseStructure } from '../versions/course-structure';
import { PublishedVersions } from '../versions/published-versions';
import { appendLearningEvent, appendLearningEvents } from './learning-events';

/** People enrolled per transaction by a bulk enrolment: one multi-row INSERT each for enrolments and their events. */
const ENROL_CHUNK = 500;

/** Enrolment, the course player's outline, and progress: what a learner does in a course. */
@Injectable()
export class LearningService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly activityTypes: ActivityTypeRegistry,
    private readonly access: CourseAccessService,
    private readonly authoring: AuthoringService,
    private readonly completionListeners: CourseCompletionListeners,
    private readonly audit: AuditLog,
    private readonly versions: PublishedVersions,
  ) {}

  /** Idempotent: enrolling twice returns the existing enrolment (the database holds one per learner and course). */
  async enrolSelf(principal: Principal, courseId: string): Promise<EnrolmentDTO> {
    const enrolment = await this.enrol(courseId, principal.userId, 'SELF', principal.userId);
    return this.enrolmentDTO(enrolment);
  }

  async enrol(courseId: string, userId: string, source: EnrolmentSource, actorId: string): Promise<EnrolmentEntity> {
    const course = await this.publishedCourse(courseId);
    if (course.enrolmentClosesAt && course.enrolmentClosesAt.getTime() < Date.now() && source === 'SELF') {
      throw new CoursesException(CoursesExceptionCode.EnrolmentClosed, 'Enrolment for this course has closed');
    }
    const existing = await this.dataSource.getRepository(EnrolmentEntity).findOne({ where: { courseId, userId } });
    if (existing) return existing;
    try {
      return await this.dataSource.transaction(async (manager) => {
        const enrolment = manager.create(EnrolmentEntity, newEnrolment(course, userId, source, actorId, new Date()));
        await manager.insert(EnrolmentEntity, enrolment);
        await appendLearningEvent(manager, { actorId: userId, verb: 'registered', objectType: 'course', objectId: courseId, courseId, context: { source, enrolledBy: actorId } });
        return enrolment;
      });
    } catch (error) {
      if (isUniqueViolation(error)) return this.dataSource.getRepository(EnrolmentEntity).findOneByOrFail({ courseId, userId });
      throw error;
    }
  }

  /**
   * Enrols many people at once (admin and supervisor imports), set-based: per chunk of people, one transaction that
   * reads who is already enrolled and inserts the others with one multi-row INSERT of enrolments and one of their
   * learning events. Each chunk commits whole or not at all; people already enrolled are counted, never touched.
   */
  async enrolMany(courseId: string, userIds: readonly string[], source: EnrolmentSource, actorId: string): Promise<{ enrolled: number; alreadyEnrolled: number }> {
    const course = await this.publishedCourse(courseId);
    let enrolled = 0;
    for (let start = 0; start < userIds.length; start += ENROL_CHUNK) {
      const chunk = userIds.slice(start, start + ENROL_CHUNK);
      try {
        enrolled += await this.enrolChunk(course, chunk, source, actorId);
      } catch (error) {
        // Someone of the chunk enrolled (themself) between our read and our insert: the chunk rolled back, read again.
        if (!isUniqueViolation(error)) throw error;
        enrolled += await this.enrolChunk(course, chunk, source, actorId);
      }
    }
    return { enrolled, alreadyEnrolled: userIds.length - enrolled };
  }

  private enrolChunk(course: CourseEntity, userIds: readonly string[], source: EnrolmentSource, actorId: string): Promise<number> {
    return this.dataSource.transaction(async (manager) => {
      const existing = await manager.find(EnrolmentEntity, { where: { courseId: course.id, userId: In([...userIds]) }, select: { userId: true } });
      const enrolledAlready = new Set(existing.map((row) => row.userId));
      const fresh = userIds.filter((userId) => !enrolledAlready.has(userId));
      if (!fresh.length) return 0;
      const now = new Date();
      await insertRows(
        manager,
        EnrolmentEntity,
        fresh.map((userId) => newEnrolment(course, userId, source, actorId, now)),
      );
      await appendLearningEvents(
        manager,
        fresh.map((userId) => ({ actorId: userId, verb: 'registered', objectType: 'course', objectId: course.id, courseId: course.id, context: { source, enrolledBy: actorId }, occurredAt: now })),
      );
      return fresh.length;
    });
  }

  async unenrol(principal: Principal, enrolmentId: string): Promise<boolean> {
    return this.dataSource.transaction(async (manager) => {
      const enrolment = await manager.findOne(EnrolmentEntity, { where: { id: enrolmentId } });
      if (!enrolment) throw notEnrolled();
      const own = enrolment.userId === principal.userId;
      if (!own && !principal.roles.includes(Role.ADMIN)) throw notEnrolled();
      if (enrolment.status === 'COMPLETED') {
        throw new CoursesException(CoursesExceptionCode.NotEnrolled, 'A completed course stays on the learning record and cannot be unenrolled');
      }
      await appendLearningEvent(manager, { actorId: enrolment.userId, verb: 'unregistered', objectType: 'course', objectId: enrolment.courseId, courseId: enrolment.courseId, context: { by: principal.userId } });
      await manager.delete(EnrolmentEntity, { id: enrolment.id });
      // Leaving a course oneself is the learner's choice; removing someone else is the admin's sensitive action.
      if (!own) {
        await this.audit.record(manager, { actorId: principal.userId, action: 'enrolment.removed', objectType: 'Enrolment', objectId: enrolment.id, summary: `Unenrolled a learner from a course`, details: { learnerId: enrolment.userId, courseId: enrolment.courseId } });
      }
      return true;
    });
  }

  async myEnrolments(principal: Principal): Promise<EnrolmentDTO[]> {
    const enrolments = await this.dataSource.getRepository(EnrolmentEntity).find({ where: { userId: principal.userId }, order: { lastAccessedAt: 'DESC', enrolledAt: 'DESC' } });
    const versions = await this.versions.many(enrolments.map((enrolment) => enrolment.courseVersionId));
    return enrolments.map((enrolment) => toEnrolmentDTO(enrolment, versions.get(enrolment.courseVersionId)?.number ?? 1));
  }

  /** The course as the enrolled learner studies it, with progress and where to resume. */
  async outline(principal: Principal, courseId: string): Promise<CourseOutlineDTO> {
    const enrolment = await this.dataSource.getRepository(EnrolmentEntity).findOne({ where: { courseId, userId: principal.userId } });
    if (!enrolment) throw notEnrolled();
    const version = await this.versions.one(enrolment.courseVersionId);
    const progress = await this.dataSource.getRepository(ActivityProgressEntity).find({ where: { enrolmentId: enrolment.id } });
    const course = await this.dataSource.getRepository(CourseEntity).findOneOrFail({ where: { id: courseId }, relations: { topic: true } });
    return this.buildOutline(course, course.topic!, version.structure, new Map(progress.map((row) => [row.activityId, row])), toEnrolmentDTO(enrolment, version.number), version.number);
  }

  /** The draft as a learner would see it, for its authors; nothing is recorded. */
  async preview(principal: Principal, courseId: string): Promise<CourseOutlineDTO> {
    const course = await this.access.loadForAuthoring(principal, courseId);
    const topic = await this.dataSource.getRepository(TopicEntity).findOneByOrFail({ id: course.topicId });
    return this.buildOutline(course, topic, await this.authoring.draftStructure(course.id), new Map(), null, null);
  }

  /**
   * Stores a learner's state for one activity. Durable before it answers; a retry with the same idempotency key
   * changes nothing; an older state arriving late cannot undo progress (the plugin merges). Completing the last
   * required activity completes the course, exactly once.
   */
  async recordProgress(principal: Principal, courseId: string, activityId: string, rawState: unknown, idempotencyKey: string): Promise<ActivityProgressResultDTO> {
    const key = `progress:${principal.userId}:${idempotencyKey}`;
    for (let attempt = 0; attempt < 2; attempt++) {
      try {
        return await this.dataSource.transaction((manager) => this.applyProgress(manager, principal.userId, courseId, activityId, rawState, key, 'learner'));
      } catch (error) {
        // A first violation may be a concurrent first write of the same activity: try once more.
        if (!isUniqueViolation(error)) throw error;
      }
    }
    // The same write (same idempotency key) was already applied: answer with what is stored.
    return this.dataSource.transaction((manager) => this.applyProgress(manager, principal.userId, courseId, activityId, null, null, 'learner'));
  }

  /**
   * Stores state that only the server computes (a quiz's grade), inside the caller's transaction, so the grade
   * and the progress it causes commit together. Completing the course this way completes it exactly once too.
   */
  async recordServerState(manager: EntityManager, userId: string, courseId: string, activityId: string, state: object, idempotencyKey: string): Promise<{ completion: number; courseCompleted: boolean }> {
    const result = await this.applyProgress(manager, userId, courseId, activityId, state, idempotencyKey, 'server');
    return { completion: result.completion, courseCompleted: result.courseCompleted };
  }

  private async applyProgress(manager: EntityManager, userId: string, courseId: string, activityId: string, rawState: unknown, key: string | null, origin: 'learner' | 'server'): Promise<ActivityProgressResultDTO> {
    // One writer per enrolment at a time, so two devices completing the last activities cannot both miss it.
    const enrolment = await manager.findOne(EnrolmentEntity, { where: { courseId, userId }, ...rowLock(this.dataSource) });
    if (!enrolment) throw notEnrolled();
    const version = await this.versions.one(enrolment.courseVersionId, manager);
    const located = locate(version.structure, activityId);
    if (!located) throw new CoursesException(CoursesExceptionCode.ActivityNotInCourse, `Activity ${activityId} is not part of the version of the course you study`);
    const rows = await manager.find(ActivityProgressEntity, { where: { enrolmentId: enrolment.id } });
    const byActivity = new Map(rows.map((row) => [row.activityId, row]));
    if (isLocked(version.structure, located.moduleIndex, byActivity)) {
      throw new CoursesException(CoursesExceptionCode.ModuleLocked, 'Finish the previous module first');
    }
    const now = new Date();
    const stored = byActivity.get(activityId) ?? null;
    let row = stored;
    let courseCompleted = false;
    if (origin === 'learner' && rawState !== null && this.activityTypes.get(located.activity.type).definition.serverOwnedState) {
      throw new CoursesException(CoursesExceptionCode.InvalidActivityState, `The progress of a ${located.activity.type} activity is recorded by the server, not sent by a device`);
    }
    if (rawState !== null && key !== null) {
      let applied: { state: object; completion: number };
      try {
        applied = this.activityTypes.applyState(located.activity.type, located.activity.content, stored?.state ?? null, rawState) as { state: object; completion: number };
      } catch (error) {
        if (error instanceof ActivityPayloadError) {
          throw new CoursesException(CoursesExceptionCode.InvalidActivityState, `The ${located.activity.type} progress is not valid: ${error.message}`);
        }
        throw error;
      }
      await appendLearningEvent(manager, {
        actorId: userId,
        verb: 'progressed',
        objectType: 'activity',
        objectId: activityId,
        courseId,
        result: { completion: applied.completion },
        idempotencyKey: key,
        occurredAt: now,
      });
      const completedAt = stored?.completedAt ?? (applied.completion >= 1 ? now : null);
      if (stored) {
        await manager.update(ActivityProgressEntity, { id: stored.id }, { state: applied.state, completion: applied.completion, completedAt, updatedAt: now });
        row = { ...stored, state: applied.state, completion: applied.completion, completedAt, updatedAt: now };
      } else {
        row = manager.create(ActivityProgressEntity, { id: randomUUID(), enrolmentId: enrolment.id, activityId, state: applied.state, completion: applied.completion, completedAt, updatedAt: now });
        await manager.insert(ActivityProgressEntity, row);
      }
      byActivity.set(activityId, row);
      const courseCompletion = completionOf(version.structure, byActivity);
      const finished = courseCompletion >= 1 && enrolment.status !== 'COMPLETED';
      await manager.update(EnrolmentEntity, { id: enrolment.id }, {
        progress: courseCompletion,
        lastActivityId: activityId,
        lastAccessedAt: now,
        ...(finished ? { status: 'COMPLETED' as const, completedAt: now } : {}),
      });
      if (finished) {
        courseCompleted = true;
        await appendLearningEvent(manager, { actorId: userId, verb: 'completed', objectType: 'course', objectId: courseId, courseId, result: { completion: true }, context: { versionNumber: version.number }, idempotencyKey: `completed:${enrolment.id}`, occurredAt: now });
        await this.completionListeners.notify(manager, { enrolmentId: enrolment.id, userId, courseId, completedAt: now });
      }
    }
    const fresh = await manager.findOneByOrFail(EnrolmentEntity, { id: enrolment.id });
    return Object.assign(new ActivityProgressResultDTO(), {
      activityId,
      state: row?.state ?? this.activityTypes.initialState(located.activity.type, located.activity.content),
      completion: row?.completion ?? 0,
      courseCompletion: fresh.progress,
      courseCompleted,
      enrolment: toEnrolmentDTO(fresh, version.number),
    });
  }

  private async publishedCourse(courseId: string): Promise<CourseEntity> {
    const course = await this.dataSource.getRepository(CourseEntity).findOne({ where: { id: courseId } });
    if (!course) throw courseNotFound(courseId);
    if (course.status !== 'PUBLISHED' || !course.publishedVersionId) throw new CoursesException(CoursesExceptionCode.NotPublished, 'This course is not published');
    return course;
  }

  private async enrolmentDTO(enrolment: EnrolmentEntity): Promise<EnrolmentDTO> {
    return toEnrolmentDTO(enrolment, (await this.versions.one(enrolment.courseVersionId)).number);
  }

  private buildOutline(course: CourseEntity, topic: TopicEntity, structure: CourseStructure, progress: Map<string, ActivityProgressEntity>, enrolment: EnrolmentDTO | null, versionNumber: number | null): CourseOutlineDTO {
    const modules: CourseModuleDTO[] = structure.modules.map((module, index) =>
      Object.assign(new CourseModuleDTO(), {
        id: module.id,
        title: module.title,
        summary: module.summary,
        requiresPrevious: module.requiresPrevious,
        locked: enrolment ? isLocked(structure, index, progress) : false,
        completion: moduleCompletion(module, progress),
        activities: module.activities.map((activity) => ({
          id: activity.id,
          type: activity.type,
          schemaVersion: activity.schemaVersion,
          title: activity.title,
          required: activity.required,
          content: this.activityTypes.learnerContent(activity.type, activity.content),
          state: progress.get(activity.id)?.state ?? null,
          completion: progress.get(activity.id)?.completion ?? 0,
        })),
      }),
    );
    const firstUnfinished = structure.modules.flatMap((module) => module.activities).find((activity) => (progress.get(activity.id)?.completion ?? 0) < 1);
    const resumeActivityId = (enrolment?.lastActivityId && (progress.get(enrolment.lastActivityId)?.completion ?? 0) < 1 ? enrolment.lastActivityId : null) ?? firstUnfinished?.id ?? enrolment?.lastActivityId ?? null;
    return Object.assign(new CourseOutlineDTO(), {
      course: toCourseDTO(course, topic, countOf(structure)),
      enrolment,
      versionNumber,
      preview: enrolment === null,
      modules,
      completion: completionOf(structure, progress),
      resumeActivityId,
    });
  }
}

function notEnrolled(): CoursesException {
  return new CoursesException(CoursesExceptionCode.NotEnrolled, 'You are not enrolled in this course');
}

export function locate(structure: CourseStructure, activityId: string) {
  for (const [moduleIndex, module] of structure.modules.entries()) {
    const activity = module.activities.find((candidate) => candidate.id === activityId);
    if (activity) return { moduleIndex, activity };
  }
  return null;
}

function moduleCompletion(module: CourseStructure['modules'][number], progress: Map<string, { completion: number }>): number {
  const required = module.activities.filter((activity) => activity.required);
  if (required.length === 0) return 1;
  return required.reduce((sum, activity) => sum + ((progress.get(activity.id)?.completion ?? 0) >= 1 ? 1 : 0), 0) / required.length;
}

export function isLocked(structure: CourseStructure, moduleIndex: number, progress: Map<string, { completion: number }>): boolean {
  const module = structure.modules[moduleIndex];
  return moduleIndex > 0 && module.requiresPrevious && moduleCompletion(structure.modules[moduleIndex - 1], progress) < 1;
}

/** Share of the course's required activities that are complete. */
export function completionOf(structure: CourseStructure, progress: Map<string, { completion: number }>): number {
  const required = structure.modules.flatMap((module) => module.activities.filter((activity) => activity.required));
  if (required.length === 0) return 0;
  return required.filter((activity) => (progress.get(activity.id)?.completion ?? 0) >= 1).length / required.length;
}

/** A new, active enrolment in the course's published version. */
function newEnrolment(course: CourseEntity, userId: string, source: EnrolmentSource, actorId: string, now: Date): EnrolmentEntity {
  return {
    id: randomUUID(),
    courseId: course.id,
    userId,
    courseVersionId: course.publishedVersionId!,
    source,
    status: 'ACTIVE',
    progress: 0,
    lastActivityId: null,
    lastAccessedAt: null,
    enrolledAt: now,
    completedAt: null,
    enrolledById: actorId,
    version: 1,
  };
}
