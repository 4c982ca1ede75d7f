import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { AuditLog, InAppNotifications, Principal } from '@tunas/api/core';
import { Role } from '@tunas/shared/contracts';
import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import { ExternalLearningDTO } from '../dto/learning-record.dto';
import { ReviewExternalLearningInput, SubmitExternalLearningInput } from '../dto/learning-record.inputs';
import { ExternalLearningClaimEntity, LearningRecordEntity } from '../entities/learning-record.entities';
import { cleanFileName, decodeEvidence } from '../evidence/evidence-file';
import { EvidenceStore } from '../evidence/evidence-store.service';
import { LearningRecordAccessService } from '../learning-record-access.service';
import { claimNotFound, invalidClaim, LearningRecordException, LearningRecordExceptionCode } from '../learning-record.exception';
import { toClaimDTO } from '../learning-record-mapper';
import { CompetencyType, ExternalLearningDecision, ExternalLearningStatus, LearningRecordSource } from '../learning-record.types';
import { namesOf } from '../people.query';

/** The most claims a review queue shows at once, oldest first. */
const QUEUE_LIMIT = 500;

/**
 * Learning done elsewhere (a seminar, a bimtek): the learner claims it with evidence, a supervisor of theirs (or
 * an admin) approves or rejects it with a comment. Approval writes the learning record in the same transaction,
 * so only approved claims count toward JP.
 */
@Injectable()
export class ExternalLearningService {
  private readonly logger = new Logger(ExternalLearningService.name);

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly access: LearningRecordAccessService,
    private readonly evidence: EvidenceStore,
    private readonly audit: AuditLog,
    private readonly inApp: InAppNotifications,
  ) {}

  async submit(principal: Principal, input: SubmitExternalLearningInput): Promise<ExternalLearningDTO> {
    const startedOn = parseDay(input.startedOn, 'startedOn');
    const endedOn = parseDay(input.endedOn, 'endedOn');
    if (endedOn < startedOn) throw invalidClaim('endedOn', 'The learning cannot end before it started');
    // A day of slack for time zones east of UTC (WIT is UTC+9).
    if (endedOn.getTime() > Date.now() + 24 * 3600 * 1000) throw invalidClaim('endedOn', 'Learning can only be claimed once it has ended');
    if (startedOn.getUTCFullYear() < 2000) throw invalidClaim('startedOn', 'The learning must have started in 2000 or later');
    const { bytes, mediaType } = decodeEvidence(input.evidence.contentBase64);
    const claim: ExternalLearningClaimEntity = {
      id: randomUUID(),
      userId: principal.userId,
      title: input.title.trim(),
      provider: input.provider.trim(),
      startedOn,
      endedOn,
      jpHours: input.jpHours,
      competencyType: input.competencyType as CompetencyType,
      route: input.route,
      evidenceFileName: cleanFileName(input.evidence.fileName),
      evidenceMediaType: mediaType,
      evidenceSize: bytes.length,
      evidenceSha256: EvidenceStore.checksum(bytes),
      status: ExternalLearningStatus.PENDING,
      submittedAt: new Date(),
      reviewedById: null,
      reviewedAt: null,
      reviewComment: null,
    };
    await this.evidence.write(claim.id, bytes);
    try {
      await this.dataSource.getRepository(ExternalLearningClaimEntity).insert(claim);
    } catch (error) {
      await this.evidence.remove(claim.id).catch((cleanup: unknown) => this.logger.warn(`Evidence ${claim.id} left behind: ${String(cleanup)}`));
      throw error;
    }
    return toClaimDTO(claim, await namesOf(this.dataSource.manager, [claim.userId]));
  }

  async review(principal: Principal, input: ReviewExternalLearningInput): Promise<ExternalLearningDTO> {
    const comment = input.comment?.trim() || null;
    if (input.decision === ExternalLearningDecision.REJECT && !comment) throw invalidClaim('comment', 'Say why the claim is rejected');
    const reviewed = await this.dataSource.transaction(async (manager) => {
      const claim = await manager.findOneBy(ExternalLearningClaimEntity, { id: input.claimId });
      if (!claim || !(await this.access.mayReview(principal, claim.userId))) throw claimNotFound();
      const status = input.decision === ExternalLearningDecision.APPROVE ? ExternalLearningStatus.APPROVED : ExternalLearningStatus.REJECTED;
      const reviewedAt = new Date();
      // The status in the WHERE makes two reviewers racing each other decide once.
      const update = await manager.update(ExternalLearningClaimEntity, { id: claim.id, status: ExternalLearningStatus.PENDING }, { status, reviewedById: principal.userId, reviewedAt, reviewComment: comment });
      if (update.affected === 0) throw new LearningRecordException(LearningRecordExceptionCode.ClaimAlreadyReviewed, 'This claim has already been reviewed');
      if (status === ExternalLearningStatus.APPROVED) {
        await manager.insert(LearningRecordEntity, {
          id: randomUUID(),
          userId: claim.userId,
          source: LearningRecordSource.EXTERNAL,
          enrolmentId: null,
          courseId: null,
          certificateId: null,
          claimId: claim.id,
          title: claim.title,
          jpHours: claim.jpHours,
          competencyType: claim.competencyType,
          route: claim.route,
          provider: claim.provider,
          startedAt: claim.startedOn,
          endedAt: claim.endedOn,
          year: claim.endedOn.getUTCFullYear(),
          score: null,
          recordedAt: reviewedAt,
        });
      }
      await this.audit.record(manager, {
        actorId: principal.userId,
        action: 'external_learning.reviewed',
        objectType: 'ExternalLearningClaim',
        objectId: claim.id,
        summary: `${status === ExternalLearningStatus.APPROVED ? 'Approved' : 'Rejected'} the external learning claim "${claim.title}" (${claim.jpHours} JP)`,
        details: { learnerId: claim.userId, decision: input.decision, comment },
      });
      // The learner hears of the decision in their inbox, written with it (notification texts are Indonesian).
      const approved = status === ExternalLearningStatus.APPROVED;
      await this.inApp.notify(manager, {
        userId: claim.userId,
        kind: 'CLAIM_REVIEWED',
        title: `Klaim JP ${approved ? 'disetujui' : 'ditolak'}: ${claim.title}`.slice(0, 200),
        body: [
          approved ? `${claim.jpHours} JP dari "${claim.title}" kini dihitung dalam catatan belajar ${claim.endedOn.getUTCFullYear()}.` : `"${claim.title}" (${claim.jpHours} JP) tidak dihitung.`,
          comment ? `Catatan pimpinan: ${comment}` : null,
        ]
          .filter((line): line is string => line !== null)
          .join(' ')
          .slice(0, 2000),
        link: '/catatan-belajar',
      });
      return Object.assign(claim, { status, reviewedById: principal.userId, reviewedAt, reviewComment: comment });
    });
    return toClaimDTO(reviewed, await namesOf(this.dataSource.manager, [reviewed.userId, reviewed.reviewedById]));
  }

  /** Pending claims of the caller's people (direct reports and unit subtree), or of everybody for admins; never their own. */
  async pending(principal: Principal): Promise<ExternalLearningDTO[]> {
    const query = this.dataSource
      .getRepository(ExternalLearningClaimEntity)
      .createQueryBuilder('claim')
      .innerJoin('users', 'learner', 'learner.id = claim.user_id')
      .leftJoin('org_units', 'unit', 'unit.id = learner.org_unit_id')
      .where('claim.status = :pending', { pending: ExternalLearningStatus.PENDING })
      .andWhere('claim.user_id <> :me', { me: principal.userId })
      .orderBy('claim.submitted_at', 'ASC')
      .take(QUEUE_LIMIT);
    if (!principal.roles.includes(Role.ADMIN)) {
      const ownPath = await this.access.ownUnitPath(principal.userId);
      if (ownPath) query.andWhere('(learner.supervisor_id = :me OR SUBSTR(unit.path, 1, :pathLength) = :ownPath)', { pathLength: ownPath.length, ownPath });
      else query.andWhere('learner.supervisor_id = :me');
    }
    const claims = await query.getMany();
    const names = await namesOf(this.dataSource.manager, claims.map((claim) => claim.userId));
    return claims.map((claim) => toClaimDTO(claim, names));
  }

  /** The evidence file, for the learner, their supervisors and admins; "not found" for anyone else. */
  async evidenceFor(principal: Principal, claimId: string): Promise<{ claim: ExternalLearningClaimEntity; bytes: Buffer }> {
    const claim = await this.dataSource.getRepository(ExternalLearningClaimEntity).findOneBy({ id: claimId });
    if (!claim || !(await this.access.mayRead(principal, claim.userId))) throw claimNotFound();
    return { claim, bytes: await this.evidence.read(claim.id, claim.evidenceSha256) };
  }
}

/** A calendar day as midnight UTC; refuses days that do not exist (2026-02-30). */
function parseDay(value: string, field: string): Date {
  const [year, month, day] = value.split('-').map(Number);
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) throw invalidClaim(field, `${value} is not a date`);
  return date;
}
