import { EvidenceFileDTO, ExternalLearningDTO, LearningRecordEntryDTO } from './dto/learning-record.dto';
import { ExternalLearningClaimEntity, LearningRecordEntity } from './entities/learning-record.entities';

export const evidencePath = (claimId: string): string => `/learning-record/evidence/${claimId}`;

export function toEntryDTO(entry: LearningRecordEntity): LearningRecordEntryDTO {
  return Object.assign(new LearningRecordEntryDTO(), {
    id: entry.id,
    source: entry.source,
    title: entry.title,
    jpHours: entry.jpHours,
    competencyType: entry.competencyType,
    route: entry.route,
    provider: entry.provider,
    startedAt: entry.startedAt,
    endedAt: entry.endedAt,
    score: entry.score,
    courseId: entry.courseId,
    certificateId: entry.certificateId,
    claimId: entry.claimId,
  });
}

/** Names come from the users table (read through SQL by the caller). */
export function toClaimDTO(claim: ExternalLearningClaimEntity, names: ReadonlyMap<string, string>): ExternalLearningDTO {
  return Object.assign(new ExternalLearningDTO(), {
    id: claim.id,
    userId: claim.userId,
    learnerName: names.get(claim.userId) ?? '',
    title: claim.title,
    provider: claim.provider,
    startedOn: claim.startedOn,
    endedOn: claim.endedOn,
    jpHours: claim.jpHours,
    competencyType: claim.competencyType,
    route: claim.route,
    status: claim.status,
    evidence: Object.assign(new EvidenceFileDTO(), {
      fileName: claim.evidenceFileName,
      mediaType: claim.evidenceMediaType,
      size: claim.evidenceSize,
      sha256: claim.evidenceSha256,
      downloadPath: evidencePath(claim.id),
    }),
    submittedAt: claim.submittedAt,
    reviewedAt: claim.reviewedAt,
    reviewerName: claim.reviewedById ? (names.get(claim.reviewedById) ?? null) : null,
    reviewComment: claim.reviewComment,
  });
}
