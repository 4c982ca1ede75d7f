import { Injectable } from '@nestjs/common';
import { ModuleRef } from '@nestjs/core';
import { InjectDataSource } from '@nestjs/typeorm';
import { CoursePort, isUniqueViolation, MaterialPort, Principal, rowLock, SignedUrls } from '@tunas/api/core';
import { randomUUID } from 'node:crypto';
import { DataSource, EntityManager } from 'typeorm';
import { CommitScormRuntimeInput, ScormCommitResultDTO, ScormEntry, ScormLaunchDTO } from '../dto/scorm.dto';
import { ScormAttemptEntity } from '../entities/scorm-attempt.entity';
import { invalidRuntimeData, ScormException, ScormExceptionCode, scormAttemptNotFound } from '../scorm.exception';
import { ScormContent as ScormActivityContent, scormContentSchema as scormActivityContentSchema, scormRuleMet as ruleMet, ScormState as ScormActivityState } from '@tunas/shared/contracts';
import { CmiProblem, normaliseCmi, parseCmi, resumeData } from './scorm-cmi';

/** How long a launch token lets the frame load the package's files: a long sitting, not a day. */
export const SCORM_TOKEN_TTL_SECONDS = 6 * 3600;

/**
 * Launches and runtime commits of SCORM activities, for enrolled learners only. Course authors previewing a draft
 * get no launch (nothing would be stored for them); they try a package as a learner of a published course.
 */
@Injectable()
export class ScormRuntimeService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly courses: CoursePort,
    private readonly signedUrls: SignedUrls,
    private readonly moduleRef: ModuleRef,
  ) {}

  /** Continues the learner's latest attempt (or starts the first, or a new one when asked) and mints the frame's URL. */
  async launch(principal: Principal, courseId: string, activityId: string, newAttempt: boolean): Promise<ScormLaunchDTO> {
    const content = await this.enrolledContent(principal.userId, courseId, activityId);
    // The material is served to learners of a course that uses it, whatever library it comes from.
    const version = await this.moduleRef.get(MaterialPort, { strict: false }).versionById(content.materialVersionId);
    if (!version || version.kind !== 'scorm') throw new ScormException(ScormExceptionCode.PackageUnavailable, 'The SCORM package of this activity is no longer available');
    const attempt = await this.currentAttempt(principal.userId, courseId, activityId, content, newAttempt);
    const token = this.signedUrls.sign('scorm', principal.userId, content.materialVersionId, SCORM_TOKEN_TTL_SECONDS);
    const resume = attempt.cmi !== null;
    return Object.assign(new ScormLaunchDTO(), {
      attemptId: attempt.id,
      attemptNumber: attempt.attemptNumber,
      version: attempt.scormVersion,
      launchUrl: `/scorm/${token}/${encodeLaunch(content.launch)}`,
      runtimeData: resume ? JSON.stringify(resumeData(attempt.scormVersion, (attempt.cmi ?? {}) as Record<string, unknown>, attempt.totalTimeSeconds)) : null,
      entry: resume ? ScormEntry.RESUME : ScormEntry.AB_INITIO,
      commitSequence: attempt.commitSequence,
    });
  }

  /**
   * Stores one commit of the runtime data, durable before it answers, and records the activity's state in the same
   * transaction (progress, course completion and certificates follow). A commit whose sequence is not above the
   * stored one is ignored.
   */
  async commit(principal: Principal, input: CommitScormRuntimeInput): Promise<ScormCommitResultDTO> {
    return this.dataSource.transaction(async (manager) => {
      const attempt = await manager.findOne(ScormAttemptEntity, { where: { id: input.attemptId }, ...rowLock(this.dataSource) });
      if (!attempt || attempt.userId !== principal.userId) throw scormAttemptNotFound(input.attemptId);
      const content = await this.enrolledContent(attempt.userId, attempt.courseId, attempt.activityId, manager);
      if (input.sequence <= attempt.commitSequence) return this.result(false, attempt, content, false);
      let cmi: Record<string, unknown>;
      try {
        cmi = parseCmi(attempt.scormVersion, input.cmi);
      } catch (error) {
        if (error instanceof CmiProblem) throw invalidRuntimeData(error.message);
        throw error;
      }
      const normalised = normaliseCmi(attempt.scormVersion, cmi, content.masteryScore);
      const now = new Date();
      const changes = {
        cmi,
        completionStatus: normalised.completionStatus,
        successStatus: normalised.successStatus,
        scoreScaled: normalised.scoreScaled,
        scoreRaw: normalised.scoreRaw,
        location: normalised.location,
        // The session's time counts once, when the package ends the session.
        totalTimeSeconds: attempt.totalTimeSeconds + (input.terminate ? normalised.sessionSeconds : 0),
        commitSequence: input.sequence,
        terminatedAt: input.terminate ? now : null,
        updatedAt: now,
      };
      await manager.update(ScormAttemptEntity, { id: attempt.id }, changes);
      const updated = Object.assign(attempt, changes);
      const state = await this.activityState(manager, updated, content);
      const recorded = await this.courses.recordServerState(manager, attempt.userId, attempt.courseId, attempt.activityId, state, `scorm:${attempt.id}:${input.sequence}`);
      return Object.assign(this.result(true, updated, content, recorded.courseCompleted), { activityCompletion: recorded.completion });
    });
  }

  private async enrolledContent(userId: string, courseId: string, activityId: string, manager?: EntityManager): Promise<ScormActivityContent> {
    const activity = await this.courses.enrolledActivity(userId, courseId, activityId, manager);
    if (activity.activityType !== 'scorm') throw new ScormException(ScormExceptionCode.NotAScormActivity, `Activity ${activityId} is not a SCORM package`);
    const parsed = scormActivityContentSchema.safeParse(activity.content);
    if (!parsed.success) throw new ScormException(ScormExceptionCode.ActivityMisconfigured, `The SCORM activity ${activityId} is misconfigured`);
    return parsed.data;
  }

  private async currentAttempt(userId: string, courseId: string, activityId: string, content: ScormActivityContent, newAttempt: boolean): Promise<ScormAttemptEntity> {
    for (let round = 0; round < 2; round++) {
      try {
        return await this.dataSource.transaction(async (manager) => {
          const latest = await manager.findOne(ScormAttemptEntity, { where: { userId, activityId }, order: { attemptNumber: 'DESC' }, ...rowLock(this.dataSource) });
          // A new attempt only when asked (and the latest was used), or when the course now plays another package.
          const fresh = !latest || (newAttempt && latest.cmi !== null) || latest.materialVersionId !== content.materialVersionId;
          if (latest && !fresh) {
            await manager.update(ScormAttemptEntity, { id: latest.id }, { sessionCount: latest.sessionCount + 1, terminatedAt: null, updatedAt: new Date() });
            return Object.assign(latest, { sessionCount: latest.sessionCount + 1, terminatedAt: null });
          }
          const now = new Date();
          const attempt = manager.create(ScormAttemptEntity, {
            id: randomUUID(),
            userId,
            courseId,
            activityId,
            materialVersionId: content.materialVersionId,
            scormVersion: content.version,
            attemptNumber: (latest?.attemptNumber ?? 0) + 1,
            cmi: null,
            completionStatus: 'not attempted',
            successStatus: 'unknown',
            scoreScaled: null,
            scoreRaw: null,
            location: null,
            totalTimeSeconds: 0,
            sessionCount: 1,
            commitSequence: 0,
            terminatedAt: null,
            createdAt: now,
            updatedAt: now,
          });
          await manager.insert(ScormAttemptEntity, attempt);
          return attempt;
        });
      } catch (error) {
        // Two launches at once both numbered the same new attempt: the second continues the winner's.
        if (!isUniqueViolation(error) || round > 0) throw error;
        newAttempt = false;
      }
    }
    throw new Error('unreachable');
  }

  /**
   * The learner's activity state: the newest attempt that meets the completion rule (so a new attempt never undoes
   * a completion), else the newest attempt.
   */
  private async activityState(manager: EntityManager, committed: ScormAttemptEntity, content: ScormActivityContent): Promise<ScormActivityState> {
    const attempts = await manager.find(ScormAttemptEntity, {
      where: { userId: committed.userId, activityId: committed.activityId },
      select: { id: true, attemptNumber: true, completionStatus: true, successStatus: true, scoreScaled: true, location: true },
      order: { attemptNumber: 'DESC' },
    });
    const current = attempts.map((attempt) => (attempt.id === committed.id ? committed : attempt));
    const chosen = current.find((attempt) => ruleMet(content.completionRule, attempt)) ?? current[0] ?? committed;
    return {
      attempts: current.length,
      completionStatus: chosen.completionStatus,
      successStatus: chosen.successStatus,
      scoreScaled: chosen.scoreScaled,
      location: chosen.location,
    };
  }

  private result(accepted: boolean, attempt: ScormAttemptEntity, content: ScormActivityContent, courseCompleted: boolean): ScormCommitResultDTO {
    const met = ruleMet(content.completionRule, attempt);
    return Object.assign(new ScormCommitResultDTO(), {
      accepted,
      completionStatus: attempt.completionStatus,
      successStatus: attempt.successStatus,
      scoreScaled: attempt.scoreScaled,
      activityCompletion: met ? 1 : attempt.completionStatus === 'incomplete' ? 0.5 : 0,
      courseCompleted,
    });
  }
}

/** Encodes the launch file's path segments, keeping its query string (the item's parameters) as the package wrote it. */
function encodeLaunch(launch: string): string {
  const [path, query] = launch.split(/\?(.*)/s, 2);
  return path.split('/').map(encodeURIComponent).join('/') + (query !== undefined ? `?${query}` : '');
}
